"""Pages a cheap phone can afford: compressed, static files under hashed names kept for a
year, only the icons used, and a favicon."""

from __future__ import annotations

import re

STATIC_LINK = re.compile(r'(?:href|src)="(/(?:static|bootstrap/static)/[^"]+)"')
HASHED = re.compile(r"\.[0-9a-f]{12}\.[a-z0-9]+$")


def static_links(client) -> list[str]:
    return STATIC_LINK.findall(client.get("/").get_data(as_text=True))


def test_pages_are_compressed_for_browsers_that_accept_it(client):
    response = client.get("/", headers={"Accept-Encoding": "gzip, br"})
    assert response.headers["Content-Encoding"] == "br"
    assert "Accept-Encoding" in response.headers["Vary"]


def test_every_static_file_is_linked_under_a_hashed_name(client):
    links = static_links(client)
    assert any("bootstrap.min" in link and link.endswith(".css") for link in links)
    assert [link for link in links if not HASHED.search(link)] == []


def test_hashed_static_files_are_kept_for_a_year(client):
    for link in static_links(client):
        response = client.get(link, headers={"Accept-Encoding": "br"})
        assert response.status_code == 200, link
        assert response.cache_control.max_age == 365 * 24 * 3600
        assert response.cache_control.immutable
        if link.endswith((".css", ".js")) and len(response.data) > 500:
            assert response.headers["Content-Encoding"] == "br"


def test_a_stale_or_missing_hash_gets_the_file_with_a_short_lifetime(client):
    for link in ("/static/css/app.css", "/static/css/app.0123456789ab.css"):
        response = client.get(link)
        assert response.status_code == 200
        assert response.cache_control.max_age == 300
        assert not response.cache_control.immutable


def test_unknown_static_files_are_not_found(client):
    assert client.get("/static/css/nothing.0123456789ab.css").status_code == 404
    assert client.get("/static/../marketplace/config.py").status_code == 404


def test_the_icon_sprite_is_not_loaded_the_bell_is_drawn_inline(client, app):
    from tests.factories import login, make_user, snap

    with app.app_context():
        person = snap(make_user())
    login(client, person)
    page = client.get("/dashboard").get_data(as_text=True)
    assert "bootstrap-icons" not in page
    assert '<svg aria-hidden="true"' in page and "<path d=" in page


def test_there_is_a_favicon(client):
    page = client.get("/").get_data(as_text=True)
    assert re.search(r'<link rel="icon" href="/static/favicon\.[0-9a-f]{12}\.svg"', page)
    assert client.get("/favicon.ico").status_code == 301
