"""The provider's home page reads the unmet demand in the sectors of its open offers: the
concept → sector map is kept by the process until the worker saves another count."""

from __future__ import annotations

from datetime import timedelta

from marketplace.extensions import db
from marketplace.models import ListingAnalysis, MatchingState, UnmetDemand
from marketplace.models.base import utcnow
from marketplace.services.insight import demand
from tests.factories import make_offer, make_provider, make_user


def _count(concept_sectors: dict[str, str], rows: list[tuple[str, str]]) -> None:
    """What ``Counting.write`` leaves: the rows, the map and the count's time at once."""
    db.session.execute(UnmetDemand.__table__.delete())
    for i, (concept, sector) in enumerate(rows):
        db.session.add(
            UnmetDemand(
                province="51",
                sector=sector,
                concept=concept,
                kind="training",
                words=concept,
                groups=i + 1,
                needs=i + 1,
                need_ids=[],
            )  # fmt: skip
        )
    state = db.session.get(MatchingState, 1) or MatchingState(id=1)
    db.session.add(state)
    state.demand_at = (state.demand_at or utcnow()) + timedelta(seconds=1)
    state.concept_sectors = concept_sectors
    db.session.commit()


def _subjects(providers) -> list[str]:
    return [row.concept for row in demand.for_providers(providers, limit=10)]


def test_a_new_count_brings_its_own_map_of_sectors(ctx):
    provider = make_provider(make_user(), province_code="51", regency_code=None, service_area=[])
    offer = make_offer(provider, title="Pelatihan desain kemasan")
    db.session.add(
        ListingAnalysis(kind="offer", listing_id=offer.id, version="t", profile={"c:kemasan": 99.0})
    )
    closed = make_offer(provider, title="Pelatihan budidaya lele")
    closed.status = "closed"
    db.session.add(
        ListingAnalysis(kind="offer", listing_id=closed.id, version="t", profile={"c:lele": 99.0})
    )
    rows = [("izin pirt", "food_processing"), ("kolam", "fisheries")]
    _count({"kemasan": "food_processing", "lele": "fisheries"}, rows)
    assert _subjects([provider]) == ["izin pirt"]  # only the open offer's sector
    assert _subjects([provider]) == ["izin pirt"]  # the kept map, the same answer
    _count({"kemasan": "fisheries", "lele": "food_processing"}, rows)
    assert _subjects([provider]) == ["kolam"]  # the new count's map, not the kept one
    closed.status = "open"
    db.session.commit()
    assert _subjects([provider]) == ["kolam", "izin pirt"]
    assert demand.for_providers([], limit=10) == []


def test_a_provider_without_open_offers_sees_no_demand(ctx):
    provider = make_provider(make_user(), province_code="51", regency_code=None, service_area=[])
    _count({"kemasan": "food_processing"}, [("izin pirt", "food_processing")])
    assert _subjects([provider]) == []
    offer = make_offer(provider, title="Pelatihan desain kemasan")
    assert _subjects([provider]) == []  # open, but not analysed yet
    db.session.add(
        ListingAnalysis(kind="offer", listing_id=offer.id, version="t", profile={"c:kemasan": 99.0})
    )
    db.session.commit()
    assert _subjects([provider]) == ["izin pirt"]
