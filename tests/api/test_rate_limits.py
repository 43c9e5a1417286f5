"""Each token has its own budget of requests (Flask-Limiter, the app's limiter)."""

from __future__ import annotations

import pytest

from tests.api.world import bearer


@pytest.fixture
def app_config():
    return {"RATELIMIT_ENABLED": True, "API_RATE_LIMIT": "3 per minute"}


def test_a_token_past_its_limit_gets_429_and_others_are_not_slowed(client, world):
    keys, _ids = world
    answers = [client.get("/api/v1/me", headers=bearer(keys["ketua"])) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert answers[-1].mimetype == "application/problem+json"
    assert answers[-1].json["reason"] == "rate_limited"
    assert "Retry-After" in answers[-1].headers or "X-RateLimit-Reset" in answers[-1].headers
    assert client.get("/api/v1/me", headers=bearer(keys["provider"])).status_code == 200
