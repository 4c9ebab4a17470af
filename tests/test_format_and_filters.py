"""Display formats and the filter state → query filters mapping."""

from __future__ import annotations

from datetime import date

import pandas as pd

from data_access.metrics import FindingFilters
from ui.filters import FilterOptions, describe_filters, filters_from_state
from ui.format import date_cn, month_cn, pct

TODAY = date(2026, 11, 23)


def test_formats():
    assert pct(2 / 11) == "18.2%"
    assert pct(None) == "—"
    assert pct(1.0) == "100.0%"
    assert date_cn(date(2024, 3, 12)) == "2024年3月12日"
    assert month_cn(date(2026, 11, 1)) == "2026年11月"


def test_filters_from_state_windows():
    state = {"region": "430300", "due": "30d", "as_of": TODAY, "unit": ["7"], "status": ["closed"]}
    filters = filters_from_state(state, TODAY)
    assert filters.region_code == "430300"
    assert (filters.due_from, filters.due_to) == (TODAY, date(2026, 12, 23))
    assert filters.lead_unit_ids == (7,)
    assert filters.statuses == ("closed",)
    assert filters.as_of is None  # today: the fast path
    overdue = filters_from_state({"due": "overdue", "as_of": date(2026, 1, 15)}, TODAY)
    assert (overdue.due_from, overdue.due_to, overdue.as_of) == (None, date(2026, 1, 14), date(2026, 1, 15))
    year = filters_from_state({"due": "year"}, TODAY)
    assert (year.due_from, year.due_to) == (date(2026, 1, 1), date(2026, 12, 31))


def test_describe_filters_in_chinese():
    options = FilterOptions(
        regions=pd.DataFrame(
            {
                "code": ["430300"],
                "name": ["湘潭市"],
                "short_name": ["湘潭"],
                "level": ["city"],
                "parent_code": [None],
            }
        ),
        batches=pd.DataFrame({"code": ["b"], "name": ["省第三环境保护督察组反馈意见"]}),
        units=pd.DataFrame(
            {"id": [7], "name": ["市环保局"], "region_code": ["430300"], "region_name": ["湘潭"]}
        ),
    )
    text = describe_filters(
        {"region": "430300", "batch": ["b"], "unit": ["7"], "coop": True, "status": ["closed"], "due": "30d"},
        options,
        TODAY,
    )
    assert text == (
        "地区：湘潭市；批次：省第三环境保护督察组反馈意见；牵头单位：市环保局（含配合）；"
        "状态：已销号；时限：30天内到期；统计截至：2026年11月23日"
    )


def test_a_clicked_bar_gives_its_filter_value():
    from ui.drill import selected_value

    assert selected_value({"selection": {"points": [{"customdata": "430300", "y": "湘潭"}]}}) == "430300"
    assert selected_value({"selection": {"points": [{"customdata": ["t-b"]}]}}) == "t-b"
    assert selected_value({"selection": {"points": [{"customdata": None}, {"customdata": 7}]}}) == "7"
    assert selected_value({"selection": {"points": []}}) is None
    assert selected_value(None) is None


def test_charts_carry_filter_values_for_clicks():
    from charts.overdue import overdue_by_unit
    from charts.overview import completion_bars, status_donut

    frame = pd.DataFrame(
        {
            "region_code": ["430300", None],
            "region_name": ["湘潭", "湖南本级"],
            "total": [5, 1],
            "done": [2, 0],
        }
    ).assign(closed=[1, 0], completion_ratio=[0.4, 0.0])
    bars = completion_bars(frame, name_column="region_name", key_column="region_code", title="t")
    assert list(bars.data[0].customdata) == ["430300", None]
    donut = status_donut(pd.DataFrame({"status": ["closed", "in_progress"], "count": [1, 2]}))
    assert list(donut.data[0].customdata) == ["in_progress", "closed"]
    board = pd.DataFrame(
        {
            "unit_id": [7],
            "unit_name": ["县发改局"],
            "region_name": ["保靖"],
            "overdue": [1],
            "due_soon": [0],
            "late_report": [0],
        }
    )
    assert list(overdue_by_unit(board).data[0].customdata) == ["7"]


def test_region_labels_add_the_code_only_to_repeated_names():
    from ui.filters import _region_label

    options = FilterOptions(
        regions=pd.DataFrame(
            {
                "code": ["430300", "430100", "520100"],
                "name": ["湘潭市", "城区", "城区"],
                "short_name": ["湘潭", "城区", "城区"],
                "level": ["city", "county", "county"],
                "parent_code": [None, None, None],
            }
        ),
        batches=pd.DataFrame({"code": ["b"], "name": ["第一轮"]}),
        units=pd.DataFrame({"id": [], "name": [], "region_code": [], "region_name": []}),
    )
    label = _region_label(options)
    assert [label(code) for code in ["", "430300", "430100", "520100"]] == [
        "全部地区",
        "湘潭市",
        "城区（430100）",
        "城区（520100）",
    ]
    # Built once per options object (shared by every session through the cache).
    assert options.region_labels is options.region_labels
    assert options.batch_names == {"b": "第一轮"}


def test_cache_keys_tell_filters_apart_by_every_field():
    from ui.loaders.shared import FILTERS_HASH

    key = FILTERS_HASH[FindingFilters]
    base = FindingFilters(region_code="430300", batch_codes=("b",))
    assert key(base) == key(FindingFilters(region_code="430300", batch_codes=("b",)))
    for other in (
        FindingFilters(region_code="430300"),
        FindingFilters(region_code="430300", batch_codes=("b",), as_of=date(2026, 11, 1)),
        FindingFilters(region_code="430300", batch_codes=("b",), include_cooperating=True),
        FindingFilters(region_code="430300", batch_codes=("b",), due_to=date(2026, 12, 1)),
    ):
        assert key(other) != key(base)
