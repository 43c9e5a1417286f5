"""Accounts: sign-up, sign-in, sessions that end, password reset, rate limits."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import OutboxMessage, User
from tests.factories import PASSWORD, login, make_user, snap


@pytest.fixture
def app_config():
    return {"PASSWORD_STRENGTH_CHECK": True}


def signup(client, email="siti@example.org", password="kopi-hujan-sepeda-9", confirm=None):
    return client.post(
        "/auth/signup",
        data={
            "name": "Siti",
            "email": email,
            "password": password,
            "confirm": confirm or password,
            "consent": "y",
        },
    )


def test_signup_creates_account_with_hashed_password_and_the_mailed_link_signs_in(client, app):
    response = signup(client)
    assert response.status_code == 302
    assert response.headers["Location"] == "/auth/login"
    assert client.get("/dashboard").status_code == 302
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "siti@example.org"))
        assert user.password_hash != "kopi-hujan-sepeda-9"
        assert user.password_hash.startswith(("scrypt:", "pbkdf2:"))
        assert user.email_confirmed_at is None
        body = db.session.scalars(select(OutboxMessage)).one().body
    path = re.search(r"https://pasar\.test(/auth/confirm/\S+)", body).group(1)
    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 302
    assert client.get("/dashboard").status_code == 200


@pytest.mark.parametrize("password", ["password123", "rahasia12345", "qwertyuiop", "short1"])
def test_common_or_short_passwords_are_refused_and_input_is_kept(client, password):
    response = signup(client, password=password)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "is-invalid" in page
    assert 'value="siti@example.org"' in page


def test_signup_needs_the_privacy_notice_accepted(client, app):
    response = client.post(
        "/auth/signup",
        data={"name": "Siti", "email": "siti@example.org", "password": "kopi-hujan-sepeda-9"}
        | {"confirm": "kopi-hujan-sepeda-9"},
    )
    assert response.status_code == 200
    assert "is-invalid" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(User)) is None


def test_wrong_password_does_not_sign_in(client, app):
    with app.app_context():
        user = snap(make_user())
    response = login(client, user, password="not-the-password")
    assert response.status_code == 200
    assert client.get("/dashboard").status_code == 302


def test_session_holds_a_token_not_the_user_id(client, app):
    with app.app_context():
        user = snap(make_user())
        token = user.session_token
    login(client, user)
    with client.session_transaction() as session:
        assert session["_user_id"] == token


def test_logout_ends_every_session_including_copied_cookies(app):
    with app.app_context():
        user = snap(make_user())
    phone, laptop = app.test_client(), app.test_client()
    login(phone, user)
    login(laptop, user)
    assert laptop.get("/dashboard").status_code == 200
    phone.post("/auth/logout")
    assert laptop.get("/dashboard").status_code == 302


def test_changing_the_password_ends_other_sessions_but_keeps_this_one(app):
    with app.app_context():
        user = snap(make_user())
    here, elsewhere = app.test_client(), app.test_client()
    login(here, user)
    login(elsewhere, user)
    response = here.post(
        "/auth/account",
        data={
            "password-current_password": PASSWORD,
            "password-password": "mangga-sungai-lampu-4",
            "password-confirm": "mangga-sungai-lampu-4",
            "password-submit": "1",
        },
    )
    assert response.status_code == 302
    assert here.get("/dashboard").status_code == 200
    assert elsewhere.get("/dashboard").status_code == 302


def _reset_link(app, email: str) -> str:
    with app.app_context():
        message = db.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.recipient == email)
            .order_by(OutboxMessage.id.desc())
        ).first()
        return re.search(r"http\S+", message.body).group(0)


def test_password_reset_goes_through_the_outbox_and_works_once(client, app):
    with app.app_context():
        user = snap(make_user())
    response = client.post("/auth/forgot", data={"email": user.email})
    assert response.status_code == 302
    link = _reset_link(app, user.email)
    path = link.split("pasar.test", 1)[1]
    new = "nanas-gunung-perahu-8"
    assert client.post(path, data={"password": new, "confirm": new}).status_code == 302
    assert login(client, user, password=new).status_code == 302
    # The token died with the old password.
    assert client.get(path).status_code == 404


def test_reset_for_unknown_email_says_the_same_and_sends_nothing(client, app):
    response = client.post("/auth/forgot", data={"email": "nobody@example.org"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(OutboxMessage)) is None


def test_expired_or_forged_reset_token_is_refused(client):
    assert client.get("/auth/reset/not-a-token").status_code == 404


class TestRateLimits:
    @pytest.fixture
    def app_config(self):
        return {
            "RATELIMIT_ENABLED": True,
            "LOGIN_RATE_LIMIT": "3 per minute",
            "RESET_RATE_LIMIT": "2 per minute",
        }

    def test_login_attempts_are_limited(self, client):
        for _ in range(3):
            client.post("/auth/login", data={"email": "a@example.org", "password": "x"})
        response = client.post("/auth/login", data={"email": "a@example.org", "password": "x"})
        assert response.status_code == 429

    def test_reset_requests_are_limited(self, client):
        for _ in range(2):
            client.post("/auth/forgot", data={"email": "a@example.org"})
        assert client.post("/auth/forgot", data={"email": "a@example.org"}).status_code == 429


class TestCsrf:
    @pytest.fixture
    def app_config(self):
        return {"WTF_CSRF_ENABLED": True}

    def test_a_post_without_the_token_is_refused_and_changes_nothing(self, client, app):
        response = signup(client)
        assert response.status_code in (200, 400)
        with app.app_context():
            assert db.session.scalar(select(User)) is None

    def test_logout_without_token_is_refused(self, client):
        assert client.post("/auth/logout").status_code == 400
