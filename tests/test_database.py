"""Migrations, settings and the command line."""

from __future__ import annotations

from datetime import date

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from core.settings import get_settings
from data_access.db import data_version, get_engine, migrate
from data_access.models import Base


def test_migrations_create_every_table_and_match_the_models(engine):
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == [], "models changed without a migration: run alembic revision --autogenerate"


def test_migrate_is_idempotent(engine):
    migrate(engine)
    migrate(engine)
    assert "findings" in inspect(engine).get_table_names()


def test_settings_default_to_a_sqlite_file_under_data(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("DASHBOARD_TODAY", raising=False)
    settings = get_settings()
    assert settings.database_url.startswith("sqlite:///")
    assert settings.database_url.endswith("data/dashboard.sqlite3")
    assert settings.today() == date.today()
    monkeypatch.setenv("DASHBOARD_TODAY", "2026-11-23")
    assert get_settings().today() == date(2026, 11, 23)


def test_manage_init_db_creates_migrates_and_loads(tmp_path, monkeypatch, capsys):
    import manage

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert manage.main(["init-db", "--today", "2026-11-23"]) == 0
    assert "76 个问题" in capsys.readouterr().out
    version = data_version(get_engine(url))
    assert version >= 1
    assert manage.main(["init-db"]) == 0  # second time: nothing loaded again
    assert "已有数据" in capsys.readouterr().out
    assert manage.main(["load-sample", "--replace", "--no-history", "--today", "2026-11-23"]) == 0
    assert data_version(get_engine(url)) == version + 1


def test_manage_init_db_without_sample(tmp_path, monkeypatch):
    import manage

    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert manage.main(["init-db", "--no-sample"]) == 0
    assert data_version(get_engine(url)) == 0
