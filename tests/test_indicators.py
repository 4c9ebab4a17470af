"""Indicators against targets: the rules, the queries on a hand-made set, the page, the chart."""

from __future__ import annotations

import io
import json
from datetime import date

import pandas as pd
import pytest

from charts.indicators import indicator_trend
from data_access.commands.session import write_session
from data_access.indicators import (
    STATUS_LABELS,
    Reading,
    Target,
    assess,
    doubt_reason,
    flagged_values,
    gap_text,
    indicator_links,
    indicator_series,
    indicator_targets,
    judge,
    jump_threshold,
    series_flags,
    target_text,
)
from data_access.metrics import FindingFilters
from data_access.models import Indicator, IndicatorFinding, IndicatorTarget, IndicatorValue, Site, SiteFinding
from tests.app_helper import new_app, run_app
from tests.fixture_data import TODAY

# code: (name, unit, direction, category, targets [(region, relation, value, class, year)],
#        values [(region, year, value, class, source)])
INDICATORS = {
    "rate": (
        "测试安全利用率",
        "%",
        "higher_better",
        "soil",
        [("430300", "ge", 90.0, None, 2025), ("430300", "about", 80.0, None, 2020)],
        [
            ("430300", 2020, 78.0, None, "统计年报"),
            ("430300", 2021, 82.0, None, "统计年报"),
            # 2022 missing
            ("430300", 2023, 85.0, None, None),  # no source
            ("430300", 2024, 88.0, None, "统计年报"),
            ("430300", 2025, 100.5, None, "统计年报"),  # impossible: reported on 2026-03-31
        ],
    ),
    "pm": (
        "测试细颗粒物浓度",
        "µg/m³",
        "lower_better",
        "air",
        [("430381", "le", 35.0, None, 2025)],
        [
            ("430381", 2023, 40.0, None, "监测站"),
            ("430381", 2024, 30.0, None, "监测站"),  # −25%: a jump at the default 20%
            ("430381", 2025, 33.0, None, "监测站"),
        ],
    ),
    "groundwater": (
        "测试地下水水质",
        "类",
        "class_not_worse",
        "groundwater",
        [("433125", "ge", None, "V", 2025)],
        [("433125", 2024, None, "III", "监测站"), ("433125", 2025, None, "劣V", "监测站")],
    ),
    "empty": (
        "测试无数据指标",
        "%",
        "higher_better",
        "agriculture",
        [("433125", "ge", 50.0, None, 2025)],
        [],
    ),
}


@pytest.fixture
def indicator_ids(engine, fixture_ids) -> dict[str, int]:
    ids = {}
    with write_session(engine) as session, session.begin():
        for code, (name, unit, direction, category, targets, values) in INDICATORS.items():
            indicator = Indicator(code=code, name=name, unit=unit, direction=direction, category=category)
            session.add(indicator)
            for region, relation, value, value_class, year in targets:
                indicator.targets.append(
                    IndicatorTarget(
                        region_code=region,
                        relation=relation,
                        target_value=value,
                        target_class=value_class,
                        target_year=year,
                        text=f"{name}目标原文",
                    )
                )
            session.flush()
            for region, year, value, value_class, source in values:
                session.add(
                    IndicatorValue(
                        indicator_id=indicator.id,
                        region_code=region,
                        period=date(year, 1, 1),
                        period_kind="year",
                        value=value,
                        value_class=value_class,
                        source=source,
                        reported_on=date(year + 1, 3, 31),
                    )
                )
            ids[code] = indicator.id
        session.add(IndicatorFinding(indicator_id=ids["rate"], finding_id=fixture_ids["B1"]))
        site = Site(
            code="t-site-1",
            name="测试污染地块",
            site_type="contaminated_plot",
            status="风险管控中",
            lon=112.94,
            lat=27.83,
            region_code="430300",
            province_code="430000",
            city_code="430300",
        )
        session.add(site)
        session.flush()
        session.add(SiteFinding(site_id=site.id, finding_id=fixture_ids["B1"]))
    return ids


def by_target(frame: pd.DataFrame) -> dict[tuple[str, int | None], dict]:
    return {
        (row["name"], None if pd.isna(row["target_year"]) else int(row["target_year"])): row
        for row in frame.to_dict("records")
    }


# --- the rules ------------------------------------------------------------------------------


def test_targets_in_words():
    assert target_text("higher_better", "ge", 95, None, "%") == "≥95%"
    assert target_text("higher_better", "about", 91, None, "%") == "≈91%"
    assert target_text("lower_better", "le", 49, None, "µg/m³") == "≤49µg/m³"
    assert target_text("class_not_worse", "ge", None, "V", "类") == "不劣于V类"
    assert target_text("reduction_vs_baseline", "ge", 12, None, "%") == "较基准年下降≥12%"


