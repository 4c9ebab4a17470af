"""Rules the reader learnt from blind set 88 (issue 14, docs/decisions.md “Blind set 88”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 88`). The set is per-problem forms, sixth round;
its first read was whole, and these rules come from its Word form whose labels are typed in
narrow cells a piece a paragraph (“问题” / “名称”, “整” / “改” / “措” / “施”), read as Word's plain
text pasted, as text copied out of its printed PDF, and printed without borders."""

from __future__ import annotations

from intake.plan_parser import (
    _broken_label_rows,
    _inline_label_rows,
    _rejoined_labels,
    _tab_rejoined_labels,
    parse_plan_text,
)

_PASTED_FORM = (
    "甲市环境问题整改验收销号表\n"
    "交办\n编号\t第3批第07号\t交办\n时间\t2018年4月21日\n"
    "问题\n名称\t甲镇一家矿粉厂无手续违规生产。\n"
    "责任\n单位\t甲镇人民政府\t配合\n单位\t甲市环境保护局\n"
    "整改\n时限\t2018年4月30日\t完成\n时间\t2018年4月24日\n"
    "整\n改\n措\n施\t1.责令停止生产；\n2.拆除生产设备并断电。\n"
    "整\n改\n情\n况\t设备已拆除，已断电。\n"
    "验\n收\n意\n见\t已整改到位，同意销号。\n"
)


def test_labels_pasted_a_piece_a_line_are_one_label_again():
    """Word's plain text breaks a row at each paragraph of a narrow label cell; the pieces before
    the tab join the piece the tab ends, and a row's second label (“…⇥配合” / “单位⇥…”) too."""
    lines = _tab_rejoined_labels(_PASTED_FORM.split("\n"))
    assert "交办编号\t第3批第07号\t交办时间\t2018年4月21日" in lines
    assert "问题名称\t甲镇一家矿粉厂无手续违规生产。" in lines
    assert "责任单位\t甲镇人民政府\t配合单位\t甲市环境保护局" in lines
    assert "整改措施\t1.责令停止生产；" in lines


def test_a_pasted_form_with_broken_labels_reads_as_the_docx_does():
    (finding,) = parse_plan_text(_PASTED_FORM).findings
    assert finding.number == 1  # 交办编号 is no field, so “第3批第07号” is no number 307
    assert finding.title == "甲镇一家矿粉厂无手续违规生产"
    assert finding.lead_units == ["甲镇人民政府"]
    assert finding.cooperating_units == ["甲市环境保护局"]
    assert [d.date.isoformat() for d in finding.deadlines] == ["2018-04-30"]
    assert len(finding.measures) == 2
    assert finding.status == "completed"


def test_a_short_value_over_the_next_row_is_left_alone():
    """A value at a value's place (two cells) is no piece of the next row's label."""
    lines = ["整改状态\t完成", "时限\t2021年6月30日", "备注\t无"]
    assert _tab_rejoined_labels(lines) == lines


_COPIED_FORM = (
    "甲市环境问题整改验收销号表\n交办\n编号\n第 3 批第 07 号 交办\n时间\n2018 年 4 月 21 日\n"
    "问题\n名称\n甲镇一家矿粉厂无手续违规生产。\n责任\n单位\n甲镇人民政府 配合\n单位\n甲市环境保护局\n"
    "整改\n时限\n2018 年 12 月 31\n日\n完成\n时间\n整\n改\n措\n施\n1.责令停止生产；\n2.拆除生产设备并断电。\n"
    "整\n改\n情\n况\n设备已拆除，已断电。\n验\n收\n意\n见\n已整改到位，同意销号。\n"
)


def test_labels_copied_from_a_printed_form_a_piece_a_line_are_joined():
    """Copied out of the PDF, each label's pieces are lines of their own, and a row's second label
    starts at the end of the first value's line (“甲镇人民政府 配合” / “单位”). A date's wrapped 日
    over “完成” / “时间” stays the date's: it starts no listed label."""
    lines = _rejoined_labels(_COPIED_FORM.split("\n"))
    assert lines[1:5] == ["交办编号", "第 3 批第 07 号", "交办时间", "2018 年 4 月 21 日"]
    assert lines[7:11] == ["责任单位", "甲镇人民政府", "配合单位", "甲市环境保护局"]
    assert lines[12:16] == ["2018 年 12 月 31", "日", "完成时间", "整改措施"]
    assert "整改情况" in lines and "验收意见" in lines


