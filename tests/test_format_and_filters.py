"""Display formats and the filter state → query filters mapping."""

from __future__ import annotations

from datetime import date

import pandas as pd

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