def test_assessment():
    def check(**kwargs):
        return assess(target_class=None, value_class=None, **kwargs)

    assert check(direction="higher_better", relation="ge", target_value=90, value=91.5) == (True, 1.5)
    assert check(direction="higher_better", relation="ge", target_value=90, value=88) == (False, -2)
    assert check(direction="lower_better", relation="le", target_value=49, value=42.2)[0] is True
    assert check(direction="lower_better", relation="le", target_value=49, value=50)[0] is False
    # “91%左右”: within 1% of the target counts.
    assert check(direction="higher_better", relation="about", target_value=91, value=90.2)[0] is True
    assert check(direction="higher_better", relation="about", target_value=91, value=90.0)[0] is False
    # “100%”: anything less is not met.
    assert check(direction="higher_better", relation="eq", target_value=100, value=99.8)[0] is False
    assert check(direction="higher_better", relation="ge", target_value=90, value=None) == (None, None)
    classes = dict(direction="class_not_worse", relation="ge", target_value=None, value=None)
    assert assess(target_class="V", value_class="IV", **classes) == (True, 1.0)
    assert assess(target_class="III", value_class="Ⅴ", **classes) == (False, -2.0)
    assert assess(target_class="V", value_class="劣V", **classes) == (False, -1.0)


def test_gap_in_words():
    assert gap_text(-2.0, "%", "higher_better") == "距目标差2.0个百分点"
    assert gap_text(6.8, "µg/m³", "lower_better") == "优于目标6.8µg/m³"
    assert gap_text(-1.0, "类", "class_not_worse") == "距目标差1个类别"
    assert gap_text(0.0, "%", "higher_better") == "恰好达到目标"
    assert gap_text(None, "%", "higher_better") == "—"


def series(rows) -> pd.DataFrame:
    return pd.DataFrame(
        [(date(y, 1, 1), "year", v, c, s) for y, v, c, s in rows],
        columns=["period", "period_kind", "value", "value_class", "source"],
    )


def test_quality_flags():
    flagged = series_flags(
        series([(2019, 60.0, None, "年报"), (2021, 90.0, None, "年报"), (2022, 100.92, None, None)]),
        unit="%",
        threshold_pct=20,
    )
    assert flagged["flag_codes"].tolist() == [[], ["gap", "jump"], ["impossible", "no_source"]]
    assert flagged.loc[1, "flag_text"] == "缺少2020年数据；较上期变化+50.0%，超过20%的阈值"
    assert flagged.loc[2, "flag_text"] == "比率100.92%超过100%；未注明数据来源"
    # Below the threshold nothing is flagged; the threshold is a setting.
    calm = series_flags(
        series([(2020, 80.0, None, "年报"), (2021, 90.0, None, "年报")]), unit="%", threshold_pct=20
    )
    assert calm["flag_codes"].tolist() == [[], []]
    jumpy = series_flags(
        series([(2020, 80.0, None, "年报"), (2021, 90.0, None, "年报")]), unit="%", threshold_pct=10
    )
    assert jumpy["flag_codes"].tolist() == [[], ["jump"]]
    classes = series_flags(
        series([(2020, None, "II", "站"), (2021, None, "IV", "站")]), unit="类", threshold_pct=20
    )
    assert classes.loc[1, "flag_text"] == "较上期变化2个类别（II→IV）"
    # A concentration above 100 is fine; a negative one is not.
    amounts = series_flags(
        series([(2020, 120.0, None, "站"), (2021, -1.0, None, "站")]), unit="mg/L", threshold_pct=500
    )
    assert amounts["flag_codes"].tolist() == [[], ["impossible"]]


def test_jump_threshold_setting(monkeypatch):
    monkeypatch.delenv("DASHBOARD_INDICATOR_JUMP_PCT", raising=False)
    assert jump_threshold() == 20.0
    monkeypatch.setenv("DASHBOARD_INDICATOR_JUMP_PCT", "35")
    assert jump_threshold() == 35.0
    monkeypatch.setenv("DASHBOARD_INDICATOR_JUMP_PCT", "abc")
    assert jump_threshold() == 20.0


# --- the queries ----------------------------------------------------------------------------


def test_targets_with_latest_values(engine, indicator_ids):
    rows = by_target(indicator_targets(engine, filters=FindingFilters(), today=TODAY))
    assert len(rows) == 5
    # 100.5% is impossible: the target is not counted as met.
    rate = rows[("测试安全利用率", 2025)]
    assert (rate["latest_label"], rate["latest_value"], rate["status_label"]) == ("2025年", 100.5, "数据存疑")
    assert rate["latest_flag_text"] == "比率100.5%超过100%"
    assert rate["series_flags"] == ["gap", "impossible", "no_source"]
    pm = rows[("测试细颗粒物浓度", 2025)]
    assert (pm["target_text"], pm["status_label"], pm["gap_text"]) == ("≤35µg/m³", "达标", "优于目标2.0µg/m³")
    assert pm["series_flags"] == ["jump"]
    water = rows[("测试地下水水质", 2025)]
    # III → 劣V in one year is a jump: the 2025 class is in doubt and judges nothing (issue 21).
    assert (water["latest_class"], water["target_text"], water["status_label"], water["gap_text"]) == (
        "劣V",
        "不劣于V类",
        "数据存疑",
        "—",
    )
    assert water["judgement_note"] == "2025年数值存疑：较上期变化3个类别（III→劣V）"
    empty = rows[("测试无数据指标", 2025)]
    assert (empty["status_label"], empty["latest_label"]) == ("无数据", "—")


