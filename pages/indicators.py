"""指标: indicators against their targets, the trend per region, data-quality flags, and the
findings, measures and sites that drive each indicator."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from charts import indicators as charts
from core.vocabulary import (
    INDICATOR_DIRECTION_LABELS,
    SITE_TYPE_LABELS,
    STATUS_LABELS,
)
from data_access.indicators import STATUS_LABELS as JUDGEMENT_LABELS
from data_access.indicators import shown_value
from ui.format import count, date_cn, plain
from ui.links import finding_url
from ui.loaders import indicators as data
from ui.meeting import exit_button, is_meeting_mode
from ui.page import page_context
from ui.style import KPI_ROW_KEY, chart_row

JUDGEMENT_HELP = {
    "met": "目标年已过，目标年的数值达到目标，且此后未回落",
    "not_met": "目标年已过，目标年的数值未达到目标",
    "slipped": "目标年达到目标，但最新数值已回落到目标以下",
    "on_track": "目标年未到，最新数值已达到目标，或按近五期趋势可在目标年达到",
    "behind": "目标年未到，按近五期趋势到目标年仍达不到目标",
    "pending": "目标年未到，可用数据不足两期，无法判断趋势",
    "suspect": "据以判断的数值存疑（比率超过100%、变化过大），不作判断",
    "no_data": "没有可用于判断的数据",
}

page = page_context()
url, today, version, filters = page.url, page.today, page.region_version, page.filters
options = page.options

meeting = is_meeting_mode()
st.title("指标")
if meeting:
    exit_button()
region_names = dict(zip(options.regions["code"], options.regions["name"], strict=True))
st.caption(
    f"地区：{region_names.get(filters.region_code, '全部')}（含下辖地区）；"
    f"数值为{date_cn(page.as_of)}前已报送的数据。侧栏的问题类别筛选适用，其余筛选条件不适用于指标。"
)

targets = data.indicator_targets(url, version, filters, today)
values = data.indicator_flagged_values(url, version, filters, today)
flagged = values[values["flag_codes"].map(len) > 0] if not values.empty else values

# One tile per judgement (docs/metrics.md, “Indicator targets”), in the table's words.
judged = targets["status"].value_counts() if not targets.empty else pd.Series(dtype=int)
tile_rows = st.container(key=KPI_ROW_KEY)  # labels wrap instead of “数据质量…”
first_row, second_row = tile_rows.columns(5), tile_rows.columns(5)
first_row[0].metric("指标目标", count(len(targets)), help="每个指标在每个地区的每个目标年份计为一项")
for tile, (status, label) in zip(first_row[1:] + second_row[:4], JUDGEMENT_LABELS.items(), strict=True):
    tile.metric(label, count(int(judged.get(status, 0))), help=JUDGEMENT_HELP[status])
second_row[4].metric("数据质量提示", count(len(flagged)), help="数值不可能、缺少期次、变化过大、未注明来源")

if targets.empty:
    st.info("所选范围内没有指标目标。")
    st.stop()


def year_text(year) -> str:
    return "—" if year is None or pd.isna(year) else f"{int(year)}年"


HISTORY_NOTES = {
    "impossible": "历年数据有不可能值",
    "gap": "历年数据有缺期",
    "jump": "历年数据有突变",
    "no_source": "历年数据有未注明来源",
}


def quality_note(latest_text, codes: list[str], latest_codes: list[str]) -> str:
    """The latest value's flags, then what was found in the earlier values of the series."""
    notes = [latest_text] if isinstance(latest_text, str) and latest_text else []
    notes += [HISTORY_NOTES[code] for code in codes if code not in latest_codes]
    return "；".join(notes)


def value_at(label: str, value, value_class, unit: str) -> str:
    return "—" if label == "—" else f"{label} {shown_value(value, value_class, unit)}"


table = pd.DataFrame(
    {
        "指标": targets["name"],
        "地区": targets["region_name"],
        "方向": targets["direction"].map(INDICATOR_DIRECTION_LABELS),
        "目标": targets["target_text"],
        "目标年份": targets["target_year"].map(year_text),
        "判断": targets["status_label"],
        "判断依据": [
            value_at(label, v, c, u)
            for label, v, c, u in zip(
                targets["basis_label"],
                targets["basis_value"],
                targets["basis_class"],
                targets["unit"],
                strict=True,
            )
        ],
        "差距": targets["gap_text"],
        "最新期次": targets["latest_label"],
        "最新值": [
            shown_value(v, c, u)
            for v, c, u in zip(targets["latest_value"], targets["latest_class"], targets["unit"], strict=True)
        ],
        "说明": targets["judgement_note"],
        "数据质量": [
            quality_note(text, codes, latest)
            for text, codes, latest in zip(
                targets["latest_flag_text"], targets["series_flags"], targets["latest_flags"], strict=True
            )
        ],
    }
)

COLORS = {
    "达标": "#1b7837",
    "进度正常": "#1b7837",
    "未达标": "#d62728",
    "达标后回落": "#d62728",
    "进度滞后": "#e6550d",
    "数据存疑": "#b8860b",
    "待评估": "#777777",
    "无数据": "#777777",
}


def status_style(value: str) -> str:
    return f"color: {COLORS.get(value, 'inherit')}; font-weight: 600"


st.caption(
    "目标年已过的按目标年数值判断（达标 / 未达标，达标后又回落的为“达标后回落”）；"
    "目标年未到的按近五期趋势判断（进度正常 / 进度滞后 / 待评估）；"
    "据以判断的数值存疑时为“数据存疑”。方法见 docs/metrics.md。"
)
st.dataframe(
    table.style.map(status_style, subset=["判断"]),
    hide_index=True,
    width="stretch",
    height=min(36 * (len(table) + 1) + 2, 640),
    column_config={
        "目标": st.column_config.TextColumn("目标", width="medium"),
        "说明": st.column_config.TextColumn("说明", width="large"),
        "数据质量": st.column_config.TextColumn("数据质量", width="large"),
    },
)

