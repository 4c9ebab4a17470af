"""Charts of the leadership overview. Pure functions: frame in, Plotly figure out."""

from __future__ import annotations

import math
import re

import pandas as pd
import plotly.graph_objects as go

from core.vocabulary import STATUS_LABELS

# One palette for every chart: high-contrast colours that stay apart on a projector and for
# red-green colour blindness. WARNING_COLOR is reserved for problems (overdue, late, reopened).
WARNING_COLOR = "#d62728"
CAUTION_COLOR = "#f28e2b"  # due soon: a problem coming, not yet one
PROGRESS_COLOR = "#1f77b4"
STATUS_COLORS = {
    "not_started": "#9e9e9e",
    "in_progress": "#1f77b4",
    "completed": "#7fbf7b",
    "closed": "#1b7837",
    "reopened": WARNING_COLOR,
}
DONE_COLOR = "#1b7837"
COMPLETED_COLOR = "#7fbf7b"
OPEN_COLOR = "#c6dbef"
OVERDUE_COLOR = WARNING_COLOR
FONT = dict(family="Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif", size=14)


LARGE_FONT_SIZE = 22  # meeting mode on a 1920×1080 screen: readable from the back of the room
# Meeting mode: `scale` is the screen's size relative to 1920×1080 (ui.meeting.screen_scale),
# by which the text and the margins that make room for it grow (44 px text on a 3840×2160 wall).


def room_px(pixels: float, scale: float) -> int:
    """A meeting-mode size in pixels, designed at 1920×1080, for a screen `scale` times that."""
    return max(round(pixels * scale), 1)


STUB_SHARE = 0.012  # a zero drawn as a sliver of the axis, so the row visibly has a bar


def title_and_legend(figure: go.Figure, title: str, large: bool = False, scale: float = 1.0) -> dict:
    """Layout keys for the title and the colour key: the title at the top left and, when the
    chart has more than one series, the key on its own line under it, left-aligned.

    Series a coloured sign can show (bars, tick marks) are keyed in the title's subtitle and
    Plotly's legend is hidden: Plotly wraps a horizontal legend at the width left of the right
    margin (which holds the bars' labels), so on a phone it stood one entry a line on the title.
    Lines and dashes keep Plotly's legend, on the same line under the title.
    """
    # Sized at the design size (1920×1080 in meeting mode), then grown with the screen.
    font_size = LARGE_FONT_SIZE if large else FONT["size"]
    title_row = round(font_size * 1.2 * 1.4) + 10  # Plotly's title font is 1.2 × the chart's
    series = [trace for trace in figure.data if trace.showlegend is not False]
    legend_row = round(font_size * 1.9) if len(series) > 1 else 0
    top = room_px(title_row + legend_row + 8, scale) if large else title_row + legend_row + 8
    key = colour_key(series) if len(series) > 1 else None
    heading = dict(text=title, x=0, xanchor="left", y=1, yref="container", yanchor="top", pad=dict(t=8))
    if key:
        key_size = room_px(font_size, scale) if large else font_size
        heading["subtitle"] = dict(text=key, font=dict(size=key_size))
    layout = dict(
        title=heading,
        # Over the plot area, under the title. Plotly wraps a horizontal legend at the plot's
        # width (long row names leave the bars 140 px: one entry a line, rising into the
        # title) unless it starts left of the plot: a hair left of it, it may use the width
        # of the chart less its right margin.
        legend=dict(orientation="h", x=-0.001, xanchor="left", y=1.0, yanchor="bottom"),
        margin=dict(l=10, r=10, t=top, b=room_px(40, scale) if large else 40),
    )
    return layout | dict(showlegend=False) if key else layout


def colour_key(series) -> str | None:
    """“■ 已销号　■ 未完成”: each series' name after a sign in its colour (a square for bars, a
    tick for tick marks), or None when a series is drawn in a way such a sign cannot show."""
    entries = []
    for trace in series:
        if trace.type == "bar" and isinstance(trace.marker.color, str):
            sign, colour = "■", trace.marker.color
        elif (
            trace.type == "scatter"
            and trace.mode == "markers"
            and str(trace.marker.symbol).startswith("line-ns")
            and isinstance(trace.marker.color, str)
        ):
            sign, colour = "┃", trace.marker.color
        else:
            return None
        entries.append(f'<span style="color:{colour}">{sign}</span> {trace.name}')
    return "　".join(entries)


