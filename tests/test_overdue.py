"""The overdue and warnings page: unit scoreboard, overdue list, Excel export read back."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pandas as pd
import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from data_access.metrics import FindingFilters, unit_signal
from data_access.overdue import overdue_findings, unit_scoreboard
from exports.excel import table_workbook
from tests.app_helper import run_app
from tests.fixture_data import TODAY


def test_unit_signal_thresholds():
    assert unit_signal(overdue=1, due_soon=0, late_report=0) == "red"
    assert unit_signal(overdue=0, due_soon=1, late_report=0) == "amber"
    assert unit_signal(overdue=0, due_soon=0, late_report=2) == "amber"
    assert unit_signal(overdue=0, due_soon=0, late_report=0) == "green"


def test_scoreboard_ranks_units_worst_first(engine, fixture_ids):
    board = unit_scoreboard(engine, filters=FindingFilters(), today=TODAY)
    assert list(board["unit_name"]) == ["县发改局", "市环保局", "县住建局", "市农委", "市住建局"]
    rows = board.set_index("unit_name")
    assert rows.loc["县发改局", ["total", "overdue", "due_soon", "late_report"]].tolist() == [3, 1, 2, 0]
    assert rows.loc["市环保局", ["total", "done", "overdue"]].tolist() == [3, 1, 1]
    assert rows.loc["县住建局", "late_report"] == 1
    assert list(board["signal"]) == ["red", "red", "amber", "amber", "green"]
    assert rows.loc["市环保局", "completion_ratio"] == 1 / 3


def test_scoreboard_with_cooperating_units(engine, fixture_ids):
    lead_only = unit_scoreboard(engine, filters=FindingFilters(), today=TODAY).set_index("unit_name")
    with_coop = unit_scoreboard(
        engine, filters=FindingFilters(), today=TODAY, include_cooperating=True
    ).set_index("unit_name")
    assert lead_only.loc["市住建局", "total"] == 1
    assert with_coop.loc["市住建局", "total"] == 2  # also cooperates on B1


def test_overdue_list(engine, fixture_ids):
    frame = overdue_findings(engine, filters=FindingFilters(), today=TODAY)
    assert list(frame["title"]) == ["测试问题B3", "测试问题A2"]  # earliest deadline first
    assert list(frame["days_overdue"]) == [54, 1]
    assert list(frame["due_date"]) == [date(2026, 9, 30), date(2026, 11, 22)]
    assert list(frame["lead_units"]) == ["市环保局", "县发改局"]
    assert list(frame["leaders"]) == ["测试领导", "测试领导"]
    assert list(frame["region_name"]) == ["雨湖区", "保靖县"]
    assert list(frame["status"]) == ["reopened", "in_progress"]
    only_city = overdue_findings(engine, filters=FindingFilters(region_code="430300"), today=TODAY)
    assert list(only_city["title"]) == ["测试问题B3"]


def test_exported_text_is_never_run_as_a_formula_and_gaps_stay_empty():
    frame = pd.DataFrame(
        {
            "问题": ['=HYPERLINK("http://example.invalid","点我")', "@SUM(A1)", "县发改局"],
            "整改时限": [date(2026, 9, 30), pd.NaT, date(2026, 11, 22)],
            "逾期天数": [54, None, 1],
        }
    )
    data = table_workbook(title="逾期问题清单", notes=["地区：全部"], frame=frame, sheet_name="清单")
    sheet = load_workbook(BytesIO(data))["清单"]
    rows = list(sheet.iter_rows(min_row=4))
    assert [c.value for c in rows[0]] == ["问题", "整改时限", "逾期天数"]
    assert [row[0].value for row in rows[1:]] == list(frame["问题"])
    assert all(row[0].data_type == "s" for row in rows[1:])
    assert rows[2][1].value is None and rows[2][2].value is None
    assert rows[1][1].number_format == "yyyy-mm-dd" and rows[1][1].value.date() == date(2026, 9, 30)
    assert sheet.freeze_panes == "A5"


def run_overdue(query: dict | None = None) -> AppTest:
    """The overview first, then 逾期督办 from the menu."""
    return run_app(page="pages/overdue.py", at=run_app(query))


def test_overdue_page_shows_scoreboard_and_list(app_env):
    at = run_overdue()
    assert at.title[0].value == "逾期督办"
    board = at.dataframe[0].value
    assert list(board["牵头单位"]) == ["县发改局", "市环保局", "县住建局", "市农委", "市住建局"]
    assert list(board["信号"]) == ["红", "红", "黄", "黄", "绿"]
    assert board.iloc[1]["完成率"] == "33.3%"
    listing = at.dataframe[1].value
    assert list(listing["问题"]) == ["测试问题B3", "测试问题A2"]
    assert list(listing["逾期天数"]) == [54, 1]
    assert any("仅统计作为牵头单位" in s.value for s in at.subheader)


def test_overdue_page_follows_the_shared_filters(app_env):
    at = run_overdue({"region": "保靖县"})
    assert list(at.dataframe[1].value["问题"]) == ["测试问题A2"]
    assert set(at.dataframe[0].value["牵头单位"]) == {"县发改局", "县住建局"}


def test_cooperating_toggle_changes_counts_and_says_so(app_env):
    at = run_overdue()
    at.toggle(key="overdue_include_cooperating").set_value(True).run()
    board = at.dataframe[0].value.set_index("牵头单位")
    assert board.loc["市住建局", "问题数"] == 2
    assert any("含作为配合单位" in s.value for s in at.subheader)


def test_excel_export_matches_the_list_shown(app_env, media_files):
    at = run_overdue({"region": "湘潭市"})
    shown = at.dataframe[1].value
    button = at.get("download_button")[-1]  # the list export (the first exports the unit ranking)
    workbook = load_workbook(BytesIO(media_files.download(button)))
    sheet = workbook.active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "逾期问题清单"
    assert rows[1][0].startswith("地区：湘潭市")  # the filters are written into the file
    header_index = next(i for i, row in enumerate(rows) if row[0] == "督察批次")
    header = rows[header_index]
    body = rows[header_index + 1 :]
    assert header == [c for c in shown.columns if c != "详情"]
    assert len(body) == len(shown)
    for row, (_, expected) in zip(body, shown.iterrows(), strict=True):
        record = dict(zip(header, row, strict=True))
        assert record["问题"] == expected["问题"]
        assert record["逾期天数"] == expected["逾期天数"]
        assert record["整改时限"].date() == expected["整改时限"]
        assert record["牵头单位"] == expected["牵头单位"]


@pytest.mark.parametrize("cooperating", [False, True])
def test_the_ranking_read_in_sql_is_the_head_of_the_scoreboard(engine, cooperating):
    """unit_ranking reads only the first rows (and the rows tied with the last one); they must
    be exactly the first rows of unit_scoreboard, for every filter path and limit."""
    from core.vocabulary import STATUSES
    from data_access.overdue import unit_ranking, unit_scoreboard
    from sample_data.synthetic import generate

    generate(engine, findings=1500, seed=5, today=TODAY, parallel=False)
    with engine.connect() as connection:  # the province with the most findings
        province = connection.exec_driver_sql(
            "SELECT province_code FROM findings GROUP BY province_code ORDER BY COUNT(*) DESC LIMIT 1"
        ).scalar()
    for filters in (
        FindingFilters(),
        FindingFilters(statuses=STATUSES),
        FindingFilters(region_code=province),
    ):
        full = unit_scoreboard(engine, filters=filters, today=TODAY, include_cooperating=cooperating)
        for limit in (1, 7, 50, len(full), len(full) + 5):
            top, units = unit_ranking(
                engine, filters=filters, today=TODAY, include_cooperating=cooperating, limit=limit
            )
            assert units == len(full)
            pd.testing.assert_frame_equal(top, full.head(limit).reset_index(drop=True))


@pytest.mark.parametrize("export_limit", [100, 1])
def test_a_long_list_is_cut_on_the_page_and_exported_whole(app_env, media_files, monkeypatch, export_limit):
    from data_access import overdue

    monkeypatch.setattr(overdue, "OVERDUE_PAGE_ROWS", 1)
    monkeypatch.setattr(overdue, "OVERDUE_EXPORT_LIMIT", export_limit)
    at = run_overdue()
    assert list(at.dataframe[1].value["问题"]) == ["测试问题B3"]  # the longest overdue
    captions = [c.value for c in at.caption]
    button = at.get("download_button")[-1]
    workbook = load_workbook(BytesIO(media_files.download(button)))
    rows = list(workbook.active.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row[0] == "督察批次")
    titles = [row[2] for row in rows[header + 1 :]]
    if export_limit == 100:
        assert "共2个逾期问题，此处显示逾期最久的1个；导出的Excel含全部2个。" in captions
        assert button.proto.label == "导出Excel（全部2个逾期问题）"
        assert titles == ["测试问题B3", "测试问题A2"]
    else:
        expected = "共2个逾期问题，此处显示逾期最久的1个；导出的Excel含逾期最久的1个，请缩小筛选范围。"
        assert expected in captions
        assert titles == ["测试问题B3"]
