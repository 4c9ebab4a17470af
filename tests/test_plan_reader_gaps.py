"""Gaps of the plan reader closed after the blind sets (issue 14, docs/decisions.md “Reader gaps”):
each on a short document written the way offices write them, asserting what the import's
preview shows (number, title, section, units, deadline, progress)."""

from __future__ import annotations

import pytest

from intake.plan_parser import LOW_CONFIDENCE, parse_plan_text
from ui.plan_editor import to_check


def _one(text: str):
    (finding,) = parse_plan_text(text).findings
    return finding


# --- 1. a number named only in the body ---------------------------------------------------------

_BODY_43 = (
    "市生态环境局牵头负责的中央第二轮生态环境保护督察反馈问题第43项已整改完成，现予以公示。\n"
    "整改任务：某河流域水质不稳定达标。\n整改目标：断面水质稳定达到Ⅲ类。\n"
    "整改措施：1.截污纳管。\n2.清淤疏浚。\n整改时限：2023年12月底前\n"
    "整改完成情况：已完成整改，断面水质连续12个月达标。\n"
    "公示时间：2024年3月1日至3月7日，共5个工作日。\n监督电话：0731-12345678\n"
)


def test_a_number_written_only_in_the_opening_is_the_findings_number_to_check():
    finding = _one(_BODY_43)
    assert (finding.number, finding.label, finding.title) == (43, "43", "某河流域水质不稳定达标")
    # the measures list the label opens goes on below it: items of the measures, not findings
    assert [m.text for m in finding.measures] == ["截污纳管。", "清淤疏浚。"]
    assert finding.status == "completed" and finding.lead_units == ["市生态环境局"]
    assert finding.sources["number"] == "正文中的编号"
    assert finding.confidence["number"] < LOW_CONFIDENCE
    assert "序号（据“正文中的编号”）" in to_check(finding)


@pytest.mark.parametrize(
    ("opening", "number", "label"),
    [
        ("关于某县垃圾填埋场渗滤液处理问题整改情况的公示（省督察反馈问题清单第7项）", 7, "7"),
        ("省督察反馈问题清单第１５项整改完成情况公示", 15, "15"),  # fullwidth digits
        ("关于问题清单第3-1项整改情况的公示", 3, "3-1"),
        ("中央督察反馈问题第12项整改任务已完成，现将有关情况公示如下。", 12, "12"),
    ],
)
def test_the_list_item_named_in_the_title_or_opening(opening, number, label):
    finding = _one(
        f"{opening}\n存在问题：垃圾填埋场渗滤液长期超标排放。\n责任单位：县城管局\n"
        "完成时限：2023年10月\n整改情况：已完成整改，并通过核查验收。\n"
    )
    assert (finding.number, finding.label) == (number, label)
    assert finding.title == "垃圾填埋场渗滤液长期超标排放"


def test_a_numbered_notice_with_a_two_item_measures_list_and_the_number_in_its_opening():
    finding = _one(
        "中央督察反馈问题清单第21项已整改完成，现将整改情况公示如下：\n一、整改问题\n某湖泊周边违规建设。\n"
        "二、整改实施主体\n某区人民政府\n三、整改措施\n1.拆除违建。\n2.恢复植被。\n四、完成时限\n2023年底前\n"
        "五、整改完成情况\n已拆除违建1.2万平方米。\n特此公示。\n"
    )
    # “2.恢复植被。” ends the measures the label opened: not a finding of its own
    assert (finding.number, finding.title, finding.lead_units) == (21, "某湖泊周边违规建设", ["某区人民政府"])
    assert [m.text for m in finding.measures] == ["拆除违建。", "恢复植被。"]
    assert finding.status == "completed" and finding.confidence["number"] < LOW_CONFIDENCE


@pytest.mark.parametrize("separator", ["|", "\t"])
def test_a_one_row_table_numbered_by_the_notice_title(separator):
    rows = [
        ["反馈问题", "责任单位", "整改时限", "整改情况"],
        ["某镇砂石场无证开采", "县自然资源局", "2023年12月31日前", "已完成整改"],
    ]
    table = "\n".join(f"| {' | '.join(row)} |" if separator == "|" else separator.join(row) for row in rows)
    finding = _one(f"关于省督察反馈问题清单第7项整改完成情况的公示\n{table}\n")
    assert (finding.number, finding.title, finding.lead_units) == (7, "某镇砂石场无证开采", ["县自然资源局"])
    assert finding.sources["number"] == "正文中的编号"


