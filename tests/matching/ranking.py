"""How the engine tests read a ranking: the offers' ids, first to last, for one need."""

from __future__ import annotations

from marketplace.matching import MatchEngine, NeedInput, OfferInput


def order(
    engine: MatchEngine,
    need: str,
    offers: dict[str, str],
    kind: str = "training",
    *,
    area: tuple[str, ...],
) -> list[str]:
    """Index ``offers`` (id → title) alone and rank them for a need titled ``need`` in
    ``area``."""
    engine.build(OfferInput(id=i, kind=kind, title=t) for i, t in offers.items())
    found = engine.top_k(NeedInput(id="n", kind=kind, title=need, area_keys=area))
    return [s.offer_id for s in found]
