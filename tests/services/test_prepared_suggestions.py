"""Matching out of the web request: the worker prepares suggestions from the change log."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from marketplace import matching as engine_package
from marketplace.extensions import db
from marketplace.models import ListingChange, MatchingState, NeedSuggestion, OfferSuggestion
from marketplace.models.base import utcnow
from marketplace.services.listings import posting
from marketplace.services.parties import providers
from marketplace.services.suggesting import prepared as prepared_suggestions
from marketplace.services.suggesting.preparation import Preparer, run_burst
from tests.factories import make_group, make_need, make_offer, make_provider, make_user


@pytest.fixture
def cast(ctx):
    chair, trainer, admin = make_user("Slamet"), make_user("Sri"), make_user(admin=True)
    group = make_group(chair)
    provider = make_provider(trainer)
    return chair, trainer, admin, group, provider


def offers_of(need) -> list[str]:
    return [offer.title for offer, _ in prepared_suggestions.for_need(need)]


def test_a_posted_need_is_prepared_by_the_worker_not_by_the_request(cast):
    _chair, _trainer, _admin, group, provider = cast
    make_offer(provider, title="Tofu production workshop", tags=["tofu"])
    need = make_need(group)
    assert offers_of(need) == []
    assert prepared_suggestions.readiness(need).state in ("preparing", "stale")
    run_burst()
    assert offers_of(need) == ["Tofu production workshop"]
    assert prepared_suggestions.readiness(need).ready
    _offer, prepared = prepared_suggestions.for_need(need)[0]
    assert any(
        r["code"] == "concept" and r["params"]["need_word"] == "tahu" for r in prepared.reasons
    )


def test_every_change_is_logged_with_the_change_itself(cast):
    _chair, _trainer, admin, group, provider = cast
    db.session.execute(ListingChange.__table__.delete())
    db.session.commit()
    need = make_need(group)
    offer = make_offer(provider)
    posting.update_listing(need, {"kind": "training", "title": "Pelatihan tahu dan tempe"})
    posting.transition(offer, "closed", reason="not_available")
    providers.set_verified(provider, verified=True, by=admin)
    logged = db.session.execute(select(ListingChange.kind, ListingChange.target_id)).all()
    assert logged == [
        ("need", need.id),
        ("offer", offer.id),
        ("need", need.id),
        ("offer", offer.id),
        ("provider", provider.id),
    ]


def test_a_new_offer_reaches_the_needs_it_enters_and_a_closed_one_leaves(cast):
    _chair, _trainer, _admin, group, provider = cast
    need = make_need(group)
    preparer = Preparer()
    assert preparer.hold_lease()
    preparer.load()
    preparer.apply_pending()
    assert offers_of(need) == []
    offer = make_offer(provider, title="Kursus membuat tahu", tags=["tahu"])
    assert preparer.apply_pending() == 1
    assert offers_of(need) == ["Kursus membuat tahu"]
    posting.transition(offer, "closed", reason="not_available")
    preparer.apply_pending()
    assert offers_of(need) == []
    assert db.session.scalar(select(ListingChange.id)) is None


def test_a_verification_reaches_the_reasons(cast):
    _chair, _trainer, admin, group, provider = cast
    need = make_need(group)
    make_offer(provider)
    preparer = Preparer()
    preparer.hold_lease()
    preparer.load()
    preparer.apply_pending()
    codes = lambda: {r["code"] for _, p in prepared_suggestions.for_need(need) for r in p.reasons}  # noqa: E731
    assert "verified" not in codes()
    providers.set_verified(provider, verified=True, by=admin)
    preparer.apply_pending()
    assert "verified" in codes()


def test_the_provider_side_lists_needs_its_offer_could_serve(cast):
    _chair, _trainer, _admin, group, provider = cast
    need = make_need(group)
    offer = make_offer(provider)
    run_burst()
    assert [n.id for n, _ in prepared_suggestions.for_offers([offer])[offer.id]] == [need.id]
    assert db.session.scalar(select(OfferSuggestion.need_id)) == need.id


def test_the_home_page_rows_are_the_first_prepared_needs_with_their_group(cast):
    _chair, _trainer, _admin, group, provider = cast
    needs = [make_need(group, title=f"Pelatihan tahu {i}") for i in range(4)]
    offer, closed = make_offer(provider), make_offer(provider)
    run_burst()
    posting.transition(closed, "closed", reason="fully_booked")
    full = prepared_suggestions.for_offers([offer], k=3)[offer.id]
    brief = prepared_suggestions.needs_for_offers([offer, closed], k=3)
    assert [(r.id, r.title, r.group_name) for r in brief[offer.id]] == [
        (n.id, n.title, n.group.name) for n, _ in full
    ]
    assert len(full) == 3 and {n.id for n, _ in full} <= {n.id for n in needs}
    assert brief[closed.id] == []


def test_a_pages_cards_are_for_needs_offers_with_what_they_show(cast):
    _chair, _trainer, admin, group, provider = cast
    other = make_provider(make_user("Wati"), name="Koperasi Wati")
    providers.set_verified(other, verified=True, by=admin)
    offers = [
        make_offer(p, title=f"Pelatihan tahu {i}") for i, p in enumerate([provider, other] * 3)
    ]
    need = make_need(group)
    run_burst()
    posting.transition(offers[1], "closed", reason="fully_booked")  # no longer usable
    for k, exclude in ((10, frozenset()), (2, {offers[0].id}), (10, {offers[2].id})):
        exclude = frozenset(exclude)
        full = prepared_suggestions.for_need(need, k, exclude=exclude)
        cards = prepared_suggestions.cards_for_need(need, k, exclude=exclude)
        assert len(full) == len(cards) > 0
        for (offer, prepared), (card, card_prepared) in zip(full, cards, strict=True):
            assert (card.id, card.title, card.status, card.service_area) == (
                offer.id,
                offer.title,
                offer.status,
                offer.service_area,
            )
            assert (card.available_from, card.available_until) == (
                offer.available_from,
                offer.available_until,
            )
            assert card.provider == prepared_suggestions.ProviderCard(
                offer.provider.name, offer.provider.verified
            )
            assert card_prepared == prepared
    cards = prepared_suggestions.cards_for_need(need)
    assert {c.provider.verified for c, _ in cards} == {True, False}
    assert offers[1].id not in {c.id for c, _ in cards}


def test_suggest_reads_exact_rows_after_a_burst_and_prints_the_same(cast, runner, monkeypatch):
    _chair, _trainer, _admin, group, provider = cast
    for title in ("Tofu workshop", "Tempe workshop", "Kursus tahu"):
        make_offer(provider, title=title, tags=["tahu"])
    make_need(group)
    make_need(group, title="Pelatihan tempe", tags=["tempe"])
    computed = runner.invoke(args=["suggest", "--k", "3", "--json"])
    run_burst()

    def no_engine(*args, **kwargs):
        raise AssertionError("suggest built an engine although every row was exact")

    monkeypatch.setattr(engine_package.MatchEngine, "__init__", no_engine)
    read = runner.invoke(args=["suggest", "--k", "3", "--json"])
    assert read.exit_code == 0, read.output
    assert read.output == computed.output


def test_after_a_change_suggest_computes_again_and_stays_right(cast, runner):
    _chair, _trainer, _admin, group, provider = cast
    make_offer(provider, title="Tofu workshop", tags=["tofu"])
    make_need(group)
    run_burst()
    make_offer(provider, title="Kursus tahu", tags=["tahu"])
    after_change = runner.invoke(args=["suggest", "--k", "5", "--json"]).output
    run_burst()
    assert runner.invoke(args=["suggest", "--k", "5", "--json"]).output == after_change
    assert "offer-" in after_change and after_change.count("offer-") == 2


def test_only_one_matching_worker_holds_the_index(cast):
    first, second = Preparer(), Preparer()
    second.holder = "another-host:1"
    assert first.hold_lease()
    assert not second.hold_lease()
    state = db.session.get(MatchingState, 1)
    state.heartbeat_at = utcnow() - timedelta(minutes=5)  # the first one died
    db.session.commit()
    assert second.hold_lease()


def test_when_the_worker_is_down_pages_say_since_when(cast):
    _chair, _trainer, _admin, group, provider = cast
    need = make_need(group)
    run_burst()
    state = db.session.get(MatchingState, 1)
    state.heartbeat_at = utcnow() - timedelta(hours=2)
    db.session.commit()
    posting.update_listing(need, {"kind": "training", "title": "Pelatihan tahu untuk 30 orang"})
    readiness = prepared_suggestions.readiness(need)
    assert readiness.state == "stale" and readiness.since == state.heartbeat_at


def test_rows_of_a_need_are_replaced_not_added(cast):
    _chair, _trainer, _admin, group, provider = cast
    need = make_need(group)
    make_offer(provider)
    run_burst()
    run_burst()
    ranks = db.session.scalars(
        select(NeedSuggestion.rank).where(NeedSuggestion.need_id == need.id)
    ).all()
    assert ranks == [1]


def test_a_change_makes_every_row_inexact_until_a_rebuild(cast):
    _chair, _trainer, _admin, group, provider = cast
    make_offer(provider)
    make_need(group)
    other = make_need(group, title="Pelatihan anyaman rotan", tags=["rotan"])
    preparer = run_burst()
    assert preparer.stale("need", 10) == []
    make_offer(provider, title="Kursus membuat tahu", tags=["tahu"])
    preparer.hold_lease()
    preparer.apply_pending()
    assert other.id in preparer.stale("need", 10)  # untouched, yet its scores may drift
    preparer.load()
    while preparer.reconcile():
        pass
    assert preparer.stale("need", 10) == []


def test_a_restart_with_nothing_changed_keeps_the_rows_exact(cast):
    _chair, _trainer, _admin, group, provider = cast
    make_offer(provider)
    make_need(group)
    before = run_burst().generation
    restarted = Preparer()
    restarted.hold_lease()
    restarted.load()
    assert restarted.generation == before
    assert restarted.stale("need", 10) == []