def test_values_are_those_known_on_the_as_of_day(engine, indicator_ids):
    """On 2026-01-01 the 2025 values were not yet reported (they came on 2026-03-31)."""
    filters = FindingFilters(as_of=date(2026, 1, 1))
    rows = by_target(indicator_targets(engine, filters=filters, today=TODAY))
    assert rows[("测试安全利用率", 2025)]["latest_value"] == 88.0
    assert rows[("测试安全利用率", 2025)]["status_label"] == "未达标"
    assert rows[("测试安全利用率", 2025)]["gap_text"] == "距目标差2.0个百分点"
    # ≈80% by 2020 is judged by 2020's 78.0% (short of 79.2%), not by the latest 88% (issue 21).
    assert rows[("测试安全利用率", 2020)]["status_label"] == "未达标"
    assert rows[("测试安全利用率", 2025)]["judgement_note"] == "2025年无数据，按2024年数值判断"
    assert rows[("测试地下水水质", 2025)]["latest_class"] == "III"


def test_region_and_category_filters(engine, indicator_ids):
    city = indicator_targets(engine, filters=FindingFilters(region_code="430300"), today=TODAY)
    assert sorted(set(city["name"])) == ["测试安全利用率", "测试细颗粒物浓度"]  # 湘乡市 is inside 湘潭市
    county = indicator_targets(engine, filters=FindingFilters(region_code="430381"), today=TODAY)
    assert county["name"].tolist() == ["测试细颗粒物浓度"]
    air = indicator_targets(engine, filters=FindingFilters(categories=("air",)), today=TODAY)
    assert air["name"].tolist() == ["测试细颗粒物浓度"]
    assert indicator_targets(engine, filters=FindingFilters(region_code="140826"), today=TODAY).empty


def test_series_and_flagged_values(engine, indicator_ids):
    values = indicator_series(
        engine,
        indicator_id=indicator_ids["rate"],
        region_code="430300",
        filters=FindingFilters(),
        today=TODAY,
    )
    assert [p.year for p in values["period"]] == [2020, 2021, 2023, 2024, 2025]
    assert values.loc[2, "flag_text"] == "缺少2022年数据；未注明数据来源"
    everything = flagged_values(engine, filters=FindingFilters(), today=TODAY)
    # rate 2023 (gap, no source) and 2025 (impossible); pm 2024 (−25%); water 2025 (III → 劣V).
    assert int((everything["flag_codes"].map(len) > 0).sum()) == 4
    strict = flagged_values(engine, filters=FindingFilters(), today=TODAY, threshold_pct=5)
    assert int((strict["flag_codes"].map(len) > 0).sum()) == 6  # + rate 2021 (+5.1%), pm 2025 (+10%)


def test_links_to_findings_measures_and_sites(engine, indicator_ids, fixture_ids):
    links = indicator_links(engine, indicator_id=indicator_ids["rate"], as_of=None, today=TODAY)
    assert links.findings["title"].tolist() == ["测试问题B1"]
    assert links.findings["status"].tolist() == ["completed"]
    assert links.measures["text"].tolist() == ["B1的整改措施"]
    assert links.sites["name"].tolist() == ["测试污染地块"]
    past = indicator_links(engine, indicator_id=indicator_ids["rate"], as_of=date(2025, 3, 1), today=TODAY)
    assert past.findings["status"].tolist() == ["in_progress"]
    none = indicator_links(engine, indicator_id=indicator_ids["pm"], as_of=None, today=TODAY)
    assert none.findings.empty and none.sites.empty


def test_sample_data_flags_the_seed_cases(engine):
    """The demo's deliberate cases: 100.92% (seed 001), a missing year, a value without source."""
    from sample_data.loader import load_sample_data

    load_sample_data(engine, today=TODAY)
    values = flagged_values(engine, filters=FindingFilters(), today=TODAY)
    texts = " ".join(values["flag_text"])
    assert "比率100.92%超过100%" in texts
    assert "缺少" in texts and "未注明数据来源" in texts
    targets = indicator_targets(engine, filters=FindingFilters(), today=TODAY)
    assert "数据存疑" in set(targets["status_label"])
    groundwater = targets[targets["direction"] == "class_not_worse"]
    assert set(groundwater["target_text"]) == {"不劣于V类", "不劣于III类"}


# --- the chart and the page -------------------------------------------------------------------


def test_trend_chart(engine, indicator_ids):
    values = indicator_series(
        engine,
        indicator_id=indicator_ids["rate"],
        region_code="430300",
        filters=FindingFilters(),
        today=TODAY,
    )
    targets = pd.DataFrame(
        {"target_value": [90.0], "target_class": [None], "target_year": [2025], "target_text": ["≥90%"]}
    )
    figure = indicator_trend(values, targets, name="测试安全利用率", unit="%", region_name="湘潭市")
    assert list(figure.data[0].x) == ["2020年", "2021年", "2023年", "2024年", "2025年"]
    assert figure.data[1].name == "数据存疑" and list(figure.data[1].x) == ["2023年", "2025年"]
    # The target line ends at its year (issue 21: drawn to the target year, not across).
    line = next(trace for trace in figure.data if trace.name.startswith("目标≥90%"))
    assert set(line.y) == {90.0} and line.x[-1] == "2025年"
    assert figure.layout.annotations[0].text == "目标≥90%（2025年）"
    water = indicator_series(
        engine,
        indicator_id=indicator_ids["groundwater"],
        region_code="433125",
        filters=FindingFilters(),
        today=TODAY,
    )
    classes = indicator_trend(
        water,
        pd.DataFrame(
            {
                "target_value": [None],
                "target_class": ["V"],
                "target_year": [2025],
                "target_text": ["不劣于V类"],
            }
        ),
        name="测试地下水水质",
        unit="类",
        region_name="保靖县",
        is_class=True,
    )
    assert list(classes.data[0].y) == [3, 6]  # III, 劣V
    assert classes.layout.yaxis.ticktext[0] == "I类"
    assert classes.layout.yaxis.range[0] > classes.layout.yaxis.range[1]  # I at the top
    empty = indicator_trend(values.iloc[0:0], targets, name="x", unit="%", region_name="y")
    assert empty.layout.annotations[0].text == "暂无监测数据"