def wrap_name(name: str, widest: float = 8) -> str:
    """A row name on lines of at most `widest` Chinese characters (a Latin letter or digit
    counts 0.6), joined by <br>: an unwrapped 15-character unit or batch name took half a
    phone's width and the bars' labels were pushed past the chart's edge. A bracketed tail
    (“（保靖）”) gets a line of its own when the rest fits one; otherwise lines of equal width."""
    if text_em(name) <= widest:
        return name
    head, bracket, tail = name.partition("（")
    if bracket and head and text_em(head) <= widest and text_em(bracket + tail) <= widest:
        return f"{head}<br>{bracket}{tail}"
    # A little over `widest` a line rather than one more line (three at most: a row is 40 px
    # high); a number or Latin word stays whole.
    lines = min(3, max(2, math.ceil(text_em(name) / (widest * 1.15))))
    share = text_em(name) / lines
    wrapped, line = [], ""
    for word in re.findall(r"[0-9A-Za-z.%-]+|.", name):
        if line and text_em(line + word) > share + 0.3 and len(wrapped) < lines - 1:
            wrapped.append(line)
            line = ""
        line += word
    return "<br>".join([*wrapped, line])


def standard_layout(
    figure: go.Figure, title: str, height: int = 360, large: bool = False, scale: float = 1.0
) -> go.Figure:
    """The house layout of every chart: title at the top left, the legend under it, white
    background. `large` (meeting mode): the text at LARGE_FONT_SIZE times `scale`."""
    figure.update_layout(
        font={**FONT, "size": room_px(LARGE_FONT_SIZE, scale)} if large else FONT,
        height=height,
        paper_bgcolor="white",
        plot_bgcolor="white",
        # Names on the left and labels on the right leave a 330-px phone chart little for the
        # bars: Plotly clipped the names to keep its default 64 px of plot.
        minreducedwidth=40,
        **title_and_legend(figure, title, large, scale),
    )
    # Labels (long Chinese names) get the room they need instead of being clipped.
    figure.update_xaxes(automargin=True)
    figure.update_yaxes(automargin=True)
    return figure


def month_axis(figure: go.Figure, months, *, axis: str = "xaxis") -> go.Figure:
    """A date axis labelled in Chinese (“2018年10月”), whatever the browser's locale: Plotly's
    default month names are English. A month tick every 1, 3, 6 or 12 months."""
    values = pd.to_datetime(pd.Series(list(months)), errors="coerce").dropna()
    span = (
        0
        if values.empty
        else (values.max().year - values.min().year) * 12 + values.max().month - values.min().month
    )
    step = next(step for limit, step in ((8, 1), (24, 3), (48, 6), (10**6, 12)) if span <= limit)
    figure.update_layout(
        {axis: dict(type="date", tickformat="%Y年%-m月", hoverformat="%Y年%-m月%-d日", dtick=f"M{step}")}
    )
    return figure


def bar_gap(rows: int) -> float:
    """Few rows on a tall chart: thinner bars rather than slabs."""
    return min(0.7, max(0.25, 1 - 0.1 * rows))


def stub(values, largest: float) -> list[float]:
    """Bar lengths with zeros drawn as a visible stub (the label still says 0)."""
    return [max(float(v), largest * STUB_SHARE) for v in values]


def ratio_ranking(
    frame: pd.DataFrame,
    *,
    name_column: str,
    title: str,
    key_column: str | None = None,
    large: bool = False,
    scale: float = 1.0,
    height: int | None = None,
) -> go.Figure:
    """Completion ratio per row (done ÷ total), lowest first at the top, on an axis ending at
    100 %; each bar says the ratio and the count (“33.3%（10/30）”), a zero shows as a stub."""
    if frame.empty:
        return empty_figure(title, large=large, scale=scale)
    data = frame.assign(ratio=frame["done"] / frame["total"].where(frame["total"] > 0))
    data = data.sort_values(["ratio", "total"], ascending=[True, False], na_position="last")
    ratios = [0.0 if pd.isna(r) else float(r) * 100 for r in data["ratio"]]
    keys = [k if pd.notna(k) else None for k in data[key_column]] if key_column else None
    figure = go.Figure(
        go.Bar(
            y=[wrap_name(name) for name in data[name_column]],
            x=stub(ratios, 100),
            orientation="h",
            marker_color=DONE_COLOR,
            customdata=keys,
            text=[
                f"{r:.1f}%（{int(d)}/{int(t)}）"
                for r, d, t in zip(ratios, data["done"], data["total"], strict=True)
            ],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}：%{text}<extra></extra>",
        )
    )
    figure.update_yaxes(autorange="reversed")  # the first row (the worst) on top
    figure.update_xaxes(title="完成率（%）", range=[0, 100], dtick=20, ticksuffix="%")
    rows = len(data)
    height = height or max(240, 90 + (56 if large else 40) * rows)
    figure = standard_layout(figure, title, height=height, large=large, scale=scale)
    right = room_px(170, scale) if large else 130
    figure.update_layout(margin=dict(r=right), showlegend=False, bargap=bar_gap(rows))
    return figure