def test_each_finding_numbered_in_its_own_problem_text():
    plan = parse_plan_text(
        "存在问题：城区污水管网雨污混流（问题清单第3项）。\n责任单位：县住建局\n"
        "存在问题：垃圾填埋场渗滤液超标（问题清单第5项）。\n责任单位：县城管局\n"
    )
    # the number in brackets numbers the finding and is not part of its title
    assert [(f.number, f.title) for f in plan.findings] == [
        (3, "城区污水管网雨污混流"),
        (5, "垃圾填埋场渗滤液超标"),
    ]


def test_a_body_number_every_finding_repeats_numbers_none():
    plan = parse_plan_text(
        "存在问题：城区污水管网雨污混流。\n责任单位：县住建局\n整改情况：已完成，详见问题清单第3项。\n"
        "存在问题：垃圾填埋场渗滤液超标。\n责任单位：县城管局\n整改情况：已完成，详见问题清单第3项。\n"
    )
    assert [(f.number, f.label) for f in plan.findings] == [(1, "1"), (2, "2")]
    assert not any("number" in f.sources for f in plan.findings)


def test_dates_counts_and_phone_numbers_are_never_a_number():
    finding = _one(
        "根据2023年5月督察反馈意见，共5个问题，要求3个工作日内上报，第2季度完成。\n"
        "存在问题：某镇畜禽养殖污染。\n责任单位：某镇人民政府\n整改时限：2024年6月30日前\n"
        "整改情况：共清理养殖场12家，已完成。\n联系电话：13812345678\n"
    )
    assert (finding.number, finding.label) == (1, "1")
    assert "number" not in finding.sources


def test_a_number_in_the_progress_text_of_a_one_finding_notice():
    finding = _one(
        "存在问题：城区污水管网雨污混流。\n责任单位：县住建局\n整改时限：2024年6月30日前\n"
        "整改情况：中央督察反馈问题清单第9项已整改完成，共改造管网12公里。\n"
    )
    assert finding.number == 9 and finding.confidence["number"] < LOW_CONFIDENCE


# --- 2. （一）问题：… items inside 一、 sections ------------------------------------------------


def test_each_problem_item_is_one_finding_under_its_section():
    plan = parse_plan_text(
        "一、水污染防治\n（一）问题：城区黑臭水体整治不到位，部分水体返黑返臭。\n整改措施：开展清淤，截污纳管。\n"
        "（二）问题：工业园区污水处理厂超负荷运行。\n整改措施：扩建污水处理厂。\n"
        "（三）存在问题：农村生活污水直排。\n整改措施：建设农村污水处理设施。\n"
        "二、大气污染防治\n（一）问题：建筑工地扬尘管控不严。\n整改措施：落实六个百分之百。\n"
    )
    assert [(f.part, f.label, f.title, f.section) for f in plan.findings] == [
        (1, "一", "城区黑臭水体整治不到位，部分水体返黑返臭", "一、水污染防治"),
        (1, "二", "工业园区污水处理厂超负荷运行", "一、水污染防治"),
        (1, "三", "农村生活污水直排", "一、水污染防治"),
        (2, "一", "建筑工地扬尘管控不严", "二、大气污染防治"),
    ]
    # the next section's heading is not a measure of the item above it
    assert [m.text for m in plan.findings[2].measures] == ["建设农村污水处理设施。"]


def test_a_list_of_problem_items_alone_is_read_not_rejected():
    plan = parse_plan_text(
        "一、大气污染防治\n（一）问题：城区扬尘污染突出。责任单位：县住建局。\n（二）问题：餐饮油烟扰民。\n"
        "（三）问题：秸秆露天焚烧。\n二、水污染防治\n（一）问题：黑臭水体返黑。\n"
    )
    assert [(f.part, f.label, f.title, f.section) for f in plan.findings] == [
        (1, "一", "城区扬尘污染突出", "一、大气污染防治"),
        (1, "二", "餐饮油烟扰民", "一、大气污染防治"),
        (1, "三", "秸秆露天焚烧", "一、大气污染防治"),
        (2, "一", "黑臭水体返黑", "二、水污染防治"),
    ]
    # a unit label after the problem's sentence on the same line
    assert plan.findings[0].lead_units == ["县住建局"] and plan.findings[1].lead_units == []


