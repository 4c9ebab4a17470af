"""Test users: created in the database under test and signed in to an AppTest session."""

from __future__ import annotations

import os

from sqlalchemy import select
from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest

from data_access import users
from data_access.access import command_line
from data_access.db import get_engine
from data_access.models import User
from ui.auth import USER_KEY

PASSWORD = "test-password-1"


def make_user(engine, username: str, role: str, region_code: str | None = None) -> int:
    """The user's id; created with PASSWORD when missing."""
    with Session(engine) as session:
        found = session.scalar(select(User.id).where(User.username == username))
    if found is not None:
        return found
    return users.add_user(
        engine,
        admin=command_line("测试"),
        username=username,
        display_name=f"{username}测试",
        role=role,
        region_code=region_code,
        password=PASSWORD,
    )


def sign_in(
    at: AppTest, role: str = "office", region_code: str | None = None, username: str | None = None
) -> int:
    """Sign the AppTest session in (as the frame would after the form); return the user id."""
    engine = get_engine(os.environ["DATABASE_URL"])
    user_id = make_user(engine, username or f"{role}{region_code or ''}", role, region_code)
    at.session_state[USER_KEY] = user_id
    return user_id
