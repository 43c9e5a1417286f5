"""SQLite settings that let concurrent writers wait instead of failing."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.engine import Engine

_busy_timeout_ms = 15000


def _set_pragmas(dbapi_connection, connection_record) -> None:  # noqa: ARG001
    import sqlite3

    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={int(_busy_timeout_ms)}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def enable_sqlite_pragmas(busy_timeout_ms: int) -> None:
    """WAL, a busy timeout and foreign keys on every new SQLite connection."""
    global _busy_timeout_ms
    _busy_timeout_ms = busy_timeout_ms
    if not event.contains(Engine, "connect", _set_pragmas):
        event.listen(Engine, "connect", _set_pragmas)
