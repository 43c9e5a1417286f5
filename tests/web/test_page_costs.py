"""The busy pages cost the same few queries however many listings, groups or matches they show.

Query counts, not timings (timings live in ``benchmarks/bench_pages.py``): a count that
grows with the data is an N+1 or a list read whole.
"""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event

from marketplace.extensions import db
from marketplace.models import Group, Match, Provider, User
from marketplace.services.curation import actions, caseload
from tests.factories import (
    login,
    make_group,
    make_need,
    make_offer,
    make_provider,
    make_user,
    snap,
)


@contextmanager
def counted_queries(app):
    counts = {"n": 0}

    def count(_conn, _cursor, statement, *_args):
        counts["n"] += 1
        counts.setdefault("statements", []).append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield counts
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _cost(app, client, path: str) -> int:
    client.get(path)  # warm up (the session's user, caches)
    with counted_queries(app) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return queries["n"]


def _selects(app, client, path: str) -> list[str]:
    client.get(path)
    with counted_queries(app) as queries:
        assert client.get(path).status_code == 200
    return [
        s
        for s in queries.get("statements", ())
        if s.lstrip().upper().startswith(("SELECT", "WITH"))
    ]


def test_need_search_costs_the_same_with_needs_of_many_groups(app, client):
    with app.app_context():
        chair = snap(make_user())
        make_need(make_group(db.session.get(User, chair.id)), title="Pelatihan anyaman rotan")
    few = _cost(app, client, "/needs/?q=rotan")
    with app.app_context():
        chair = db.session.get(User, chair.id)
        for i in range(6):
            make_need(make_group(chair, name=f"Kelompok Rotan {i}"), title=f"Anyaman rotan {i}")
    many = _cost(app, client, "/needs/?q=rotan")
    assert "Kelompok Rotan 5" in client.get("/needs/?q=rotan").get_data(as_text=True)
    assert few == many


def test_offer_search_costs_the_same_with_offers_of_many_providers(app, client):
    with app.app_context():
        owner = snap(make_user())
        make_offer(make_provider(db.session.get(User, owner.id)), title="Kursus anyaman rotan")
    few = _cost(app, client, "/offers/?q=rotan")
    with app.app_context():
        owner = db.session.get(User, owner.id)
        for i in range(6):
            provider = make_provider(owner, name=f"Penyedia Rotan {i}")
            make_offer(provider, title=f"Kursus rotan {i}")
    many = _cost(app, client, "/offers/?q=rotan")
    assert "Penyedia Rotan 5" in client.get("/offers/?q=rotan").get_data(as_text=True)
    assert few == many


def _facilitator_with_groups(app, groups: int):
    with app.app_context():
        facilitator = make_user("Pendamping", facilitator=True)
        chair, trainer = make_user(), make_user()
        provider = make_provider(trainer)
        made = [make_group(chair, name=f"Kelompok {i:02d}") for i in range(groups)]
        caseload.assign(facilitator=facilitator, province_code="34")
        return snap(facilitator), snap(provider), [snap(g) for g in made]


def test_the_dashboard_costs_the_same_with_more_needs_and_matches(app, client):
    facilitator, provider, groups = _facilitator_with_groups(app, 2)
    with app.app_context():
        make_need(db.session.get(Group, groups[0].id))
    login(client, facilitator)
    few = _cost(app, client, "/facilitate/dashboard")
    with app.app_context():
        by = db.session.get(User, facilitator.id)
        provider = db.session.get(Provider, provider.id)
        for i in range(8):
            group = db.session.get(Group, groups[i % 2].id)
            kind = ("training", "market")[i % 2]
            need = make_need(group, kind=kind, title=f"Butuh {i}")
            offer = make_offer(provider, kind=kind, title=f"Tawaran {i}")
            actions.propose(need, offer, by=by, note="")
    many = _cost(app, client, "/facilitate/dashboard")
    assert few == many


def test_the_caseload_costs_a_few_statements_however_many_groups_and_matches(app, client):
    facilitator, provider, groups = _facilitator_with_groups(app, 2)
    provider_id = provider.id
    with app.app_context():
        make_need(db.session.get(Group, groups[0].id))
    login(client, facilitator)
    few = _selects(app, client, "/facilitate/")
    with app.app_context():
        by = db.session.get(User, facilitator.id)
        provider = db.session.get(Provider, provider.id)
        more = [make_group(make_user(), name=f"Kelompok Baru {i}") for i in range(3)]
        targets = [db.session.get(Group, g.id) for g in groups] + more
        for i in range(8):
            need = make_need(targets[i % 5], title=f"Butuh {i}")
            actions.propose(need, make_offer(provider, title=f"Tawaran {i}"), by=by, note="")
    many = _selects(app, client, "/facilitate/")
    assert "Kelompok Baru 2" in client.get("/facilitate/").get_data(as_text=True)
    # the user (with grants and bell), the ordered page of groups with its total and their
    # counts, their shown needs; proposals waiting on groups are counted, not listed
    assert len(few) <= 3 and len(many) <= 3, (few, many)
    with app.app_context():
        need = make_need(db.session.get(Group, groups[1].id), title="Butuh jawaban")
        offer = make_offer(db.session.get(Provider, provider_id), title="Tawaran jawaban")
        db.session.add(Match(need=need, offer=offer, state="responded", origin="provider"))
        db.session.commit()
    answered = _selects(app, client, "/facilitate/")
    assert "Tawaran jawaban" in client.get("/facilitate/").get_data(as_text=True)
    # and the answers waiting on the facilitator, with their offers and providers
    assert len(answered) <= 6, answered


