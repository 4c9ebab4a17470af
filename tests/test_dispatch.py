"""The monthly dispatch: month-over-month figures computed by hand (tests/dispatch_fixture.py),
the “as known then” rule, the narrative, and the page."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from charts import dispatch as charts
from data_access.dispatch import monthly_dispatch, parse_month
from data_access.metrics import FindingFilters
from reports.narrative import dispatch_narrative
from tests.app_helper import new_app, run_app
from tests.dispatch_fixture import MONTH, add_dispatch_findings
from tests.fixture_data import TODAY
from tests.users_helper import sign_in


@pytest.fixture
def dispatch_ids(engine, fixture_ids) -> dict[str, int]:
    return {**fixture_ids, **add_dispatch_findings(engine)}


def titles(frame: pd.DataFrame) -> list[str]:
    return sorted(frame["title"])


def october(engine, **filters) -> object:
    return monthly_dispatch(engine, filters=FindingFilters(**filters), month=MONTH, today=TODAY)


def test_october_against_september(engine, dispatch_ids):
    d = october(engine)
    assert d.previous_month == date(2026, 9, 1)
    # End of October: 21 findings (D10 registered 10-08); done B1 B2 D1 D2 D3; closed B2 D2 D3;
    # overdue B3 (recheck deadline 09-30) and D7 (10-20).
    assert (d.current.as_of, d.current.total, d.current.done, d.current.closed, d.current.overdue) == (
        date(2026, 10, 31),
        21,
        5,
        3,
        2,
    )
    # End of September: 20 findings; done B1 B2 D2 D4 D5; closed B2 D4; nothing overdue yet
    # (B3's deadline is 09-30 itself, and a deadline due on the day is not overdue).
    assert (d.previous.total, d.previous.done, d.previous.closed, d.previous.overdue) == (20, 5, 2, 0)
    assert round(d.current.completion_ratio, 4) == round(5 / 21, 4)
    assert titles(d.newly_completed) == ["测试问题D1", "测试问题D3"]
    assert titles(d.newly_closed) == ["测试问题D2", "测试问题D3"]
    assert titles(d.newly_overdue) == ["测试问题B3", "测试问题D7"]
    assert dict(zip(d.newly_overdue["title"], d.newly_overdue["days_overdue"], strict=True)) == {
        "测试问题B3": 31,
        "测试问题D7": 11,
    }


def test_a_moved_deadline_and_a_reopened_finding(engine, dispatch_ids):
    d = october(engine)
    moved = d.deadlines_moved
    assert titles(moved) == ["测试问题D6"]  # B4's move in January is not October's
    assert (moved.loc[0, "old_due"], moved.loc[0, "new_due"], moved.loc[0, "moved_on"]) == (
        date(2026, 10, 15),
        date(2026, 12, 31),
        date(2026, 10, 10),
    )
    assert "测试问题D6" not in titles(d.newly_overdue)  # the moved deadline is not yet due
    back = d.gone_backwards.set_index("title")
    assert sorted(back.index) == ["测试问题D4", "测试问题D5"]
    assert (back.loc["测试问题D4", "from_status"], back.loc["测试问题D4", "to_status"]) == (
        "closed",
        "reopened",
    )
    assert (back.loc["测试问题D5", "from_status"], back.loc["测试问题D5", "to_status"]) == (
        "completed",
        "in_progress",
    )
    assert back.loc["测试问题D5", "reason"] == "验收未通过"
    assert titles(d.reopened) == ["测试问题D4"]
    assert d.reopened.loc[0, "changed_on"] == date(2026, 10, 10)


def test_late_reporters_and_how_late(engine, dispatch_ids):
    d = october(engine)
    assert d.report_due == date(2026, 10, 28) and d.report_deadline_passed
    # Open rolling findings at the end of October: A5, A6, B4, D8, D9.
    assert d.reports_due == 5
    units = d.late_units.set_index("unit_name")
    assert sorted(units.index) == ["县住建局", "市农委", "市环保局"]
    # A6: no October report at all; D8: the report came on 11-02, after the month: not known then.
    assert units.loc["县住建局", ["due", "on_time", "late", "missing", "days_late"]].tolist() == [
        2,
        1,
        0,
        1,
        3,
    ]
    assert units.loc["市农委", ["due", "on_time", "late", "missing", "days_late"]].tolist() == [2, 1, 0, 1, 3]
    # D9 reported on 10-30: two days after the 28th. B4 reported on the 28th itself: on time.
    assert units.loc["市环保局", ["due", "on_time", "late", "missing", "days_late"]].tolist() == [
        1,
        0,
        1,
        0,
        2,
    ]
    late = d.late_reports.set_index("title")
    assert sorted(late.index) == ["测试问题A6", "测试问题D8", "测试问题D9"]
    assert late.loc["测试问题D9", "reported_on"] == date(2026, 10, 30)
    assert late.loc["测试问题D8", "reported_on"] is None


def test_units_ranked_with_the_change_since_last_month(engine, dispatch_ids):
    units = october(engine).units.set_index("unit_name")
    assert units.loc["市住建局", ["total", "done", "overdue", "rank"]].tolist() == [4, 2, 1, 1]
    assert units.loc["市环保局", ["total", "done", "overdue", "rank"]].tolist() == [7, 3, 1, 2]
    assert units.loc["市农委", ["total", "done", "overdue", "rank"]].tolist() == [4, 0, 0, 3]
    # 市环保局: 1 of 6 done in September, 3 of 7 in October: +26.2 points, up from rank 3 to 2.
    assert round(units.loc["市环保局", "ratio_change"] * 100, 1) == 26.2
    assert units.loc["市环保局", "prev_rank"] == 3 and units.loc["市环保局", "rank_change"] == 1
    # 市农委: D4 and D5 went backwards: 2 of 4 done in September, none now.
    assert units.loc["市农委", "ratio_change"] == -0.5 and units.loc["市农委", "rank_change"] == -2
    assert units.loc["市住建局", "overdue_change"] == 1
    assert units.loc["市住建局", "overdue_rank"] == 1 and units.loc["市环保局", "overdue_rank"] == 1
    assert units.loc["县发改局", "completion_ratio"] == 0


def test_a_past_month_is_what_was_known_then(engine, dispatch_ids):
    """D7 was completed on 11-05 and D8's October report came on 11-02: October still shows
    D7 overdue and D8 unreported, whatever day the dispatch is run."""
    early = october(engine)
    later = monthly_dispatch(engine, filters=FindingFilters(), month=MONTH, today=date(2027, 3, 1))
    for d in (early, later):
        assert "测试问题D7" in titles(d.overdue_list)
        assert "测试问题D8" in titles(d.late_reports)
        assert d.current.done == 5
    assert early.units.equals(later.units)
    assert early.late_units.equals(later.late_units)


def test_march_in_the_base_fixture_reopens_b3(engine, fixture_ids):
    d = monthly_dispatch(engine, filters=FindingFilters(), month=date(2026, 3, 1), today=TODAY)
    assert titles(d.reopened) == ["测试问题B3"]
    assert titles(d.gone_backwards) == ["测试问题B3"]
    assert d.current.closed == d.previous.closed - 1  # B3 was closed at the end of February


def test_the_current_month_is_judged_today(engine, dispatch_ids):
    d = monthly_dispatch(engine, filters=FindingFilters(), month=date(2026, 11, 1), today=TODAY)
    assert d.current.as_of == TODAY
    assert not d.report_deadline_passed  # the 28th has not come yet
    assert d.late_units.empty
    assert titles(d.newly_completed) == ["测试问题D7"]  # completed 11-05
    assert "测试问题A2" in titles(d.newly_overdue)  # deadline 11-22
    with pytest.raises(ValueError, match="晚于今天"):
        monthly_dispatch(engine, filters=FindingFilters(), month=date(2026, 12, 1), today=TODAY)


def test_shared_filters_apply(engine, dispatch_ids):
    d = october(engine, region_code="430381")  # 湘乡市: B2, D5, D6, D7
    assert (d.current.total, d.current.done, d.current.overdue) == (4, 1, 1)
    assert titles(d.gone_backwards) == ["测试问题D5"]
    assert titles(d.deadlines_moved) == ["测试问题D6"]
    assert d.reopened.empty
    # The sidebar's status and as-of day do not change a dispatch.
    assert october(engine, statuses=("closed",), as_of=date(2026, 1, 1)).current.total == 21
    units = october(
        engine, lead_unit_ids=(int(october(engine).units.set_index("unit_name").loc["市农委", "unit_id"]),)
    )
    assert units.units["unit_name"].tolist() == ["市农委"]
    assert units.current.total == 4


def test_parse_month():
    assert parse_month("2024-03") == date(2024, 3, 1)
    assert parse_month("2024-3") == date(2024, 3, 1)
    with pytest.raises(ValueError, match="YYYY-MM"):
        parse_month("三月")


def test_narrative_states_only_the_facts(engine, dispatch_ids):
    text = dispatch_narrative(october(engine))
    paragraphs = text.split("\n")
    assert paragraphs[0] == (
        "截至2026年10月31日，纳入调度的问题共21个，已完成整改5个（其中已销号3个），整改完成率23.8%，"
        "较上月末下降1.2个百分点；逾期未完成2个，较上月末增加2个。"
    )
    assert "本月新完成整改问题2个（“测试问题D1”、“测试问题D3”）" in paragraphs[1]
    assert "新销号问题2个（“测试问题D2”、“测试问题D3”）" in paragraphs[1]
    assert "新增逾期问题2个（“测试问题B3”、“测试问题D7”）" in paragraphs[1]
    assert "调整整改时限1个（“测试问题D6”由2026年10月15日调整为2026年12月31日）" in paragraphs[1]
    assert (
        "整改状态倒退2个（“测试问题D4”由已销号转为反弹重办、“测试问题D5”由已完成待销号转为推进中）"
        in paragraphs[1]
    )
    assert "重新交办1个（“测试问题D4”）" in paragraphs[1]
    assert paragraphs[2] == (
        "本月应于2026年10月28日前报送月调度的持续推进类问题5个，3个牵头单位未按时报送："
        "县住建局（1个问题截至10月底未报送，最长逾期3天）；市农委（1个问题截至10月底未报送，最长逾期3天）；"
        "市环保局（1个问题逾期报送，最长逾期2天）。"
    )
    assert paragraphs[3].startswith("按整改完成率排名，市住建局居首（50.0%）")
    assert "较上月提高最多的是市环保局（上升26.2个百分点）" in paragraphs[3]
    assert "较上月下降最多的是市农委（下降50.0个百分点）" in paragraphs[3]
    assert "逾期问题最多的是市住建局、市环保局（各1个）" in paragraphs[3]


def test_charts(engine, dispatch_ids):
    d = october(engine)
    figure = charts.unit_completion(d.units)
    bars = figure.data[0]
    assert list(bars.y)[-1] == "市住建局"  # best at the top
    assert "42.9%（+26.2）" in list(bars.text)
    changes = pd.DataFrame({"label": ["新完成", "新增逾期"], "count": [2, 2], "tone": ["good", "bad"]})
    assert list(charts.month_changes(changes).data[0].y) == [2, 2]
    assert charts.unit_completion(d.units.iloc[0:0]).layout.annotations[0].text == "暂无数据"


def run_page(query: dict[str, str] | None = None) -> AppTest:
    """The overview first, then 月调度 from the menu."""
    return run_app(page="pages/dispatch.py", at=run_app(query))


def page_metrics(at: AppTest) -> dict[str, str]:
    return {metric.label: metric.value for metric in at.metric}


def test_page_shows_the_month(app_env, engine):
    add_dispatch_findings(engine)
    at = run_page()
    assert at.title[0].value == "月度调度"
    # Today is 2026-11-23: the latest month whose reports are due is October.
    assert at.selectbox(key="month").value == "2026-10"
    values = page_metrics(at)
    assert values["问题总数"] == "21"
    assert values["完成率"] == "23.8%"
    assert values["已逾期"] == "2"
    assert values["未按时报送单位"] == "3"
    assert at.text_area[0].value == dispatch_narrative(october(engine))
    frames = [frame.value for frame in at.dataframe]
    ranking = next(f for f in frames if "名次变化" in f.columns).set_index("牵头单位")
    assert ranking.loc["市环保局", "完成率"] == "42.9%"
    assert ranking.loc["市环保局", "较上月（百分点）"] == "+26.2"
    assert ranking.loc["市农委", "名次变化"] == "↓2"
    moved = next(f for f in frames if "调整后时限" in f.columns)
    assert moved.iloc[0]["调整后时限"] == "2026年12月31日"
    assert moved.iloc[0]["详情"].startswith("finding?finding=")


def test_page_month_can_be_changed(app_env, engine):
    add_dispatch_findings(engine)
    at = run_page()
    at.selectbox(key="month").set_value("2026-03").run()
    assert not at.exception
    assert page_metrics(at)["问题总数"] == "20"
    assert "重新交办1个（“测试问题B3”）" in at.text_area[0].value


def test_bulletin_settings_are_prefilled_and_editable(app_env, engine, monkeypatch):
    """The issuer is the viewer's region's office (never “XX市”); number, recipients and
    copies come from the configuration and what the office types is what the files print."""
    monkeypatch.setenv("DASHBOARD_DOC_NUMBER_PATTERN", "潭整办〔{year}〕{number}号")
    monkeypatch.setenv("DASHBOARD_CC", "市委办公室，市政府办公室")
    add_dispatch_findings(engine)
    at = new_app()
    sign_in(at, "office", "430300", username="xtoffice")
    at = run_app(page="pages/dispatch.py", at=run_app(at=at))
    office = next(t for t in at.text_input if t.label == "发文机关")
    assert office.value == "湘潭市突出生态环境问题整改工作领导小组办公室"
    fields = {t.label: t for t in at.text_input}
    assert fields["发文字号"].value == "潭整办〔2026〕10号"
    assert fields["主送机关"].value == "各牵头单位，领导小组各成员单位"
    assert fields["抄送机关（留空则不印抄送）"].value == "市委办公室，市政府办公室"
    fields["发文字号"].input("潭整办〔2026〕31号")
    fields["主送机关"].input("各县市区整改办")
    at.run()
    assert not at.exception
    summary = next(m.value for m in at.markdown if "调度通报（2026年第10期）" in m.value)
    assert "潭整办〔2026〕31号" in summary and "湘潭市突出生态环境问题整改工作领导小组办公室" in summary
    assert not any("XX" in t.value for t in at.text_input)


def test_anonymous_visitor_gets_no_placeholder_issuer(app_env, engine):
    add_dispatch_findings(engine)
    at = run_page()
    office = next(t for t in at.text_input if t.label == "发文机关")
    assert "XX" not in office.value
    assert office.value.endswith("突出生态环境问题整改工作领导小组办公室")