def test_a_copied_form_with_broken_labels_is_read():
    (finding,) = parse_plan_text(_COPIED_FORM).findings
    assert finding.title == "甲镇一家矿粉厂无手续违规生产"
    assert finding.lead_units == ["甲镇人民政府"]
    assert finding.cooperating_units == ["甲市环境保护局"]
    assert [d.date.isoformat() for d in finding.deadlines] == ["2018-12-31"]
    assert len(finding.measures) == 2
    assert finding.status == "completed"


_UNRULED_FORM = (
    "甲市环境问题整改验收销号表\n"
    "| 交办 | 第3批第07号 | 交办 | 2018年4月21日 |\n| 编号 |  | 时间 |  |\n"
    "| 问题名称 | 甲镇一家矿粉厂无手续违规生产。 |  |  |\n"
    "| 责任 | 甲镇人民政府 | 配合 | 甲市环境保护局 |\n| 单位 |  | 单位 |  |\n"
    "| 整改 | 2018年4月30日 | 完成 | 2018年4月24日 |\n| 时限 |  | 时间 |  |\n"
    "| 整 | 1.责令停止生产； |  |  |\n| 改 | 2.拆除生产设备并断电。 |  |  |\n"
    "| 措 |  |  |  |\n| 施 |  |  |  |\n"
    "| 整改 | 设备已拆除，已断电。 |  |  |\n| 情 |  |  |  |\n| 况 |  |  |  |\n"
    "| 验 | 已整改到位，同意销号。 |  |  |\n| 收 |  |  |  |\n| 意 |  |  |  |\n| 见 |  |  |  |\n"
)


def test_rows_of_a_label_printed_a_piece_a_line_are_one_row_again():
    """Printed without borders, each printed line of the form is a row: the label's pieces run
    down its column. Rows whose label cells are all pieces join while a label column's join is
    listed and its last piece is in the last row joined (整改 / 时限, not on into 整 / 改 / 措 / 施
    beside the blank cells under 完成 / 时间)."""
    rows = _broken_label_rows(_UNRULED_FORM).split("\n")
    assert "| 交办编号 | 第3批第07号 | 交办时间 | 2018年4月21日 |" in rows
    assert "| 整改时限 | 2018年4月30日 | 完成时间 | 2018年4月24日 |" in rows
    assert "| 整改措施 | 1.责令停止生产；" in rows
    assert "| 整改情况 | 设备已拆除，已断电。 |  |  |" in rows


def test_an_unruled_form_with_broken_labels_is_read():
    (finding,) = parse_plan_text(_UNRULED_FORM).findings
    assert finding.number == 1
    assert finding.title == "甲镇一家矿粉厂无手续违规生产"
    assert finding.lead_units == ["甲镇人民政府"]
    assert finding.cooperating_units == ["甲市环境保护局"]
    assert [d.date.isoformat() for d in finding.deadlines] == ["2018-04-30"]
    assert len(finding.measures) == 2
    assert finding.status == "completed"


def test_rows_of_whole_labels_are_not_joined():
    """A two-column table whose first cells are short words that join no listed label stays."""
    text = "| 甲 | 第一项 |\n| 乙 | 第二项 |\n| 丙 | 第三项 |"
    assert _broken_label_rows(text) == text


_INLINE_FORMS = (
    "甲市交办件整改销号表\n"
    "| 交办件（一） |  |\n"
    "| 交办编号：HD-001 | 交办日期：2017年8月27日 |\n"
    "| 反映问题：甲路段被截断，影响居民出行。 |  |\n"
    "| 责任单位：甲市住房和城乡建设局 | 配合单位：甲市城市管理局 |\n"
    "| 整改时限：立行立改 | 完成时间： |\n"
    "| 整改措施：1.清理建筑垃圾；2.恢复通行。 |  |\n"
    "| 整改情况：建筑垃圾已全部清理完毕，路面修建已立项。 |  |\n"
    "| 销号意见：阶段性办结，路面修建完成后申请销号。 |  |\n"
    "| 交办件（二） |  |\n"
    "| 交办编号：HD-002 | 交办日期：2017年8月30日 |\n"
    "| 反映问题：乙海域有渔船电鱼。 |  |\n"
    "| 责任单位：甲市海洋与渔业局 | 配合单位：乙区人民政府 |\n"
    "| 整改时限：2017年9月30日 | 完成时间：2017年9月20日 |\n"
    "| 整改措施：1.联合执法；2.依法处罚。 |  |\n"
    "| 整改情况：查扣电鱼器具5套。 |  |\n"
    "| 销号意见：已整改到位，同意销号。 |  |\n"
)


