"""The sign-in cookie's session tokens (issue 17): creation, checks, expiry, revocation.

Run on SQLite, and on PostgreSQL with TEST_DATABASE_URL set (tests/conftest.py).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from data_access import users
from data_access.access import command_line
from data_access.models import SessionToken, User
from tests.users_helper import PASSWORD, make_user

BAOJING, JIANGXIAN = "433125", "140826"
# After the test users are created (their password_changed_at is the real time).
T0 = datetime.now().replace(microsecond=0) + timedelta(hours=1)


def stored(engine, token: str) -> SessionToken:
    with Session(engine) as session:
        return session.scalar(
            select(SessionToken).where(SessionToken.token_hash == hashlib.sha256(token.encode()).hexdigest())
        )


def test_a_token_is_random_and_stored_as_its_hash(engine, fixture_ids):
    user_id = make_user(engine, "zhang", "county_editor", BAOJING)
    first, second = users.issue_token(engine, user_id, now=T0), users.issue_token(engine, user_id, now=T0)
    assert first != second and len(first) >= 40 and "zhang" not in first
    row = stored(engine, first)
    assert row.user_id == user_id and row.created_at == row.last_used_at == T0
    assert row.expires_at == T0 + users.TOKEN_LIFETIME and row.revoked_at is None
    with Session(engine) as session:
        assert first not in set(session.scalars(select(SessionToken.token_hash)))
    found = users.viewer_for_token(engine, first, now=T0 + timedelta(minutes=1))
    assert found.viewer.username == "zhang" and found.viewer.region_code == BAOJING
    assert found.signed_in_at == T0


def test_unknown_and_malformed_tokens_sign_nobody_in(engine, fixture_ids):
    make_user(engine, "zhang", "office")
    for token in (None, "", "not-a-token", "x" * 10_000):
        assert users.viewer_for_token(engine, token) is None


def test_idle_and_absolute_expiry(engine, fixture_ids):
    user_id = make_user(engine, "zhang", "office")
    token = users.issue_token(engine, user_id, now=T0)
    assert users.viewer_for_token(engine, token, now=T0 + users.TOKEN_IDLE - timedelta(seconds=1))
    # that use counts: the idle time starts again from it
    used = T0 + users.TOKEN_IDLE - timedelta(seconds=1)
    assert stored(engine, token).last_used_at == used
    assert users.viewer_for_token(engine, token, now=used + users.TOKEN_IDLE - timedelta(seconds=1))
    # unused for the idle time: gone
    other = users.issue_token(engine, user_id, now=T0)
    assert users.viewer_for_token(engine, other, now=T0 + users.TOKEN_IDLE) is None
    # used every few hours, it still ends at the absolute expiry
    busy = users.issue_token(engine, user_id, now=T0)
    moment = T0
    while moment + timedelta(hours=4) < T0 + users.TOKEN_LIFETIME:
        moment += timedelta(hours=4)
        assert users.viewer_for_token(engine, busy, now=moment) is not None
    assert users.viewer_for_token(engine, busy, now=T0 + users.TOKEN_LIFETIME) is None


def test_last_use_is_written_at_most_every_few_minutes(engine, fixture_ids):
    user_id = make_user(engine, "zhang", "office")
    token = users.issue_token(engine, user_id, now=T0)
    users.viewer_for_token(engine, token, now=T0 + users.TOKEN_TOUCH - timedelta(seconds=1))
    assert stored(engine, token).last_used_at == T0
    users.viewer_for_token(engine, token, now=T0 + users.TOKEN_TOUCH)
    assert stored(engine, token).last_used_at == T0 + users.TOKEN_TOUCH


def test_sign_out_revokes_only_that_token(engine, fixture_ids):
    user_id = make_user(engine, "zhang", "office")
    here, elsewhere = users.issue_token(engine, user_id), users.issue_token(engine, user_id)
    users.revoke_token(engine, here)
    assert users.viewer_for_token(engine, here) is None
    assert stored(engine, here).revoked_at is not None
    assert users.viewer_for_token(engine, elsewhere) is not None


def test_a_password_reset_or_a_disabled_account_revokes_every_token(engine, fixture_ids):
    admin = command_line("测试")
    user_id = make_user(engine, "zhang", "office")
    token = users.issue_token(engine, user_id)
    users.reset_password(engine, admin=admin, username="zhang", password="river-audit-77")
    assert users.viewer_for_token(engine, token) is None
    assert stored(engine, token).revoked_at is not None
    # a token issued after the reset works; disabling the user ends it
    token = users.issue_token(engine, user_id)
    assert users.viewer_for_token(engine, token) is not None
    users.set_active(engine, admin=admin, username="zhang", active=False)
    assert stored(engine, token).revoked_at is not None
    users.set_active(engine, admin=admin, username="zhang", active=True)
    assert users.viewer_for_token(engine, token) is None  # enabling again does not revive it


def test_a_password_changed_after_the_token_ends_it_even_unrevoked(engine, fixture_ids):
    """The password_changed_at rule holds for tokens too (a change written by other means)."""
    user_id = make_user(engine, "zhang", "office")
    token = users.issue_token(engine, user_id, now=datetime.now() - timedelta(minutes=1))
    with Session(engine) as session, session.begin():
        session.execute(update(User).where(User.id == user_id).values(password_changed_at=datetime.now()))
    assert stored(engine, token).revoked_at is None
    assert users.viewer_for_token(engine, token) is None


def test_a_changed_own_password_revokes_the_other_browsers(engine, fixture_ids):
    user_id = make_user(engine, "zhang", "office")
    other_browser = users.issue_token(engine, user_id)
    viewer = users.viewer_for_token(engine, other_browser).viewer
    users.change_own_password(engine, viewer=viewer, old_password=PASSWORD, new_password="river-audit-77")
    assert users.viewer_for_token(engine, other_browser) is None
    assert users.viewer_for_token(engine, users.issue_token(engine, user_id)) is not None


def test_a_token_grants_the_role_and_region_stored_now(engine, fixture_ids):
    user_id = make_user(engine, "zhang", "county_editor", BAOJING)
    token = users.issue_token(engine, user_id)
    with Session(engine) as session, session.begin():
        session.execute(update(User).where(User.id == user_id).values(region_code=JIANGXIAN, role="analyst"))
    viewer = users.viewer_for_token(engine, token).viewer
    assert (viewer.role, viewer.region_code, viewer.region_name) == ("analyst", JIANGXIAN, "绛县")


def test_old_ended_tokens_are_deleted_when_new_ones_are_issued(engine, fixture_ids):
    user_id = make_user(engine, "zhang", "office")
    old = users.issue_token(engine, user_id, now=T0)
    later = T0 + users.TOKEN_LIFETIME + users.TOKEN_KEEP + timedelta(days=1)
    users.issue_token(engine, user_id, now=later)
    assert stored(engine, old) is None
