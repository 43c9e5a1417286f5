"""Pasar Pendamping: a marketplace that links community groups with trainers and buyers."""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path
from typing import Any

import orjson
from apiflask import APIFlask
from flask import Flask
from werkzeug.routing import IntegerConverter

from marketplace.deploy import invoked_for_check_deploy
from marketplace.links import configure_public_url
from marketplace.security import configure_security, refuse

PACKAGE = Path(__file__).resolve().parent
MAX_ID = 2**31 - 1


def data_dir(name: str) -> Path:
    """``templates``, ``static`` or ``migrations``: inside the package when installed from a
    wheel (``setup.py`` puts them there), else beside it in the repository."""
    installed = PACKAGE / "_data" / name
    return installed if installed.is_dir() else PACKAGE.parent / name


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the application: config → extensions → blueprints → errors → CLI."""
    # APIFlask is a Flask subclass: pages keep Flask-Login, Flask-WTF and HTML errors
    # (json_errors=False); /api/v1 gets its OpenAPI document and problem+json errors.
    app = APIFlask(
        __name__,
        title="Pasar Pendamping API",
        version="1",
        spec_path="/api/v1/openapi.json",
        docs_path=None,
        json_errors=False,
        instance_relative_config=True,
        template_folder=str(data_dir("templates")),
        static_folder=str(data_dir("static")),
    )
    app.config.from_object("marketplace.config.Config")
    _load_environment(app)
    if test_config:
        app.config.from_mapping(test_config)
    app.config.setdefault("DEFER_REFUSALS", invoked_for_check_deploy())
    _configure_database(app)
    _configure_secret_key(app)
    configure_public_url(app)
    configure_security(app)
    _configure_logging(app)

    _init_extensions(app)
    app.url_map.converters["int"] = IdConverter
    _register_blueprints(app)

    from marketplace import api, assets, cli, errors, jobs, templating
    from marketplace.services.integrations import webhook_events

    api.register(app)
    app.extensions["enqueue"] = jobs.enqueue  # services queue jobs without importing them
    webhook_events.listen()

    assets.register(app)

    errors.register(app)
    templating.register(app)
    cli.register(app)
    return app


class IdConverter(IntegerConverter):
    """``<int:…>`` ids stop where the database's integers do: a larger one names no record
    (0), so the view answers 404 as for any missing id. (Refusing it in the converter
    would make Werkzeug answer 405 for a method another rule of the same path accepts.)"""

    def to_python(self, value: str) -> int:
        number = super().to_python(value)
        return number if number <= MAX_ID else 0


def _load_environment(app: Flask) -> None:
    app.config.from_prefixed_env()
    names = ("SECRET_KEY", "DATABASE_URL", "REDIS_URL", "MARKETPLACE_ENV", "PUBLIC_URL")
    for name in (*names, "TRUSTED_PROXIES"):
        if os.environ.get(name):
            app.config[name] = os.environ[name]
    app.config.setdefault("MARKETPLACE_ENV", "development")
    if app.config.get("REDIS_URL"):
        app.config["RATELIMIT_STORAGE_URI"] = app.config["REDIS_URL"]


def _configure_database(app: Flask) -> None:
    url = app.config.get("SQLALCHEMY_DATABASE_URI") or app.config.get("DATABASE_URL")
    if not url:
        Path(app.instance_path).mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{Path(app.instance_path) / 'marketplace.db'}"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            url = "postgresql+psycopg://" + url[len(prefix) :]
    app.config["SQLALCHEMY_DATABASE_URI"] = url
    # JSON columns (tags, areas, stored profiles) are read in bulk by the matching worker
    # and ``suggest``: orjson decodes them several times faster than the standard library.
    options = dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
    options.setdefault("json_deserializer", orjson.loads)
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = options
    if url.startswith("sqlite"):
        options = dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
        options.setdefault("connect_args", {"timeout": app.config["SQLITE_BUSY_TIMEOUT_S"]})
        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = options
        from marketplace.sqlite import enable_sqlite_pragmas

        enable_sqlite_pragmas(busy_timeout_ms=app.config["SQLITE_BUSY_TIMEOUT_S"] * 1000)
    else:
        options = dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
        options.setdefault("pool_pre_ping", True)
        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = options


def _configure_secret_key(app: Flask) -> None:
    if app.config.get("SECRET_KEY"):
        return
    if app.config["MARKETPLACE_ENV"] == "production":
        refuse(app, "SECRET_KEY must be set in production (environment variable SECRET_KEY).")
        return
    key_file = Path(app.instance_path) / "secret_key"
    if not key_file.exists():
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    app.config["SECRET_KEY"] = key_file.read_text().strip()


def _configure_logging(app: Flask) -> None:
    # Flask's own handler writes to stderr; INFO shows outbox mail in development.
    if app.config.get("MAIL_LOG_OUTBOX") is None:
        app.config["MAIL_LOG_OUTBOX"] = app.config["MARKETPLACE_ENV"] != "production"
    if not app.testing:
        app.logger.setLevel(logging.INFO)


def _init_extensions(app: Flask) -> None:
    from flask_babel import gettext

    from marketplace import models  # noqa: F401  (the models must be known to Alembic)
    from marketplace.auth.sessions import load_user
    from marketplace.extensions import (
        babel,
        bootstrap,
        compress,
        csrf,
        db,
        limiter,
        login_manager,
        migrate,
    )
    from marketplace.i18n import select_locale
    from marketplace.postgres import keep_prepared_statements
    from marketplace.services.messaging.notifications import N_

    db.init_app(app)
    with app.app_context():
        for engine in db.engines.values():
            keep_prepared_statements(engine)
    migrate.init_app(app, db, directory=str(data_dir("migrations")))
    csrf.init_app(app)
    bootstrap.init_app(app)
    compress.init_app(app)
    limiter.init_app(app)
    babel.init_app(
        app,
        locale_selector=select_locale,
        default_translation_directories=str(PACKAGE / "translations"),
    )
    login_manager.init_app(app)
    login_manager.user_loader(load_user)
    login_manager.login_view = "auth.login"
    login_manager.login_message = N_("Please sign in to see this page.")
    login_manager.localize_callback = gettext  # the message above, in the reader's language
    login_manager.login_message_category = "warning"
    login_manager.session_protection = "basic"


def _register_blueprints(app: Flask) -> None:
    from marketplace.admin.views import bp as admin_bp
    from marketplace.auth.views import bp as auth_bp
    from marketplace.consultations.views import bp as consultations_bp
    from marketplace.exports.views import bp as exports_bp
    from marketplace.facilitation.views import bp as facilitation_bp
    from marketplace.groups.views import bp as groups_bp
    from marketplace.integrations.views import bp as integrations_bp
    from marketplace.main.views import bp as main_bp
    from marketplace.matches.views import bp as matches_bp
    from marketplace.needs.views import bp as needs_bp
    from marketplace.notifications.views import bp as notifications_bp
    from marketplace.offers.views import bp as offers_bp
    from marketplace.providers.views import bp as providers_bp

    for bp in (
        main_bp,
        auth_bp,
        groups_bp,
        providers_bp,
        needs_bp,
        offers_bp,
        matches_bp,
        notifications_bp,
        facilitation_bp,
        consultations_bp,
        admin_bp,
        exports_bp,
        integrations_bp,
    ):
        app.register_blueprint(bp)
