"""Figures of a past month or day, kept once built (table `stored_figures`, migration 0012).

A past month's dispatch and a past day's overview are judged as known on that day: they no
longer change except by a write dated on or before it (a report entered late with its real
day, a status or deadline change back-dated). So the first reader builds them the plain way
and keeps them here; later readers (a page click, a fresh `manage.py bulletin` process) read
them back in milliseconds. The write session (`data_access.commands.session`) deletes, in the
writing transaction, the rows a write can change: those judged on or after the write's
earliest day, in the write's provinces (and national scopes). The next reader rebuilds them.

A reader stores only if no such write committed while it was building: the write session
bumps `stored_figures_version` whenever it writes something dated before today, and the
reader compares it before and after (see `kept`).

Payload: a small JSON tree (dates, numbers, the dispatch's dataclasses) and each DataFrame as
Parquet, so a stored row is read back without running any code from the database (no pickle).
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import struct
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

import numpy as np
import pandas as pd
from sqlalchemy import Engine, delete, or_, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError

from data_access.db import province_of
from data_access.metrics import FindingFilters
from data_access.models import AppMeta, StoredFigures

STORED_VERSION_KEY = "stored_figures_version"
# Part of every key: a change to what a kind computes or how it is encoded makes old rows
# unreachable (they are replaced on the next write that touches them, or by `forget_all`).
PAYLOAD_FORMAT = 1

T = TypeVar("T")
_CLASSES: dict[str, type] = {}


def storable(cls: type[T]) -> type[T]:
    """Register a dataclass that may appear in a payload (read back by name, nothing else)."""
    _CLASSES[cls.__name__] = cls
    return cls


def scope_key(kind: str, filters: FindingFilters) -> str:
    """A stable hash of what the figures are computed over (the filters, without the day)."""
    fields = dataclasses.asdict(dataclasses.replace(filters, as_of=None))
    text_key = json.dumps([kind, PAYLOAD_FORMAT, fields], default=str, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text_key.encode()).hexdigest()


def scope_province(engine: Engine, filters: FindingFilters) -> str | None:
    """The one province the filters stay inside, else None (a national scope)."""
    provinces = {province_of(engine, code) for code in (filters.region_code, filters.scope_code) if code}
    return provinces.pop() if len(provinces) == 1 else None


def kept(
    engine: Engine,
    kind: str,
    filters: FindingFilters,
    as_of: date,
    build: Callable[[], T],
) -> T:
    """The stored figures of `kind` for `filters` at `as_of` (a past day), else `build()`,
    stored for the next reader."""
    key = scope_key(kind, filters)
    with engine.connect() as connection:
        payload = connection.execute(
            select(StoredFigures.payload).where(
                StoredFigures.kind == kind, StoredFigures.scope_key == key, StoredFigures.as_of == as_of
            )
        ).scalar_one_or_none()
        version = _version(connection)
    if payload is not None:
        return decode(payload)
    value = build()
    _store(engine, kind, key, as_of, scope_province(engine, filters), encode(value), version)
    return value


def _version(connection: Connection) -> str | None:
    return connection.execute(
        text("SELECT value FROM app_meta WHERE key = :key"), {"key": STORED_VERSION_KEY}
    ).scalar()


def _store(
    engine: Engine, kind: str, key: str, as_of: date, province: str | None, payload: bytes, read: str | None
) -> None:
    """Insert the row unless a back-dated write committed since the build began. The insert
    comes first: on SQLite it takes the write lock (so the check below sees every commit); on
    PostgreSQL the version row is read FOR UPDATE, so a writer bumping it waits for us (and
    then deletes our row if it touches it) or has committed and we see its bump."""
    try:
        with engine.connect() as connection:
            connection.execute(
                StoredFigures.__table__.insert().values(
                    kind=kind,
                    scope_key=key,
                    as_of=as_of,
                    province_code=province,
                    payload=payload,
                    built_at=datetime.now(),
                )
            )
            now = connection.execute(
                select(AppMeta.value).where(AppMeta.key == STORED_VERSION_KEY).with_for_update()
            ).scalar()
            if now == read:
                connection.commit()
            else:
                connection.rollback()
    except IntegrityError:
        pass  # another reader stored the same figures first
    except DBAPIError:
        pass  # a writer holds the database (SQLite busy): the figures are simply not kept


def forget(connection: Connection, since: date, provinces: Iterable[str] | None) -> int:
    """Delete the stored figures judged on or after `since` in `provinces` (and every
    national scope); every province when `provinces` is None. Returns the rows deleted."""
    statement = delete(StoredFigures).where(StoredFigures.as_of >= since)
    if provinces is not None:
        statement = statement.where(
            or_(StoredFigures.province_code.is_(None), StoredFigures.province_code.in_(sorted(provinces)))
        )
    return connection.execute(statement).rowcount or 0


def forget_all(connection: Connection) -> None:
    """Delete every stored figure (bulk loads that bypass the write session)."""
    connection.execute(delete(StoredFigures))


# --- payload --------------------------------------------------------------------------------


def encode(value: Any) -> bytes:
    frames: list[bytes] = []
    tree = _to_tree(value, frames)
    header = json.dumps({"tree": tree, "frames": [len(f) for f in frames]}, ensure_ascii=False).encode()
    return b"".join([struct.pack(">I", len(header)), header, *frames])


def decode(payload: bytes) -> Any:
    (length,) = struct.unpack(">I", payload[:4])
    header = json.loads(payload[4 : 4 + length])
    frames, offset = [], 4 + length
    for size in header["frames"]:
        frames.append(pd.read_parquet(io.BytesIO(payload[offset : offset + size]), engine="pyarrow"))
        offset += size
    return _from_tree(header["tree"], frames)


def _to_tree(value: Any, frames: list[bytes]) -> Any:
    if isinstance(value, pd.DataFrame):
        buffer = io.BytesIO()
        value.to_parquet(buffer, engine="pyarrow", compression=None)
        frames.append(buffer.getvalue())
        return {"$frame": len(frames) - 1}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if _CLASSES.get(name) is not type(value):
            raise TypeError(f"{name} is not registered with stored.storable")
        fields = {f.name: _to_tree(getattr(value, f.name), frames) for f in dataclasses.fields(value)}
        return {"$class": name, "fields": fields}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, dict):
        return {"$dict": [[_to_tree(k, frames), _to_tree(v, frames)] for k, v in value.items()]}
    if isinstance(value, list | tuple):
        return {"$list": [_to_tree(item, frames) for item in value], "tuple": isinstance(value, tuple)}
    if isinstance(value, np.generic):
        return value.item()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"cannot store a {type(value).__name__}")


def _from_tree(tree: Any, frames: list[pd.DataFrame]) -> Any:
    if not isinstance(tree, dict):
        return tree
    if "$frame" in tree:
        return frames[tree["$frame"]]
    if "$class" in tree:
        cls = _CLASSES[tree["$class"]]
        return cls(**{name: _from_tree(v, frames) for name, v in tree["fields"].items()})
    if "$datetime" in tree:
        return datetime.fromisoformat(tree["$datetime"])
    if "$date" in tree:
        return date.fromisoformat(tree["$date"])
    if "$dict" in tree:
        return {_from_tree(k, frames): _from_tree(v, frames) for k, v in tree["$dict"]}
    if "$list" in tree:
        items = [_from_tree(item, frames) for item in tree["$list"]]
        return tuple(items) if tree["tuple"] else items
    raise ValueError("unknown stored value")