def test_page(app_env, indicator_ids):
    at = new_app()
    at.run()
    at.switch_page("pages/indicators.py").run()
    assert not at.exception, [e.value for e in at.exception]
    values = {metric.label: metric.value for metric in at.metric}
    # Judged at each target's year (issue 21): the rate's 2020 target by 2020's 78.0% (未达标),
    # its 2025 target by 2025's impossible 100.5% and the groundwater by 2025's 3-class jump
    # (数据存疑 both), the PM2.5 by 2025's 33 (达标).
    assert values == {
        "指标目标": "5",
        "达标": "1",
        "未达标": "1",
        "达标后回落": "0",
        "进度正常": "0",
        "进度滞后": "0",
        "待评估": "0",
        "数据存疑": "2",
        "无数据": "1",
        "数据质量提示": "4",
    }
    table = at.dataframe[0].value
    water = table[table["指标"] == "测试地下水水质"].iloc[0]
    assert (water["目标"], water["最新值"], water["判断"]) == ("不劣于V类", "劣V类", "数据存疑")
    rate = table[(table["指标"] == "测试安全利用率") & (table["目标年份"] == "2025年")].iloc[0]
    assert rate["数据质量"] == "比率100.5%超过100%；历年数据有缺期；历年数据有未注明来源"
    links = next(frame.value for frame in at.dataframe if "下一整改时限" in frame.value.columns)
    assert links["问题"].tolist() == ["测试问题B1"]
    assert links["详情"].tolist()[0].startswith("finding?finding=")
    at.selectbox(key="indicator").set_value("groundwater@433125").run()
    assert not at.exception
    shown = [m.value for m in at.markdown]
    assert "**测试地下水水质**（保靖县）" in shown
    assert "- 目标 不劣于V类（2025年）：**数据存疑**" in shown


# --- the judgement (issue 21): at the target year, or on track / behind before it ---------------

DAY = date(2026, 12, 4)


def goal(value=80.0, year=2020, *, direction="higher_better", relation="ge", unit="%", value_class=None):
    return Target(direction, relation, value, value_class, year, unit)


def years(*pairs, doubt: dict | None = None) -> list[Reading]:
    """(year, value or class) pairs as yearly readings; `doubt` maps a year to its reason."""
    return [
        Reading(
            date(y, 1, 1),
            "year",
            None if isinstance(v, str) else v,
            v if isinstance(v, str) else None,
            (doubt or {}).get(y, ""),
        )
        for y, v in pairs
    ]


def test_a_passed_target_met_in_its_year_and_since():
    judged = judge(goal(), years((2019, 78.0), (2020, 81.0), (2021, 83.0), (2025, 85.0)), DAY)
    assert (judged.label, judged.basis.label, judged.margin) == ("达标", "2020年", 1.0)
    assert judged.note() == "此后保持达标（最新2025年85%）"


def test_a_passed_target_met_then_slipped_back():
    judged = judge(goal(), years((2020, 82.0), (2021, 79.5)), DAY)
    assert (judged.label, judged.margin) == ("达标后回落", 2.0)
    assert judged.note() == "最新2021年79.5%，距目标差0.5个百分点"


def test_a_passed_target_not_met_in_its_year_though_met_now():
    """废弃农膜回收率 ≥80% by 2020: 73.1% in 2020 is not met, whatever 2025 says."""
    judged = judge(goal(), years((2020, 73.1), (2023, 79.2), (2024, 81.5), (2025, 83.8)), DAY)
    assert judged.label == "未达标"
    assert gap_text(judged.margin, "%", "higher_better") == "距目标差6.9个百分点"
    assert judged.note() == "2024年起达标（最新2025年83.8%）"
    still = judge(goal(), years((2020, 73.1), (2025, 78.0)), DAY)
    assert still.note() == "此后仍未达标（最新2025年78%）"


def test_a_passed_target_without_its_year_s_value_says_which_value_judged_it():
    judged = judge(goal(), years((2019, 81.0), (2021, 82.0)), DAY)
    assert (judged.label, judged.basis.label) == ("达标", "2019年")
    assert judged.note() == "2020年无数据，按2019年数值判断；此后保持达标（最新2021年82%）"
    none = judge(goal(), years((2024, 81.0)), DAY)
    assert (none.label, none.note()) == ("无数据", "2020年及以前无数据；最新2024年81%")


