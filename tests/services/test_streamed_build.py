"""The index a worker builds from rows as it reads them is the index of the whole lists."""

from __future__ import annotations

from sqlalchemy import delete, update

from marketplace.extensions import db
from marketplace.matching import MatchEngine
from marketplace.models import ListingAnalysis, Offer
from marketplace.services.suggesting import index_store, inputs
from tests.factories import make_group, make_need, make_offer, make_provider, make_user


def indexed(engine: MatchEngine) -> dict:
    """Everything a built engine holds, in order (what ranking and its ties read)."""
    return {
        "features": list(engine.table.names),
        **{
            f"{side}:{kind}": [
                (key, list(value.items()) if isinstance(value, dict) else value)
                for key, value in index.__getstate__().items()
            ]
            for side, indexes in (("offers", engine._offers), ("needs", engine._needs))
            for kind, index in indexes.items()
        },
    }


def both_ways(ctx) -> tuple[tuple[dict, dict], tuple[dict, dict]]:
    whole = MatchEngine(inputs.settings())
    whole_ids = index_store._build_listed(whole, needs=True, workers=1)
    db.session.commit()
    streamed = MatchEngine(inputs.settings(), whole.lexicon)
    streamed_ids = index_store.build(streamed, workers=1)
    db.session.commit()
    return (indexed(whole), whole_ids), (indexed(streamed), streamed_ids)


def market(ctx):
    chair, trainer, seller = make_user("Slamet"), make_user("Sri"), make_user("Wati")
    group = make_group(chair)
    trainers, sellers = make_provider(trainer), make_provider(seller, service_area=[])
    offers = [
        make_offer(trainers, title="Pelatihan membuat tahu", tags=["tahu"]),
        make_offer(sellers, kind="market", title="Kami membeli gula aren", tags=["gula"]),
        make_offer(trainers, title="Pelatihan anyaman rotan", tags=["rotan", "anyam"]),
        make_offer(sellers, kind="resource", title="Sewa mesin giling kopi", tags=[]),
        make_offer(trainers, title="Budidaya lele kolam terpal", tags=["lele"]),
    ]
    needs = [
        make_need(group, title="Kami butuh pelatihan membuat tahu", tags=["tahu"]),
        make_need(group, kind="market", title="Jual gula aren 50 kg", tags=["gula"]),
        make_need(group, title="Pelatihan anyam rotan utk ibu2", tags=["rotan"]),
    ]
    db.session.commit()
    return offers, needs


def test_the_streamed_build_holds_what_the_whole_lists_build_holds(ctx):
    offers, _needs = market(ctx)
    offers[2].status = "closed"
    db.session.commit()
    whole, streamed = both_ways(ctx)
    assert streamed == whole
    assert len(streamed[1]["offers"]) == 4 and len(streamed[1]["needs"]) == 3


def test_listings_without_a_current_stored_profile_are_analysed_and_stored(ctx):
    market(ctx)
    db.session.execute(delete(ListingAnalysis).where(ListingAnalysis.kind == "offer"))
    db.session.execute(update(ListingAnalysis).values(version="an-older-lexicon"))
    db.session.commit()
    whole, streamed = both_ways(ctx)
    assert streamed == whole
    version = inputs.analysis_version(inputs.settings())
    assert set(inputs.stored_profiles("offer", version)) == set(
        db.session.scalars(db.select(Offer.id).where(Offer.status == "open"))
    )


def test_two_listings_with_one_stable_id_build_as_the_whole_lists_do(ctx):
    offers, _needs = market(ctx)
    # a ref written as another listing's made-up id: two rules, one stable id
    offers[3].ref = f"offer-{offers[1].id}"
    offers[1].ref = None
    db.session.commit()
    whole, streamed = both_ways(ctx)
    assert streamed == whole
    assert streamed[1]["offers"][f"offer-{offers[1].id}"] == offers[3].id  # the later one
