"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from marketplace.extensions import db
from marketplace.models.handmade import include_object


def test_migrations_match_the_models(ctx):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        diff = compare_metadata(context, db.metadata)
    assert diff == []


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout_and_foreign_keys(ctx):
    if db.engine.dialect.name != "sqlite":
        return
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
