"""CSRF stays on every HTML form; the API, which takes no cookies, needs none."""

from __future__ import annotations

import pytest

from tests.api.world import bearer


@pytest.fixture
def app_config():
    return {"WTF_CSRF_ENABLED": True}


def test_the_token_page_refuses_a_post_without_its_csrf_token(app, client, world):
    import re

    from marketplace.extensions import db
    from marketplace.models import User
    from tests.factories import PASSWORD

    with app.app_context():
        email = db.session.scalar(db.select(User.email).where(User.name == "ketua"))
    page = client.get("/auth/login").get_data(as_text=True)
    (csrf,) = re.findall(r'name="csrf_token" type="hidden" value="([^"]+)"', page)[:1]
    signed_in = client.post(
        "/auth/login", data={"email": email, "password": PASSWORD, "csrf_token": csrf}
    )
    assert signed_in.status_code == 302
    response = client.post("/account/api/tokens", data={"token-name": "x", "token-scopes": "read"})
    assert response.status_code == 400
    assert "pp_" not in response.get_data(as_text=True)


def test_the_api_takes_writes_without_csrf(client, world):
    keys, ids = world
    response = client.post(
        f"/api/v1/groups/{ids['group']}/needs",
        json={"kind": "training", "title": "Tanpa CSRF, dengan token"},
        headers=bearer(keys["ketua"]),
    )
    assert response.status_code == 201
