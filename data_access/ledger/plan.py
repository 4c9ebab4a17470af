"""What an import would do (or did): the plan shown to the user, and the planned rows.

`ImportPlan` holds the counts per sheet, the changed fields (for the preview table), the
problems and warnings, and a fingerprint of the changes so the confirmed preview can be
checked against the plan worked out again inside the writing transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from core.settings import mask_secret
from core.vocabulary import CHANNEL_LABELS
from intake.ledger_sheets import Column, Problem, SheetSpec, format_deadlines, format_person, format_refs


@dataclass(frozen=True)
class FieldChange:
    field: str  # Chinese column header
    before: str
    after: str


@dataclass(frozen=True)
class RowChange:
    sheet: str
    row: int
    item: str  # what the row is, e.g. “baojing-cei2 问题3”
    action: str  # add | change
    fields: tuple[FieldChange, ...]


@dataclass
class SheetCounts:
    sheet: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0


@dataclass
class ImportPlan:
    """What an import would do (or did): counts per sheet, changes, problems."""

    filename: str
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    counts: list[SheetCounts] = field(default_factory=list)
    changes: list[RowChange] = field(default_factory=list)
    fingerprint: str = ""
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def added(self) -> int:
        return sum(c.added for c in self.counts)

    @property
    def changed(self) -> int:
        return sum(c.changed for c in self.counts)

    @property
    def unchanged(self) -> int:
        return sum(c.unchanged for c in self.counts)

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.changed)

    def summary_frame(self) -> pd.DataFrame:
        """One row per sheet: 工作表, 新增, 修改, 不变."""
        return pd.DataFrame(
            [(c.sheet, c.added, c.changed, c.unchanged) for c in self.counts],
            columns=["工作表", "新增", "修改", "不变"],
        )

    def changes_frame(self) -> pd.DataFrame:
        """One row per changed field (a new row shows its filled fields)."""
        rows = [
            (c.sheet, c.row, c.item, "新增" if c.action == "add" else "修改", f.field, f.before, f.after)
            for c in self.changes
            for f in c.fields
        ]
        return pd.DataFrame(rows, columns=["工作表", "行", "对象", "操作", "字段", "原值", "新值"])

    def problems_frame(self) -> pd.DataFrame:
        return _problem_frame(self.problems)

    def warnings_frame(self) -> pd.DataFrame:
        return _problem_frame(self.warnings)

    def summary_text(self) -> str:
        parts = [f"{c.sheet}新增{c.added}、修改{c.changed}" for c in self.counts if c.added or c.changed]
        return "；".join(parts) or "无变化"


def _problem_frame(problems: list[Problem]) -> pd.DataFrame:
    return pd.DataFrame(
        [(p.file, p.sheet or "", p.row or "", p.column or "", p.message) for p in problems],
        columns=["文件", "工作表", "行", "列", "问题"],
    )


# --- planned rows -----------------------------------------------------------------------


@dataclass
class RowPlan:
    spec: SheetSpec
    row: int
    key: tuple
    action: str  # add | change | same
    desired: dict[str, Any]  # field → value for the fields the row sets
    current: dict[str, Any] | None  # the same fields as stored (None for a new row)
    entity: Any = None
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def changed_fields(self) -> list[str]:
        if self.current is None:
            return list(self.desired)
        return [k for k, value in self.desired.items() if self.current.get(k) != value]


def row_change(sheet: str, row: RowPlan) -> RowChange:
    fields = []
    for key in row.changed_fields:
        column = row.spec.column(key)
        before = "" if row.current is None else _shown(row.current.get(key), column)
        fields.append(FieldChange(column.header, before, _shown(row.desired[key], column)))
    return RowChange(sheet, row.row, item_label(row), row.action, tuple(fields))


def item_label(row: RowPlan) -> str:
    key = row.key
    if row.spec.key == "findings":
        return f"{key[0]} 问题{key[1]}"
    if row.spec.key == "measures":
        return f"{key[0]} 问题{key[1]} " + (f"{key[2]} " if key[2] else "") + f"措施{key[3]}"
    if row.spec.key == "reports":
        return f"{key[0]} 问题{key[1]} {key[2].year}年{key[2].month}月"
    if row.spec.key == "indicator_values":
        day, kind = key[2]
        return f"{key[0]} {key[1]} {day.year}" + ("" if kind == "year" else f"年{day.month}月")
    if row.spec.key == "contacts":
        channel, address = row.context["channel"], row.context["address"]
        shown = address if channel == "email" else mask_secret(address)  # never a webhook's key
        return f"{row.context['label']} {CHANNEL_LABELS[channel]} {shown}"
    return " ".join(str(k) for k in key)


def fingerprint(rows: list[RowPlan]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        if row.action == "same":
            continue
        digest.update(repr((row.spec.key, row.key, row.action, sorted(row.changed_fields))).encode())
        digest.update(repr([(k, row.current and row.current.get(k)) for k in row.changed_fields]).encode())
        digest.update(repr([(k, row.desired[k]) for k in row.changed_fields]).encode())
    return digest.hexdigest()


def _shown(value: Any, column: Column) -> str:
    """A value as the preview shows it."""
    if value is None or value == ():
        return "（空）"
    kind = column.kind
    if kind == "choice":
        return dict(column.choices).get(value, str(value))
    if kind == "bool":
        return "是" if value else "否"
    if kind == "deadlines":
        shown = format_deadlines(value)
        return shown.isoformat() if isinstance(shown, date) else shown
    if kind == "list":
        return "、".join(name if isinstance(name, str) else name[1] for name in value)
    if kind == "people":
        return "、".join(format_person(name, title) for name, title in value)
    if kind == "refs":
        return format_refs(value)
    if kind == "period":
        day, period_kind = value
        return str(day.year) if period_kind == "year" else f"{day.year}年{day.month}月"
    if kind == "month":
        return f"{value.year}年{value.month}月"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"
