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
    WTF_CSRF_TIME_LIMIT = 8 * 3600  # a form left open longer gets the "form expired" page
    MAX_CONTENT_LENGTH = 2 * 1024 * 1024  # any request body
    MAX_FORM_MEMORY_SIZE = 256 * 1024  # a form's text fields together
    MAX_FORM_PARTS = 200
    TRUSTED_PROXIES = 0  # proxies in front of the app whose X-Forwarded-* headers we believe

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
    SIGNUP_RATE_LIMIT = "5 per minute;20 per hour"
    INVITE_RATE_LIMIT = "10 per minute;50 per day"

    # bandit takes the name of this hash method for a password.
    PASSWORD_HASH_METHOD = "scrypt"  # nosec B105
    PASSWORD_STRENGTH_CHECK = True  # tests turn it off where they are not about passwords
    PASSWORD_RESET_MAX_AGE = 3600
    EMAIL_CONFIRM_MAX_AGE = 3 * 86400
    MAIL_DEFAULT_SENDER = "Pasar Pendamping <noreply@pasar-pendamping.local>"
    MAIL_LOG_OUTBOX: bool | None = None  # None: log mail in development, never in production
    MAIL_SERVER: str | None = None
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USERNAME: str | None = None
    MAIL_PASSWORD: str | None = None

    PER_PAGE = 20
    # A caseload card is a screen tall on a phone (a group, its needs, what waits on whom):
    # ten cards a page, where a list of needs or offers shows twenty rows.
    CASELOAD_PER_PAGE = 10
    MATCH_K = 10
    PREPARED_K = 20  # suggestions the worker keeps per need (and needs per offer)
    PREPARED_AFFECT_K = 500  # needs re-ranked at most when one offer changes
    MATCH_POLL_SECONDS = 0.2  # how often the matching worker looks for changes
    MATCH_REBUILD_IDLE_SECONDS = 60  # quiet time before it rebuilds to make rows exact
    MATCH_WORKER_SILENT_SECONDS = 30  # no heartbeat this long: pages call suggestions stale
    MATCH_DEMAND_SECONDS = 300  # unmet demand is counted again at most this often
    HUEY_SQLITE_FILE = "jobs.db"  # under the instance folder, apart from the app database
    HUEY_IMMEDIATE = False  # run jobs in the calling process (tests)
    # tuned matcher settings (`flask tune-matching`); None = instance/match_settings.toml,
    # "" = none (the engine's defaults)
    MATCH_SETTINGS_FILE: str | None = None
    # the saved matching index (services/suggesting/index_store.py);
    # None = instance/matching/, "" = off
    MATCH_INDEX_DIR: str | None = None
    PROPOSAL_EXPIRY_DAYS = 14
    STALE_NEED_DAYS = 7
    PUBLIC_URL: str | None = None  # required in production; see marketplace/links.py
    SQLITE_BUSY_TIMEOUT_S = 15

    # The JSON API (marketplace/api) and its webhooks
    API_RATE_LIMIT = "600 per minute;10000 per hour"  # per token (per address without one)
    API_PAGE_SIZE = 50
    WEBHOOK_ALLOW_PRIVATE = False  # True lets webhooks call private/loopback addresses
    WEBHOOK_TIMEOUT_SECONDS = 5
    WEBHOOK_MAX_ATTEMPTS = 6
    WEBHOOK_RETRY_SECONDS = 30  # the first retry's wait; each next one waits twice as long
