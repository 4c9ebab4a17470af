"""The sign-in gaps a security review found (issue 17): parallel guesses, demo users in
production, sessions after a password reset, weak passwords."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data_access import users
from data_access.access import command_line
from data_access.models import Finding, SignInThrottle, User
from tests.users_helper import PASSWORD, make_user

PROJECT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_parallel_wrong_passwords_are_counted_one_by_one(engine, fixture_ids, monkeypatch):
    make_user(engine, "zhang", "office")
    checked = []
    real_verify = users._verify

    def counting_verify(stored, password):
        checked.append(password)
        return real_verify(stored, password)

    monkeypatch.setattr(users, "_verify", counting_verify)
    now = datetime(2026, 11, 23, 9, 0)
    start = threading.Barrier(12)
    answers: list[str | None] = []

    def guess(number: int) -> None:
        start.wait()
        answers.append(users.sign_in(engine, username="zhang", password=f"guess-{number}", now=now).message)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Twelve guesses at once: five were checked, seven refused unchecked.
    assert sorted(answers).count(users.WRONG_CREDENTIALS) == users.MAX_FAILURES
    assert sorted(answers).count("登录失败次数过多，请 15 分钟后再试。") == 12 - users.MAX_FAILURES
    assert len(checked) == users.MAX_FAILURES
    # The right password is refused too while the name is locked.
    assert users.sign_in(engine, username="zhang", password=PASSWORD, now=now).viewer is None
    with Session(engine) as session:
        assert session.get(SignInThrottle, "zhang").failures == users.MAX_FAILURES


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("12345678", "密码过于简单或属于常见（已泄露）密码，请换一个更长、不易猜到的密码。"),
        ("password", "密码过于简单或属于常见（已泄露）密码，请换一个更长、不易猜到的密码。"),
        ("qwertyui", "密码过于简单或属于常见（已泄露）密码，请换一个更长、不易猜到的密码。"),
        ("demo-2026", "不能使用演示账号的公开密码。"),
        ("Zhang-2026!", "密码不能包含用户名或姓名。"),
        ("short", "密码至少 8 位。"),
    ],
)
def test_weak_new_passwords_are_refused(engine, fixture_ids, password, message):
    make_user(engine, "zhang", "office")
    with pytest.raises(users.UserError) as refused:
        users.reset_password(engine, admin=command_line("测试"), username="zhang", password=password)
    assert str(refused.value) == message
    assert users.sign_in(engine, username="zhang", password=PASSWORD).viewer is not None  # unchanged


def test_a_reasonable_password_is_accepted(engine, fixture_ids):
    make_user(engine, "zhang", "office")
    users.reset_password(engine, admin=command_line("测试"), username="zhang", password="river-audit-77")
    assert users.sign_in(engine, username="zhang", password="river-audit-77").viewer is not None


def test_a_password_reset_ends_the_open_sessions(engine, fixture_ids):
    user_id = make_user(engine, "zhang", "office")
    signed_in_at = datetime.now()
    assert users.active_viewer(engine, user_id, signed_in_at=signed_in_at).username == "zhang"
    users.reset_password(engine, admin=command_line("测试"), username="zhang", password="river-audit-77")
    assert users.active_viewer(engine, user_id, signed_in_at=signed_in_at) is None
    # A sign-in after the reset holds.
    assert (
        users.active_viewer(engine, user_id, signed_in_at=datetime.now() + timedelta(seconds=1)) is not None
    )


def test_changing_ones_password_keeps_this_session_and_ends_the_others(engine, fixture_ids):
    user_id = make_user(engine, "zhang", "office")
    other_session = datetime.now()
    viewer = users.active_viewer(engine, user_id)
    changed_at = users.change_own_password(
        engine, viewer=viewer, old_password=PASSWORD, new_password="river-audit-77"
    )
    assert users.active_viewer(engine, user_id, signed_in_at=changed_at) is not None
    assert users.active_viewer(engine, user_id, signed_in_at=other_session) is None


def test_demo_users_are_disabled_when_sign_in_is_required(engine, fixture_ids):
    users.create_demo_users(engine, admin=command_line("测试"))
    assert users.sign_in(engine, username="office", password=users.DEMO_PASSWORD).viewer is not None
    # A real user who happens to be called like a demo user, with a password of their own, stays.
    users.reset_password(engine, admin=command_line("测试"), username="leader", password="river-audit-77")
    disabled = users.disable_demo_users(engine)
    assert sorted(disabled) == sorted(name for name, *_ in users.DEMO_USERS if name != "leader")
    assert {"office", "baojing", "xiangxi_leader"} <= set(disabled)
    answer = users.sign_in(engine, username="office", password=users.DEMO_PASSWORD)
    assert (answer.viewer, answer.message) == (None, users.WRONG_CREDENTIALS)
    assert users.sign_in(engine, username="leader", password="river-audit-77").viewer is not None
    with Session(engine) as session:
        active = dict(session.execute(select(User.username, User.is_active)).all())
    assert active["office"] is False and active["leader"] is True
    assert users.disable_demo_users(engine) == []  # once is enough


def _manage(database_url: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env={**os.environ, "DATABASE_URL": database_url, "DASHBOARD_TODAY": "2026-11-23", **env},
        capture_output=True,
        text=True,
        check=True,
    )


def test_production_init_db_loads_no_demo_data_and_disables_demo_users(database_url, engine):
    _manage(database_url, "init-db", "--no-sample")  # schema only, as a production set-up does
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Finding)) == 0
    _manage(database_url, "init-db", DASHBOARD_REQUIRE_SIGN_IN="1")
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Finding)) == 0
    # A database first started as the demo, then run in production.
    _manage(database_url, "init-db")
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Finding)) > 0
        assert session.scalar(select(User.is_active).where(User.username == "office")) is True
    result = _manage(database_url, "init-db", DASHBOARD_REQUIRE_SIGN_IN="1")
    assert "停用仍使用公开演示密码的演示用户" in result.stderr
    assert users.sign_in(engine, username="office", password=users.DEMO_PASSWORD).viewer is None
