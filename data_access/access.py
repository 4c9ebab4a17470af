"""Who may see and change what: roles, permissions and the region a user's queries cover.

A `Viewer` is whoever runs a query: a signed-in user, the anonymous visitor of the demo, or
the command line. Its `region_code` is the scope: every query of `data_access` that takes a
viewer or a `FindingFilters` with `scope_code` returns only rows inside that region (a
province or city with everything below it, or one county). The pages hide what a role may
not use, but the refusal lives here, so no page, URL parameter or export can get around it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from core.vocabulary import ROLE_LABELS
from data_access.models import Finding, Region

if TYPE_CHECKING:
    from data_access.metrics import FindingFilters

VIEW = "view"
EXPORT = "export"  # downloads: Excel lists, the ledger, the bulletin
EDIT = "edit"  # monthly reports, the closure form, reopening
IMPORT = "import"  # the Excel ledger and plan documents
MANAGE_USERS = "manage_users"
# The sign-off chain (销号审核): which step each role records is core.state.STEP_ROLES.
REVIEW = "review"

PERMISSION_LABELS = {
    VIEW: "查看",
    EXPORT: "导出",
    EDIT: "填报和修改整改情况",
    IMPORT: "导入台账和方案",
    MANAGE_USERS: "管理用户",
    REVIEW: "办理销号审核",
}

VISITOR, SYSTEM = "visitor", "system"
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "leader": frozenset({VIEW, REVIEW}),
    "office": frozenset({VIEW, EXPORT, EDIT, IMPORT, MANAGE_USERS, REVIEW}),
    "county_editor": frozenset({VIEW, EXPORT, EDIT, REVIEW}),
    "analyst": frozenset({VIEW, EXPORT}),
    # The demo without sign-in: read-only, downloads included (docs/decisions.md).
    VISITOR: frozenset({VIEW, EXPORT}),
    # The command line: whoever can run it can open the database file anyway.
    SYSTEM: frozenset({VIEW, EXPORT, EDIT, IMPORT, MANAGE_USERS, REVIEW}),
}
ROLE_NAMES = {**ROLE_LABELS, VISITOR: "访客（未登录）", SYSTEM: "命令行"}


class AccessDenied(PermissionError):
    """A refused read or write; the message is Chinese and says why."""


@dataclass(frozen=True)
class Viewer:
    """Whoever runs a query. Hashable, so cached loaders can take it."""

    username: str
    display_name: str
    role: str
    region_code: str | None = None  # None: every region
    region_name: str | None = None
    user_id: int | None = None

    @property
    def signed_in(self) -> bool:
        return self.user_id is not None

    @property
    def role_label(self) -> str:
        return ROLE_NAMES[self.role]

    @property
    def scope_label(self) -> str:
        return self.region_name or "全部地区"

    @property
    def audit_name(self) -> str:
        """Who the audit trail names: the display name and the user name (64 characters at most)."""
        if not self.username or self.username == self.display_name:
            return self.display_name[:64]
        return f"{self.display_name}（{self.username}）"[:64]

    def can(self, permission: str) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


def visitor() -> Viewer:
    """The demo's anonymous visitor: reads everything, changes nothing."""
    return Viewer(username="", display_name="访客", role=VISITOR)


def command_line(actor: str | None = None) -> Viewer:
    """The command line (`manage.py`), named after `--actor` in the audit trail."""
    name = (actor or "").strip() or "命令行"
    return Viewer(username=name, display_name=name, role=SYSTEM)


def require(viewer: Viewer, permission: str) -> None:
    """Raise AccessDenied unless the viewer's role has the permission."""
    if not viewer.can(permission):
        if viewer.role == VISITOR:
            raise AccessDenied(f"请先登录：{PERMISSION_LABELS[permission]}需要登录后进行。")
        raise AccessDenied(f"您的角色（{viewer.role_label}）无权{PERMISSION_LABELS[permission]}。")


def scoped(filters: FindingFilters, viewer: Viewer) -> FindingFilters:
    """The filters limited to the viewer's region, whatever a URL or widget asked for.

    With no region chosen the viewer's own region is the selected one, so breakdowns group
    one level below it; a region chosen outside it gives empty results (both apply).
    """
    if not viewer.region_code:
        return replace(filters, scope_code=None)
    return replace(
        filters, scope_code=viewer.region_code, region_code=filters.region_code or viewer.region_code
    )


def region_level(code: str) -> str:
    """province / city / county from the shape of a six-digit division code."""
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


def within_region(
    region_code: str,
    *,
    province: ColumnElement,
    city: ColumnElement,
    county: ColumnElement,
) -> ColumnElement[bool]:
    """Rows whose region columns place them inside `region_code` (itself or below it)."""
    column = {"province": province, "city": city, "county": county}[region_level(region_code)]
    return column == region_code


def finding_within(region_code: str) -> ColumnElement[bool]:
    return within_region(
        region_code, province=Finding.province_code, city=Finding.city_code, county=Finding.county_code
    )


def region_within(region_code: str) -> ColumnElement[bool]:
    """Regions inside `region_code`, the region itself included."""
    level = region_level(region_code)
    if level == "county":
        return Region.code == region_code
    column = Region.province_code if level == "province" else Region.city_code
    return column == region_code


def finding_in_scope(session: Session, finding_id: int, scope_code: str | None) -> bool:
    """True when the finding exists and lies inside `scope_code` (anywhere, for None)."""
    query = select(Finding.id).where(Finding.id == finding_id)
    if scope_code:
        query = query.where(finding_within(scope_code))
    return session.scalar(query) is not None


def region_visible(session: Session, viewer: Viewer, region_code: str | None) -> bool:
    """True when the region lies inside the viewer's region (everything, for an unlimited viewer)."""
    if not viewer.region_code:
        return True
    if not region_code:
        return False
    return (
        session.scalar(
            select(Region.code).where(Region.code == region_code, region_within(viewer.region_code))
        )
        is not None
    )


def require_finding(session: Session, viewer: Viewer, finding_id: int, permission: str) -> None:
    """Raise AccessDenied unless the viewer may do `permission` on this finding."""
    require(viewer, permission)
    if not finding_in_scope(session, finding_id, viewer.region_code):
        raise AccessDenied(f"问题（编号 {finding_id}）不在您的管辖范围（{viewer.scope_label}）内，或不存在。")
