"""Fixtures: one app per configuration, one schema per run, a rolled-back transaction per test.

``TEST_DATABASE_URL`` selects the database (PostgreSQL in CI); without it, a SQLite file.
Under pytest-xdist (``-n 2``) each worker has a database of its own (``tests/workers.py``).

Every test module runs inside one outer transaction on one connection; each test runs in a
SAVEPOINT inside it that is rolled back afterwards, and the services' own commits only
release savepoints of their own. So a module can build its world once (``scope="module"``
fixtures that depend on ``db_connection``), and every test still starts from that world.
The browser tests (``tests/e2e``) need real commits seen by a server thread: they use
their own app and empty the tables afterwards.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_sqlalchemy.session import Session as FlaskSession
from sqlalchemy import event, text
from sqlalchemy.engine import Connection

from marketplace import create_app
from marketplace.extensions import db, limiter
from tests import workers

# The suite makes millions of short-lived objects and few cycles: a young generation of
# 50,000 (CPython's default is 700) lets the collector run far less often between tests.
gc.set_threshold(50_000, 20, 20)

PASSWORD = "uji-Kedelai-Hujan-77"


class _Shared:
    """The connection the current test module runs on (None outside such a module)."""

    connection: Connection | None = None


class _TestSession(FlaskSession):
    def get_bind(self, *args, **kwargs):
        if _Shared.connection is not None:
            return _Shared.connection
        return super().get_bind(*args, **kwargs)


def _database_url(tmp_path_factory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return workers.database_url(url)
    # under xdist, each worker's temporary directory is its own
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


def _config(url: str, **extra) -> dict:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": url,
        "WTF_CSRF_ENABLED": False,
        "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
        "PASSWORD_STRENGTH_CHECK": False,
        "RATELIMIT_ENABLED": False,
        "MAIL_LOG_OUTBOX": False,
        "HUEY_IMMEDIATE": True,
        "SERVER_NAME": "pasar.test",
        "PUBLIC_URL": "https://pasar.test",
        "MATCH_SETTINGS_FILE": "",  # the defaults, whatever a developer tuned locally
        "MATCH_INDEX_DIR": "",  # no saved index unless a test asks for one
        **extra,
    }


def _sqlite_savepoints(engine) -> None:
    """pysqlite begins transactions itself and so breaks SAVEPOINT; let SQLAlchemy do it."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_connection, _record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> Iterator[str]:
    """Build the schema once per run with the migrations themselves, and take it down after.

    No app context stays pushed while tests run: Flask would hand it to the tests' CLI
    runner and client in place of their own app.
    """
    from flask_migrate import downgrade, upgrade

    url = _database_url(tmp_path_factory)
    workers.create_database(url)
    app = create_app(_config(url))
    with app.app_context():
        db.drop_all()
        db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
        db.session.commit()
        upgrade()
        db.session.remove()
    yield url
    with app.app_context():
        downgrade(revision="base")
        db.session.remove()
        db.engine.dispose()
    workers.drop_database(url)


@pytest.fixture(scope="session")
def _apps(database_url: str) -> Iterator[dict]:
    """Apps by configuration, each made once; the default one owns the test connection."""
    original_session = db.session
    db.session = db._make_scoped_session(
        {"class_": _TestSession, "join_transaction_mode": "create_savepoint"}
    )
    apps: dict = {}
    yield apps
    db.session = original_session
    for app in apps.values():
        with app.app_context():
            db.engine.dispose()


def _app_for(apps: dict, database_url: str, overrides: dict) -> Flask:
    key = tuple(sorted((k, repr(v)) for k, v in overrides.items()))
    if key not in apps:
        app = create_app(_config(database_url, **overrides))
        with app.app_context():
            _sqlite_savepoints(db.engine)
        apps[key] = app
    return apps[key]


@pytest.fixture(scope="session")
def base_app(_apps: dict, database_url: str) -> Flask:
    return _app_for(_apps, database_url, {})


@pytest.fixture(scope="module")
def db_connection(base_app: Flask) -> Iterator[Connection]:
    """The module's connection, in an outer transaction rolled back after the module."""
    with base_app.app_context():
        connection = db.engine.connect()
    outer = connection.begin()
    _Shared.connection = connection
    yield connection
    _Shared.connection = None
    if outer.is_active:
        outer.rollback()
    connection.close()


@pytest.fixture
def app_config() -> dict:
    """Override in a test module to change the app's configuration."""
    return {}


@pytest.fixture
def app(_apps: dict, database_url: str, app_config: dict, db_connection) -> Iterator[Flask]:
    app = _app_for(_apps, database_url, app_config)
    saved_config = dict(app.config)
    savepoint = db_connection.begin_nested()
    # The limiter is one object shared by the apps of this run: point it at this one.
    limiter.enabled = app.config["RATELIMIT_ENABLED"]
    if limiter.enabled:
        with app.app_context():
            limiter.reset()
    yield app
    if savepoint.is_active:
        savepoint.rollback()
    app.config.clear()
    app.config.update(saved_config)
    app.extensions.pop("matching_index", None)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask):
    return app.test_cli_runner()


@pytest.fixture
def ctx(app: Flask) -> Iterator[Flask]:
    """An app context for service tests (never shared with the test client)."""
    with app.app_context():
        yield app


def _empty_all_tables() -> None:
    """For the browser tests, whose server thread commits for real."""
    tables = list(reversed(db.metadata.sorted_tables))
    if db.engine.dialect.name == "postgresql":
        names = ", ".join(f'"{t.name}"' for t in tables)
        db.session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    else:
        for table in tables:
            db.session.execute(table.delete())
    db.session.commit()
