"""The site importer: Chinese headers, UTF-8/GBK, GCJ-02 input, validation, idempotence."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.geo import gcj02_to_wgs84
from data_access.commands.site_import import SiteImportError, import_sites
from data_access.db import data_version
from data_access.models import AuditEntry, Site, SiteFinding
from manage import main

HEADER = [
    "序号",
    "点位编号",
    "点位名称",
    "点位类型",
    "类别",
    "现状",
    "风险等级",
    "规划用途",
    "面积（亩）",
    "经度",
    "纬度",
    "行政区划代码",
    "关联问题",
    "备注",
]
ROWS = [
    [
        *("1", "XT-001", "竹埠港片区地块", "污染地块", "关闭搬迁企业地块", "风险管控中", "高", "住宅用地"),
        *("120.5", "112.97", "27.87", "430304", "测试批次乙:8；t-b:9", ""),
    ],
    [
        *("2", "BJ-001", "保靖县无主尾矿库", "尾矿库", "无主", "筹措治理资金", "中", "", ""),
        *("109.67", "28.71", "保靖县", "t-a:2", "演示"),
    ],
]


def write_csv(path, rows, header=HEADER, encoding="utf-8"):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def sites_by_code(engine) -> dict[str, Site]:
    with Session(engine) as session:
        return {site.code: site for site in session.scalars(select(Site))}


def links(engine, site_id: int) -> set[int]:
    with Session(engine) as session:
        return set(session.scalars(select(SiteFinding.finding_id).where(SiteFinding.site_id == site_id)))


def audit(engine) -> list[AuditEntry]:
    with Session(engine) as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.entity == "sites").order_by(AuditEntry.id))
        )


def test_imports_a_utf8_file_with_chinese_headers(engine, fixture_ids, tmp_path):
    before = data_version(engine)
    summary = import_sites(engine, write_csv(tmp_path / "点位.csv", ROWS), actor="测试员")
    assert (summary.rows, summary.created, summary.updated, summary.unchanged) == (2, 2, 0, 0)
    assert summary.encoding == "UTF-8"
    assert summary.warnings == []  # 序号 is ignored silently
    sites = sites_by_code(engine)
    plot = sites["XT-001"]
    assert (plot.site_type, plot.subtype, plot.risk_level) == (
        "contaminated_plot",
        "closed_relocated",
        "high",
    )
    assert (plot.lon, plot.lat, plot.area_mu) == (112.97, 27.87, 120.5)
    assert (plot.province_code, plot.city_code, plot.county_code) == ("430000", "430300", "430304")
    assert plot.sensitive_use  # 住宅用地 with 敏感用途 left empty: “一住两公”
    assert not plot.is_demo
    assert links(engine, plot.id) == {fixture_ids["B2"], fixture_ids["B3"]}  # by batch name and by code
    pond = sites["BJ-001"]
    assert pond.region_code == "433125"  # given by name
    assert (pond.subtype, pond.notes, pond.sensitive_use) == ("ownerless", "演示", False)
    assert links(engine, pond.id) == {fixture_ids["A2"]}
    entries = audit(engine)
    assert [(e.action, e.actor) for e in entries] == [
        ("create", "测试员"),
        ("create", "测试员"),
        ("import", "测试员"),
    ]
    assert "新增 2 个" in entries[-1].summary
    assert json.loads(entries[0].after_json)["name"] == "竹埠港片区地块"
    assert data_version(engine) == before + 1


def test_a_gbk_file_is_read(engine, fixture_ids, tmp_path):
    summary = import_sites(engine, write_csv(tmp_path / "gbk.csv", ROWS, encoding="gbk"))
    assert summary.encoding == "GBK"
    assert sites_by_code(engine)["BJ-001"].name == "保靖县无主尾矿库"


def test_gcj02_coordinates_are_converted_to_wgs84(engine, fixture_ids, tmp_path):
    import_sites(engine, write_csv(tmp_path / "gcj.csv", ROWS), crs="gcj02")
    plot = sites_by_code(engine)["XT-001"]
    expected = gcj02_to_wgs84(112.97, 27.87)
    assert plot.lon == pytest.approx(expected[0], abs=1e-7)
    assert plot.lat == pytest.approx(expected[1], abs=1e-7)
    assert abs(plot.lon - 112.97) > 0.003  # moved by some hundreds of metres


def test_every_problem_is_listed_with_file_row_and_column_and_nothing_is_written(
    engine, fixture_ids, tmp_path
):
    bad = [
        ROWS[0],
        ["2", "XT-002", "某地块", "垃圾场", "", "调查中", "", "", "", "112.9", "27.8", "430302", "", ""],
        [
            "3",
            "XT-003",
            "某尾矿库",
            "尾矿库",
            "安全利用类",
            "在用",
            "极高",
            "",
            "-5",
            "东经",
            "27.8",
            "430302",
            "",
            "",
        ],
        [
            "4",
            "XT-001",
            "重复编号",
            "污染地块",
            "",
            "调查中",
            "",
            "",
            "",
            "112.9",
            "27.8",
            "不存在县",
            "t-a:99",
            "",
        ],
        [
            "5",
            "XT-005",
            "经纬度填反",
            "污染地块",
            "",
            "调查中",
            "",
            "",
            "",
            "27.8",
            "112.9",
            "430302",
            "乱写",
            "",
        ],
        ["6", "XT-006", "远离所属县", "污染地块", "", "", "", "", "", "109.66", "28.70", "430302", "", ""],
    ]
    with pytest.raises(SiteImportError) as caught:
        import_sites(engine, write_csv(tmp_path / "sites.csv", bad))
    problems = caught.value.problems
    assert (
        "sites.csv：第3行「点位类型」：“垃圾场”不是点位类型，应为 污染地块、尾矿库、废弃矿山、受污染耕地"
        in problems
    )
    assert "sites.csv：第4行「类别」：“安全利用类”不是尾矿库的类别，应为 在用、停用、已闭库、无主" in problems
    assert "sites.csv：第4行「风险等级」：“极高”不是风险等级，应为 高、中 或 低" in problems
    assert "sites.csv：第4行「面积（亩）」：“-5”不是有效的面积（亩）" in problems
    assert "sites.csv：第4行「经度」：“东经”不是数字" in problems
    assert "sites.csv：第5行「点位编号」：编号“XT-001”与第2行重复" in problems
    assert (
        "sites.csv：第5行「行政区划代码」：未知的地区“不存在县”，请填写六位行政区划代码或地区全称" in problems
    )
    assert "sites.csv：第5行「关联问题」：批次“t-a”中没有第99项问题" in problems
    assert "sites.csv：第6行「经度」：坐标（27.8，112.9）不在中国境内，经度和纬度可能填反了" in problems
    assert "sites.csv：第6行「关联问题」：“乱写”格式应为 批次编号:问题序号，如 baojing-cei2:17" in problems
    assert "sites.csv：第7行「现状」：必填，不能为空" in problems
    assert any(p.startswith("sites.csv：第7行「经度」：坐标距雨湖区中心约") for p in problems)
    assert len(problems) == 12
    assert sites_by_code(engine) == {}
    assert audit(engine) == []


def test_a_missing_required_column_is_reported(engine, fixture_ids, tmp_path):
    header = [h for h in HEADER if h != "纬度"] + ["坐标说明"]
    rows = [[c for i, c in enumerate(row) if HEADER[i] != "纬度"] + ["x"] for row in ROWS]
    with pytest.raises(SiteImportError) as caught:
        import_sites(engine, write_csv(tmp_path / "sites.csv", rows, header=header))
    assert caught.value.problems == ["sites.csv：第1行：缺少必填列「纬度」"]


def test_importing_the_same_file_again_changes_nothing(engine, fixture_ids, tmp_path):
    path = write_csv(tmp_path / "sites.csv", ROWS)
    import_sites(engine, path, crs="gcj02")
    first = {code: (s.id, s.lon, s.lat, s.status) for code, s in sites_by_code(engine).items()}
    version = data_version(engine)
    summary = import_sites(engine, path, crs="gcj02")
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 2)
    assert {code: (s.id, s.lon, s.lat, s.status) for code, s in sites_by_code(engine).items()} == first
    assert [e.action for e in audit(engine)] == ["create", "create", "import", "import"]
    assert data_version(engine) == version + 1


def test_a_changed_row_updates_the_site_and_records_before_and_after(engine, fixture_ids, tmp_path):
    import_sites(engine, write_csv(tmp_path / "sites.csv", ROWS))
    changed = [list(ROWS[0]), list(ROWS[1])]
    changed[1][5] = "闭库治理完成"
    changed[1][12] = "t-a:1"
    summary = import_sites(engine, write_csv(tmp_path / "sites.csv", changed))
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 1)
    pond = sites_by_code(engine)["BJ-001"]
    assert pond.status == "闭库治理完成"
    assert links(engine, pond.id) == {fixture_ids["A1"]}
    update = next(e for e in audit(engine) if e.action == "update")
    assert json.loads(update.before_json) == {"status": "筹措治理资金", "links": [fixture_ids["A2"]]}
    assert json.loads(update.after_json) == {"status": "闭库治理完成", "links": [fixture_ids["A1"]]}


def test_replace_deletes_the_sites_missing_from_the_file(engine, fixture_ids, tmp_path):
    import_sites(engine, write_csv(tmp_path / "sites.csv", ROWS))
    gone = sites_by_code(engine)["XT-001"].id
    summary = import_sites(engine, write_csv(tmp_path / "sites.csv", ROWS[1:]), replace=True)
    assert (summary.deleted, summary.unchanged) == (1, 1)
    assert set(sites_by_code(engine)) == {"BJ-001"}
    assert links(engine, gone) == set()
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(SiteFinding)) == 1
    assert [e.action for e in audit(engine)][-2:] == ["delete", "import"]


def test_manage_import_sites_command(engine, fixture_ids, database_url, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", database_url)
    path = write_csv(tmp_path / "sites.csv", ROWS)
    assert main(["import-sites", str(path), "--crs", "gcj02"]) == 0
    out = capsys.readouterr().out
    assert "已导入点位：sites.csv（UTF-8，坐标 GCJ-02，已转换为 WGS84）：共 2 行，新增 2 个" in out
    bad = write_csv(
        tmp_path / "bad.csv",
        [["1", "", "无编号", "尾矿库", "", "在用", "", "", "", "112.9", "27.8", "430302", "", ""]],
    )
    assert main(["import-sites", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "导入失败，数据库未改动" in err
    assert "bad.csv：第2行「点位编号」：必填，不能为空" in err
    assert main(["import-sites", str(tmp_path / "none.csv")]) == 1
    assert len(sites_by_code(engine)) == 2
