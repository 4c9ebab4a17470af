"""Cached figures refresh at once after a write, without clearing any cache (docs/decisions.md,
“Caching”): the loaders take the data version, which every write bumps in its transaction."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from data_access.access import command_line
from data_access.commands.reporting import MonthlyReport, save_monthly_report
from data_access.db import data_version, get_engine
from tests.app_helper import new_app
from tests.fixture_data import TODAY


def metrics(at: AppTest) -> dict[str, str]:
    return {metric.label: metric.value for metric in at.metric}


def region_chart(at: AppTest) -> str:
    """The Plotly spec of the overview's first chart (completion by region)."""
    return json.loads(at.get("plotly_chart")[0].proto.spec)["data"][2]["text"][0]


def test_a_saved_report_shows_on_the_next_run_without_clearing_caches(app_env, database_url):
    at = new_app()
    at.run()
    assert not at.exception
    assert metrics(at)["已完成"] == "2"
    assert metrics(at)["已逾期"] == "2"
    assert "（2/11）" in region_chart(at)  # the built chart, cached per data version too
    at.run()  # served from the cache: same figures
    assert metrics(at)["已完成"] == "2"

    engine = get_engine(database_url)
    version = data_version(engine)
    # A2 (one day overdue) reports its work done, through the same function the form uses.
    save_monthly_report(
        engine,
        finding_id=app_env["A2"],
        version=1,
        report=MonthlyReport(
            period=TODAY.replace(day=1), status="completed", reported_on=TODAY, narrative="整改完成"
        ),
        user=command_line("测试"),
        today=TODAY,
    )
    assert data_version(engine) == version + 1

    at.run()  # same session, no cache cleared
    assert metrics(at)["已完成"] == "3"
    assert metrics(at)["已逾期"] == "1"
    assert "（3/11）" in region_chart(at)
    at.switch_page("pages/overdue.py").run()
    assert not at.exception
    assert "共1个逾期问题" in " ".join(c.value for c in at.caption)