def test_the_caseload_counts_only_its_own_groups(app, client):
    facilitator, _provider, groups = _facilitator_with_groups(app, 3)
    with app.app_context():
        from datetime import timedelta

        from marketplace.models.base import utcnow

        chair = make_user()
        elsewhere = make_group(
            chair, name="Kelompok Jauh", province_code="33", regency_code="33.10"
        )
        old = [make_need(elsewhere, title=f"Lama {i}") for i in range(3)]
        old.append(make_need(db.session.get(Group, groups[2].id), title="Lama di sini"))
        for need in old:
            need.created_at = utcnow() - timedelta(days=30)
        db.session.commit()
        result = caseload.caseload(
            db.session.get(User, facilitator.id), stale_days=7, page=1, per_page=10
        )
        assert [c.group.name for c in result.cases][0] == "Kelompok 02"
        assert "Kelompok Jauh" not in [c.group.name for c in result.cases]
        assert result.cases[0].untouched_count == 1 and result.total == 3


def test_a_search_page_and_its_total_come_in_one_query(app, ctx):
    from marketplace.services.listings.search import Filters, search_needs

    chair = make_user()
    for i in range(5):
        make_need(make_group(chair), title=f"Pelatihan kopi {i}")
    make_need(make_group(chair), title="Pelatihan batik")
    with counted_queries(app) as queries:
        page = search_needs(Filters(q="pelatihan kopi"), page=3, per_page=2)
    assert (len(page.items), page.total, page.pages) == (1, 5, 3), queries["statements"]
    selects = [
        s for s in queries["statements"] if s.lstrip().upper().startswith(("SELECT", "WITH"))
    ]
    assert len(selects) == 1, selects
    beyond = search_needs(Filters(q="kopi"), page=4, per_page=2)
    assert (beyond.items, beyond.total) == ([], 5)
    nothing = search_needs(Filters(q="rotan"), page=1, per_page=2)
    assert (nothing.items, nothing.total) == ([], 0)


def test_the_quick_select_renders_what_wtforms_renders(app):
    from werkzeug.datastructures import MultiDict
    from wtforms.widgets import Select

    from marketplace.formkit import SearchForm

    with app.test_request_context("/needs/?province=34&regency=34.04"):
        form = SearchForm(MultiDict({"province": "34", "regency": "34.04"}))
        for field in (form.province, form.regency):
            quick = str(field(class_="form-select"))
            assert quick == str(Select()(field, class_="form-select"))
            assert len(field.choices) > 30
        assert '<option selected value="34.04">' in str(form.regency())


def test_a_providers_or_groups_page_of_listings_comes_with_its_total(app, ctx):
    from marketplace.models import Need, Offer
    from marketplace.services.listings import posting

    owner = make_user()
    provider, group = make_provider(owner), make_group(owner)
    for i in range(3):
        make_offer(provider, title=f"Kursus rotan {i}")
        make_need(group, title=f"Pelatihan rotan {i}")
    assert provider.id and group.id  # loaded again after the commits, before counting
    for listings, model in (
        (lambda **kw: posting.offers_of_provider(provider, published_only=False, **kw), Offer),
        (lambda **kw: posting.needs_of_group(group, published_only=False, **kw), Need),
    ):
        with counted_queries(app) as queries:
            page = listings(page=1, per_page=2)
        assert queries["n"] == 1, queries["statements"]
        assert page.total == 3 and page.pages == 2
        assert [type(item) for item in page.items] == [model, model]
        beyond = listings(page=3, per_page=2)
        assert (beyond.items, beyond.total) == ([], 3)


def test_the_home_page_costs_the_same_with_more_groups_and_providers(app, client):
    with app.app_context():
        chair, owner = snap(make_user()), snap(make_user())
        make_need(make_group(db.session.get(User, chair.id)), title="Pelatihan anyaman rotan")
        make_offer(make_provider(db.session.get(User, owner.id)), title="Kursus anyaman rotan")
    few = _cost(app, client, "/")
    with app.app_context():
        chair, owner = db.session.get(User, chair.id), db.session.get(User, owner.id)
        for i in range(5):
            make_need(make_group(chair, name=f"Kelompok Rotan {i}"), title=f"Anyaman {i}")
            make_offer(make_provider(owner, name=f"Penyedia Rotan {i}"), title=f"Kursus {i}")
    many = _cost(app, client, "/")
    page = client.get("/").get_data(as_text=True)
    assert "Kelompok Rotan 4" in page and "Penyedia Rotan 4" in page
    assert few == many


def test_the_csv_downloads_cost_the_same_with_more_groups_and_providers(app, client):
    with app.app_context():
        facilitator, chair, owner = snap(make_user(facilitator=True)), make_user(), make_user()
        make_need(make_group(chair), title="Pelatihan anyaman rotan")
        make_offer(make_provider(owner), title="Kursus anyaman rotan")
        chair, owner = snap(chair), snap(owner)
    login(client, facilitator)

    def cost(path: str) -> tuple[int, str]:
        client.get(path).get_data()
        with counted_queries(app) as queries:
            body = client.get(path).get_data(as_text=True)  # read as it is sent
        return queries["n"], body

    few = [cost("/export/needs.csv")[0], cost("/export/offers.csv")[0]]
    with app.app_context():
        chair, owner = db.session.get(User, chair.id), db.session.get(User, owner.id)
        for i in range(5):
            make_need(make_group(chair, name=f"Kelompok Rotan {i}"), title=f"Anyaman {i}")
            make_offer(make_provider(owner, name=f"Penyedia Rotan {i}"), title=f"Kursus {i}")
    (needs_cost, needs), (offers_cost, offers) = (
        cost("/export/needs.csv"),
        cost("/export/offers.csv"),
    )
    assert "Kelompok Rotan 4" in needs and "Penyedia Rotan 4" in offers
    assert [needs_cost, offers_cost] == few
