"""The overview page in AppTest: the numbers a leader reads, and filters changing them."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.app_helper import run_app


def metrics(at: AppTest) -> dict[str, str]:
    return {metric.label: metric.value for metric in at.metric}


def test_overview_shows_the_fixture_figures(app_env):
    at = run_app()
    assert at.title[0].value == "督察整改总览"
    assert metrics(at) == {
        "问题总数": "11",
        "已完成": "2",
        "已销号": "1",
        "完成率": "18.2%",
        "销号率": "9.1%",
        "已逾期": "2",
        "30天内到期": "3",
        "未按时报送": "1",
        "指标预警": "0",  # the hand-made fixture has no indicators
    }
    assert "地区：全部" in at.caption[0].value
    assert "统计截至：2026年11月23日" in at.caption[0].value
    # The breakdown tables under the charts carry the same numbers.
    region_table = at.dataframe[0].value.set_index("地区")
    assert region_table.loc["湖南", "问题数"] == 11
    assert region_table.loc["湖南", "完成率"] == "18.2%"
    batch_table = at.dataframe[1].value.set_index("督察批次")
    assert batch_table.loc["测试批次甲", "问题数"] == 6


def test_filters_in_the_link_change_the_figures(app_env):
    at = run_app({"region": "湘潭市"})
    assert metrics(at)["问题总数"] == "5"
    counties = at.dataframe[0].value.set_index("地区")
    assert counties.loc["湘潭本级", "问题数"] == 2
    assert counties.loc["湘乡", "完成率"] == "100.0%"
    assert metrics(at)["已逾期"] == "1"
    assert at.caption[0].value.startswith("地区：湘潭市")
    at = run_app({"status": ["已销号", "反弹重办"]})
    assert metrics(at)["问题总数"] == "2"
    at = run_app({"as_of": "2026-01-15"})
    assert metrics(at)["已完成"] == "3"
    assert metrics(at)["30天内到期"] == "1"


def test_changing_a_filter_widget_changes_the_figures(app_env):
    at = run_app()
    at.sidebar.selectbox(key="region").select("433125").run()
    assert metrics(at)["问题总数"] == "6"
    at.sidebar.multiselect(key="category").select("soil").run()
    assert metrics(at)["问题总数"] == "1"  # A1


def test_invalid_link_values_are_ignored_not_fatal(app_env):
    at = run_app({"region": "不存在的地区", "as_of": "not-a-date", "status": "bogus"})
    assert metrics(at)["问题总数"] == "11"


def test_empty_selection_shows_dashes_not_errors(app_env):
    at = run_app({"region": "绛县"})
    values = metrics(at)
    assert values["问题总数"] == "0"
    assert values["完成率"] == "—"
