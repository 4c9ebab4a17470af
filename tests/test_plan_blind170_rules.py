"""Rules the reader learnt from blind set 170 (issue 14, docs/decisions.md “Blind set 170”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 170`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

_HEADER = "序号交办问题基本情况行政区域污染类型调查核实情况整改、处理及问责情况"
_ROW_1 = (
    "1某区某街道一处废品站露天堆放，刮风时扬尘很大。某区扬尘污染经查，该废品站已搬离，"
    "现场未见堆放。反映问题不属实。区政府明确由某街道负责核查处理。一是加强巡查。二是发现问题及时处理。"
)
_ROW_2 = (
    "2某区某路一处工地夜间施工，噪声扰民。某区噪声污染经查，该工地夜间使用破碎机，反映问题属实。"
    "一是区住建委责令该工地停止夜间作业。二是加强夜间巡查。"
)


def _page(header: str, *rows: str) -> str:
    lines = ["某市突出环境问题边督边改公开信息", "现将部分信访举报件办理情况公布如下：", header, *rows]
    return "\n".join(lines)


def test_rows_glued_to_their_complaint_with_no_reference_column():
    # no 受理编号: each row's number is glued to its complaint, the place and the kind of pollution
    # (扬尘污染, 噪声污染) glued after the complaint's full stop, the handling after the verdict's
    findings = parse_plan_text(_page(_HEADER, _ROW_1, _ROW_2)).findings
    assert [f.number for f in findings] == [1, 2]
    assert [f.title for f in findings] == [
        "某区某街道一处废品站露天堆放，刮风时扬尘很大",
        "某区某路一处工地夜间施工，噪声扰民",
    ]
    # the 行政区域 is a place, no lead; the bodies told to handle the case lead nothing
    assert [f.lead_units for f in findings] == [[], []]


def test_a_masked_place_still_cuts_the_row():
    # a mirror wrote “XX” for the district's name: “XX区扬尘污染” is still the place and the kind
    row = _ROW_1.replace("某区", "XX区")
    findings = parse_plan_text(_page(_HEADER, row, _ROW_2)).findings
    assert findings[0].title == "XX区某街道一处废品站露天堆放，刮风时扬尘很大"


def test_a_pause_outside_a_column_name_is_no_run_together_header():
    # a line opening with 序号 whose 、 stands outside any listed name is prose, not a header: the
    # rows are not cut as a petition list's
    header = "序号交办问题基本情况、行政区域污染类型调查核实情况整改、处理及问责情况"
    findings = parse_plan_text(_page(header, _ROW_1, _ROW_2)).findings
    assert [f.title for f in findings] != [
        "某区某街道一处废品站露天堆放，刮风时扬尘很大",
        "某区某路一处工地夜间施工，噪声扰民",
    ]
