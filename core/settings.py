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
    # Outgoing mail (reminders, bulletins): DASHBOARD_SMTP_URL=smtp://user:pass@host:port.
    smtp_url: str | None = None
    smtp_from: str = "dashboard@localhost"
    smtp_tls: str = "starttls"  # starttls | ssl | none
    # Where the links in messages point (the drill-down /finding?finding=<id>).
    public_url: str = "http://localhost:8501"
    # Evidence files (佐证材料): "local" (a folder) or "s3" (an S3-compatible object store).
    evidence_store: str = "local"
    evidence_dir: Path | None = None  # None: an `evidence` folder beside the SQLite file
    evidence_s3_bucket: str | None = None
    evidence_s3_prefix: str = "evidence/"
    evidence_s3_endpoint: str | None = None  # MinIO, Ceph, a cloud's S3-compatible service
    evidence_s3_region: str | None = None
    evidence_max_file_mb: float = 20.0
    evidence_max_finding_mb: float = 200.0

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
        smtp_url=os.environ.get("DASHBOARD_SMTP_URL") or None,
        smtp_from=os.environ.get("DASHBOARD_SMTP_FROM") or "dashboard@localhost",
        # Checked when a mail is sent (notify/transport.py): a typo here must not stop the pages.
        smtp_tls=(os.environ.get("DASHBOARD_SMTP_TLS") or "starttls").strip().lower(),
        public_url=(os.environ.get("DASHBOARD_PUBLIC_URL") or "http://localhost:8501").rstrip("/"),
        evidence_store=(os.environ.get("DASHBOARD_EVIDENCE_STORE") or "local").strip().lower(),
        evidence_dir=Path(os.environ["DASHBOARD_EVIDENCE_DIR"])
        if os.environ.get("DASHBOARD_EVIDENCE_DIR")
        else None,
        evidence_s3_bucket=os.environ.get("DASHBOARD_EVIDENCE_S3_BUCKET") or None,
        evidence_s3_prefix=os.environ.get("DASHBOARD_EVIDENCE_S3_PREFIX", "evidence/"),
        evidence_s3_endpoint=os.environ.get("DASHBOARD_EVIDENCE_S3_ENDPOINT") or None,
        evidence_s3_region=os.environ.get("DASHBOARD_EVIDENCE_S3_REGION") or None,
        evidence_max_file_mb=_number("DASHBOARD_EVIDENCE_MAX_FILE_MB", 20.0),
        evidence_max_finding_mb=_number("DASHBOARD_EVIDENCE_MAX_FINDING_MB", 200.0),
    )


def evidence_folder(settings: Settings) -> Path:
    """Where the local store keeps evidence files: the setting, or beside the SQLite file (so a
    test's temporary database gets its own folder), or data/evidence for a server database."""
    if settings.evidence_dir is not None:
        return settings.evidence_dir
    prefix = "sqlite:///"
    if settings.database_url.startswith(prefix) and ":memory:" not in settings.database_url:
        return Path(settings.database_url[len(prefix) :].split("?", 1)[0]).parent / "evidence"
    return PROJECT_DIR / "data" / "evidence"


SMTP_TLS_MODES = ("starttls", "ssl", "none")


def mask_secret(text: str | None) -> str:
    """A URL or address with its password or key hidden, for logs and pages.

    smtp://user:pass@host → smtp://user:***@host; a webhook's query values and the last part of
    its path (the robot's key) → ***.
    """
    if not text:
        return ""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(text)
    if not parts.scheme or not parts.netloc:
        return text
    netloc = parts.netloc
    if "@" in netloc:
        credentials, host = netloc.rsplit("@", 1)
        user = credentials.split(":", 1)[0]
        netloc = f"{user}:***@{host}" if ":" in credentials else f"{user}@{host}"
    query = "&".join(f"{item.split('=', 1)[0]}=***" for item in parts.query.split("&") if item)
    path = parts.path
    segments = path.rstrip("/").split("/")
    if len(segments) > 2 and len(segments[-1]) >= 16:  # a key in the path (飞书 hook/<key>)
        path = "/".join([*segments[:-1], "***"])
    return urlunsplit((parts.scheme, netloc, path, query, ""))


def _number(name: str, default: float) -> float:
    value = (os.environ.get(name) or "").strip()
    try:
        return float(value) if value else default
    except ValueError:
        return default  # a typo must not stop the pages; the default limit holds


def _flag(name: str, *, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return value.strip().lower() not in ("0", "false", "no", "off")
