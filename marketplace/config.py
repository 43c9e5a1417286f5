"""Configuration defaults; the environment overrides them through ``FLASK_*`` variables."""

from __future__ import annotations


class Config:
    """Defaults for every environment. ``create_app`` layers the environment on top."""

    SECRET_KEY: str | None = None
    SQLALCHEMY_DATABASE_URI: str | None = None
    SQLALCHEMY_ENGINE_OPTIONS: dict = {}
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    WTF_CSRF_TIME_LIMIT = None

    BABEL_DEFAULT_LOCALE = "id"
    BABEL_DEFAULT_TIMEZONE = "Asia/Jakarta"
    LANGUAGES = ("id", "en")

    BOOTSTRAP_SERVE_LOCAL = True
    BOOTSTRAP_BTN_STYLE = "primary"
    BOOTSTRAP_BTN_SIZE = "md"

    COMPRESS_MIMETYPES = [
        "text/html",
        "text/css",
        "text/javascript",
        "application/javascript",
        "application/json",
        "image/svg+xml",
        "text/csv",
    ]
    COMPRESS_ALGORITHM = ["br", "gzip"]
    COMPRESS_ALGORITHM_STREAMING = ["br", "deflate"]

    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_HEADERS_ENABLED = True
    LOGIN_RATE_LIMIT = "10 per minute;50 per hour"
    RESET_RATE_LIMIT = "5 per minute;20 per hour"

    PASSWORD_HASH_METHOD = "scrypt"
    PASSWORD_STRENGTH_CHECK = True  # tests turn it off where they are not about passwords
    PASSWORD_RESET_MAX_AGE = 3600
    MAIL_DEFAULT_SENDER = "Pasar Pendamping <noreply@pasar-pendamping.local>"
    MAIL_LOG_OUTBOX = True
    MAIL_SERVER: str | None = None
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USERNAME: str | None = None
    MAIL_PASSWORD: str | None = None

    PER_PAGE = 20
    MATCH_K = 10
    PROPOSAL_EXPIRY_DAYS = 14
    STALE_NEED_DAYS = 7
    PUBLIC_URL: str | None = None  # required in production; see marketplace/links.py
    SQLITE_BUSY_TIMEOUT_S = 15
