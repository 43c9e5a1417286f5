"""What the offline queue relies on from the server: a service worker at the root, a way
to renew a CSRF token for a post that waited, and a place on every page to say what waits."""

from __future__ import annotations

from tests.factories import login, make_user, snap


def test_the_service_worker_is_served_from_the_root_and_always_revalidated(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response.mimetype == "text/javascript"
    assert response.headers["Service-Worker-Allowed"] == "/"
    assert response.cache_control.no_cache


def test_a_signed_in_person_gets_a_fresh_csrf_token(client, app):
    with app.app_context():
        person = snap(make_user())
    assert client.get("/csrf-token").status_code == 302  # signed out: to the sign-in page
    login(client, person)
    response = client.get("/csrf-token")
    assert response.status_code == 200
    assert response.json["csrf_token"]
    assert response.cache_control.no_store


def test_signed_in_pages_have_the_waiting_to_send_notice_and_the_queue(client, app):
    with app.app_context():
        person = snap(make_user())
    login(client, person)
    page = client.get("/dashboard").get_data(as_text=True)
    assert 'id="outbox-status"' in page and "{n}" in page
    assert "/static/js/outbox." in page
