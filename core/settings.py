"""One settings object, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE_PATH = PROJECT_DIR / "data" / "dashboard.sqlite3"
SAMPLE_DATA_DIR = PROJECT_DIR / "sample_data"


@dataclass(frozen=True)
class Settings:
    database_url: str
    load_sample_on_empty: bool
    fixed_today: date | None  # DASHBOARD_TODAY pins "today" for demos and tests
    # DASHBOARD_REQUIRE_SIGN_IN=1 (production): every page needs sign-in. Otherwise the demo
    # opens read-only to anyone, and editing still needs sign-in.
    require_sign_in: bool = False

    def today(self) -> date:
        return self.fixed_today or date.today()


def get_settings() -> Settings:
    """Settings from the environment; defaults give the embedded demo."""
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{DEFAULT_SQLITE_PATH}"
    fixed = os.environ.get("DASHBOARD_TODAY")
    require_sign_in = _flag("DASHBOARD_REQUIRE_SIGN_IN", default=False)
    return Settings(
        database_url=url,
        # A production database (sign-in required) never fills itself with demonstration data.
        load_sample_on_empty=_flag("DASHBOARD_LOAD_SAMPLE", default=not require_sign_in),
        fixed_today=date.fromisoformat(fixed) if fixed else None,
        require_sign_in=require_sign_in,
    )


def _flag(name: str, *, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return value.strip().lower() not in ("0", "false", "no", "off")