# --- 3. a short line inside a progress text ---------------------------------------------------


def test_short_lines_inside_a_progress_text_stay_its_lines():
    plan = parse_plan_text(
        "反馈问题：某镇砂石场无证开采。\n责任单位：县自然资源局\n整改时限：2023年12月31日前\n"
        "整改进展情况：\n工作成效\n已关停砂石场3家，复绿面积20亩。\n存在的问题\n部分矿坑复绿成活率不高。\n"
        "下一步措施\n持续巡查，防止反弹。\n"
    )
    (finding,) = plan.findings  # 存在的问题 is not a second finding
    assert finding.progress == (
        "工作成效\n已关停砂石场3家，复绿面积20亩。\n存在的问题\n部分矿坑复绿成活率不高。\n"
        "下一步措施\n持续巡查，防止反弹。"
    )
    assert finding.measures == []


def test_a_progress_list_quoting_each_problem():
    plan = parse_plan_text(
        "一、关于“某河道沿岸违规堆放建筑垃圾”问题\n整改进展情况：已清理建筑垃圾3000吨。\n工作成效\n"
        "河道环境明显改善。\n二、关于“某工业园区雨污分流不彻底”问题的整改情况\n整改进展情况：已完成改造。\n"
    )
    assert [(f.number, f.title) for f in plan.findings] == [
        (1, "某河道沿岸违规堆放建筑垃圾"),
        (2, "某工业园区雨污分流不彻底"),
    ]
    assert plan.findings[0].progress == "已清理建筑垃圾3000吨。\n工作成效\n河道环境明显改善。"


def test_a_listed_label_still_ends_the_progress_text():
    finding = _one(
        "反馈问题：某镇砂石场无证开采。\n整改进展情况：\n已关停砂石场3家。\n责任单位\n县自然资源局\n"
    )
    assert finding.progress == "已关停砂石场3家。"
    assert finding.lead_units == ["县自然资源局"]


# --- 4. other wordings ---------------------------------------------------------------------------


@pytest.mark.parametrize("opening,closing", [("【", "】"), ("［", "］"), ("【", "】：")])
def test_labels_in_square_brackets(opening, closing):
    finding = _one(
        "\n".join(
            f"{opening}{label}{closing}{value}"
            for label, value in (
                ("反馈问题", "某县城区生活垃圾填埋场渗滤液处理能力不足。"),
                ("责任单位", "县城管局"),
                ("配合单位", "县生态环境局、县财政局"),
                ("整改时限", "2024年6月30日前"),
                ("整改进展", "已完成扩建，问题已整改完成。"),
            )
        )
    )
    assert finding.title == "某县城区生活垃圾填埋场渗滤液处理能力不足"
    assert (finding.lead_units, finding.cooperating_units) == (["县城管局"], ["县生态环境局", "县财政局"])
    assert [d.date.isoformat() for d in finding.deadlines] == ["2024-06-30"]
    assert finding.status == "completed"


@pytest.mark.parametrize(("first", "second"), [("【问题一】", "【问题二】"), ("第1项：", "第2项：")])
def test_numbered_problems_in_brackets_or_by_ordinal(first, second):
    plan = parse_plan_text(
        f"{first}某河道沿岸违规堆放建筑垃圾。\n责任单位：县住建局\n整改时限：2024.6.30\n"
        f"{second}某工业园区雨污分流不彻底。\n责任单位：县工信局\n整改时限：2024-12-31\n"
    )
    assert [(f.number, f.title, f.lead_units) for f in plan.findings] == [
        (1, "某河道沿岸违规堆放建筑垃圾", ["县住建局"]),
        (2, "某工业园区雨污分流不彻底", ["县工信局"]),
    ]
    assert [d.date.isoformat() for f in plan.findings for d in f.deadlines] == ["2024-06-30", "2024-12-31"]


@pytest.mark.parametrize(
    ("units", "lead"),
    [
        ("县住建局/县生态环境局", ["县住建局", "县生态环境局"]),
        ("县住建局和县生态环境局", ["县住建局", "县生态环境局"]),
        ("县住建局，县生态环境局、县水利局", ["县住建局", "县生态环境局", "县水利局"]),
        ("县生态环境局 县水利局", ["县生态环境局", "县水利局"]),
        # 和 inside a name, or before a bare body of the same place, is no separator
        ("县住房和城乡建设局和县水利局", ["县住房和城乡建设局", "县水利局"]),
        ("县自然资源和规划局", ["县自然资源和规划局"]),
        ("各乡镇党委和政府", ["各乡镇党委和政府"]),
        ("园区和示范区管委会", ["园区和示范区管委会"]),
    ],
)
def test_units_joined_by_a_slash_and_or_a_space(units, lead):
    finding = _one(f"存在问题：某乡镇污水处理站未正常运行。\n责任单位：{units}\n整改时限：2024年6月30日前\n")
    assert finding.lead_units == lead


