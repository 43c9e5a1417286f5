"""Fixtures: an app per test on a schema built by the migrations, emptied after each test.

``TEST_DATABASE_URL`` selects the database (PostgreSQL in CI); without it, a SQLite file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text

from marketplace import create_app
from marketplace.extensions import db

PASSWORD = "uji-Kedelai-Hujan-77"


def _database_url(tmp_path_factory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> Iterator[str]:
    """Build the schema once per run with the migrations themselves, and take it down after.

    No app context stays pushed while tests run: Flask would hand it to the tests' CLI
    runner and client in place of their own app.
    """
    from flask_migrate import downgrade, upgrade

    url = _database_url(tmp_path_factory)
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


def _config(url: str, **extra) -> dict:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": url,
        "WTF_CSRF_ENABLED": False,
        "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
        "MAIL_LOG_OUTBOX": False,
        "SERVER_NAME": "pasar.test",
        "PUBLIC_URL": "https://pasar.test",
        **extra,
    }


def _empty_all_tables() -> None:
    tables = list(reversed(db.metadata.sorted_tables))
    if db.engine.dialect.name == "postgresql":
        names = ", ".join(f'"{t.name}"' for t in tables)
        db.session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    else:
        for table in tables:
            db.session.execute(table.delete())
    db.session.commit()


@pytest.fixture
def app_config() -> dict:
    """Override in a test module to change the app's configuration."""
    return {}


@pytest.fixture
def app(database_url: str, app_config: dict) -> Iterator[Flask]:
    app = create_app(_config(database_url, **app_config))
    yield app
    with app.app_context():
        db.session.remove()
        _empty_all_tables()
        db.engine.dispose()


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
