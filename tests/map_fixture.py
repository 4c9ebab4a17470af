"""Sites for the map tests, on top of the hand-made findings of tests/fixture_data.py.

Nine sites; the findings they are linked to (see fixture_data.py for their state on
2026-11-23) decide which filters they pass.

| key | region | type (subtype) | risk | linked | why it is here |
|---|---|---|---|---|---|
| S1 | 保靖县 | 尾矿库 (无主) | high | A2 | overdue finding |
| S2 | 保靖县 | 尾矿库 (在用) | low | A1 | soil finding |
| S3 | 保靖县 | 废弃矿山 (历史遗留) | medium | A5 | rolling finding |
| S4 | 湘潭县 | 受污染耕地 (严格管控类) | high | B4 | |
| S5 | 湘乡市 | 污染地块 (关闭搬迁) | high | B2 | closed finding; sensitive planned use |
| S6 | 雨湖区 | 污染地块 (优先监管) | medium | B3, B1 | worst status: reopened (B3), B1 completed |
| S7 | 岳塘区 | 尾矿库 (已闭库) | low | B5 | city-level finding, not started |
| S8 | 零陵区 | 受污染耕地 (安全利用类) | — | — | unlinked |
| S9 | 绛县 | 污染地块 (优先监管) | medium | — | unlinked, another province; sensitive |
"""

from __future__ import annotations

import pydeck as pdk
from sqlalchemy import Engine

from data_access.commands.findings import region_columns
from data_access.commands.session import write_session
from data_access.models import Region, Site, SiteFinding

# key: region, type, subtype, status text, risk, links, sensitive, offset (lon, lat) from centroid
SITES = {
    "S1": ("433125", "tailings_pond", "ownerless", "筹措治理资金", "high", ["A2"], False, (0.01, 0.01)),
    "S2": ("433125", "tailings_pond", "in_use", "在用，定期监测", "low", ["A1"], False, (-0.02, 0.0)),
    "S3": ("433125", "abandoned_mine", "abandoned", "生态修复中", "medium", ["A5"], False, (0.0, -0.03)),
    "S4": ("430321", "farmland", "strict_control", "种植结构调整", "high", ["B4"], False, (0.01, 0.0)),
    "S5": (
        "430381",
        "contaminated_plot",
        "closed_relocated",
        "风险管控中",
        "high",
        ["B2"],
        True,
        (0.0, 0.01),
    ),
    "S6": (
        "430302",
        "contaminated_plot",
        "priority_supervised",
        "风险管控中",
        "medium",
        ["B3", "B1"],
        False,
        (0.01, -0.01),
    ),
    "S7": ("430304", "tailings_pond", "closed", "闭库销号", "low", ["B5"], False, (-0.01, 0.0)),
    "S8": ("431102", "farmland", "safe_use", "农艺调控", None, [], False, (0.02, 0.02)),
    "S9": ("140826", "contaminated_plot", "priority_supervised", "调查中", "medium", [], True, (0.0, 0.0)),
}


def site_name(key: str) -> str:
    return f"测试点位{key}"


def add_sites(engine: Engine, finding_ids: dict[str, int]) -> dict[str, int]:
    """Add the nine sites and their links; return site ids by key."""
    ids: dict[str, int] = {}
    with write_session(engine) as session, session.begin():
        for key, (region, site_type, subtype, status, risk, links, sensitive, offset) in SITES.items():
            place = session.get(Region, region)
            site = Site(
                code=f"t-{key}",
                name=site_name(key),
                site_type=site_type,
                subtype=subtype,
                status=status,
                risk_level=risk,
                planned_use="住宅用地" if sensitive else None,
                sensitive_use=sensitive,
                area_mu=10.0,
                lon=round(place.lon + offset[0], 5),
                lat=round(place.lat + offset[1], 5),
                region_code=region,
                **region_columns(session, region),
            )
            session.add(site)
            session.flush()
            for link in links:
                session.add(SiteFinding(site_id=site.id, finding_id=finding_ids[link]))
            ids[key] = site.id
    return ids


def layer_data(deck: pdk.Deck) -> dict[str, list]:
    """Records of each layer of a map by layer id: what the tests (and the map benchmark)
    check of a `charts.map.site_deck`."""
    result = {}
    for layer in deck.layers:
        data = layer.data
        if isinstance(data, dict) and "features" in data:
            data = data["features"]
        result[layer.id] = list(data) if data is not None else []
    return result