def test_units_joined_by_and_in_a_task_bracket():
    plan = parse_plan_text(
        "1.某河道沿岸违规堆放建筑垃圾，2024.6.30前完成清理。（县住建局和某镇人民政府负责）\n"
        "2.某工业园区雨污分流不彻底，2024-12-31前完成改造。（县工信局牵头，县住建局/县水利局配合）\n"
    )
    assert [(f.lead_units, f.cooperating_units) for f in plan.findings] == [
        (["县住建局", "某镇人民政府"], []),
        (["县工信局"], ["县住建局", "县水利局"]),
    ]
    assert [d.date.isoformat() for f in plan.findings for d in f.deadlines] == ["2024-06-30", "2024-12-31"]


@pytest.mark.parametrize(
    ("written", "due"),
    [
        ("2024年6月30日前", "2024-06-30"),
        ("2024.6.30", "2024-06-30"),
        ("2024-06-30", "2024-06-30"),
        ("即日起至2025年底", "2025-12-31"),
    ],
)
def test_deadline_wordings(written, due):
    finding = _one(f"存在问题：某乡镇污水处理站未正常运行。\n责任单位：某乡人民政府\n整改时限：{written}\n")
    assert [d.date.isoformat() for d in finding.deadlines] == [due]


def test_a_time_limit_inside_the_unit_bracket_is_the_deadline_not_a_unit():
    plan = parse_plan_text(
        "（１）某河道沿岸违规堆放建筑垃圾。（县住建局牵头，某镇人民政府配合，２０２４年６月底前完成）\n"
        "（２）某工业园区雨污分流不彻底。（县工信局牵头，2024年12月底前完成）\n"
    )
    assert [(f.number, f.lead_units, f.cooperating_units) for f in plan.findings] == [
        (1, ["县住建局"], ["某镇人民政府"]),
        (2, ["县工信局"], []),
    ]
    assert [d.date.isoformat() for f in plan.findings for d in f.deadlines] == ["2024-06-30", "2024-12-31"]


def test_a_full_width_space_after_a_label_stands_for_the_colon():
    finding = _one(
        "存在问题\u3000某乡镇污水处理站未正常运行。\n责任单位\u3000县住建局\n整改时限\u30002024年6月30日前\n"
    )
    assert (finding.title, finding.lead_units) == ("某乡镇污水处理站未正常运行", ["县住建局"])
    assert [d.date.isoformat() for d in finding.deadlines] == ["2024-06-30"]


def test_sub_numbers_are_kept_as_labels_and_the_numbers_stay_unique():
    plan = parse_plan_text(
        "问题编号：3-1\n存在问题：某乡镇污水处理站未正常运行。\n责任单位：县住建局\n"
        "问题编号：3-2\n存在问题：某乡镇垃圾中转站渗滤液外溢。\n责任单位：县城管局\n"
    )
    # not 31 and 32 (the digits run together), and not 3 twice (the import refuses repeats)
    assert [(f.number, f.label, f.lead_units) for f in plan.findings] == [
        (1, "3-1", ["县住建局"]),
        (2, "3-2", ["县城管局"]),
    ]
    assert not any("出现" in warning for warning in plan.warnings)
    (one,) = parse_plan_text(
        "问题编号：3-1\n存在问题：某乡镇污水处理站未正常运行。\n责任单位：县住建局\n"
    ).findings
    assert (one.number, one.label) == (3, "3-1")


def test_a_list_number_column_is_a_number_not_the_problem():
    (finding,) = parse_plan_text(
        "序号 | 问题清单编号 | 存在问题 | 责任单位 | 整改时限\n"
        "1 | 第3-1项 | 某乡镇污水处理站未正常运行 | 县住建局 | 2024年6月30日前\n"
    ).findings
    assert (finding.number, finding.title, finding.lead_units) == (
        1,
        "某乡镇污水处理站未正常运行",
        ["县住建局"],
    )
