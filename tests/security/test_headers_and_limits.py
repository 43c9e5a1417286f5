"""Security headers, production cookies, proxies, body limits, secret strength, CSRF expiry."""

from __future__ import annotations

import re
import secrets
import time
from pathlib import Path

import pytest
from itsdangerous import TimestampSigner

from marketplace import create_app
from tests.factories import make_user, snap

STRONG_KEY = secrets.token_hex(32)
PRODUCTION = {"MARKETPLACE_ENV": "production", "SECRET_KEY": STRONG_KEY}
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def _csp(response) -> dict[str, str]:
    policy = response.headers["Content-Security-Policy"]
    parts = (p.strip().split(" ", 1) for p in policy.split(";") if p.strip())
    return {name: value for name, value in parts}


def test_every_page_carries_the_security_headers(client):
    response = client.get("/")
    csp = _csp(response)
    assert csp["script-src"] == "'self'"
    assert csp["style-src"] == "'self'"
    assert csp["default-src"] == "'self'"
    assert csp["frame-ancestors"] == "'none'"
    assert csp["object-src"] == "'none'"
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_development_sends_no_hsts_and_plain_cookies(client, app):
    response = client.get("/", base_url="https://pasar.test")
    assert "Strict-Transport-Security" not in response.headers
    assert app.config["SESSION_COOKIE_SECURE"] is False


INLINE = [
    (re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I), "an inline <script>"),
    (re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I), "an on…= event handler"),
    (re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I), "a style= attribute"),
    (re.compile(r"<style", re.I), "a <style> element"),
    (re.compile(r"javascript:", re.I), "a javascript: URL"),
]


def test_no_template_has_what_the_content_policy_blocks():
    found = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        for pattern, what in INLINE:
            if pattern.search(text):
                found.append(f"{path.relative_to(TEMPLATES)}: {what}")
    assert found == []


@pytest.mark.parametrize("app_config", [PRODUCTION])
def test_production_sends_hsts_and_secure_cookies(client, app):
    with app.app_context():
        user = snap(make_user())
    response = client.post(
        "/auth/login",
        data={"email": user.email, "password": "uji-Kedelai-Hujan-77", "remember": "y"},
        base_url="https://pasar.test",
    )
    assert response.status_code == 302
    hsts = response.headers["Strict-Transport-Security"]
    assert "max-age=31536000" in hsts
    cookies = response.headers.getlist("Set-Cookie")
    session = [c for c in cookies if c.startswith("session=")]
    remember = [c for c in cookies if c.startswith("remember_token=")]
    assert session and remember
    for cookie in session + remember:
        assert "Secure" in cookie
        assert "HttpOnly" in cookie


@pytest.mark.parametrize("app_config", [PRODUCTION])
def test_production_sends_plain_http_to_https(client):
    response = client.get("/needs/", base_url="http://pasar.test")
    assert response.status_code == 302
    assert response.headers["Location"] == "https://pasar.test/needs/"


@pytest.mark.parametrize("app_config", [PRODUCTION])
def test_production_never_logs_mail_bodies(app):
    assert app.config["MAIL_LOG_OUTBOX"] is False


def test_development_logs_mail_to_the_console_by_default():
    app = create_app({"SECRET_KEY": "k", "TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert app.config["MAIL_LOG_OUTBOX"] is True


WEAK_KEYS = ["x", "k" * 40, "abc" * 12, "0123456789" * 2]


@pytest.mark.parametrize("key", WEAK_KEYS)
def test_production_refuses_a_weak_secret_key(key):
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app(
            PRODUCTION
            | {"SECRET_KEY": key, "PUBLIC_URL": "https://pasar.test", "TESTING": True}
            | {"SQLALCHEMY_DATABASE_URI": "sqlite://"}
        )


def test_production_accepts_a_random_secret_key():
    app = create_app(
        PRODUCTION | {"PUBLIC_URL": "https://pasar.test", "SQLALCHEMY_DATABASE_URI": "sqlite://"}
    )
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["REMEMBER_COOKIE_SECURE"] is True


LIMITED = {"RATELIMIT_ENABLED": True, "LOGIN_RATE_LIMIT": "2 per minute"}


def _failed_logins(client, forwarded_for: str, count: int) -> list[int]:
    return [
        client.post(
            "/auth/login",
            data={"email": "nobody@example.org", "password": "wrong-password-1"},
            headers={"X-Forwarded-For": forwarded_for},
        ).status_code
        for _ in range(count)
    ]


@pytest.mark.parametrize("app_config", [LIMITED | {"TRUSTED_PROXIES": 1}])
def test_behind_a_trusted_proxy_each_client_has_its_own_rate_limit(client):
    assert _failed_logins(client, "203.0.113.7", 3) == [200, 200, 429]
    assert _failed_logins(client, "203.0.113.8", 1) == [200]


@pytest.mark.parametrize("app_config", [LIMITED])
def test_without_trusted_proxies_forwarded_headers_are_ignored(client):
    assert _failed_logins(client, "203.0.113.7", 2) == [200, 200]
    assert _failed_logins(client, "203.0.113.8", 1) == [429]


@pytest.mark.parametrize("value", ["two", "-1"])
def test_trusted_proxies_must_be_a_count(value):
    with pytest.raises(RuntimeError, match="TRUSTED_PROXIES"):
        create_app({"TRUSTED_PROXIES": value, "SECRET_KEY": "k", "TESTING": True})


def test_trusted_proxies_is_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXIES", "2")
    app = create_app({"SECRET_KEY": "k", "TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert app.config["TRUSTED_PROXIES"] == 2
    proxy_fix = app.wsgi_app
    assert (proxy_fix.x_for, proxy_fix.x_proto, proxy_fix.x_host) == (2, 2, 2)


def test_a_body_over_the_limit_is_refused_with_a_page(client):
    response = client.post(
        "/auth/login", data=b"x" * (3 * 1024 * 1024), content_type="application/octet-stream"
    )
    assert response.status_code == 413
    assert "Data yang Anda kirim terlalu besar." in response.get_data(as_text=True)


def test_a_form_over_the_form_limit_is_refused_with_a_page(client):
    response = client.post(
        "/auth/login", data={"email": "a@example.org", "password": "p" * (600 * 1024)}
    )
    assert response.status_code == 413
    assert "Data yang Anda kirim terlalu besar." in response.get_data(as_text=True)


def _token(client) -> str:
    page = client.get("/auth/login").get_data(as_text=True)
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)


@pytest.mark.parametrize("app_config", [{"WTF_CSRF_ENABLED": True}])
def test_a_form_token_expires_after_some_hours(client, app, monkeypatch):
    assert 1 <= app.config["WTF_CSRF_TIME_LIMIT"] / 3600 <= 24
    fresh = _token(client)
    data = {"email": "nobody@example.org", "password": "wrong-password-1"}
    assert client.post("/auth/login", data=data | {"csrf_token": fresh}).status_code == 200

    long_ago = int(time.time()) - app.config["WTF_CSRF_TIME_LIMIT"] - 60
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: long_ago)
    stale = _token(client)
    monkeypatch.undo()
    response = client.post("/auth/login", data=data | {"csrf_token": stale})
    assert response.status_code == 400
    assert "Formulir sudah kedaluwarsa" in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/", "/auth/login", "/auth/signup", "/needs/", "/offers/"])
def test_rendered_pages_hold_nothing_the_content_policy_blocks(client, path):
    html = client.get(path).get_data(as_text=True)
    assert [what for pattern, what in INLINE if pattern.search(html)] == []
