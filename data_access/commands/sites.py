"""Commands on map sites: one position check and one write, for the site import (CSV) and
the ledger's 点位 sheet alike.

Coordinates are stored in WGS-84. A point outside China, or further from the centre of its
region than a county / city / province can reach, is refused: it is almost always a typo or
swapped longitude and latitude, and on the map it would sit in the wrong place unnoticed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.geo import distance_m, gcj02_to_wgs84
from data_access.commands.findings import region_columns
from data_access.models import Region, Site, SiteFinding

# A site further than this from its region's centroid is probably mistyped.
MAX_DISTANCE_KM = {"county": 150, "city": 400, "province": 1500}
CHINA_LON = (73.0, 136.0)
CHINA_LAT = (3.0, 54.0)
COORDINATE_DECIMALS = 7  # about one centimetre


def check_site_position(
    lon: float, lat: float, region: Region | None, *, crs: str = "wgs84"
) -> tuple[float, float] | str:
    """The WGS-84 position to store, or a Chinese message saying what is wrong with it.

    `crs` "gcj02": the coordinates come from a Chinese web map (高德, 腾讯…) and are converted.
    """
    inside = CHINA_LON[0] <= lon <= CHINA_LON[1] and CHINA_LAT[0] <= lat <= CHINA_LAT[1]
    if not inside:
        swapped = CHINA_LON[0] <= lat <= CHINA_LON[1] and CHINA_LAT[0] <= lon <= CHINA_LAT[1]
        hint = "，经度和纬度可能填反了" if swapped else ""
        return f"坐标（{lon}，{lat}）不在中国境内{hint}"
    if crs == "gcj02":
        lon, lat = gcj02_to_wgs84(lon, lat)
    lon, lat = round(lon, COORDINATE_DECIMALS), round(lat, COORDINATE_DECIMALS)
    if region is not None and region.lon is not None and region.lat is not None:
        km = distance_m(lon, lat, region.lon, region.lat) / 1000
        limit = MAX_DISTANCE_KM.get(region.level, 1500)
        if km > limit:
            return f"坐标距{region.name}中心约{km:.0f}公里（超过{limit}公里），请核对经纬度或所属地区"
    return lon, lat


def write_site(
    session: Session,
    site: Site | None,
    *,
    code: str,
    values: dict[str, Any],
    region_code: str | None = None,
    finding_ids: Iterable[int] | None = None,
) -> Site:
    """Create the site `code` or change the given fields of `site`.

    `region_code` (when given) also sets the region's ancestors; `finding_ids` (when given)
    replaces the site's links to findings. The caller audits (it knows what the change was for).
    """
    if site is None:
        site = Site(code=code, is_demo=False)
        session.add(site)
    for key, value in values.items():
        setattr(site, key, value)
    if region_code is not None:
        site.region_code = region_code
        for column, value in region_columns(session, region_code).items():
            setattr(site, column, value)
    if finding_ids is not None:
        session.flush()  # links need the site's id
        wanted = set(finding_ids)
        have = set(session.scalars(select(SiteFinding.finding_id).where(SiteFinding.site_id == site.id)))
        if wanted != have:
            session.execute(delete(SiteFinding).where(SiteFinding.site_id == site.id))
            session.add_all(SiteFinding(site_id=site.id, finding_id=f) for f in sorted(wanted))
    return site