def count_ranking(
    frame: pd.DataFrame,
    *,
    name_column: str,
    count_column: str,
    total_column: str,
    title: str,
    key_column: str | None = None,
    color: str = WARNING_COLOR,
    large: bool = False,
    scale: float = 1.0,
    height: int | None = None,
    empty: str = "暂无数据",
) -> go.Figure:
    """A count of problems per row, most first at the top; each bar says the count and its share
    of the row's findings (“5个（占41.7%）”), a zero shows as a stub."""
    if frame.empty:
        return empty_figure(title, empty, large=large, scale=scale)
    data = frame.sort_values([count_column, total_column], ascending=[False, True])
    counts = [int(c) for c in data[count_column]]
    largest = max(max(counts), 1)
    keys = [str(k) if pd.notna(k) else None for k in data[key_column]] if key_column else None
    figure = go.Figure(
        go.Bar(
            y=[wrap_name(name) for name in data[name_column]],
            x=stub(counts, largest),
            orientation="h",
            marker_color=color,
            customdata=keys,
            text=[
                f"{c}个（占{c / t * 100:.1f}%）" if t else f"{c}个"
                for c, t in zip(counts, data[total_column], strict=True)
            ],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}：%{text}<extra></extra>",
        )
    )
    figure.update_yaxes(autorange="reversed")
    figure.update_xaxes(title="问题数", range=[0, largest], dtick=integer_step(largest, ticks=3))
    height = height or max(240, 90 + (56 if large else 40) * len(data))
    figure = standard_layout(figure, title, height=height, large=large, scale=scale)
    right = room_px(190, scale) if large else 150
    figure.update_layout(margin=dict(r=right), showlegend=False, bargap=bar_gap(len(data)))
    return figure


def integer_step(largest: float, ticks: int = 5) -> int:
    """Tick step for a count axis: a whole 1, 2 or 5 × 10ⁿ giving at most about `ticks` ticks.

    A bar chart lying on its side shares its width with the names and the labels past the bars:
    on a phone that leaves the bars some 70 px, where six numbers (0 5 10 15 20 25) ran into
    each other; those charts ask for three. The labels carry the exact counts."""
    rough = max(largest / ticks, 1)
    magnitude = 10 ** math.floor(math.log10(rough))
    return next(int(m * magnitude) for m in (1, 2, 5, 10) if m * magnitude >= rough)


def empty_figure(
    title: str, message: str = "暂无数据", *, large: bool = False, scale: float = 1.0
) -> go.Figure:
    """A titled figure that says there is nothing to show."""
    figure = go.Figure()
    size = room_px(26, scale) if large else 18
    figure.add_annotation(text=message, showarrow=False, font=dict(size=size, color="#666"), x=0.5, y=0.5)
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    return standard_layout(figure, title, large=large, scale=scale)