def test_a_target_ahead_on_track_by_its_trend():
    # Slope of 85, 87, 88, 90, 91 over 2021–2025: 15.0 / 10 = 1.5 a year; needed (95 − 91) / 5 = 0.8.
    judged = judge(
        goal(95.0, 2030), years((2021, 85.0), (2022, 87.0), (2023, 88.0), (2024, 90.0), (2025, 91.0)), DAY
    )
    assert judged.label == "进度正常"
    assert (judged.needed_per_year, judged.achieved_per_year) == (pytest.approx(0.8), pytest.approx(1.5))
    assert judged.projected == pytest.approx(98.5)
    assert judged.note() == "2030年达标需年均提高0.8个百分点，近5期年均提高1.5个百分点；按此趋势2030年约98.5%"
    already = judge(goal(95.0, 2030), years((2024, 96.0), (2025, 95.5)), DAY)
    assert (already.label, already.note()) == ("进度正常", "已达到目标")


def test_a_target_ahead_behind_its_trend():
    # 88, 88.5, 89: 0.5 a year achieved, (95 − 89) / 5 = 1.2 needed; 89 + 5 × 0.5 = 91.5 in 2030.
    judged = judge(goal(95.0, 2030), years((2023, 88.0), (2024, 88.5), (2025, 89.0)), DAY)
    assert judged.label == "进度滞后"
    assert judged.note() == "2030年达标需年均提高1.2个百分点，近3期年均提高0.5个百分点；按此趋势2030年约91.5%"
    # Only the last five periods count: an early steep rise does not carry a flat recent run.
    flat = judge(
        goal(95.0, 2030),
        years(
            (2018, 60.0), (2019, 80.0), (2021, 89.0), (2022, 89.0), (2023, 89.0), (2024, 89.0), (2025, 89.0)
        ),
        DAY,
    )
    assert (flat.label, flat.achieved_per_year) == ("进度滞后", pytest.approx(0.0))
    # A target of the current year is still ahead: 55 → 58 is 3 a year, 2 needed for 60.
    this_year = judge(goal(60.0, 2026), years((2024, 55.0), (2025, 58.0)), DAY)
    assert this_year.label == "进度正常"


def test_a_target_ahead_with_too_few_values_is_pending():
    one = judge(goal(95.0, 2030), years((2025, 89.0)), DAY)
    assert (one.label, one.note()) == ("待评估", "仅有1期数据，无法判断趋势")
    doubtful_rest = judge(
        goal(95.0, 2030), years((2024, 101.0), (2025, 89.0), doubt={2024: "比率101%超过100%"}), DAY
    )
    assert doubtful_rest.label == "待评估"
    assert doubtful_rest.note() == "近2期可用数据不足两期（其余数据存疑），无法判断趋势"
    assert judge(goal(95.0, 2030), [], DAY).label == "无数据"


def test_a_doubtful_value_never_makes_a_target_met_or_on_track():
    reason = doubt_reason("%", 100.92, None, 92.0, None, 20.0)
    assert reason == "比率100.92%超过100%"
    latest = judge(goal(95.0, 2030), years((2024, 92.0), (2025, 100.92), doubt={2025: reason}), DAY)
    assert (latest.label, latest.note()) == ("数据存疑", "最新2025年数值存疑：比率100.92%超过100%")
    # 70 → 96 is a +37.1% jump: it would meet ≥95, but is not believed.
    jump = doubt_reason("%", 96.0, None, 70.0, None, 20.0)
    assert jump == "较上期变化+37.1%，超过20%的阈值"
    jumped = judge(goal(95.0, 2030), years((2024, 70.0), (2025, 96.0), doubt={2025: jump}), DAY)
    assert jumped.label == "数据存疑"
    passed = judge(goal(), years((2019, 70.0), (2020, 96.0), doubt={2020: jump}), DAY)
    assert (passed.label, passed.note()) == ("数据存疑", "2020年数值存疑：" + jump)
    # Met in its year; a doubtful latest value neither confirms nor breaks that, and is named.
    held = judge(goal(), years((2020, 82.0), (2025, 100.92), doubt={2025: reason}), DAY)
    assert (held.label, held.note()) == ("达标", "最新2025年数值存疑：比率100.92%超过100%")


def test_relative_targets_in_their_own_terms():
    """较2013年下降≥12%: the value is the reduction in percent."""
    relative = dict(direction="reduction_vs_baseline")
    passed = judge(goal(12.0, 2020, **relative), years((2020, 10.7), (2025, 12.3)), DAY)
    assert passed.label == "未达标"
    assert gap_text(passed.margin, "%", "reduction_vs_baseline") == "距目标差1.3个百分点"
    # 8 → 9 → 10: the reduction widens 1 point a year; (12 − 10) / 5 = 0.4 needed.
    ahead = judge(goal(12.0, 2030, **relative), years((2023, 8.0), (2024, 9.0), (2025, 10.0)), DAY)
    assert ahead.label == "进度正常"
    assert ahead.note() == (
        "2030年达标需年均降幅扩大0.4个百分点，近3期年均降幅扩大1.0个百分点；按此趋势2030年约较基准年下降15.0%"
    )


def test_water_class_targets_in_classes():
    met = judge(
        goal(None, 2023, direction="class_not_worse", unit="类", value_class="V"), years((2023, "IV")), DAY
    )
    assert (met.label, gap_text(met.margin, "类", "class_not_worse")) == ("达标", "优于目标1个类别")
    # V, V, IV: half a class better a year; III by 2028 needs (4 − 3) / 3 = 0.3 a year.
    improving = judge(
        goal(None, 2028, direction="class_not_worse", unit="类", value_class="III"),
        years((2023, "V"), (2024, "V"), (2025, "IV")),
        DAY,
    )
    assert improving.label == "进度正常"
    assert improving.note() == "2028年达标需年均改善0.3个类别，近3期年均改善0.5个类别；按此趋势2028年约III类"
    flat = judge(
        goal(None, 2028, direction="class_not_worse", unit="类", value_class="III"),
        years((2023, "V"), (2024, "V"), (2025, "V")),
        DAY,
    )
    assert flat.label == "进度滞后"
    assert flat.note() == "2028年达标需年均改善0.7个类别，近3期年均基本持平；按此趋势2028年约V类"


