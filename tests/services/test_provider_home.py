"""The provider's home page: the needs that may fit each offer, read a few ranks at a time,
against the same needs picked from all of an offer's prepared suggestions."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import Need, OfferSuggestion
from marketplace.services.listings import posting
from marketplace.services.suggesting import prepared
from marketplace.services.suggesting.preparation import run_burst
from tests.factories import make_group, make_need, make_offer, make_provider, make_user


def _plain(offer, k: int) -> list[int]:
    """The first ``k`` open needs of the offer's suggestions whose dates can still meet
    the offer's, read from all of them in rank order."""
    need_ids = db.session.scalars(
        select(OfferSuggestion.need_id)
        .where(OfferSuggestion.offer_id == offer.id)
        .order_by(OfferSuggestion.rank)
    )
    found = []
    for need_id in need_ids:
        need = db.session.get(Need, need_id)
        if need.status == "open" and prepared._usable(need, offer, date.today()):
            found.append(need_id)
    return found[:k]


def test_the_needs_that_may_fit_are_the_first_usable_of_all_suggestions(ctx):
    group = make_group(make_user("Slamet"))
    provider = make_provider(make_user("Sri"))
    needs = [make_need(group, title=f"Pelatihan tahu {i}") for i in range(9)]
    offers = [make_offer(provider, title=f"Pelatihan tahu {i}") for i in range(3)]
    closed = make_offer(provider, title="Pelatihan tahu lama")
    run_burst()
    ranked = db.session.scalars(
        select(OfferSuggestion.need_id)
        .where(OfferSuggestion.offer_id == offers[0].id)
        .order_by(OfferSuggestion.rank)
    ).all()
    assert len(ranked) == len(needs)
    # The first offer's best needs are closed or out of date: its three come from the
    # ranks read after the first ones, for it alone.
    for need_id in ranked[:3]:
        posting.transition(db.session.get(Need, need_id), "closed", reason="met_elsewhere")
    late = db.session.get(Need, ranked[3])
    late.wanted_from, late.wanted_until = None, date.today() - timedelta(days=1)
    posting.transition(closed, "closed", reason="fully_booked")
    db.session.commit()
    for k in (1, 2, 3, 6):
        shown = prepared.needs_for_offers([*offers, closed], k=k)
        assert {offer_id: [row.id for row in rows] for offer_id, rows in shown.items()} == {
            **{offer.id: _plain(offer, k) for offer in offers},
            closed.id: [],
        }
        assert all(len(shown[offer.id]) == min(k, 5) for offer in offers)  # 9 needs, 4 unusable
    rows = prepared.needs_for_offers(offers[:1], k=2)[offers[0].id]
    assert [(r.id, r.title, r.group_name) for r in rows] == [
        (i, db.session.get(Need, i).title, group.name) for i in _plain(offers[0], 2)
    ]
