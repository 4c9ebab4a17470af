"""Engine creation, migrations and the data version used to invalidate caches."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import pandas as pd
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, Result, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from core.settings import PROJECT_DIR

MIGRATIONS_DIR = PROJECT_DIR / "migrations"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets the app read while an import writes; busy_timeout waits instead of failing.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


@lru_cache(maxsize=8)
def get_engine(url: str) -> Engine:
    """One engine per database URL for the life of the process."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if parsed.get_backend_name() == "postgresql":
        event.listen(engine, "connect", _postgresql_settings)
    return engine


def _postgresql_settings(dbapi_connection, _record) -> None:
    # No JIT compilation: the dashboard's queries are short, and when the planner's row
    # estimates for joined aggregates are far off, JIT spends seconds compiling a query that
    # runs in milliseconds (docs/performance.md).
    cursor = dbapi_connection.cursor()
    cursor.execute("SET jit = off")
    cursor.close()
    dbapi_connection.commit()


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def is_empty(engine: Engine) -> bool:
    """True when the schema exists but holds no batches."""
    from data_access.models import Batch

    if not inspect(engine).has_table("batches"):
        return True
    with Session(engine) as session:
        return session.scalar(select(Batch.id).limit(1)) is None


DATA_VERSION_KEY = "data_version"  # bumped by every write (data_access/commands/session.py)
GLOBAL_VERSION_KEY = "data_version:global"  # bumped by writes that belong to no one province


def data_version(engine: Engine) -> int:
    """A counter bumped by every write; cached reads of national views take it as an argument."""
    with engine.connect() as connection:
        value = connection.execute(
            text("SELECT value FROM app_meta WHERE key = :key"), {"key": DATA_VERSION_KEY}
        ).scalar()
    return int(value or 0)


def scoped_data_version(engine: Engine, region_code: str | None) -> str:
    """The version the cached figures of a view limited to `region_code` depend on: its
    province's counter and the global one. A write in another province changes neither, so
    those figures stay cached. Without a region: the national counter."""
    if not region_code:
        return str(data_version(engine))
    province = province_of(engine, region_code)
    keys = {"global": GLOBAL_VERSION_KEY, "province": f"{DATA_VERSION_KEY}:{province}"}
    with engine.connect() as connection:
        rows = dict(
            connection.execute(
                text("SELECT key, value FROM app_meta WHERE key IN (:global, :province)"), keys
            ).all()
        )
    return f"{province}:{rows.get(keys['global'], '0')}.{rows.get(keys['province'], '0')}"


@lru_cache(maxsize=4096)
def province_of(engine: Engine, region_code: str) -> str:
    """A region's province (regions do not move between provinces)."""
    with engine.connect() as connection:
        province = connection.execute(
            text("SELECT province_code FROM regions WHERE code = :code"), {"code": region_code}
        ).scalar()
    return province or region_code


T = TypeVar("T")
BIND_CHUNK = 5000  # ids bound in one IN list (SQLite allows 32,766 parameters)


def chunks(items: Sequence[T], size: int = BIND_CHUNK) -> list[Sequence[T]]:
    """`items` in pieces of at most `size`, for IN lists."""
    return [items[start : start + size] for start in range(0, len(items), size)]


def result_frame(result: Result, columns: list[str] | None = None) -> pd.DataFrame:
    """A DataFrame of a query result, columns named after the result's keys unless given.

    Rows are turned into plain tuples first: pandas probes each SQLAlchemy `Row` for
    attributes (through a raised and caught KeyError), which costs more than the query itself
    at tens of thousands of rows.
    """
    keys = list(result.keys()) if columns is None else columns
    return pd.DataFrame([tuple(row) for row in result.all()], columns=keys)


def get_meta(engine: Engine, key: str) -> str | None:
    with engine.connect() as connection:
        return connection.execute(text("SELECT value FROM app_meta WHERE key = :key"), {"key": key}).scalar()
