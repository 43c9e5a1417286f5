"""What each pytest-xdist worker has to itself: a database, and a Redis database.

``pytest -n 2`` runs two worker processes (``gw0``, ``gw1``). On SQLite each already has its
own file (its own temporary directory). On PostgreSQL, worker ``gwN`` works in
``<TEST_DATABASE_URL's database>_gwN``, made afresh for the run and dropped after it; a
run without workers uses ``TEST_DATABASE_URL`` itself, as before. Tests that use Redis
take database ``n + N`` of ``TEST_REDIS_URL`` (``redis://host:port/n``), so two workers
never flush each other's queue: ``-n 2`` uses ``n`` and ``n + 1``.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/14"


def worker() -> str | None:
    """This process's worker name (``gw0``, ``gw1``, ...), or None outside xdist."""
    return os.environ.get("PYTEST_XDIST_WORKER")


def _number() -> int:
    name = worker()
    return int(name.removeprefix("gw")) if name else 0


def database_url(url: str) -> str:
    """This worker's database on the server (or beside the file) of ``url``; ``url`` itself
    outside xdist."""
    name = worker()
    if not name or not url:
        return url
    parsed = make_url(url)
    return parsed.set(database=f"{parsed.database}_{name}").render_as_string(hide_password=False)


def _on_server(url: str, sql: str) -> None:
    # the server's own database, through the driver the app uses (``postgresql://`` too)
    maintenance = make_url(url).set(drivername="postgresql+psycopg", database="postgres")
    engine = create_engine(maintenance, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(sql))
    finally:
        engine.dispose()


def _own_server_database(url: str) -> str | None:
    """The name of a worker's database on a PostgreSQL server (None for the given one)."""
    if url == os.environ.get("TEST_DATABASE_URL") or not url.startswith("postgresql"):
        return None
    return make_url(url).database


def create_database(url: str) -> None:
    """Make a worker's database empty and new (a run cut short may have left it behind)."""
    name = _own_server_database(url)
    if name:
        _on_server(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _on_server(url, f'CREATE DATABASE "{name}"')


def drop_database(url: str) -> None:
    name = _own_server_database(url)
    if name:
        _on_server(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_url() -> str:
    """The Redis database of this worker."""
    parsed = urlsplit(os.environ.get("TEST_REDIS_URL") or DEFAULT_REDIS_URL)
    number = int(parsed.path.strip("/") or 0) + _number()
    return urlunsplit(parsed._replace(path=f"/{number}"))
