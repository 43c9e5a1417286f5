"""Lists that grow come in pages, and a page costs the same few queries however long the list."""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import event

from marketplace.extensions import db
from marketplace.models import Group
from marketplace.models.base import utcnow
from marketplace.services.curation import caseload
from marketplace.services.messaging import notifications
from tests.factories import (
    login,
    make_group,
    make_need,
    make_offer,
    make_provider,
    make_user,
    snap,
)


@pytest.fixture
def app_config():
    return {"PER_PAGE": 3}


@contextmanager
def counted_queries(app):
    counts = {"n": 0}

    def count(*_args):
        counts["n"] += 1

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield counts
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _titles(html: str, prefix: str) -> list[str]:
    return re.findall(rf">({prefix} \d+)<", html)


def test_a_group_page_shows_its_needs_a_page_at_a_time(client, app):
    with app.app_context():
        chair = make_user()
        group = make_group(chair)
        for i in range(7):
            make_need(group, title=f"Kebutuhan {i}")
        make_need(group, title="Draf rahasia", status="draft")
        group = snap(group)
    first = client.get(f"/groups/{group.id}").get_data(as_text=True)
    last = client.get(f"/groups/{group.id}?page=3").get_data(as_text=True)
    assert _titles(first, "Kebutuhan") == ["Kebutuhan 6", "Kebutuhan 5", "Kebutuhan 4"]
    assert _titles(last, "Kebutuhan") == ["Kebutuhan 0"]
    assert "Draf rahasia" not in first + last
    assert f"/groups/{group.id}?page=2" in first


def test_a_group_page_costs_the_same_queries_with_many_needs(client, app):
    with app.app_context():
        chair = make_user()
        small, large = make_group(chair), make_group(chair)
        make_need(small, title="Kebutuhan 0")
        for i in range(12):
            make_need(large, title=f"Kebutuhan {i}")
        small, large = snap(small), snap(large)
    client.get(f"/groups/{small.id}")  # warm up
    costs = []
    for group in (small, large):
        with counted_queries(app) as queries:
            assert client.get(f"/groups/{group.id}").status_code == 200
        costs.append(queries["n"])
    assert costs[0] == costs[1]


def test_a_provider_page_shows_its_offers_a_page_at_a_time(client, app):
    with app.app_context():
        owner = make_user()
        provider = make_provider(owner)
        for i in range(5):
            make_offer(provider, title=f"Penawaran {i}")
        provider = snap(provider)
    first = client.get(f"/providers/{provider.id}").get_data(as_text=True)
    second = client.get(f"/providers/{provider.id}?page=2").get_data(as_text=True)
    assert _titles(first, "Penawaran") == ["Penawaran 4", "Penawaran 3", "Penawaran 2"]
    assert _titles(second, "Penawaran") == ["Penawaran 1", "Penawaran 0"]


def _province_caseload(app, groups: int, needs_in_first: int):
    with app.app_context():
        facilitator = make_user("Pendamping", facilitator=True)
        chair = make_user()
        made = [make_group(chair, name=f"Kelompok {i:02d}") for i in range(groups)]
        caseload.assign(facilitator=facilitator, province_code="34")
        for i in range(needs_in_first):
            make_need(made[0], title=f"Kebutuhan {i}")
        return snap(facilitator), [snap(g) for g in made]


def test_the_caseload_comes_in_pages_of_groups_with_their_first_needs(client, app):
    facilitator, groups = _province_caseload(app, groups=7, needs_in_first=12)
    login(client, facilitator)
    first = client.get("/facilitate/").get_data(as_text=True)
    assert "Kelompok 00" in first  # most open needs: it is listed, its first ten shown
    assert len(_titles(first, "Kebutuhan")) == caseload.SHOWN_PER_GROUP
    assert "12" in first and f"/groups/{groups[0].id}" in first
    pages = [client.get(f"/facilitate/?page={n}").get_data(as_text=True) for n in (1, 2, 3)]
    listed = [name for page in pages for name in re.findall(r">(Kelompok \d\d)</a>", page)]
    assert sorted(listed) == [f"Kelompok {i:02d}" for i in range(7)]


def test_untouched_needs_bring_their_group_to_the_first_page(ctx):
    facilitator = make_user(facilitator=True)
    chair = make_user()
    groups = [make_group(chair, name=f"Kelompok {i:02d}") for i in range(6)]
    caseload.assign(facilitator=facilitator, province_code="34")
    old = make_need(groups[5], title="Lama")
    old.created_at = utcnow() - timedelta(days=30)
    db.session.commit()
    result = caseload.caseload(facilitator, stale_days=7, page=1, per_page=2)
    assert result.total == 6
    assert result.cases[0].group.id == groups[5].id
    assert result.cases[0].untouched_ids == {old.id}
    # the total comes with each page's rows, and is counted apart past the last page
    for page, shown in ((3, 2), (4, 0)):
        later = caseload.caseload(facilitator, stale_days=7, page=page, per_page=2)
        assert (later.total, len(later.cases), later.pages) == (6, shown, 3)


def test_the_caseload_costs_the_same_queries_with_many_needs(client, app):
    facilitator, _groups = _province_caseload(app, groups=3, needs_in_first=1)
    login(client, facilitator)
    client.get("/facilitate/")
    with counted_queries(app) as few:
        client.get("/facilitate/")
    with app.app_context():
        first = db.session.get(Group, _groups[0].id)
        for i in range(15):
            make_need(first, title=f"Tambahan {i}")
    with counted_queries(app) as many:
        client.get("/facilitate/")
    assert few["n"] == many["n"]


def test_notifications_come_in_pages(client, app):
    with app.app_context():
        user = make_user()
        for i in range(55):
            notifications.notify([user], text=lambda i=i: f"Kabar {i}")
        db.session.commit()
        user = snap(user)
    login(client, user)
    first = client.get("/notifications").get_data(as_text=True)
    second = client.get("/notifications?page=2").get_data(as_text=True)
    assert "Kabar 54" in first and "Kabar 54" not in second
    assert first.count("Kabar ") == 50
    assert second.count("Kabar ") == 5


def test_admin_lists_come_in_pages(client, app):
    with app.app_context():
        admin = make_user(admin=True)
        owner = make_user()
        for i in range(55):
            make_provider(owner, name=f"Penyedia {i:02d}")
        admin = snap(admin)
    login(client, admin)
    first = client.get("/admin/providers").get_data(as_text=True)
    second = client.get("/admin/providers?page=2").get_data(as_text=True)
    assert len(re.findall(r"Penyedia \d\d", first)) == 50
    assert len(re.findall(r"Penyedia \d\d", second)) == 5


def test_the_uncovered_groups_come_in_pages_oldest_first(client, app):
    with app.app_context():
        facilitator = make_user(facilitator=True)
        for i in range(5):
            papua = {"province_code": "94", "regency_code": None}
            make_group(make_user(), name=f"Kelompok sepi {i}", **papua)
        facilitator = snap(facilitator)
    login(client, facilitator)
    first = client.get("/facilitate/uncovered").get_data(as_text=True)
    second = client.get("/facilitate/uncovered?page=2").get_data(as_text=True)
    assert _titles(first, "Kelompok sepi") == [f"Kelompok sepi {i}" for i in range(3)]
    assert _titles(second, "Kelompok sepi") == [f"Kelompok sepi {i}" for i in range(3, 5)]
    assert "page=2" in first
