"""Loaders of the map page (pages/map.py): sites, region figures, outlines and the basemap."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from core import geo, outlines
from data_access import boundaries, evidence, sites
from data_access.db import get_engine
from data_access.metrics import FindingFilters
from ui.loaders.shared import CACHE_TTL_SECONDS


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取点位…")
def site_map(
    url: str,
    version: int,
    filters: FindingFilters,
    today: date,
    site_types: tuple[str, ...],
    color_by: str,
    point_limit: int | None = None,
) -> sites.SiteMap:
    """None: the default limit (sites.POINT_LIMIT) above which sites are shown per grid cell."""
    return sites.site_map(
        get_engine(url),
        filters=filters,
        today=today,
        site_types=site_types,
        color_by=color_by,
        point_limit=point_limit,
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取点位…")
def map_regions(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return sites.region_completion(get_engine(url), filters=filters, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取整改照片…")
def photo_points(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    """Evidence photos with a position of the findings the (already scoped) filters cover."""
    return evidence.evidence_points(
        get_engine(url),
        scope_code=filters.scope_code,  # the viewer's region; the region filter acts through `filters`
        filters=filters,
        today=today,
        limit=evidence.PHOTO_POINT_LIMIT,
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取点位…")
def region_centroid(url: str, version: int, region_code: str) -> dict | None:
    return sites.region_centroid(get_engine(url), region_code=region_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取点位…")
def region_outlines(directory: str) -> geo.RegionOutlines:
    return geo.load_region_outlines(Path(directory))


@st.cache_data(show_spinner="正在读取行政区划边界…", max_entries=64)
def outline_view(level: str, parent_code: str | None, codes: tuple[str, ...]) -> outlines.OutlineView:
    """The outlines one level below `parent_code` (`level`: the level shown), with names.

    The package's files do not change while the app runs: no TTL. A national view reads
    34 province files (about 1 s) once per process; a province or city a few tenths.
    """
    view = outlines.outline_view(parent_code, codes)
    names = boundaries.division_names()
    return replace(view, names={code: names[code] for code in view.outlines if code in names})


def basemap() -> geo.BasemapConfig:
    return geo.basemap_config()
