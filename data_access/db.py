"""Engine creation, migrations and the data version used to invalidate caches."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import pandas as pd
from sqlalchemy import Engine, Result, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
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


class DatabaseUnavailable(RuntimeError):
    """The database cannot be reached or opened; the message is Chinese, names the URL without
    its password and says what to check (manage.py prints it, the app shows it)."""


def shown_url(url: str) -> str:
    """The database URL as it may be shown: the password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL at all: show nothing of it that could hold a password
        return "（无法解析的数据库地址）"


def _reason(error: BaseException) -> str:
    """The driver's own words, first line only (a connection error never holds the password)."""
    original = getattr(error, "orig", None) or error
    return (str(original).strip().splitlines() or [type(original).__name__])[0][:300]


def describe_database_error(url: str, error: BaseException) -> str:
    """A Chinese message for a database that cannot be opened: which one and what to check."""
    where = shown_url(url)
    if isinstance(error, ArgumentError | NoSuchModuleError):
        return (
            f"数据库地址格式不对或驱动未安装：{where}。请检查环境变量 DATABASE_URL，"
            "例如 postgresql+psycopg://用户:密码@主机:5432/库名 或 sqlite:///data/dashboard.sqlite3。"
        )
    reason = _reason(error)
    lowered = reason.lower()
    if where.startswith("sqlite") or isinstance(error, OSError):
        check = "请检查文件所在的文件夹是否存在、能否创建，以及运行本程序的用户是否有读写权限。"
    elif "password" in lowered or "authentication" in lowered:
        check = "用户名或密码不对：请检查 DATABASE_URL 中的用户和密码。"
    elif "does not exist" in lowered and "database" in lowered:
        check = "数据库不存在：请先在服务器上创建该库（createdb），或检查库名。"
    elif "resolve" in lowered or "name or service" in lowered:
        check = "找不到数据库服务器的主机名：请检查主机名拼写和网络。"
    elif "refused" in lowered or "timeout" in lowered or "timed out" in lowered:
        check = "数据库服务器没有在该主机和端口上接受连接：请检查服务器是否已启动、端口和防火墙。"
    else:
        check = "请检查数据库服务器是否已启动，以及 DATABASE_URL 中的主机、端口、用户、密码和库名。"
    return f"无法连接数据库 {where}。{check}（原因：{reason}）"


@lru_cache(maxsize=8)
def get_engine(url: str) -> Engine:
    """One engine per database URL for the life of the process."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise DatabaseUnavailable(describe_database_error(url, error)) from error
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        try:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseUnavailable(describe_database_error(url, error)) from error
    try:
        return _create_engine(url, parsed.get_backend_name())
    except (ArgumentError, NoSuchModuleError) as error:  # an unknown driver name
        raise DatabaseUnavailable(describe_database_error(url, error)) from error


def _create_engine(url: str, backend: str) -> Engine:
    if backend == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if backend == "postgresql":
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


def alembic_config(url: str):
    from alembic.config import Config  # Alembic only when a migration may run (see migrate)

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def check_connection(engine: Engine) -> None:
    """Open one connection, or raise DatabaseUnavailable with the Chinese message (server down,
    bad password, unknown database, SQLite folder missing or read-only)."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as error:
        url = engine.url.render_as_string(hide_password=False)
        raise DatabaseUnavailable(describe_database_error(url, error)) from error


_REVISION = re.compile(r"""^(down_revision|revision)\s*=\s*["']?([\w-]+|None)["']?""", re.MULTILINE)


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The newest migration, read from the files' `revision` / `down_revision` lines (None
    unless there is exactly one head): a fresh `manage.py bulletin` need not import Alembic
    (0.2 s) only to learn that the schema is current."""
    revisions, parents = set(), set()
    for path in MIGRATIONS_DIR.joinpath("versions").glob("*.py"):
        found = dict((key, value) for key, value in _REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        parents.add(found.get("down_revision"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _schema_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None  # no schema yet


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration."""
    check_connection(engine)  # a clear message instead of Alembic's traceback
    head = head_revision()
    if head is not None and _schema_revision(engine) == head:
        return  # current: nothing for Alembic to do
    from alembic import command

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
    """A counter bumped by every write; cached reads of national views take it as an argument.
    Read first on every run of the app: a server gone since the start is reported here."""
    try:
        with engine.connect() as connection:
            value = connection.execute(
                text("SELECT value FROM app_meta WHERE key = :key"), {"key": DATA_VERSION_KEY}
            ).scalar()
    except OperationalError as error:
        url = engine.url.render_as_string(hide_password=False)
        raise DatabaseUnavailable(describe_database_error(url, error)) from error
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