def test_lower_better_and_standing_targets():
    # 45, 42, 40 µg/m³: 2.5 lower a year; ≤35 by 2028 needs (35 − 40) / 3 = 1.7 lower a year.
    pm = judge(
        goal(35.0, 2028, direction="lower_better", relation="le", unit="µg/m³"),
        years((2023, 45.0), (2024, 42.0), (2025, 40.0)),
        DAY,
    )
    assert pm.label == "进度正常"
    assert pm.note() == "2028年达标需年均下降1.7µg/m³，近3期年均下降2.5µg/m³；按此趋势2028年约32.5µg/m³"
    # “稳定在90%以上” has no year: the latest value judges it, as always.
    standing = judge(goal(90.0, None), years((2024, 91.0), (2025, 89.0)), DAY)
    assert (standing.label, standing.margin) == ("未达标", -1.0)


# One indicator per case, stored and judged through SQL (reported on 31 March the year after).
# code: (name, unit, direction, region, targets [(relation, value, class, year)], values {year: value})
JUDGED = {
    "film": (
        "测试农膜回收率",
        "%",
        "higher_better",
        "433125",
        [("ge", 80.0, None, 2020), ("ge", 95.0, None, 2030)],
        {2018: 68.2, 2019: 69.0, 2020: 73.1, 2021: 75.5, 2022: 75.0, 2023: 79.2, 2024: 81.5, 2025: 83.8},
    ),
    "metals": (
        "测试重金属排放量",
        "%",
        "reduction_vs_baseline",
        "430300",
        [("ge", 12.0, None, 2020), ("ge", 20.0, None, 2030)],
        {2019: 10.4, 2020: 10.9, 2021: 11.0, 2022: 11.6, 2023: 11.9, 2024: 12.2, 2025: 12.3},
    ),
    "river": (
        "测试断面水质",
        "类",
        "class_not_worse",
        "433125",
        [("ge", None, "III", 2023), ("ge", None, "II", 2028)],
        {2021: "IV", 2022: "III", 2023: "III", 2024: "IV", 2025: "III"},
    ),
    "coverage": (
        "测试监测覆盖率",
        "%",
        "higher_better",
        "430300",
        [("ge", 90.0, None, 2022)],
        {2021: 88.0, 2022: 91.0, 2023: 92.0, 2024: 89.5, 2025: 89.0},
    ),
    "new": (
        "测试新设指标",
        "%",
        "higher_better",
        "433125",
        [("ge", 30.0, None, 2020), ("ge", 50.0, None, 2028)],
        {2025: 40.0},
    ),
    "odd": (
        "测试存疑指标",
        "%",
        "higher_better",
        "430300",
        [("ge", 98.0, None, 2028)],
        {2024: 90.0, 2025: 100.92},
    ),
}


@pytest.fixture
def judged_ids(engine, fixture_ids) -> dict[str, int]:
    ids = {}
    with write_session(engine) as session, session.begin():
        for code, (name, unit, direction, region, targets, values) in JUDGED.items():
            indicator = Indicator(code=code, name=name, unit=unit, direction=direction, category="soil")
            session.add(indicator)
            for relation, value, value_class, year in targets:
                indicator.targets.append(
                    IndicatorTarget(
                        region_code=region,
                        relation=relation,
                        target_value=value,
                        target_class=value_class,
                        target_year=year,
                    )
                )
            session.flush()
            for year, value in values.items():
                session.add(
                    IndicatorValue(
                        indicator_id=indicator.id,
                        region_code=region,
                        period=date(year, 1, 1),
                        period_kind="year",
                        value=None if isinstance(value, str) else value,
                        value_class=value if isinstance(value, str) else None,
                        source="统计年报",
                        reported_on=date(year + 1, 3, 31),
                    )
                )
            ids[code] = indicator.id
    return ids


