"""Users: sign-in with rate limiting, and the administration behind `manage.py users`.

Passwords are hashed with argon2id (argon2-cffi, RFC 9106 low-memory profile). A failed
sign-in is counted against the user name typed, whether or not such a user exists, and the
messages are the same in both cases, so neither the text nor the lock-out tells an
attacker which user names are real.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import pandas as pd
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, case, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from zxcvbn import zxcvbn

from core.settings import get_settings
from core.vocabulary import ROLE_LABELS, ROLES
from data_access.access import (
    MANAGE_USERS,
    AccessDenied,
    Viewer,
    command_line,
    region_visible,
    region_within,
    require,
)
from data_access.commands.audit import record_change
from data_access.models import Region, SessionToken, SignInThrottle, User

logger = logging.getLogger(__name__)
HASHER = PasswordHasher()
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
# zxcvbn's score (0–4): 2 refuses the common and leaked passwords and simple patterns
# (12345678, password, qwertyui, name+year) while accepting a few words and digits.
MIN_PASSWORD_SCORE = 2
MAX_FAILURES = 5  # failed sign-ins within FAILURE_WINDOW before the name is locked
FAILURE_WINDOW = timedelta(minutes=15)
LOCK_TIME = timedelta(minutes=15)
WRONG_CREDENTIALS = "用户名或密码不正确。"
# Verified when the user does not exist, so that answer takes as long as a wrong password.
_DUMMY_HASH = HASHER.hash("not a password of anyone")


class UserError(ValueError):
    """A user administration request that cannot be carried out (Chinese message)."""


@dataclass(frozen=True)
class SignInResult:
    viewer: Viewer | None
    message: str | None = None  # why not, in Chinese


def normalize_username(username: str) -> str:
    return (username or "").strip().lower()


def viewer_for(session: Session, user: User) -> Viewer:
    region_name = (
        session.scalar(select(Region.name).where(Region.code == user.region_code))
        if user.region_code
        else None
    )
    return Viewer(
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        region_code=user.region_code,
        region_name=region_name,
        user_id=user.id,
    )


def active_viewer(engine: Engine, user_id: int, *, signed_in_at: datetime | None = None) -> Viewer | None:
    """The signed-in user as stored now, read on every page run: None once disabled, or when
    the password was reset after `signed_in_at` (that session's sign-in ends at its next click)."""
    with Session(engine) as session:
        user = session.get(User, user_id)
        if user is None or not user.is_active:
            return None
        if signed_in_at and user.password_changed_at and user.password_changed_at > signed_in_at:
            return None
        return viewer_for(session, user)


def viewer_by_email(engine: Engine, email: str) -> Viewer | None:
    """The active user registered with this e-mail (single sign-on), or None."""
    with Session(engine) as session:
        user = session.scalar(select(User).where(User.email == (email or "").strip().lower()))
        if user is None or not user.is_active:
            return None
        user.last_sign_in_at = datetime.now().replace(microsecond=0)
        session.commit()
        return viewer_for(session, user)


def sign_in(engine: Engine, *, username: str, password: str, now: datetime | None = None) -> SignInResult:
    """Check a user name and password; count attempts and lock the name after too many.

    The attempt is counted before the password is checked, in one atomic statement (an
    upsert that adds one and returns the new count), so parallel guesses are counted one by
    one: at most MAX_FAILURES passwords are ever checked per window, however many arrive at
    once. A right password clears the count.
    """
    now = now or datetime.now().replace(microsecond=0)
    name = normalize_username(username)[:64]
    if not name or not password:
        return SignInResult(None, "请输入用户名和密码。")
    locked_until = _count_attempt(engine, name, now)
    if locked_until is not None:
        minutes = max(1, round((locked_until - now).total_seconds() / 60))
        return SignInResult(None, f"登录失败次数过多，请 {minutes} 分钟后再试。")
    with Session(engine) as session, session.begin():
        user = session.scalar(select(User).where(User.username == name))
        stored = user.password_hash if user is not None and user.is_active else None
        if not (_verify(stored or _DUMMY_HASH, password) and stored):
            return SignInResult(None, WRONG_CREDENTIALS)
        if HASHER.check_needs_rehash(stored):
            user.password_hash = HASHER.hash(password)
        user.last_sign_in_at = now
        session.execute(delete(SignInThrottle).where(SignInThrottle.username == name))
        return SignInResult(viewer_for(session, user))


def _count_attempt(engine: Engine, name: str, now: datetime) -> datetime | None:
    """Count one attempt on `name`; the end of its lock when it may not try now, else None."""
    table = SignInThrottle.__table__
    insert = postgresql_insert if engine.dialect.name == "postgresql" else sqlite_insert
    window_over = table.c.first_failure_at < now - FAILURE_WINDOW
    locked = table.c.locked_until > now
    statement = (
        insert(table)
        .values(username=name, failures=1, first_failure_at=now, locked_until=None)
        .on_conflict_do_update(
            index_elements=[table.c.username],
            set_={
                # An attempt while locked is not counted; an old count starts again.
                "failures": case((locked, table.c.failures), (window_over, 1), else_=table.c.failures + 1),
                "first_failure_at": case(
                    (locked, table.c.first_failure_at), (window_over, now), else_=table.c.first_failure_at
                ),
            },
        )
        .returning(table.c.failures, table.c.locked_until)
    )
    with engine.begin() as connection:
        failures, locked_until = connection.execute(statement).one()
        if locked_until is not None and locked_until > now:
            return locked_until
        if failures >= MAX_FAILURES:
            # The MAX_FAILURES-th attempt is still checked (a right password clears the lock);
            # any later one in the window is refused unchecked.
            connection.execute(
                update(table).where(table.c.username == name).values(locked_until=now + LOCK_TIME)
            )
            if failures > MAX_FAILURES:
                return now + LOCK_TIME
    return None


def _verify(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


# --- session tokens: the sign-in cookie ----------------------------------------------------
# The browser keeps a random token in a cookie so that a reload or a new tab stays signed in
# (docs/decisions.md, "The sign-in cookie"). The token is 256 random bits and only its SHA-256
# is stored: guessing one is hopeless and a copy of the table cannot be replayed, so no
# signing key is needed (nothing to configure, rotate or leak). Every use re-reads the user,
# so the role and region are always the ones in the database now.
TOKEN_IDLE = timedelta(hours=8)  # unused for this long: signed out
TOKEN_LIFETIME = timedelta(days=7)  # signed out this long after sign-in, however busy
TOKEN_TOUCH = timedelta(minutes=5)  # last use is written at most this often (a write per click is waste)
TOKEN_KEEP = timedelta(days=30)  # ended tokens are deleted this long after their expiry
MAX_TOKEN_LENGTH = 128  # a cookie longer than this is not ours: not even hashed


@dataclass(frozen=True)
class TokenSignIn:
    viewer: Viewer
    signed_in_at: datetime  # when the token was issued: a password change after it ends it


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(engine: Engine, user_id: int, *, now: datetime | None = None) -> str:
    """A new session token for the user (after a sign-in); the caller puts it in the cookie."""
    now = now or datetime.now()
    token = secrets.token_urlsafe(32)
    with Session(engine) as session, session.begin():
        session.execute(delete(SessionToken).where(SessionToken.expires_at < now - TOKEN_KEEP))
        session.add(
            SessionToken(
                token_hash=token_hash(token),
                user_id=user_id,
                created_at=now,
                expires_at=now + TOKEN_LIFETIME,
                last_used_at=now,
            )
        )
    return token


def viewer_for_token(engine: Engine, token: str | None, *, now: datetime | None = None) -> TokenSignIn | None:
    """The user a session token signs in, as stored now, or None: unknown, revoked, idle too
    long, past its absolute expiry, the user disabled, or the password changed after it."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    now = now or datetime.now()
    with Session(engine) as session:
        row = session.scalar(select(SessionToken).where(SessionToken.token_hash == token_hash(token)))
        if (
            row is None
            or row.revoked_at is not None
            or now >= row.expires_at
            or now - row.last_used_at >= TOKEN_IDLE
        ):
            return None
        user = session.get(User, row.user_id)
        if user is None or not user.is_active:
            return None
        if user.password_changed_at and user.password_changed_at > row.created_at:
            return None
        if now - row.last_used_at >= TOKEN_TOUCH:
            row.last_used_at = now
            session.commit()
        return TokenSignIn(viewer_for(session, user), row.created_at)


def revoke_token(engine: Engine, token: str | None, *, now: datetime | None = None) -> None:
    """Sign-out: the token no longer signs anyone in, wherever its cookie still is."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return
    with engine.begin() as connection:
        connection.execute(
            update(SessionToken)
            .where(SessionToken.token_hash == token_hash(token), SessionToken.revoked_at.is_(None))
            .values(revoked_at=now or datetime.now())
        )


def _revoke_user_tokens(session: Session, user_id: int) -> None:
    """Every browser the user is signed in to (a password reset, a disabled account)."""
    session.execute(
        update(SessionToken)
        .where(SessionToken.user_id == user_id, SessionToken.revoked_at.is_(None))
        .values(revoked_at=datetime.now())
    )


# --- administration (manage.py users, the 用户管理 page) -----------------------------------


def check_password(password: str, *, names: tuple[str, ...] = ()) -> None:
    """Refuse a weak new password: too short, common or leaked (zxcvbn's lists and patterns),
    the published demo password, or one built on the user's own name."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise UserError(f"密码至少 {MIN_PASSWORD_LENGTH} 位。")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise UserError(f"密码不超过 {MAX_PASSWORD_LENGTH} 位。")
    if password.strip() != password:
        raise UserError("密码首尾不能有空格。")
    if password == DEMO_PASSWORD:
        raise UserError("不能使用演示账号的公开密码。")
    lowered = password.lower()
    own = [n.strip().lower() for n in names if n and len(n.strip()) >= 3]
    if any(name in lowered for name in own):
        raise UserError("密码不能包含用户名或姓名。")
    if zxcvbn(password, user_inputs=own)["score"] < MIN_PASSWORD_SCORE:
        raise UserError("密码过于简单或属于常见（已泄露）密码，请换一个更长、不易猜到的密码。")


def _require_admin_over(session: Session, admin: Viewer, region_code: str | None) -> None:
    """An office manages users of its own region only, and never someone above it."""
    require(admin, MANAGE_USERS)
    if admin.region_code and (not region_code or not region_visible(session, admin, region_code)):
        raise AccessDenied(f"只能管理本地区（{admin.scope_label}）的用户。")


def add_user(
    engine: Engine,
    *,
    admin: Viewer,
    username: str,
    display_name: str,
    role: str,
    region_code: str | None,
    password: str | None,
    email: str | None = None,
    _hashed: str | None = None,
) -> int:
    """Create a user; return its id. A password or an e-mail for single sign-on is needed."""
    name = normalize_username(username)
    if not name or len(name) > 64 or any(ch.isspace() for ch in name):
        raise UserError("用户名不能为空、不能含空格，且不超过 64 个字符。")
    if role not in ROLES:
        raise UserError(
            f"角色“{role}”无效，可选：{'、'.join(f'{k}（{v}）' for k, v in ROLE_LABELS.items())}。"
        )
    if role == "county_editor" and not region_code:
        raise UserError("县级填报员必须指定所属县（市、区）。")
    if password is None and not email:
        raise UserError("请设置密码，或填写用于统一身份认证登录的邮箱。")
    if password is not None and _hashed is None:  # the demo users' published password is known
        check_password(password, names=(name, display_name or ""))
    with Session(engine) as session, session.begin():
        _require_admin_over(session, admin, region_code)
        if region_code and session.get(Region, region_code) is None:
            raise UserError(f"地区代码“{region_code}”不存在。")
        if session.scalar(select(User.id).where(User.username == name)) is not None:
            raise UserError(f"用户名“{name}”已被使用。")
        mail = (email or "").strip().lower() or None
        if mail and session.scalar(select(User.id).where(User.email == mail)) is not None:
            raise UserError(f"邮箱“{mail}”已登记给其他用户。")
        now = datetime.now().replace(microsecond=0)
        user = User(
            username=name,
            display_name=(display_name or name).strip()[:64],
            role=role,
            region_code=region_code or None,
            password_hash=(_hashed or HASHER.hash(password)) if password is not None else None,
            email=mail,
            is_active=True,
            created_at=now,
            password_changed_at=now if password is not None else None,
        )
        session.add(user)
        session.flush()
        _audit(
            session,
            admin.audit_name,
            "create",
            user,
            f"新建用户 {name}（{ROLE_LABELS[role]}）",
            after={"username": name, "role": role, "region_code": region_code, "email": mail},
        )
        return user.id


def _audit(session: Session, actor: str, action: str, user: User, summary: str, **changes) -> None:
    record_change(
        session, actor=actor, action=action, entity="users", entity_id=user.id, summary=summary, **changes
    )


def _managed_user(session: Session, admin: Viewer, username: str) -> User:
    user = session.scalar(select(User).where(User.username == normalize_username(username)))
    if user is None:
        raise UserError(f"没有用户“{username}”。")
    _require_admin_over(session, admin, user.region_code)
    return user


def set_active(engine: Engine, *, admin: Viewer, username: str, active: bool) -> None:
    """Disable (or enable again) a user; a disabled user's open sessions end at their next click."""
    with Session(engine) as session, session.begin():
        user = _managed_user(session, admin, username)
        if admin.user_id is not None and user.id == admin.user_id and not active:
            raise UserError("不能停用自己的账号。")
        if user.is_active == active:
            return
        user.is_active = active
        if not active:
            _revoke_user_tokens(session, user.id)
        _audit(
            session,
            admin.audit_name,
            "update",
            user,
            f"{'启用' if active else '停用'}用户 {user.username}",
            before={"is_active": not active},
            after={"is_active": active},
        )


def reset_password(engine: Engine, *, admin: Viewer, username: str, password: str) -> None:
    """Set a new password (an administrator's reset) and lift a sign-in lock on the name."""
    with Session(engine) as session, session.begin():
        user = _managed_user(session, admin, username)
        check_password(password, names=(user.username, user.display_name))
        user.password_hash = HASHER.hash(password)
        user.password_changed_at = datetime.now()  # to the microsecond: sessions compare with it
        _revoke_user_tokens(session, user.id)
        throttle = session.get(SignInThrottle, user.username)
        if throttle:
            session.delete(throttle)
        _audit(session, admin.audit_name, "update", user, f"重置用户 {user.username} 的密码")


def change_own_password(engine: Engine, *, viewer: Viewer, old_password: str, new_password: str) -> datetime:
    """A signed-in user changes their own password (the old one is checked). Returns the
    change's time: the session that made it stays signed in from then on, other ones end."""
    with Session(engine) as session, session.begin():
        user = session.get(User, viewer.user_id) if viewer.user_id else None
        if user is None or not user.password_hash or not _verify(user.password_hash, old_password):
            raise UserError("原密码不正确。")
        check_password(new_password, names=(user.username, user.display_name))
        user.password_hash = HASHER.hash(new_password)
        user.password_changed_at = datetime.now()  # to the microsecond: sessions compare with it
        _revoke_user_tokens(session, user.id)  # the session that changed it is given a new one
        _audit(session, viewer.audit_name, "update", user, "修改本人密码")
        return user.password_changed_at


def list_users(engine: Engine, *, admin: Viewer) -> pd.DataFrame:
    """The users an administrator manages (their region and below), by region and name."""
    require(admin, MANAGE_USERS)
    query = (
        select(
            User.username,
            User.display_name,
            User.role,
            User.region_code,
            func.coalesce(Region.name, "全部地区").label("region_name"),
            User.email,
            User.is_active,
            User.last_sign_in_at,
        )
        .outerjoin(Region, Region.code == User.region_code)
        .order_by(User.region_code.is_not(None), User.region_code, User.username)
    )
    if admin.region_code:
        query = query.where(region_within(admin.region_code))
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return pd.DataFrame(
        rows,
        columns=[
            "username",
            "display_name",
            "role",
            "region_code",
            "region_name",
            "email",
            "is_active",
            "last_sign_in_at",
        ],
    )


# Demo users (README, "Demo users"): one per role, created with the sample data unless
# sign-in is mandatory (a production database must not hold known passwords).
DEMO_PASSWORD = "demo-2026"
DEMO_USERS = (
    ("office", "整改办（演示）", "office", None),
    ("leader", "市领导（演示）", "leader", None),
    ("analyst", "分析人员（演示）", "analyst", None),
    ("xiangtan", "湘潭市整改办（演示）", "office", "430300"),
    ("baojing", "保靖县填报员（演示）", "county_editor", "433125"),
    ("jiangxian", "绛县填报员（演示）", "county_editor", "140826"),
    # The sign-off chain's other levels (销号审核): the county leader, the city office and the
    # city lead unit of 保靖县's findings.
    ("baojing_leader", "保靖县领导（演示）", "leader", "433125"),
    ("xiangxi", "湘西州整改办（演示）", "office", "433100"),
    ("xiangxi_leader", "湘西州牵头单位（演示）", "leader", "433100"),
)


def create_demo_users(engine: Engine, *, admin: Viewer) -> int:
    """Add the demo users that are missing (their regions must exist); return how many."""
    added = 0
    hashed = HASHER.hash(DEMO_PASSWORD)  # once: argon2 costs about half a second a hash
    with Session(engine) as session:
        existing = set(session.scalars(select(User.username)))
        regions = set(session.scalars(select(Region.code)))
    for username, display_name, role, region in DEMO_USERS:
        if username in existing or (region and region not in regions):
            continue
        add_user(
            engine,
            admin=admin,
            username=username,
            display_name=display_name,
            role=role,
            region_code=region,
            password=DEMO_PASSWORD,
            _hashed=hashed,
        )
        added += 1
    return added


def add_demo_users(engine: Engine) -> int:
    """After loading the sample data: the demo users, unless sign-in is mandatory (production)."""
    if get_settings().require_sign_in:
        return 0
    return create_demo_users(engine, admin=command_line("系统"))


def disable_demo_users(engine: Engine) -> list[str]:
    """With sign-in required (production), the demo users still holding the published demo
    password are disabled: a database first started as the demo must not keep an all-regions
    office account that anyone who read the README can sign in to. Returns their names."""
    disabled = []
    names = [username for username, *_ in DEMO_USERS]
    with Session(engine) as session, session.begin():
        for user in session.scalars(select(User).where(User.username.in_(names), User.is_active)):
            if user.password_hash and _verify(user.password_hash, DEMO_PASSWORD):
                user.is_active = False
                _audit(
                    session,
                    "系统",
                    "update",
                    user,
                    f"停用演示用户 {user.username}（已要求登录，演示密码公开）",
                    before={"is_active": True},
                    after={"is_active": False},
                )
                disabled.append(user.username)
    if disabled:
        logger.warning(
            "Sign-in is required: demo users %s still had the published demo password and were disabled.",
            ", ".join(disabled),
        )
    return disabled