if meeting:  # the projected screen stops after the table
    st.stop()

# --- one indicator in one region -----------------------------------------------------------
pairs = targets.drop_duplicates(["indicator_id", "region_code"])
pair_keys = [f"{row.indicator_code}@{row.region_code}" for row in pairs.itertuples(index=False)]
pair_labels = dict(
    zip(
        pair_keys,
        [f"{n}（{r}）" for n, r in zip(pairs["name"], pairs["region_name"], strict=True)],
        strict=True,
    )
)
chosen = st.selectbox(
    "查看指标趋势", options=pair_keys, format_func=pair_labels.get, key="indicator", bind="query-params"
)
code, region_code = chosen.split("@")
selected = targets[(targets["indicator_code"] == code) & (targets["region_code"] == region_code)]
first = selected.iloc[0]
series = data.indicator_series(url, version, int(first["indicator_id"]), region_code, filters, today)
left, right = chart_row("trend", [3, 2])
left.plotly_chart(
    charts.indicator_trend(
        series,
        selected[
            [
                "target_value",
                "target_class",
                "target_year",
                "target_text",
                "status_label",
                "basis_period",
                "basis_value",
                "basis_class",
                "projected",
            ]
        ],
        name=first["name"],
        unit=first["unit"],
        region_name=first["region_name"],
        is_class=first["direction"] == "class_not_worse",
    ),
    width="stretch",
    key="chart_trend",
    theme=None,
)
with right:
    st.markdown(f"**{plain(first['name'])}**（{first['region_name']}）")
    for target in selected.itertuples(index=False):
        gap = f"，{target.gap_text}" if target.gap_text != "—" else ""
        st.markdown(
            f"- 目标 {target.target_text}（{year_text(target.target_year)}）：**{target.status_label}**{gap}"
        )
        if target.judgement_note:
            st.caption(target.judgement_note)
        if isinstance(target.target_source_text, str) and target.target_source_text:
            st.caption(f"原文：{plain(target.target_source_text)}")
    if not series.empty:
        history = pd.DataFrame(
            {
                "期次": [
                    f"{p.year}年" if k == "year" else f"{p.year}年{p.month}月"
                    for p, k in zip(series["period"], series["period_kind"], strict=True)
                ],
                "数值": [
                    shown_value(v, c, first["unit"])
                    for v, c in zip(series["value"], series["value_class"], strict=True)
                ],
                "来源": series["source"].fillna("（未注明）"),
                "数据质量": series["flag_text"],
            }
        )
        st.dataframe(history, hide_index=True, width="stretch", height=260)

links = data.indicator_links(url, version, int(first["indicator_id"]), filters.as_of, today, page.scope)
st.subheader("关联问题、整改措施与点位")
if links.findings.empty:
    st.caption("该指标尚未关联整改问题。")
else:
    st.dataframe(
        pd.DataFrame(
            {
                "督察批次": links.findings["batch_name"],
                "问题": links.findings["title"],
                "地区": links.findings["region_name"],
                "状态": links.findings["status"].map(STATUS_LABELS),
                "下一整改时限": links.findings["next_due_date"].map(date_cn),
                "详情": [finding_url(i) for i in links.findings["finding_id"]],
            }
        ),
        hide_index=True,
        width="stretch",
        column_config={"详情": st.column_config.LinkColumn("详情", display_text="查看")},
    )
    left, right = st.columns(2)
    with left:
        st.markdown(f"**整改措施（{len(links.measures)}项）**")
        st.dataframe(
            pd.DataFrame(
                {
                    "问题": links.measures["finding_title"],
                    "序号": links.measures["number"],
                    "措施": links.measures["text"],
                    "状态": links.measures["status"].map(STATUS_LABELS),
                    "进度": links.measures["progress_pct"].map(lambda p: "—" if pd.isna(p) else f"{p:.0f}%"),
                }
            ),
            hide_index=True,
            width="stretch",
        )
    with right:
        st.markdown(f"**关联点位（{links.sites['site_id'].nunique()}个）**")
        st.dataframe(
            pd.DataFrame(
                {
                    "点位": links.sites["name"],
                    "类型": links.sites["site_type"].map(SITE_TYPE_LABELS),
                    "地区": links.sites["region_name"],
                    "状态": links.sites["status"],
                    "问题": links.sites["finding_title"],
                }
            ),
            hide_index=True,
            width="stretch",
        )

# --- all data-quality flags ------------------------------------------------------------------
st.subheader(f"数据质量提示（{len(flagged)}条）")
if flagged.empty:
    st.caption("所选范围内的指标数据未发现问题。")
else:
    names = dict(zip(targets["indicator_id"], targets["name"], strict=False))
    units = dict(zip(targets["indicator_id"], targets["unit"], strict=False))
    st.dataframe(
        pd.DataFrame(
            {
                "指标": flagged["indicator_id"].map(names),
                "地区": flagged["region_code"].map(region_names),
                "期次": [
                    f"{p.year}年" if k == "year" else f"{p.year}年{p.month}月"
                    for p, k in zip(flagged["period"], flagged["period_kind"], strict=True)
                ],
                "数值": [
                    shown_value(v, c, units.get(i, ""))
                    for v, c, i in zip(
                        flagged["value"], flagged["value_class"], flagged["indicator_id"], strict=True
                    )
                ],
                "问题": flagged["flag_text"],
            }
        ),
        hide_index=True,
        width="stretch",
    )