def test_every_judgement_through_the_query(engine, judged_ids):
    rows = by_target(indicator_targets(engine, filters=FindingFilters(), today=TODAY))
    shown = {key: (row["status_label"], row["basis_label"], row["gap_text"]) for key, row in rows.items()}
    assert shown == {
        ("测试农膜回收率", 2020): ("未达标", "2020年", "距目标差6.9个百分点"),
        ("测试农膜回收率", 2030): ("进度正常", "2025年", "距目标差11.2个百分点"),
        ("测试重金属排放量", 2020): ("未达标", "2020年", "距目标差1.1个百分点"),
        ("测试重金属排放量", 2030): ("进度滞后", "2025年", "距目标差7.7个百分点"),
        ("测试断面水质", 2023): ("达标", "2023年", "恰好达到目标"),
        ("测试断面水质", 2028): ("进度滞后", "2025年", "距目标差1个类别"),
        ("测试监测覆盖率", 2022): ("达标后回落", "2022年", "优于目标1.0个百分点"),
        ("测试新设指标", 2020): ("无数据", "—", "—"),
        ("测试新设指标", 2028): ("待评估", "2025年", "距目标差10.0个百分点"),
        ("测试存疑指标", 2028): ("数据存疑", "2025年", "—"),
    }
    notes = {key: row["judgement_note"] for key, row in rows.items()}
    assert notes[("测试农膜回收率", 2020)] == "2024年起达标（最新2025年83.8%）"
    # 75.5, 75.0, 79.2, 81.5, 83.8 over 2021–2025: slope 23.1 / 10 = 2.31; (95 − 83.8) / 5 = 2.24.
    assert notes[("测试农膜回收率", 2030)] == (
        "2030年达标需年均提高2.2个百分点，近5期年均提高2.3个百分点；按此趋势2030年约95.4%"
    )
    # 11.0 … 12.3: slope 3.2 / 10 = 0.32; (20 − 12.3) / 5 = 1.54; 12.3 + 5 × 0.32 = 13.9.
    assert notes[("测试重金属排放量", 2030)] == (
        "2030年达标需年均降幅扩大1.5个百分点，近5期年均降幅扩大0.3个百分点；按此趋势2030年约较基准年下降13.9%"
    )
    assert notes[("测试断面水质", 2023)] == "此后2024年曾回落，最新2025年III类达标"
    # Ranks 4, 3, 3, 4, 3: 0.1 class better a year; II by 2028 needs (3 − 2) / 3 = 0.3 a year.
    assert notes[("测试断面水质", 2028)] == (
        "2028年达标需年均改善0.3个类别，近5期年均改善0.1个类别；按此趋势2028年约III类"
    )
    assert notes[("测试监测覆盖率", 2022)] == "最新2025年89%，距目标差1.0个百分点"
    assert notes[("测试新设指标", 2020)] == "2020年及以前无数据；最新2025年40%"
    assert notes[("测试新设指标", 2028)] == "仅有1期数据，无法判断趋势"
    assert notes[("测试存疑指标", 2028)] == "最新2025年数值存疑：比率100.92%超过100%"
    film = rows[("测试农膜回收率", 2030)]
    assert (film["needed_per_year"], film["achieved_per_year"]) == (pytest.approx(2.24), pytest.approx(2.31))
    assert film["projected"] == pytest.approx(95.35)
    assert (film["latest_label"], film["latest_value"]) == ("2025年", 83.8)


def test_judgement_on_a_past_day(engine, judged_ids):
    """On 2022-06-30 the 2021 values are the latest; 2022 is the current year, so the
    coverage target of 2022 is still ahead: 88% in 2021 with one value is 待评估."""
    rows = by_target(indicator_targets(engine, filters=FindingFilters(as_of=date(2022, 6, 30)), today=TODAY))
    assert rows[("测试监测覆盖率", 2022)]["status_label"] == "待评估"
    film = rows[("测试农膜回收率", 2020)]
    assert (film["status_label"], film["basis_label"], film["judgement_note"]) == (
        "未达标",
        "2020年",
        "此后仍未达标（最新2021年75.5%）",
    )
    # 68.2, 69.0, 73.1, 75.5 (2018–2021): slope 13.0 / 5 = 2.6 a year; (95 − 75.5) / 9 = 2.17 needed.
    assert rows[("测试农膜回收率", 2030)]["status_label"] == "进度正常"


def test_page_shows_each_judgement(app_env, judged_ids):
    at = run_app(page="pages/indicators.py")
    values = {metric.label: metric.value for metric in at.metric}
    assert values == {
        "指标目标": "10",
        "达标": "1",
        "未达标": "2",
        "达标后回落": "1",
        "进度正常": "1",
        "进度滞后": "2",
        "待评估": "1",
        "数据存疑": "1",
        "无数据": "1",
        "数据质量提示": "1",  # 100.92% in 2025
    }
    table = at.dataframe[0].value.set_index(["指标", "目标年份"])
    film = table.loc[("测试农膜回收率", "2020年")]
    assert (film["判断"], film["判断依据"], film["差距"], film["最新值"]) == (
        "未达标",
        "2020年 73.1%",
        "距目标差6.9个百分点",
        "83.8%",
    )
    assert film["说明"] == "2024年起达标（最新2025年83.8%）"
    behind = table.loc[("测试重金属排放量", "2030年")]
    assert (behind["判断"], behind["目标"]) == ("进度滞后", "较基准年下降≥20%")
    assert behind["说明"].startswith("2030年达标需年均降幅扩大1.5个百分点，近5期年均降幅扩大0.3个百分点")
    assert table.loc[("测试监测覆盖率", "2022年"), "判断"] == "达标后回落"
    at.selectbox(key="indicator").set_value("film@433125").run()
    assert not at.exception
    shown = [m.value for m in at.markdown]
    assert "- 目标 ≥80%（2020年）：**未达标**，距目标差6.9个百分点" in shown
    assert "- 目标 ≥95%（2030年）：**进度正常**，距目标差11.2个百分点" in shown
    traces = {trace.get("name"): trace for trace in json.loads(at.get("plotly_chart")[0].proto.spec)["data"]}
    # The 2020 target's line stops at 2020; the 2030 one runs on to 2030, with the trend dashed.
    assert traces["目标≥80%（2020年）：未达标"]["x"][-1] == "2020年"
    assert traces["目标≥95%（2030年）：进度正常"]["x"][-1] == "2030年"
    projection = traces["按近期趋势外推至2030年"]
    assert (projection["x"], projection["line"]["dash"]) == (["2025年", "2030年"], "dash")
    assert projection["y"] == [83.8, pytest.approx(95.35)]


