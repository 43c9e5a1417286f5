"""Search uses the database's full-text index: every word must match, edits are followed."""

from __future__ import annotations

import pytest

from marketplace.extensions import db
from marketplace.models import Need
from marketplace.services.listings import posting
from marketplace.services.listings.search import Filters, search_needs, search_offers
from tests.factories import make_group, make_need, make_offer, make_provider, make_user


@pytest.fixture
def market(ctx):
    chair, trainer = make_user(), make_user()
    group = make_group(chair)
    provider = make_provider(trainer)
    tofu = make_need(group, title="Pelatihan membuat tahu", description="Anggota 20 orang",
                     tags=["kedelai"])  # fmt: skip
    rattan = make_need(group, title="Cari pembeli anyaman rotan", description="Keranjang",
                       tags=[])  # fmt: skip
    offer = make_offer(provider, title="Tofu production workshop", description="Hands-on")
    return tofu, rattan, offer


def titles(q: str) -> set[str]:
    return {n.title for n in search_needs(Filters(q=q), page=1, per_page=50).items}


def test_a_word_in_the_title_the_description_or_the_tags_finds_the_need(market):
    assert titles("tahu") == {"Pelatihan membuat tahu"}
    assert titles("keranjang") == {"Cari pembeli anyaman rotan"}
    assert titles("kedelai") == {"Pelatihan membuat tahu"}


def test_every_word_must_match(market):
    assert titles("tahu rotan") == set()
    assert titles("anyaman rotan") == {"Cari pembeli anyaman rotan"}


def test_the_start_of_a_word_finds_it(market):
    assert titles("anyam") == {"Cari pembeli anyaman rotan"}


def test_a_query_of_punctuation_only_does_not_filter(market):
    assert len(titles('"*:()')) == 2


def test_search_follows_edits(market):
    tofu, _rattan, _offer = market
    posting.update_listing(tofu, {"kind": "training", "title": "Pelatihan membuat tempe"})
    assert titles("tahu") == set()
    assert titles("tempe") == {"Pelatihan membuat tempe"}


def test_offers_are_searched_the_same_way(market):
    found = search_offers(Filters(q="workshop"), page=1, per_page=10).items
    assert [o.title for o in found] == ["Tofu production workshop"]


def test_a_typo_in_a_title_word_still_finds_it_on_postgresql(market):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("typo tolerance comes from pg_trgm")
    assert titles("anyamn") == {"Cari pembeli anyaman rotan"}


def test_near_spellings_are_looked_for_only_when_the_words_match_less_than_a_page(market):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("typo tolerance comes from pg_trgm")
    group = market[0].group
    for i in range(3):
        make_need(group, title=f"Anyaman rotan {i}", description="")
    make_need(group, title="Anyamn pandan", description="")  # spelled near "anyaman"
    # Four needs say "anyaman": a page of three holds fewer than that, so no typo search ...
    found = {n.title for n in search_needs(Filters(q="anyaman"), page=1, per_page=3).items}
    assert search_needs(Filters(q="anyaman"), page=1, per_page=3).total == 4
    assert "Anyamn pandan" not in found
    # ... a page of ten is not filled by them, so near spellings are added.
    assert "Anyamn pandan" in titles("anyaman")


def test_an_offer_reaches_a_province_in_its_area_or_everywhere(ctx):
    trainer = make_user()
    provider = make_provider(trainer, province_code="51", regency_code=None, service_area=["51"])
    make_offer(provider, title="Only Bali", service_area=["51"])
    make_offer(provider, title="Java and Bali", service_area=["33", "51"])
    make_offer(provider, title="Anywhere", service_area=[])
    found = {o.title for o in search_offers(Filters(province="33"), page=1, per_page=10).items}
    assert found == {"Java and Bali", "Anywhere"}


def test_a_found_listings_card_says_what_the_listing_says(market):
    from marketplace.services.listings.search import needs_query, offers_query
    from marketplace.services.parties import providers

    _tofu, _rattan, offer = market
    providers.set_verified(offer.provider, verified=True, by=make_user(admin=True))
    for search, query, side in (
        (search_needs, needs_query, "group"),
        (search_offers, offers_query, "provider"),
    ):
        cards = search(Filters(), page=1, per_page=10).items
        listings = db.session.scalars(query(Filters())).unique().all()
        assert [c.id for c in cards] == [x.id for x in listings] != []
        for card, listing in zip(cards, listings, strict=True):
            assert (card.kind, card.status, card.title) == (
                listing.kind,
                listing.status,
                listing.title,
            )
            if side == "group":
                shown = ("name", "regency_code", "province_code")
                assert [getattr(card.group, a) for a in shown] == [
                    getattr(listing.group, a) for a in shown
                ]
            else:
                assert card.service_area == listing.service_area
                assert (card.provider.name, card.provider.verified) == (listing.provider.name, True)


FILTERS = [
    Filters(),
    Filters(q="tahu"),
    Filters(q="pelatihan kopi arabika", kind="training", sector="food"),
    Filters(q="***", status="closed"),
    Filters(province="33", status="matched"),
    Filters(q="rotan", regency="3301"),
    Filters(q="rotan", province="33", regency="3301"),
    Filters(regency="9999"),  # a regency the reference data does not know
]


@pytest.mark.parametrize("filters", FILTERS)
def test_a_search_binds_by_name_what_its_shape_leaves_out(ctx, filters):
    from sqlalchemy import select

    from marketplace.models import Need, Offer
    from marketplace.services.listings import search

    for model, build in ((Need, search._needs), (Offer, search._offers)):
        for typos in (True, False):
            stmt = build(select(model.id).select_from(model), filters, typos=typos, joined=False)
            compiled = stmt.compile(dialect=db.engine.dialect).params
            ours = search._params(model, filters, typos=typos)
            assert {k: compiled[k] for k in ours} == ours
            named = {k for k in compiled if not k.rsplit("_", 1)[-1].isdigit()}
            assert named <= set(ours)  # every value of the filters is bound by name


def test_searches_of_one_shape_share_a_statement_and_find_their_own(market):
    from marketplace.services.listings import search

    tofu, rattan, _offer = market
    first = search_needs(Filters(q="tahu"), page=1, per_page=10)
    second = search_needs(Filters(q="rotan"), page=1, per_page=10)
    assert first._query_args["page_statement"] is second._query_args["page_statement"]
    assert [n.id for n in first.items] == [tofu.id] and [n.id for n in second.items] == [rattan.id]
    assert search._shape(Need, Filters(q="tahu"), typos=True) != search._shape(
        Need, Filters(q="tahu tempe"), typos=True
    )
