"""Rules the reader learnt from blind set 55 (issue 14, docs/decisions.md “Blind set 55”), each
on a short workbook written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 55`)."""

from __future__ import annotations

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.ledger_files import workbook_bytes

_HEADER = ["序号", "存在问题", "整改措施", "责任单位", "整改时限", "整改情况"]


def _findings(*sheets: tuple[str, list[list]]):
    return parse_plan_text(read_plan_bytes(workbook_bytes(dict(sheets)), "台账.xlsx")).findings


def test_a_total_row_named_by_its_period_is_no_finding():
    rows = [
        ["某县巡河发现问题整改台账（5月）"],
        _HEADER,
        [1, "河道堆放建筑垃圾。", "1.清运垃圾。\n2.设置警示牌。", "甲乡人民政府", "2022年5月20日", "已整改"],
        [2, "河道内有砂石堆场。", "1.限期清除。", "乙镇人民政府", "2022年6月15日", "正在整改"],
        [],
        ["本月合计", None, "发现问题2个", None, None, "已销号1个"],
    ]
    findings = _findings(("5月", rows))
    assert [f.title for f in findings] == ["河道堆放建筑垃圾", "河道内有砂石堆场"]


def test_a_county_total_row_is_no_finding_either():
    rows = [
        _HEADER,
        [1, "河道堆放建筑垃圾。", "1.清运垃圾。", "甲乡人民政府", "2022年5月20日", "已整改"],
        ["全县合计", "1个", None, None, None, None],
    ]
    assert len(_findings(("台账", rows))) == 1


def test_works_resumed_or_finished_close_a_works_finding():
    rows = [
        _HEADER,
        [1, "施工队伍未返场，现场未复工。", "1.督促施工单位返场。", "县住建局", "2019年4月15日", "已复工"],
        [2, "安置房项目未按期交付。", "1.倒排工期。", "县住建局", "2019年9月30日", "已竣工"],
        [3, "初步设计未批复。", "1.加快审查。", "县发改局", "2019年5月31日", "正在办理"],
    ]
    assert [f.status == "completed" for f in _findings(("台账", rows))] == [True, True, False]
