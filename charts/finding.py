"""Charts of the finding drill-down. Pure functions: frame in, figure or deck out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pydeck as pdk

from charts.overview import FONT, STATUS_COLORS, empty_figure, month_axis, title_and_legend
from core.vocabulary import SITE_TYPE_LABELS, STATUS_LABELS, STATUSES

SITE_COLORS = {
    "contaminated_plot": [214, 39, 40],
    "tailings_pond": [31, 119, 180],
    "abandoned_mine": [140, 86, 75],
    "farmland": [44, 160, 44],
}


def status_timeline(
    history: pd.DataFrame, reports: pd.DataFrame, *, title: str = "整改状态与进度"
) -> go.Figure:
    """Status over time (steps) from the status history, with monthly progress as bars."""
    if history.empty and reports.empty:
        return empty_figure(title)
    figure = go.Figure()
    if not reports.empty:
        ordered = reports.sort_values("period")
        figure.add_bar(
            x=ordered["period"],
            y=ordered["progress_pct"],
            name="月调度进度（%）",
            marker_color="#c6dbef",
            yaxis="y2",
            hovertemplate="%{x|%Y年%-m月}：进度%{y:.0f}%<extra></extra>",
        )
    if not history.empty:
        levels = {status: index for index, status in enumerate(STATUSES)}
        figure.add_scatter(
            x=history["changed_on"],
            y=[levels[s] for s in history["to_status"]],
            mode="lines+markers",
            line=dict(shape="hv", color="#333", width=3),
            marker=dict(size=12, color=[STATUS_COLORS[s] for s in history["to_status"]]),
            text=[STATUS_LABELS[s] for s in history["to_status"]],
            hovertemplate="%{x|%Y年%-m月%-d日} %{text}<extra></extra>",
            name="状态",
        )
    figure.update_layout(
        font=FONT,
        height=320,
        plot_bgcolor="white",
        **title_and_legend(figure, title),
        yaxis=dict(
            tickvals=list(range(len(STATUSES))),
            ticktext=[STATUS_LABELS[s] for s in STATUSES],
            range=[-0.5, len(STATUSES) - 0.5],
            automargin=True,  # the status names get their room instead of being cut
        ),
        yaxis2=dict(
            overlaying="y",
            side="right",
            range=[0, 100],
            title="进度（%）",
            tickvals=[0, 25, 50, 75, 100],
            ticksuffix="%",
            showgrid=False,
            automargin=True,
        ),
    )
    dates = [*history.get("changed_on", []), *reports.get("period", [])]
    return month_axis(figure, dates)


PHOTO_COLOR = [142, 36, 170]  # purple: not one of the site types' colours


def _points(layer_id: str, frame: pd.DataFrame, *, radius: int) -> pdk.Layer:
    return pdk.Layer(
        "ScatterplotLayer",
        id=layer_id,
        data=frame,
        get_position=["lon", "lat"],
        get_fill_color="color",
        get_radius=radius,
        radius_min_pixels=5,
        pickable=True,
    )


def sites_deck(sites: pd.DataFrame, photos: pd.DataFrame | None = None) -> pdk.Deck | None:
    """A small offline map (no basemap, no token) of the sites linked to a finding, and of the
    positions its photos were taken at (evidence with GPS: original_name, caption, taken_on, lat, lon)."""
    located = photos[photos["lat"].notna() & photos["lon"].notna()] if photos is not None else pd.DataFrame()
    if sites.empty and located.empty:
        return None
    columns = ["name", "type_label", "status", "lon", "lat", "color"]
    frame = pd.DataFrame(columns=columns)
    layers = []
    if not sites.empty:
        frame = sites.assign(
            type_label=sites["site_type"].map(SITE_TYPE_LABELS),
            color=sites["site_type"].map(SITE_COLORS),
        )[columns]
        layers.append(_points("sites", frame, radius=600))
    if not located.empty:
        shots = pd.DataFrame(
            {
                "name": [
                    c if isinstance(c, str) and c else n
                    for c, n in zip(located["caption"], located["original_name"], strict=True)
                ],
                "type_label": "照片拍摄位置",
                "status": [
                    f"{d.year}年{d.month}月{d.day}日" if pd.notna(d) else "" for d in located["taken_on"]
                ],
                "lon": located["lon"].astype(float),
                "lat": located["lat"].astype(float),
                "color": [PHOTO_COLOR] * len(located),
            }
        )
        layers.append(_points("photos", shots, radius=150))
        frame = shots if frame.empty else pd.concat([frame, shots], ignore_index=True)
    view = pdk.ViewState(
        longitude=float(frame["lon"].mean()),
        latitude=float(frame["lat"].mean()),
        zoom=9 if len(frame) > 1 else 10,
    )
    return pdk.Deck(
        layers=layers,
        initial_view_state=view,
        map_style=None,
        tooltip={"text": "{name}\n{type_label}\n{status}"},
    )
