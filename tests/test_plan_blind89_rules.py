"""Rules the reader learnt from blind set 89 (issue 14, docs/decisions.md “Blind set 89”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 89`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import find_tables

_MEASURE_ROWS = (
    "| 序号 | 整改措施 | 牵头单位 | 配合单位 | 完成时限 |\n"
    "| 问题一：甲河部分支流水质不达标。 |  |  |  |  |\n"
    "| 1 | 排查入河排污口。 | 县环保局 | 县水务局 | 2019年12月31日前 |\n"
    "| 2 | 场镇污水处理设施提标改造。 | 县住建局 | 各乡镇人民政府 | 2020年12月31日前 |\n"
    "| 问题二：城区工地扬尘管控不到位。 |  |  |  |  |\n"
    "| 1 | 开展扬尘专项检查。 | 县住建局 |  | 立即整改 |\n"
)


def _findings(text: str):
    return parse_plan_text(text).findings


def test_a_row_stating_a_problem_over_measure_rows_is_the_finding():
    # no problem column: “问题一：…” merged across, its measures numbered again from 1 under it
    first, second = _findings(_MEASURE_ROWS)
    assert (first.number, first.title) == (1, "甲河部分支流水质不达标")
    assert len(first.measures) == 2
    assert (first.lead_units, first.cooperating_units) == (
        ["县环保局", "县住建局"],
        ["县水务局", "各乡镇人民政府"],
    )
    assert [d.date.isoformat() for d in first.deadlines] == ["2019-12-31", "2020-12-31"]
    assert first.section is None
    assert (second.number, second.title, len(second.measures)) == (2, "城区工地扬尘管控不到位", 1)
    assert [d.kind for d in second.deadlines] == ["immediate"]


def test_the_problem_row_is_no_row_and_no_section():
    (table,) = find_tables(_MEASURE_ROWS)
    assert [row.problem for row in table.rows] == [("一", "甲河部分支流水质不达标。")] * 2 + [
        ("二", "城区工地扬尘管控不到位。")
    ]
    assert {row.section for row in table.rows} == {None}


def test_a_bracketed_or_arabic_problem_number_is_read_too():
    text = _MEASURE_ROWS.replace("问题一：", "问题1：").replace("问题二：", "反馈问题（2）：")
    assert [(f.number, len(f.measures)) for f in _findings(text)] == [(1, 2), (2, 1)]


def test_a_table_with_a_problem_column_keeps_its_rows():
    # with a problem column, the rule does not apply: each numbered row is its own finding
    text = (
        "| 序号 | 存在问题 | 整改措施 | 责任单位 | 完成时限 |\n"
        "| 问题一：甲河部分支流水质不达标。 |  |  |  |  |\n"
        "| 1 | 排污口未整治。 | 排查入河排污口。 | 县环保局 | 2019年12月31日前 |\n"
        "| 2 | 污水处理设施落后。 | 提标改造。 | 县住建局 | 2020年12月31日前 |\n"
    )
    assert [f.title for f in _findings(text)] == ["排污口未整治", "污水处理设施落后"]
    assert all(row.problem is None for row in find_tables(text)[0].rows)


def test_a_group_row_that_names_no_problem_stays_a_section():
    text = _MEASURE_ROWS.replace("问题一：甲河部分支流水质不达标。", "一、水环境方面").replace(
        "| 问题二：城区工地扬尘管控不到位。 |  |  |  |  |\n", ""
    )
    findings = _findings(text)
    assert len(findings) == 3
    assert {f.section for f in findings} == {"一、水环境方面"}


def test_two_dotted_dates_run_together_are_two_limits():
    # a printed table's cell “2019.11.15⏎2019.11.30” whose lines were joined without a space
    from intake.deadline_text import parse_deadline_field

    dates = [d.date.isoformat() for d in parse_deadline_field("2019.11.152019.11.30")]
    assert dates == ["2019-11-15", "2019-11-30"]
    assert [d.date.isoformat() for d in parse_deadline_field("2019.12.312020.3.31")] == [
        "2019-12-31",
        "2020-03-31",
    ]
    # one date alone, or a date and a number that is no year, stays as it was
    assert [d.date.isoformat() for d in parse_deadline_field("2019.11.30")] == ["2019-11-30"]


_ONE_COLUMN = (
    "| 序号 | 点位 | 存在问题及整改措施 | 责任单位 | 完成时限 |\n"
    "| 1 | 某渣场 | 问题：渣场边坡未绿化，雨天泥水外溢。\n措施：1.完善截排水沟；2.边坡覆绿；3.日常巡查。 "
    "| 区城市管理局 | 2019年12月31日前 |\n"
)


def test_one_column_for_the_problem_and_its_measures_gives_both():
    (finding,) = _findings(_ONE_COLUMN)
    assert finding.title == "渣场边坡未绿化，雨天泥水外溢"
    assert len(finding.measures) == 3
    assert finding.part == 1


def test_the_split_needs_both_labels_and_a_header_naming_both():
    # no “措施：” paragraph: the cell stays the problem's
    text = _ONE_COLUMN.replace("措施：1.", "1.")
    assert len(_findings(text)[0].measures) == 0
    # a plain problem column: a “措施：” line inside it is not split off
    text = _ONE_COLUMN.replace("存在问题及整改措施", "存在问题")
    assert len(_findings(text)[0].measures) == 0


def _pdf_line(cells: list[tuple[str, float]], top: float):
    """A printed line of runs (text, left edge), 10 points a character, as `_unruled_table` takes it."""
    chars = [
        {"text": ch, "x0": x0 + k * 10.0, "x1": x0 + (k + 1) * 10.0, "top": top, "bottom": top + 10.0}
        for text, x0 in cells
        for k, ch in enumerate(text)
    ]
    text = " ".join(text for text, _ in cells)
    return {
        "text": text,
        "x0": chars[0]["x0"],
        "x1": chars[-1]["x1"],
        "top": top,
        "bottom": top + 10.0,
    }, chars


def test_rows_printed_without_rules_start_at_the_first_cells_own_item_numbers():
    # no 序号 column: “1.…” opens the problem's cell; its wrapped lines fill the first column too
    from intake.document_pdf import _unruled_table

    lines = [
        [("反馈问题", 50), ("整改目标", 160), ("整改措施", 270), ("责任单位", 380), ("整改时限", 490)],
        [
            ("1.城区污水处", 50),
            ("浓度明显提", 160),
            ("（1）排查管", 270),
            ("县住建局", 380),
            ("2023年12月", 490),
        ],
        [("理厂浓度偏低", 50), ("升。", 160), ("网；", 270), ("31日前", 490)],
        [("（2）雨污分流", 270)],
        [
            ("2.水源保护区", 50),
            ("无违规耕种。", 160),
            ("（1）退出耕", 270),
            ("县水务局", 380),
            ("2023年6月", 490),
        ],
        [("内仍有耕种。", 50), ("地。", 270), ("30日前", 490)],
    ]
    raw = [_pdf_line(cells, 40.0 + 15 * k) for k, cells in enumerate(lines)]
    found = _unruled_table(raw, [])
    assert found is not None
    rows = found[0]
    assert [row[0] for row in rows] == ["反馈问题", "1.城区污水处理厂浓度偏低", "2.水源保护区内仍有耕种。"]
    assert rows[1][4] == "2023年12月31日前"


def test_the_measures_label_run_on_after_the_problems_stop_still_splits():
    # printed and read back, the cell's two paragraphs joined: “…外溢。措施：1.…”
    text = _ONE_COLUMN.replace("。\n措施：", "。措施：")
    (finding,) = _findings(text)
    assert (finding.title, len(finding.measures)) == ("渣场边坡未绿化，雨天泥水外溢", 3)


def test_a_batch_row_printed_over_the_number_column_is_a_group_row():
    # printed without rules, “第一批（7月3日交办）” lies over the 序号 and 交办编号 columns
    from intake.document_pdf import _unruled_table

    lines = [
        [("序号", 50), ("交办编号", 130), ("投诉内容", 250), ("办理单位", 400)],
        [("第一批（7月3", 50), ("日交办）", 130)],
        [("1", 50), ("D5300012", 130), ("夜市油烟扰民。", 250), ("景洪市政府", 400)],
        [("2", 50), ("D5300027", 130), ("废水直排河沟。", 250), ("勐海县政府", 400)],
        [("第二批（7月6", 50), ("日交办）", 130)],
        [("3", 50), ("X5300004", 130), ("工地噪声扰民。", 250), ("勐腊县政府", 400)],
    ]
    raw = [_pdf_line(cells, 40.0 + 15 * k) for k, cells in enumerate(lines)]
    found = _unruled_table(raw, [])
    assert found is not None
    rows = found[0]
    assert rows[0][0] == "序号"
    assert [row[0] for row in rows[1:]] == ["第一批（7月3日交办）", "1", "2", "第二批（7月6日交办）", "3"]
