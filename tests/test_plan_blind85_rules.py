"""Rules the reader learnt from blind set 85 (issue 14, docs/decisions.md “Blind set 85”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 85`)."""

from __future__ import annotations

from intake.document_pdf import _unruled_table

_SIZE = 10.0
# the columns a table printed without rules left on the page before (序号, 问题, 措施, 单位)
_COLUMNS = [50.0, 100.0, 200.0, 300.0]


def _line(text: str, x0: float, top: float):
    chars = [
        {"text": ch, "x0": x0 + k * _SIZE, "x1": x0 + (k + 1) * _SIZE, "top": top, "bottom": top + _SIZE}
        for k, ch in enumerate(text)
    ]
    line = {"text": text, "x0": x0, "x1": x0 + len(text) * _SIZE, "top": top, "bottom": top + _SIZE}
    return line, chars


def test_a_cell_wrapped_over_the_page_is_the_last_rows_tail():
    raw = [
        _line("进水浓", 200, 60),
        _line("度；3.加", 200, 75),
        _line("四、工作要求各牵头单位主要负责同志为第一责任人", 50, 100),
    ]
    found = _unruled_table(raw, list(_COLUMNS))
    assert found is not None
    rows, first, last = found
    assert rows == [["", "", "进水浓度；3.加", ""]]
    assert (first, last) == (0, 1)


def test_text_at_the_margin_or_off_a_columns_edge_is_no_tail():
    at_margin = [_line("四、工作要求", 50, 60), _line("各单位要压实责任确保按期完成整改任务", 50, 75)]
    assert _unruled_table(at_margin, list(_COLUMNS)) is None
    off_edge = [_line("附件", 235, 60), _line("各单位要压实责任确保按期完成整改任务", 50, 75)]
    assert _unruled_table(off_edge, list(_COLUMNS)) is None
