"""The bulletin's tables built for one file (issue 20): the Word / PDF part holds only the
printed rows yet prints exactly what the whole tables would, and an Excel sheet longer than
EXCEL_ROWS keeps its worst rows and says how many there are."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from data_access.dispatch import monthly_dispatch
from data_access.metrics import FindingFilters
from reports import bulletin as bulletin_module
from reports.bulletin import bulletin_tables, document_table, make_bulletin
from reports.formats import build_bulletin
from sample_data.synthetic import generate

TODAY = date(2026, 12, 4)


@pytest.fixture
def dispatch(engine):
    generate(engine, findings=1500, seed=5, today=TODAY, parallel=False)
    return monthly_dispatch(engine, filters=FindingFilters(), month=date(2026, 11, 1), today=TODAY)


def test_the_document_part_prints_what_the_whole_tables_would(dispatch):
    whole = {t.sheet: document_table(t) for t in bulletin_tables(dispatch) if t.in_document}
    part = {t.sheet: document_table(t) for t in bulletin_tables(dispatch, part="document")}
    assert set(part) == set(whole)
    assert len(dispatch.units) > 10 and len(dispatch.overdue_list) > 0
    for sheet, printed in whole.items():
        assert part[sheet].rows == printed.rows, sheet
        assert part[sheet].note == printed.note, sheet
    assert whole["完成率排名"].note.startswith(f"共{len(dispatch.units)}个牵头单位")


def test_a_long_excel_sheet_keeps_its_worst_rows_and_says_so(dispatch, monkeypatch):
    monkeypatch.setattr(bulletin_module, "EXCEL_ROWS", 40)
    overdue, units = len(dispatch.overdue_list), len(dispatch.units)
    assert overdue > 40 and units > 40
    workbook = load_workbook(io.BytesIO(build_bulletin(make_bulletin(dispatch, issued_on=TODAY), "xlsx")))
    annex = workbook["逾期问题清单"]
    rows = list(annex.iter_rows(min_row=4, values_only=True))
    assert len(rows) == 40
    assert annex["A2"].value.startswith(f"共{overdue}个问题，本表列出逾期时间最长的40个问题")
    # The longest overdue first, as in the dispatch's list.
    assert [r[1] for r in rows] == list(dispatch.overdue_list["title"].head(40))
    ranking = workbook["完成率排名"]
    ranked = list(ranking.iter_rows(min_row=4, values_only=True))
    assert len(ranked) == 40 and ranked[-1][0] == int(dispatch.units["rank"].iloc[-1])
    assert ranking["A2"].value.startswith(f"共{units}个牵头单位，本表列出完成率最低的40个牵头单位")
    # A sheet within the limit is whole and has no note.
    summary = workbook["总体情况"]
    assert summary["A2"].value is None