def test_overview_tile_counts_targets_behind_or_not_met(app_env, judged_ids):
    at = run_app()
    values = {metric.label: metric.value for metric in at.metric}
    # 未达标 2 (农膜 2020, 重金属 2020) + 达标后回落 1 (覆盖率) + 进度滞后 2 (重金属 2030, 断面 2028).
    assert values["指标预警"] == "5"
    links = {link.label: link.proto.page for link in at.get("page_link")}
    assert "indicators" in links["查看指标预警"]
    county = run_app({"region": "保靖县"})
    assert {m.label: m.value for m in county.metric}["指标预警"] == "2"  # 农膜 2020, 断面 2028


# --- the monthly dispatch and its bulletin ------------------------------------------------------


def test_dispatch_and_bulletin_name_targets_not_met_and_behind(engine, judged_ids):
    from docx import Document
    from openpyxl import load_workbook

    from data_access.dispatch import monthly_dispatch
    from reports.bulletin import bulletin_tables, make_bulletin, table_frame
    from reports.formats import build_bulletin
    from reports.narrative import indicators_paragraph

    # October 2026, judged on 31 October: the 2025 values came in March.
    dispatch = monthly_dispatch(engine, filters=FindingFilters(), month=date(2026, 10, 1), today=TODAY)
    assert indicators_paragraph(dispatch) == (
        "指标方面，纳入调度的指标目标10项，其中达标1项，"
        "未达标2项（保靖县测试农膜回收率≥80%（2020年）、湘潭市测试重金属排放量较基准年下降≥12%（2020年）），"
        "达标后回落1项（湘潭市测试监测覆盖率≥90%（2022年）），进度正常1项，"
        "进度滞后2项（湘潭市测试重金属排放量较基准年下降≥20%（2030年）、保靖县测试断面水质不劣于II类（2028年）），"
        "待评估1项，数据存疑1项，无数据1项。"
    )
    bulletin = make_bulletin(dispatch, issued_on=date(2026, 11, 5))
    assert indicators_paragraph(dispatch) in bulletin.paragraphs
    table = table_frame(next(t for t in bulletin_tables(dispatch) if t.sheet == "指标进展"))
    assert table[["判断", "指标", "目标年份", "判断依据", "差距"]].values.tolist() == [
        ["未达标", "测试农膜回收率", "2020年", "2020年 73.1%", "距目标差6.9个百分点"],
        ["未达标", "测试重金属排放量", "2020年", "2020年 10.9%", "距目标差1.1个百分点"],
        ["达标后回落", "测试监测覆盖率", "2022年", "2022年 91%", "优于目标1.0个百分点"],
        ["进度滞后", "测试重金属排放量", "2030年", "2025年 12.3%", "距目标差7.7个百分点"],
        ["进度滞后", "测试断面水质", "2028年", "2025年 III类", "距目标差1个类别"],
    ]
    document = Document(io.BytesIO(build_bulletin(bulletin, "docx")))
    assert "五、指标目标进展" in [p.text for p in document.paragraphs]
    printed = next(t for t in document.tables if t.rows[0].cells[0].text == "判断")
    assert [row.cells[7].text for row in printed.rows[1:]][2] == "最新2025年89%，距目标差1.0个百分点"
    sheet = load_workbook(io.BytesIO(build_bulletin(bulletin, "xlsx")))["指标进展"]
    judged = [row[0] for row in sheet.iter_rows(values_only=True) if row[0] in STATUS_LABELS.values()]
    assert judged == ["未达标", "未达标", "达标后回落", "进度滞后", "进度滞后"]


def test_dispatch_page_has_the_indicator_tab(app_env, judged_ids):
    at = run_app(page="pages/dispatch.py")
    frame = next(f.value for f in at.dataframe if "判断依据" in f.value.columns)
    assert frame["判断"].tolist() == ["未达标", "未达标", "达标后回落", "进度滞后", "进度滞后"]


# --- the ledger export ------------------------------------------------------------------------


def test_ledger_export_writes_the_judgement_and_import_ignores_it(engine, judged_ids):
    from data_access.ledger import export_ledger, preview_import
    from tests.ledger_files import edit_workbook, sheet_rows

    data = export_ledger(engine, filters=FindingFilters(region_code="430300"), today=TODAY)
    rows = sheet_rows(data, "指标数值")
    header = list(rows[0])
    assert header[-1] == "目标判断"
    by_series = {(r[0], r[3]): r[-1] for r in rows[1:]}
    assert (
        by_series[("metals", 2025)]
        == "较基准年下降≥12%（2020年）：未达标；较基准年下降≥20%（2030年）：进度滞后"
    )
    assert by_series[("coverage", 2021)] == "≥90%（2022年）：达标后回落"
    # The column is export only: a reader's edit of it imports nothing.
    edited = edit_workbook(data, "指标数值", {(2, "目标判断"): "达标"})
    plan = preview_import(engine, data=edited, filename="台账.xlsx", today=TODAY)
    assert plan.ok, [p.text() for p in plan.problems]
    assert plan.added == plan.changed == 0
