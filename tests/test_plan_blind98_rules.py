"""Rules the reader learnt from blind set 98 (issue 14, docs/decisions.md “Blind set 98”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 98`)."""

from __future__ import annotations

from datetime import date

from intake.plan_parser import parse_plan_text


def _check_notice(first_state: str, second_state: str) -> str:
    return "\n".join(
        [
            "为改善城区环境，县执法局开展环境卫生专项督查，现将3月5日检查督查情况通报如下：",
            "1、3月3日督查发现，东门路一处超市门前堆放纸箱垃圾，当面告知责任单位负责人限期整改，"
            f"经3月5日“回头看”，{first_state}。",
            "责任主体：东门超市",
            "2、3月3日督查发现，西河路工地渣土未覆盖，经3月5日“回头看”，"
            f"{second_state}，我局执法人员现场书面告知责任单位负责人限期整改。",
            "责任主体：某建设公司",
        ]
    )


def test_a_dated_check_item_is_titled_by_what_was_found():
    findings = parse_plan_text(_check_notice("问题已整改", "问题未整改")).findings
    assert [f.title for f in findings] == ["东门路一处超市门前堆放纸箱垃圾", "西河路工地渣土未覆盖"]
    assert [f.lead_units for f in findings] == [["东门超市"], ["某建设公司"]]


def test_the_recheck_clause_gives_the_status():
    findings = parse_plan_text(_check_notice("纸箱已清走，问题已整改", "问题整改不彻底")).findings
    assert [f.status for f in findings] == ["completed", None]


def test_a_recheck_that_found_nothing_fixed_is_open():
    findings = parse_plan_text(_check_notice("问题未整改", "问题未整改")).findings
    assert [f.status for f in findings] == [None, None]


def test_a_problem_list_counted_in_articles_numbers_the_notice():
    text = "\n".join(
        [
            "关于某新区落实督察反馈意见（省问题清单第十二条）整改完成情况的公示",
            "现对督察反馈意见（省问题清单第十二条）整改完成情况进行公示。",
            "反馈问题：部分河道岸线垃圾清理不及时。",
            "整改目标：河道岸线保持整洁。",
            "完成情况：",
            "1.开展岸线垃圾专项清理。",
        ]
    )
    assert parse_plan_text(text).findings[0].number == 12


def test_a_first_label_without_its_colon_in_a_numbered_run():
    text = "\n".join(
        [
            "省级生态环境保护督察第5项问题整改公示",
            "",
            "发布时间：2022-11-22",
            "",
            "已完成省级生态环境保护督察第5项问题整改，拟申请验收销号。现对整改完成情况向社会公示：",
            "",
            "一、整改问题某区污水处理厂进水浓度偏低。",
            "",
            "二、整改目标：提高污水收集率。",
            "",
            "三、整改措施：完成管网排查并修复破损管段。",
            "",
            "四、整改主要工作及成效：已完成管网修复。",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某区污水处理厂进水浓度偏低"
    assert finding.number == 5
    # the notice's opening, after blank lines, still says the work is done
    assert finding.status == "completed"


def test_a_moved_time_limit_in_the_target_is_the_limit():
    text = "\n".join(
        [
            "反馈问题：某化工厂应于2017年底前搬迁，但仍在生产。",
            "整改目标：2020年启动搬迁，3年内完成。（经申请，批准问题整改时限延期至2025年6月底）",
            "整改措施：1、减少排放。 2、加快新厂建设。",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert [d.date for d in finding.deadlines] == [date(2025, 6, 30)]


def _points_notice(groups: tuple[str, str]) -> str:
    return "\n".join(
        [
            "某市创建办10月25日督查通报",
            "2023-10-25 19:33",
            "10月25日，市创建办对30个点位开展日常督查，发现问题52个。",
            "一、创建点位督查情况",
            f"（一）{groups[0]}",
            "1.人民路（整改时限：10月27日）",
            "存在问题：（1）杂物乱堆；（2）绿化带缺株。",
            f"（二）{groups[1]}",
            "2.东湖公园（整改时限：10月28日）",
            "存在问题：多处垃圾清理不及时。",
        ]
    )


def test_a_checked_point_is_titled_by_its_problem_and_dated_by_its_bracket():
    findings = parse_plan_text(_points_notice(("东城区", "西湖县"))).findings
    assert [f.title for f in findings] == ["杂物乱堆", "多处垃圾清理不及时"]
    assert [[d.date for d in f.deadlines] for f in findings] == [[date(2023, 10, 27)], [date(2023, 10, 28)]]


def test_district_group_headings_lead_their_points():
    findings = parse_plan_text(_points_notice(("东城区", "西湖县"))).findings
    assert [f.lead_units for f in findings] == [["东城区"], ["西湖县"]]


def test_a_kind_of_area_is_no_lead():
    findings = parse_plan_text(_points_notice(("重点片区", "农村地区"))).findings
    assert [f.lead_units for f in findings] == [[], []]


def test_a_quoted_inspection_point_is_the_title():
    text = "\n".join(
        [
            "我区已完成第二轮中央生态环境保护督察第七项问题整改，拟申请验收销号。现对该项问题整改完成情况向社会公示：",
            "一、整改问题：督察组2022年反馈了督察意见，其中第七项整改问题，对我省垃圾处理工作提出了有关"
            "“部分县城垃圾填埋场渗滤液长期超标。督察发现，多地未按期整改。”等方面共性问题，要求各地自查整改。",
            "二、整改目标：渗滤液稳定达标排放。",
            "三、整改措施：完成渗滤液处理设施改造。",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "部分县城垃圾填埋场渗滤液长期超标"
    assert finding.number == 7
