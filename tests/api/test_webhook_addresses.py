"""By default (production) a webhook may not point into a private network."""

from __future__ import annotations

import pytest

from tests.api.world import bearer


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "ftp://example.org/hook",
        "http://user:pw@example.org/hook",
        "http://[broken/hook",
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused(client, world, url):
    keys, _ids = world
    response = client.post(
        "/api/v1/webhooks",
        json={"url": url, "events": ["need.posted"]},
        headers=bearer(keys["ketua"]),
    )
    assert response.status_code == 422
    assert "url" in response.json["errors"]


def test_a_send_checks_the_address_again(app):
    from marketplace.services.integrations import webhooks

    with app.app_context(), pytest.raises(webhooks.UnsafeAddress):
        webhooks.check_address("http://127.0.0.1:9/hook")
