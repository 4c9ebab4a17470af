"""`migrate` skips Alembic when the database is at the newest revision read from the files
(issue 20: a fresh `manage.py bulletin` process); that revision must be Alembic's own head."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from data_access.db import alembic_config, head_revision, migrate


def test_the_head_read_from_the_files_is_alembics(engine):
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        assert (
            connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
        )


def test_a_current_database_is_not_handed_to_alembic(engine, monkeypatch):
    from alembic import command

    calls = []
    monkeypatch.setattr(command, "upgrade", lambda *args, **kwargs: calls.append(args))
    migrate(engine)
    assert calls == []
    with engine.begin() as connection:  # one revision behind: Alembic runs
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0013'")
    migrate(engine)
    assert len(calls) == 1