def completion_bars(
    frame: pd.DataFrame,
    *,
    name_column: str,
    title: str,
    key_column: str | None = None,
    large: bool = False,
    scale: float = 1.0,
    limit: int | None = None,
) -> go.Figure:
    """Horizontal stacked bars: closed, completed awaiting closure, still open, per row.

    Each bar is labelled with the completion ratio and the counts, worst first (top).
    `key_column` values ride along as customdata, so a click can filter on them. With more
    rows than `limit`, only the `limit` rows with most findings are drawn and the title says
    so (385 batches nationally: a 17,000 px chart of 168 KB for every session).
    """
    if frame.empty:
        return empty_figure(title, large=large, scale=scale)
    if limit is not None and len(frame) > limit:
        title = f"{title}（问题数最多的{limit}个，共{len(frame)}个）"
        frame = frame.nlargest(limit, "total", keep="first")
    data = frame.sort_values("completion_ratio", ascending=False)
    names = [wrap_name(name) for name in data[name_column]]
    closed = data["closed"]
    completed = data["done"] - data["closed"]
    still_open = data["total"] - data["done"]
    keys = [k if pd.notna(k) else None for k in data[key_column]] if key_column else None
    label_size = bar_label_size(large, scale)
    figure = go.Figure()
    figure.add_bar(
        y=names, x=closed, name="已销号", orientation="h", marker_color=DONE_COLOR, customdata=keys
    )
    figure.add_bar(
        y=names,
        x=completed,
        name="已完成待销号",
        orientation="h",
        marker_color=COMPLETED_COLOR,
        customdata=keys,
    )
    figure.add_bar(
        y=names,
        x=still_open,
        name="未完成",
        orientation="h",
        marker_color=OPEN_COLOR,
        customdata=keys,
        text=[
            f"完成率 {ratio * 100:.1f}%（{done}/{total}）"
            for ratio, done, total in zip(data["completion_ratio"], data["done"], data["total"], strict=True)
        ],
        textposition="outside",
        textfont=dict(size=label_size),
        cliponaxis=False,
    )
    figure.update_layout(barmode="stack")
    largest = max(int(data["total"].max()), 1)
    figure.update_xaxes(title="问题数", range=[0, largest * 1.02], dtick=integer_step(largest, ticks=3))
    height = max(260, 80 + (70 if large else 44) * len(names))
    figure = standard_layout(figure, title, height=height, large=large, scale=scale)
    # The labels past the bars' ends get a margin as wide as the longest, in pixels: a share of
    # the axis left them cut on a narrow chart (“完成率 80.0%（2”) and empty on a wide one.
    right = max(text_width_px(label, label_size) for label in figure.data[-1].text) + 12
    figure.update_layout(margin=dict(r=right), legend=dict(traceorder="normal"))
    return figure


def bar_label_size(large: bool, scale: float) -> int:
    """The size of the labels past the bars' ends: a phone's chart is 330 px, so a size smaller
    than the chart's text leaves the bars room; the meeting room's size on its screen."""
    return room_px(LARGE_FONT_SIZE, scale) if large else FONT["size"] - 2


def text_width_px(text: str, font_size: float) -> int:
    """About how wide `text` is drawn, in pixels."""
    return round(text_em(text) * font_size)


def text_em(text: str) -> float:
    """About how wide `text` is drawn, in font sizes: a Chinese character (or full-width sign)
    a square, a Latin letter or digit a little over half one."""
    return sum(1.0 if ord(char) >= 0x2E80 else 0.6 for char in text)


def status_donut(
    frame: pd.DataFrame, *, title: str = "整改状态分布", large: bool = False, scale: float = 1.0
) -> go.Figure:
    """Share of findings per status, in the fixed status order and colours."""
    if frame.empty or frame["count"].sum() == 0:
        return empty_figure(title, large=large, scale=scale)
    order = [s for s in STATUS_LABELS if s in set(frame["status"])]
    counts = frame.set_index("status")["count"]
    figure = go.Figure(
        go.Pie(
            labels=[STATUS_LABELS[s] for s in order],
            values=[int(counts[s]) for s in order],
            marker=dict(colors=[STATUS_COLORS[s] for s in order]),
            customdata=order,
            hole=0.5,
            sort=False,
            direction="clockwise",
            textinfo="label+value",
            textposition="inside",
            insidetextorientation="horizontal",
        )
    )
    figure = standard_layout(figure, title, height=480 if large else 360, large=large, scale=scale)
    # The legend under the ring: on top it ran into the title on wide screens.
    figure.update_layout(legend=dict(orientation="h", yanchor="top", y=-0.02, xanchor="center", x=0.5))
    return figure


def deadlines_ahead(frame: pd.DataFrame, *, title: str = "未来12个月到期问题") -> go.Figure:
    """Open findings by the month their next dated deadline falls in."""
    if frame.empty:
        return empty_figure(title)
    labels = [f"{m.year}年{m.month}月" for m in frame["month"]]
    texts = [str(n) if n else "" for n in frame["count"]]
    figure = go.Figure(
        go.Bar(x=labels, y=frame["count"], marker_color=CAUTION_COLOR, text=texts, textposition="outside")
    )
    largest = max(int(frame["count"].max()), 1)
    figure.update_yaxes(title="问题数", range=[0, largest * 1.2], dtick=integer_step(largest))
    if int(frame["count"].sum()) == 0:
        figure.add_annotation(
            text="未来12个月没有到期的限期问题", showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper"
        )
    return standard_layout(figure, title)
