"""Rules the reader learnt from blind set 37 (issue 14, docs/decisions.md “Blind set 37”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 37`)."""

from __future__ import annotations

from datetime import date

from intake.document_sheets import read_csv
from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.real_layouts import _four_column_form


def _findings(text: str):
    return parse_plan_text(text).findings


def test_the_body_a_sheet_is_handed_to_in_a_head_line_or_form_cell_does_the_work():
    text = (
        "某县生态环境局\n"
        "督导问题交办单\n"
        "交办单位：某县生态环境局    交办时间：2021年12月10日\n"
        "被交办单位：甲镇人民政府\n"
        "| 序号 | 点位 | 存在问题 | 整改时限 |\n"
        "| 1 | 某砖厂 | 堆场未封闭。 | 2022年1月31日前 |\n"
        "| 2 | 某养殖场 | 粪污外溢。 | 立即整改 |\n"
    )
    assert [f.lead_units for f in _findings(text)] == [["甲镇人民政府"], ["甲镇人民政府"]]
    form = _four_column_form(
        ["某县林长制工作督办单"],
        [
            ("督办编号", "某林督〔2023〕1号", "督办日期", "2023年4月18日"),
            ("被督办单位", "乙乡人民政府", "责任林长", "乡级林长"),
            ("序号", "存在问题", "整改措施", "整改时限"),
            ("1", "巡林记录缺失。", "补齐巡林记录。", "2023年4月30日前"),
            ("2", "公示牌未更新。", "更新公示牌。", "2023年5月15日前"),
            ("办理要求", "请于整改后3个工作日内报送整改情况。"),
        ],
        [],
    )
    findings = parse_plan_text(read_plan_bytes(form, "督办单.docx")).findings
    # the 办理要求 row under the list says how to report back: no third finding
    assert [f.title for f in findings] == ["巡林记录缺失", "公示牌未更新"]
    assert all(f.lead_units == ["乙乡人民政府"] for f in findings)


def test_a_town_column_leads_when_the_list_has_no_unit_column():
    findings = parse_plan_text(
        read_csv("序号,镇,河段,存在问题\n1,甲镇,甲镇段,漂浮垃圾。\n2,乙镇,乙镇段,违规种植。\n", "清单.csv")
    ).findings
    assert [f.lead_units for f in findings] == [["甲镇"], ["乙镇"]]
    # beside a 责任单位 column the town is only where the problem is
    findings = parse_plan_text(
        read_csv("序号,乡镇,存在问题,责任单位\n1,甲镇,河面漂浮垃圾。,县水利局\n", "清单.csv")
    ).findings
    assert findings[0].lead_units == ["县水利局"]


def test_one_limit_in_the_covering_text_dates_a_list_without_limits():
    text = (
        "关于河长制工作督查情况的通报\n"
        "请相关镇对照问题清单，于2022年7月20日前整改到位，并将整改情况报县河长办。\n"
        "附件：问题清单\n"
        "序号\t镇\t存在问题\n"
        "1\t甲镇\t河面漂浮垃圾。\n"
        "2\t乙镇\t违规种植。\n"
    )
    assert [[d.date for d in f.deadlines] for f in _findings(text)] == [[date(2022, 7, 20)]] * 2


def test_an_order_to_correct_a_breach_is_one_finding_of_its_addressee():
    text = (
        "某市生态环境局\n"
        "责令改正违法行为决定书\n"
        "某环责改〔2022〕1号\n"
        "某某塑料制品有限公司：\n"
        "一、环境违法事实和证据\n"
        "我局执法人员现场检查发现，你公司存在以下环境违法行为：\n"
        "注塑车间废气未经收集处理直接排放。\n"
        "以上事实，有现场检查笔录为证。\n"
        "二、责令改正的依据\n"
        "依据《中华人民共和国大气污染防治法》的规定。\n"
        "三、改正违法行为的具体形式和期限\n"
        "（一）立即停止注塑车间生产；\n"
        "（二）于2022年10月31日前建成废气收集处理设施。\n"
        "某市生态环境局\n"
        "2022年9月1日\n"
    )
    [finding] = _findings(text)
    assert finding.title == "注塑车间废气未经收集处理直接排放"
    assert finding.lead_units == ["某某塑料制品有限公司"]
    assert len(finding.measures) == 2
    assert [d.date for d in finding.deadlines] == [date(2022, 10, 31)]


def test_an_order_copied_from_a_page_without_the_colon_or_a_breach_label_is_read():
    text = (
        "某市生态环境局责令改正违法行为决定书 某环责改〔2025〕2号\n\n"
        "某某农产品专业合作社\n\n"
        "法定代表人：张某\n\n"
        "一、环境违法事实和证据\n\n"
        "我局执法人员现场检查时，发现你合作社烘干项目未履行环评审批手续，擅自投入生产。\n\n"
        "1、现场检查笔录1份；\n\n"
        "二、责令改正的依据\n\n"
        "依据：1.《中华人民共和国环境影响评价法》第三十一条第一款。\n\n"
        "三、责令改正的内容和期限\n\n"
        "1.立即停止生产；\n\n"
        "2.于2026年1月31日前依法报批环境影响评价文件。\n"
    )
    [finding] = _findings(text)
    assert finding.title == "烘干项目未履行环评审批手续，擅自投入生产"
    assert finding.lead_units == ["某某农产品专业合作社"]
    assert len(finding.measures) == 2
    assert [d.date for d in finding.deadlines] == [date(2026, 1, 31)]
