"""Rules the reader learnt from blind set 78 (issue 14, docs/decisions.md “Blind set 78”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 78`). The set is per-problem forms, fifth round:
边督边改 一览表 one case a batch, 整改销号表 with group labels, 验收销号意见, 督办单 one a sheet,
交办单 with its 回执, 整改销号表 in a ruled PDF."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import _glued_lines, find_tables
from intake.words import classify_label


def _findings(text: str):
    return parse_plan_text(text).findings


def _grouped_form(code: str, problem: str, unit: str, done: str) -> str:
    return (
        f"| 基本情况 | 信访件编号 | {code} |\n| 基本情况 | 反映问题 | {problem} |\n"
        f"| 基本情况 | 责任单位 | {unit} |\n| 基本情况 | 配合单位 | 旗自然资源局、旗交通运输局 |\n"
        "| 整改情况 | 整改措施 | 1.清运杂物；\n2.硬化场地。 |\n| 整改情况 | 整改时限 | 2023年8月31日 |\n"
        f"| 销号意见 | 是否销号 | {done} |\n"
    )


def test_a_group_label_merged_down_the_first_column_heads_its_fields():
    """“| 基本情况 | 反映问题 | … |”: the group's label (merged down, so repeated in every row) is
    no field; the label beside it and its value are the pair. The group repeating in four rows
    does not open a new form."""
    (finding,) = _findings(
        "信访举报件整改销号表（1）\n"
        + _grouped_form("D15001", "甲镇废品站露天堆放。", "甲镇人民政府", "已销号")
    )
    assert finding.title == "甲镇废品站露天堆放"
    assert finding.lead_units == ["甲镇人民政府"]
    assert finding.cooperating_units == ["旗自然资源局", "旗交通运输局"]
    assert [d.date.isoformat() for d in finding.deadlines] == ["2023-08-31"]
    assert len(finding.measures) == 2
    assert finding.status == "completed"


def test_grouped_forms_one_after_another_are_one_finding_each():
    findings = _findings(
        "销号表（1）\n"
        + _grouped_form("D15001", "甲问题。", "甲镇人民政府", "已销号")
        + "落款\n\n销号表（2）\n"
        + _grouped_form("D15002", "乙问题。", "乙镇人民政府", "未销号")
    )
    assert [f.title for f in findings] == ["甲问题", "乙问题"]
    assert [f.status for f in findings] == ["completed", None]


def test_a_pair_with_its_second_value_blank_is_no_group_row():
    """“| 办理时限 | 2023年6月30日 | 实际办结时间 |”: a value in the middle, not a label, so the first
    cell is a label of its own (set 70's rule still reads it)."""
    (finding,) = _findings(
        "| 反映问题 | 甲镇道路破损。 |  |  |\n| 承办单位 | 甲镇人民政府 | 协办单位 | 区教育局 |\n"
        "| 办理时限 | 2023年6月30日 | 实际办结时间 |  |\n"
    )
    assert [d.date.isoformat() for d in finding.deadlines] == ["2023-06-30"]
    assert finding.cooperating_units == ["区教育局"]


def test_a_re_check_verdict_says_whether_the_finding_is_done():
    """A 督办单's 复查意见 is the verdict of whoever checked it again (已整改到位 / 未整改到位，继续
    督办), like 验收意见 and 核查结论."""
    assert classify_label("复查意见") == "result"
    assert classify_label("复查结论") == "result"
    done, still = _findings(
        "| 存在问题 | 甲工地裸土未覆盖。 |\n| 整改责任单位 | 区住建局 |\n"
        "| 复查意见 | 已整改到位 |\n\n"
        "| 存在问题 | 乙工地未洒水降尘。 |\n| 整改责任单位 | 区住建局 |\n"
        "| 复查意见 | 未整改到位，继续督办 |\n"
    )
    assert done.status == "completed"
    assert still.status != "completed"


_ONE_CASE_A_BATCH = """群众信访举报转办和边督边改公开情况一览表

（第  {batch}  批  2023  年  10  月  {day}  日）

受理 编号

交办问题基本情况

行政

区域

污染 类型

是否 属实

处理和整改情况

是否

办结

{batch}

{problem_1}
{problem_2}

新曹农场

大气污染

属实

{progress}

{status}

"""


def test_one_case_a_batch_copied_one_cell_a_paragraph():
    """Each batch's table of one case copied from a page, each cell a paragraph, a header name
    broken over two (行政⏎区域), a cell's wrapped lines kept together: the name is one column, the
    next batch's title and header after the status word are no part of the row, and a cell
    opens after a blank line rather than inside a wrapped cell. (A short cell broken over a
    blank line, 新曹⏎⏎农场, is not told from two short cells by any of these.)"""
    text = _ONE_CASE_A_BATCH.format(
        batch=1,
        day=23,
        problem_1="第三管理区一家饲料加工厂粉碎车间",
        problem_2="无组织排放粉尘，影响周边居民。",
        progress="责令停用粉碎工序并更换除尘布袋。",
        status="已办结",
    ) + _ONE_CASE_A_BATCH.format(
        batch=2,
        day=30,
        problem_1="第六管理区居民点南侧排水沟有生活",
        problem_2="污水流入，水体发黑发臭。",
        progress="已清淤，计划于2023年12月31日前完成接管。",
        status="阶段性办结",
    )
    (table,) = find_tables(text)
    assert [column.header for column in table.columns][:3] == ["受理编号", "交办问题基本情况", "行政区域"]
    assert [row.cells[1] for row in table.rows] == [
        "第三管理区一家饲料加工厂粉碎车间无组织排放粉尘，影响周边居民。",
        "第六管理区居民点南侧排水沟有生活污水流入，水体发黑发臭。",
    ]
    assert [row.cells[2] for row in table.rows] == ["新曹农场", "新曹农场"]
    assert [row.cells[-1] for row in table.rows] == ["已办结", "阶段性办结"]
    first, second = _findings(text)
    assert first.status == "completed" and second.status != "completed"
    assert [d.date.isoformat() for d in second.deadlines] == ["2023-12-31"]


def test_blank_lines_part_cells_only_when_there_is_one_for_each_cut():
    """A copy with a blank line between every cell marks the lines that go on the one above; one
    with a single blank line (a page break inside a cell) says nothing."""
    parted = [(1, "1"), (3, "甲问题第一行"), (4, "甲问题第二行"), (6, "甲镇"), (8, "已办结")]
    assert _glued_lines(parted, 4) == frozenset({2})
    broken = [(1, "1"), (2, "甲问题第一行"), (4, "甲问题第二行"), (5, "甲镇"), (6, "已办结")]
    assert _glued_lines(broken, 4) == frozenset()


def test_grouped_form_pasted_with_tabs_keeps_the_group_in_its_first_row_only():
    """Word's plain text of the same form: “基本情况⇥信访件编号⇥…”, then “⇥反映问题⇥…” with the
    merged group cell blank; each row is still its label's pair, the steps under 整改措施."""
    (finding,) = _findings(
        "信访举报件整改销号表（1）\n基本情况\t信访件编号\tD15001\n\t反映问题\t甲镇废品站露天堆放。\n"
        "\t责任单位\t甲镇人民政府\n整改情况\t整改措施\t1.清运杂物；\n2.硬化场地。\n"
        "\t整改时限\t2023年8月31日\n销号意见\t是否销号\t已销号\n"
    )
    assert finding.title == "甲镇废品站露天堆放"
    assert finding.lead_units == ["甲镇人民政府"]
    assert len(finding.measures) == 2
    assert finding.status == "completed"
