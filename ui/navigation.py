"""The menu: which pages a viewer's session has (pure, so each role's menu is tested)."""

from __future__ import annotations

from dataclasses import dataclass

from data_access.access import EDIT, IMPORT, MANAGE_USERS, REVIEW, VIEW, Viewer


@dataclass(frozen=True)
class PageSpec:
    file: str  # in pages/; its stem equals url_path (docs/decisions.md)
    title: str
    icon: str
    url_path: str
    permission: str = VIEW
    default: bool = False


PAGES = (
    PageSpec("overview.py", "总览", ":material/dashboard:", "overview", default=True),
    PageSpec("overdue.py", "逾期督办", ":material/alarm:", "overdue"),
    PageSpec("finding.py", "问题详情", ":material/search:", "finding"),
    PageSpec("map.py", "地图", ":material/map:", "map"),
    PageSpec("dispatch.py", "月度调度", ":material/event_note:", "dispatch"),
    PageSpec("indicators.py", "指标", ":material/monitoring:", "indicators"),
    PageSpec("plan-import.py", "方案导入", ":material/upload_file:", "plan-import", IMPORT),
    PageSpec("report.py", "月度报送", ":material/edit_note:", "report", EDIT),
    PageSpec("sign-off.py", "销号审核", ":material/approval:", "sign-off", REVIEW),
    PageSpec("ledger.py", "台账导入导出", ":material/table_view:", "ledger"),  # export; import inside
    PageSpec("notify.py", "通知推送", ":material/notifications:", "notify", MANAGE_USERS),
)
ACCOUNT = PageSpec("account.py", "账号", ":material/person:", "account")
SIGN_IN = PageSpec("sign-in.py", "登录", ":material/login:", "sign-in")


def pages_for(viewer: Viewer) -> list[PageSpec]:
    """A signed-in role gets only the pages it can use (their URLs then open the default page);
    a visitor also gets the edit pages, which ask to sign in, so the demo shows where editing is."""
    listed = [p for p in PAGES if viewer.can(p.permission) or not viewer.signed_in]
    return [*listed, ACCOUNT if viewer.signed_in else SIGN_IN]


def hidden_pages_for(viewer: Viewer) -> tuple[list[PageSpec], list[PageSpec]]:
    """The documented pages left out of this viewer's menu, whose URLs must still open
    something in Chinese instead of Streamlit's English "Page not found":
    - (first) 账号 for a visitor, 登录 once signed in: the page itself, which asks to sign in
      or says who is signed in;
    - (second) a role's edit pages: not the page (the session has no such page), a notice."""
    listed = {spec.url_path for spec in pages_for(viewer)}
    own = [spec for spec in (ACCOUNT, SIGN_IN) if spec.url_path not in listed]
    refused = [spec for spec in PAGES if spec.url_path not in listed]
    return own, refused
