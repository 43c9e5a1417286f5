"""People make and revoke their own tokens and webhooks on their account pages."""

from __future__ import annotations

import re

import pytest

from marketplace.extensions import db
from marketplace.models import ApiToken, User
from tests.api.world import bearer
from tests.factories import login


@pytest.fixture
def ketua(app, world):
    with app.app_context():
        return db.session.scalar(db.select(User).where(User.name == "ketua"))


def test_a_token_made_on_the_page_is_shown_once_and_works(app, client, ketua):
    login(client, ketua)
    made = client.post(
        "/account/api/tokens", data={"token-name": "Koperasi app", "token-scopes": ["read"]}
    )
    assert made.status_code == 200
    (raw,) = re.findall(r"pp_[A-Za-z0-9_-]{40,}", made.get_data(as_text=True))
    assert client.get("/api/v1/me", headers=bearer(raw)).json["scopes"] == ["read"]
    again = client.get("/account/api/").get_data(as_text=True)
    assert "Koperasi app" in again and raw not in again
    with app.app_context():
        stored = db.session.scalar(db.select(ApiToken).where(ApiToken.name == "Koperasi app"))
        assert raw not in (stored.token_hash, stored.prefix)
        token_id = stored.id
    assert client.post(f"/account/api/tokens/{token_id}/revoke").status_code == 302
    assert client.get("/api/v1/me", headers=bearer(raw)).status_code == 401


def test_someone_elses_token_cannot_be_revoked(app, client, world):
    keys, ids = world
    with app.app_context():
        outsider = db.session.scalar(db.select(User).where(User.name == "outsider"))
    login(client, outsider)
    assert client.post(f"/account/api/tokens/{ids['ketua_token']}/revoke").status_code == 404
    assert client.get("/api/v1/me", headers=bearer(keys["read_only_ketua"])).status_code == 200


def test_a_webhook_to_a_private_address_is_refused_on_the_page(client, ketua):
    login(client, ketua)
    page = client.post(
        "/account/api/webhooks",
        data={"hook-url": "http://192.168.1.5/hook", "hook-events": ["need.posted"]},
    )
    assert page.status_code == 422
    assert "is-invalid" in page.get_data(as_text=True)


def test_the_delivery_log_is_its_owners_only(app, client, world, ketua):
    _keys, ids = world
    login(client, ketua)
    assert client.get(f"/account/api/webhooks/{ids['hook']}").status_code == 200
    with app.app_context():
        other = db.session.scalar(db.select(User).where(User.name == "admin"))
    client.post("/auth/logout")
    login(client, other)
    assert client.get(f"/account/api/webhooks/{ids['hook']}").status_code == 404
    assert client.post(f"/account/api/webhooks/{ids['hook']}/delete").status_code == 404


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get("/account/api/")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