def test_cells_holding_a_label_and_its_value_are_split_into_pairs():
    """Every cell “label：value”, two a row: written as the label | value cells other forms have,
    and the row naming the case (交办件（一）) as a line above its form. An unknown label (交办编号)
    is a label by its place, as the known ones around it show."""
    lines = _inline_label_rows(_INLINE_FORMS).split("\n")
    assert lines[1] == "交办件（一）"
    assert "| 交办编号 | HD-001 | 交办日期 | 2017年8月27日 |" in lines
    assert "| 责任单位 | 甲市住房和城乡建设局 | 配合单位 | 甲市城市管理局 |" in lines
    assert "| 整改时限 | 立行立改 | 完成时间 |  |" in lines


def test_forms_of_label_value_cells_in_one_table_are_one_finding_each():
    findings = parse_plan_text(_INLINE_FORMS).findings
    assert [f.title for f in findings] == ["甲路段被截断，影响居民出行", "乙海域有渔船电鱼"]
    assert [f.lead_units for f in findings] == [["甲市住房和城乡建设局"], ["甲市海洋与渔业局"]]
    assert [f.cooperating_units for f in findings] == [["甲市城市管理局"], ["乙区人民政府"]]
    assert [[d.kind for d in f.deadlines] for f in findings] == [["immediate"], ["date"]]
    assert [len(f.measures) for f in findings] == [2, 2]
    # 阶段性办结 refuses the write-off though the progress says a step is 已全部清理完毕
    assert [f.status for f in findings] == [None, "completed"]


def test_a_table_of_ordinary_cells_with_colons_is_left_alone():
    """A list whose rows hold other cells (a number, a text) is no form of label：value cells."""
    text = "| 1 | 责任单位：甲局 |\n| 2 | 责任单位：乙局 |\n"
    text += "| 3 | 整改时限：2021年6月30日 |\n| 4 | 整改措施：清理 |"
    assert _inline_label_rows(text) == text


def test_a_verdict_refusing_the_write_off_keeps_the_finding_open():
    """暂不销号, 阶段性办结, 未达到销号条件: a step the progress calls done (已全部清理完毕, 已整改到位)
    does not close a finding its verdict keeps open; 同意销号 after the same progress closes it."""
    form = (
        "| 问题名称 | 甲路段堆放建筑垃圾。 |\n| 责任单位 | 甲镇人民政府 |\n| 整改时限 | 2021年6月30日 |\n"
        "| 整改情况 | 建筑垃圾已全部清理完毕。 |\n| 验收意见 | {} |\n"
    )
    for verdict, status in (
        ("整改尚未完成，暂不销号。", None),
        ("未达到销号条件，继续整改。", None),
        ("阶段性办结。", None),
        ("经现场核查，同意销号。", "completed"),
    ):
        (finding,) = parse_plan_text(form.format(verdict)).findings
        assert finding.status == status, verdict


def test_label_pieces_in_a_sheet_beside_values_merged_down_are_one_row():
    """Pasted into Excel, each paragraph of a cell is a row and the value beside the label's
    pieces is merged down, so filled into every row: written once. A second label starting in a
    lower row (配合 / 单位 beside the blank cells under 问题名称) opens a row of its own."""
    text = (
        "| 问题 | 甲镇一家矿粉厂违规生产。 |  |  |\n| 名称 | 甲镇一家矿粉厂违规生产。 |  |  |\n"
        "| 责任 | 甲镇人民政府 | 配合 | 甲市环境保护局 |\n| 单位 | 甲镇人民政府 | 单位 | 甲市环境保护局 |"
    )
    assert _broken_label_rows(text).split("\n") == [
        "| 问题名称 | 甲镇一家矿粉厂违规生产。 |  |  |",
        "| 责任单位 | 甲镇人民政府 | 配合单位 | 甲市环境保护局 |",
    ]


def test_a_short_line_over_a_pasted_tables_header_is_not_a_label_piece():
    """“附件” over “序号⇥问题⇥…”: the line after it is a header (its second cell a column's name),
    not a form's row, so the two short words are not one label."""
    lines = ["附件", "序号\t问题\t整改措施\t整改时限", "1\t甲问题。\t清理。\t2021年6月30日"]
    assert _tab_rejoined_labels(lines) == lines
