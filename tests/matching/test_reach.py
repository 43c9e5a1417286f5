"""Reach as a rule: an offer that cannot serve the group never ranks above one that can."""

from marketplace.matching import MatchEngine, MatchSettings, NeedInput, OfferInput
from marketplace.matching.metrics import reach_metrics

YOGYA = ("di yogyakarta", "di yogyakarta/sleman")
SLEMAN = (-7.71, 110.35)
JAYAPURA = (-2.5, 140.7)


def need(**kw) -> NeedInput:
    base = dict(id="n1", kind="training", title="Pelatihan membuat tahu", area_keys=YOGYA)
    base.update(lat=SLEMAN[0], lon=SLEMAN[1])
    base.update(kw)
    return NeedInput(**base)


def offer(id: str, title: str, **kw) -> OfferInput:
    return OfferInput(id=id, kind="training", title=title, **kw)


def test_an_offer_whose_area_excludes_the_group_ranks_below_a_weaker_one_that_reaches(
    engine: MatchEngine,
):
    exact_far = offer("bali", "Pelatihan membuat tahu dan tahu putih", area_keys=("bali",))
    weaker_near = offer("near", "Kursus olahan kedelai", area_keys=("di yogyakarta",))
    engine.build([exact_far, weaker_near])
    result = engine.top_k(need(title="Pelatihan membuat tahu dari kedelai"))
    assert [s.offer_id for s in result] == ["near", "bali"]
    assert [s.can_serve for s in result] == [True, False]
    assert any(r.code == "reach_none" for r in result[1].reasons)  # shown with why


def test_a_regency_in_the_area_is_enough(engine: MatchEngine):
    engine.build([offer("o", "Pelatihan tahu", area_keys=("di yogyakarta/sleman",))])
    assert engine.top_k(need())[0].can_serve


def test_an_offer_without_area_serves_within_the_documented_distance(engine: MatchEngine):
    based_far = offer("far", "Pelatihan tahu", lat=JAYAPURA[0], lon=JAYAPURA[1])
    engine.build([based_far])
    assert engine.top_k(need())[0].can_serve  # about 3,400 km: within Indonesia's width
    strict = MatchEngine(MatchSettings(arealess_reach_km=500), lexicon=engine.lexicon)
    strict.build([based_far, offer("near", "Pelatihan tahu", lat=-7.8, lon=110.4)])
    result = strict.top_k(need())
    assert [(s.offer_id, s.can_serve) for s in result] == [("near", True), ("far", False)]
    assert any(r.code == "reach_far" and int(r.param("km")) > 3000 for r in result[1].reasons)


def test_a_group_without_a_known_area_is_not_excluded(engine: MatchEngine):
    engine.build([offer("o", "Pelatihan tahu", area_keys=("bali",))])
    assert engine.top_k(need(area_keys=(), lat=None, lon=None))[0].can_serve


def test_the_verdict_survives_ranking_without_reasons_and_in_workers(engine: MatchEngine):
    engine.build([offer("far", "Pelatihan tahu", area_keys=("bali",)), offer("o", "Kursus tahu")])
    quick = engine.top_k(need(), explain=False)
    assert [(s.offer_id, s.can_serve) for s in quick] == [("o", True), ("far", False)]
    needs = [need(id=f"n{i}") for i in range(250)]
    parallel = engine.match_all(needs, workers=2)
    assert all([s.can_serve for s in found] == [True, False] for found in parallel.values())


def test_offers_see_needs_they_can_serve_first(engine: MatchEngine):
    engine.build_needs(
        [
            need(id="bali", title="Pelatihan membuat tahu putih", area_keys=("bali",)),
            need(id="yogya", title="Pelatihan kedelai"),
        ]
    )
    found = engine.top_needs(offer("o", "Pelatihan tahu kedelai", area_keys=("di yogyakarta",)))
    assert [(s.need_id, s.can_serve) for s in found] == [("yogya", True), ("bali", False)]


def test_reach_metrics_count_what_cannot_serve_and_inversions():
    serves = {("n1", "in"): True, ("n1", "out"): False, ("n2", "in"): True, ("n2", "out"): False}
    verdict = lambda n, o: serves[n, o]  # noqa: E731
    found = reach_metrics({"n1": ["out", "in"], "n2": ["in", "out"]}, verdict)
    assert found == {"cannot_serve": 2.0, "reach_inversions": 1.0}
