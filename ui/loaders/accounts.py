"""User accounts (pages/account.py): not cached, a change must show in every process."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from data_access import users
from data_access.access import Viewer
from data_access.db import get_engine


def user_list(url: str, admin: Viewer) -> pd.DataFrame:
    """Not cached: a few hundred rows at most, and a change must show in every process."""
    return users.list_users(get_engine(url), admin=admin)


def add_user(url: str, **kwargs) -> int:
    """Write: a new user (raises UserError / AccessDenied)."""
    return users.add_user(get_engine(url), **kwargs)


def set_user_active(url: str, **kwargs) -> None:
    users.set_active(get_engine(url), **kwargs)


def reset_user_password(url: str, **kwargs) -> None:
    users.reset_password(get_engine(url), **kwargs)


def change_own_password(url: str, **kwargs) -> datetime:
    return users.change_own_password(get_engine(url), **kwargs)
