"""Rules the reader learnt from blind set 161 (issue 14, docs/decisions.md “Blind set 161”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 161`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import find_tables

_HEADER = (
    "序号 | 受理编号 | 交办问题基本情况 | 行政区域 | 污染类型 | 调查核实情况 | 是否属实 | 处理和整改情况"
    " | 责任人被处理情况 |"
)


def _list(*rows: str) -> str:
    return "\n".join(
        [
            "某市群众信访举报转办和边督边改公开情况一览表 | ||||||||",
            "(第3批 2023年5月8日) | ||||||||",
            _HEADER,
            *rows,
        ]
    )


_ROW_1 = [
    "1 | AB2023050101 | 某区某街道一家烧烤店夜间油烟直排，气味很 大，影响居民休息。 |",
    "某区 | 大气 | 经查，群众反映情况属实。",
    "该店未安装油烟净化设施。 |",
    "是 | 区城管执法人员现场提出整改要求。",
    "一是要求商户停止露天烧烤，现已停止。 二是安装油烟净化设施，于2023年5月20日前整改完毕。 |",
    "|",
]
_ROW_2 = [
    "2 | AB2023050102 | 某县某镇某村一家砖厂夜间生产，噪声很大。 |",
    "某县 | 噪声 | 经查，群众反映情况属实。委托监测，结果符合排放标准。 |",
    "是 | 无需整改。 | |",
]


def test_several_cells_a_line_read_as_rows():
    # cells closed by “ |”, several to a line, a long cell wrapped over two lines, a bare “|” the
    # empty last cell: each row one finding, its limit its own
    findings = parse_plan_text(_list(*_ROW_1, *_ROW_2)).findings
    assert [f.number for f in findings] == [1, 2]
    assert [[d.date.isoformat() for d in f.deadlines] for f in findings] == [["2023-05-20"], []]


def test_a_wrapped_line_space_in_the_problem_cell_is_dropped():
    # the page put a space where the cell's line wrapped (“气味很 大”); a unit cell keeps its spaces
    findings = parse_plan_text(_list(*_ROW_1, *_ROW_2)).findings
    assert findings[0].title == "某区某街道一家烧烤店夜间油烟直排，气味很大，影响居民休息"


def test_no_fix_needed_closes_the_case():
    # 处理和整改情况 “无需整改。”: checked, nothing to put right
    findings = parse_plan_text(_list(*_ROW_1, *_ROW_2)).findings
    assert findings[1].status == "completed"
    assert findings[0].status != "completed"


def test_a_last_row_the_page_broke_off_in_is_padded():
    # the stored copy stops inside row 3's check: rows 1 and 2 stay whole, row 3 is read with its
    # missing cells empty
    cut = [
        "3 | AB2023050103 | 某市某路一栋楼地下室积水发臭，蚊蝇很多，影响居民生活。 |",
        "某市 | 其他 | 经查，群众反映问题属实。",
        "2023年5月5日，某市城管局工作人员到现场",
    ]
    findings = parse_plan_text(_list(*_ROW_1, *_ROW_2, *cut)).findings
    assert [f.number for f in findings] == [1, 2, 3]
    assert findings[2].title == "某市某路一栋楼地下室积水发臭，蚊蝇很多，影响居民生活"
    assert not findings[2].deadlines


def test_one_cell_a_line_is_left_to_the_older_reading():
    # every cell on its own line: nothing for this reading (set 154's 汉中 copy is read as before)
    lines = [cell.strip() + " |" for cell in _HEADER.split("|") if cell.strip()]
    lines += [
        "1 |",
        "AB1 |",
        "某村一家养殖场粪污直排河道，气味很大。 |",
        "某县 |",
        "水 |",
        "经查属实。 |",
        "是 |",
        "已清理。 |",
        "|",
    ]
    lines += [
        "2 |",
        "AB2 |",
        "某镇一家餐馆油烟扰民，气味很大。 |",
        "某县 |",
        "大气 |",
        "经查属实。 |",
        "是 |",
        "已整改。 |",
        "|",
    ]
    tables = find_tables("\n".join(lines))
    assert len(tables) == 1 and len(tables[0].rows) == 2


def test_reporter_before_numbered_points_titles_the_first_point():
    # “…203号市民反映：1.X；2.Y。”: the problem is the first point
    text = "\n".join(
        [
            "中央生态环境保护督察群众信访举报转办和边督边改公开情况",
            "交办问题基本情况：某市某区某路8号某小区3栋居民反映：1.小区底商开餐馆，没有油烟净化设施，油烟影响居民；2.底商音箱声音很大，噪声扰民。",
            "调查核实情况：经查问题属实。",
            "处理和整改情况：",
            "1、市场监管局与街道办事处工作人员入户宣传相关法律法规",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "小区底商开餐馆，没有油烟净化设施，油烟影响居民"


def test_reporter_before_an_unnumbered_complaint_keeps_the_place():
    # without numbered points the sentence is titled as before (the place is part of it)
    text = "\n".join(
        [
            "中央生态环境保护督察群众信访举报转办和边督边改公开情况",
            "交办问题基本情况：某市某区某路8号某小区居民反映：小区底商开餐馆，油烟影响居民。",
            "调查核实情况：经查问题属实。",
            "处理和整改情况：",
            "1、市场监管局与街道办事处工作人员入户宣传相关法律法规",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert "某小区" in finding.title
