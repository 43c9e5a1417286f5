"""Transport security: response headers, cookies, trusted proxies, secret strength.

Headers come from Flask-Talisman. The content policy allows scripts, styles, fonts and
images from this site only (Bootstrap, Chart.js and our own code are served from
``static/``), so an injected ``<script>``, ``on…=`` handler or ``style=`` attribute is
refused by the browser even if it ever slipped past escaping.
"""

from __future__ import annotations

from flask import Flask, request
from flask_talisman import Talisman
from werkzeug.middleware.proxy_fix import ProxyFix

CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",  # Bootstrap's CSS draws its arrows and toggler as data: SVG
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
PERMISSIONS_POLICY = {"camera": "()", "microphone": "()", "geolocation": "()", "payment": "()"}
HSTS_MAX_AGE = 365 * 24 * 3600
MAX_FORM_BYTES_FALLBACK = 500_000
MIN_SECRET_LENGTH = 32
MIN_SECRET_DISTINCT = 10


def is_production(app: Flask) -> bool:
    return app.config["MARKETPLACE_ENV"] == "production"


def refuse(app: Flask, message: str) -> None:
    """Stop the app from starting, or, under ``check-deploy``, note why it would stop."""
    if app.config.get("DEFER_REFUSALS"):
        app.config.setdefault("STARTUP_REFUSALS", []).append(message)
        return
    raise RuntimeError(message)


def secret_key_problem(key: str | bytes | None) -> str | None:
    """Why ``key`` is too weak to sign sessions and tokens, or None when it is strong."""
    if not key:
        return "SECRET_KEY is not set."
    if len(key) < MIN_SECRET_LENGTH:
        return f"SECRET_KEY is shorter than {MIN_SECRET_LENGTH} characters."
    if len(set(key)) < MIN_SECRET_DISTINCT:
        return f"SECRET_KEY uses fewer than {MIN_SECRET_DISTINCT} distinct characters."
    return None


def trusted_proxies(app: Flask) -> int:
    """``TRUSTED_PROXIES`` as a count of proxy hops in front of the app (0: trust none)."""
    raw = app.config.get("TRUSTED_PROXIES", 0)
    try:
        hops = int(raw)
    except (TypeError, ValueError):
        hops = -1
    if hops < 0:
        raise RuntimeError(f"TRUSTED_PROXIES must be a whole number of proxies, not {raw!r}.")
    app.config["TRUSTED_PROXIES"] = hops
    return hops


def configure_security(app: Flask) -> None:
    """Apply production cookie flags, proxy trust and the security headers."""
    production = is_production(app)
    if production:
        problem = secret_key_problem(app.config.get("SECRET_KEY"))
        if problem and app.config.get("SECRET_KEY"):  # a missing one was refused already
            refuse(
                app,
                f"{problem} Production needs a long random key, e.g. "
                "python -c 'import secrets; print(secrets.token_hex(32))'.",
            )
        app.config["SESSION_COOKIE_SECURE"] = True
        app.config["REMEMBER_COOKIE_SECURE"] = True
        app.config.setdefault("FORCE_HTTPS", True)
    app.before_request(_limit_form_bodies)
    hops = trusted_proxies(app)
    if hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    # One Talisman per app: it keeps its options on itself.
    app.extensions["talisman"] = Talisman(
        app,
        force_https=bool(app.config.get("FORCE_HTTPS", False)),
        frame_options="DENY",
        strict_transport_security=production,
        strict_transport_security_max_age=HSTS_MAX_AGE,
        content_security_policy=CONTENT_SECURITY_POLICY,
        referrer_policy="strict-origin-when-cross-origin",
        permissions_policy=PERMISSIONS_POLICY,
        # Cookie flags are set above from the environment, not on every request.
        session_cookie_secure=False,
        session_cookie_samesite=app.config["SESSION_COOKIE_SAMESITE"],
        x_content_type_options=True,
    )


def _limit_form_bodies() -> None:
    """Hold url-encoded forms to the form limit (Werkzeug applies it to multipart only)."""
    if request.mimetype == "application/x-www-form-urlencoded":
        request.max_content_length = min(
            request.max_content_length or MAX_FORM_BYTES_FALLBACK,
            request.max_form_memory_size or MAX_FORM_BYTES_FALLBACK,
        )
