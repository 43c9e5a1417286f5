"""Behaviour of the engine: hard rules, ranking, reasons, updates, both directions."""

from dataclasses import replace
from datetime import date

from marketplace.matching import MatchEngine, NeedInput, OfferInput, Suggestion

YOGYA = ("di yogyakarta", "di yogyakarta/sleman")


def need(**kw) -> NeedInput:
    base = dict(
        id="n1",
        kind="training",
        title="Kami butuh pelatihan membuat tahu",
        area_keys=YOGYA,
        lat=-7.71,
        lon=110.35,
        quantity=24,
    )
    base.update(kw)
    return NeedInput(**base)


def offer(id: str, title: str, **kw) -> OfferInput:
    return OfferInput(id=id, kind=kw.pop("kind", "training"), title=title, **kw)


OFFERS = [
    offer("o1", "Tofu production workshop", description="Hands-on, 2 days", tags=("tofu",)),
    offer("o2", "Pelatihan membuat roti", description="Roti manis dan roti tawar"),
    offer("o3", "Bimbingan belajar tahun ajaran baru", description="Les privat anak sekolah"),
    offer("o4", "Membeli tahu", kind="market", description="Kami membeli tahu putih"),
    offer("o5", "Pelatihan budidaya lele", description="Kolam terpal"),
    offer("o6", "Pelatihan las listrik", description="Untuk pemuda desa"),
]


def ids(suggestions: list[Suggestion]) -> list[str]:
    return [s.offer_id for s in suggestions]


def test_indonesian_need_meets_english_offer_and_not_bread(engine: MatchEngine):
    engine.build(OFFERS)
    found = ids(engine.top_k(need()))
    assert found[0] == "o1"
    assert "o2" not in found and "o3" not in found


def test_typos_on_either_side_still_meet(engine: MatchEngine):
    engine.build([offer("typo", "Pelatihan anyaman rtoan"), offer("bread", "Kursus roti")])
    assert ids(engine.top_k(need(title="butuh pelatihan rotan"))) == ["typo"]
    engine.build([offer("clean", "Rattan weaving workshop")])
    assert ids(engine.top_k(need(title="pelatihn anyaman rotann"))) == ["clean"]


def test_wrong_kind_and_closed_offers_are_never_suggested(engine: MatchEngine):
    engine.build([*OFFERS, offer("o7", "Kursus tahu", status="closed")])
    found = ids(engine.top_k(need()))
    assert "o4" not in found and "o7" not in found


def test_nothing_relevant_gives_an_empty_list(engine: MatchEngine):
    engine.build(OFFERS)
    assert engine.top_k(need(title="Pelatihan menjahit baju untuk kelompok")) == []


def test_reasons_explain_the_concept_in_both_words(engine: MatchEngine):
    engine.build(OFFERS)
    top = engine.top_k(need())[0]
    concept = next(r for r in top.reasons if r.code == "concept")
    assert concept.param("need_word") == "tahu"
    assert concept.param("offer_word") == "tofu"
    assert concept.param("concept") == "tofu"
    codes = {r.code for r in top.reasons}
    assert "reach_everywhere" in codes and "capacity_unknown" in codes
    assert abs(sum(r.weight for r in top.reasons) - top.score) < 1e-4
    assert 0 < top.score <= 1


def test_in_reach_offer_ranks_above_out_of_reach(engine: MatchEngine):
    far = offer("far", "Pelatihan membuat tahu", area_keys=("papua",), lat=-2.5, lon=140.7)
    near = offer("near", "Pelatihan membuat tahu", area_keys=("di yogyakarta",))
    engine.build([far, near])
    result = engine.top_k(need())
    assert ids(result) == ["near", "far"]
    assert result[0].reasons[-6].code == "reach_area"
    assert any(r.code == "reach_distance" and r.param("km") for r in result[1].reasons)


def test_ties_are_broken_by_id_and_results_are_deterministic(engine: MatchEngine):
    twins = [offer(i, "Pelatihan membuat tahu") for i in ("b", "c", "a")]
    engine.build(twins)
    assert ids(engine.top_k(need())) == ["a", "b", "c"]
    assert engine.top_k(need()) == engine.top_k(need())


def test_dates_that_cannot_overlap_exclude(engine: MatchEngine):
    late = offer("late", "Pelatihan tahu", available_from=date(2025, 6, 1))
    early = offer("early", "Pelatihan tahu", available_until=date(2025, 1, 31))
    engine.build([late, early])
    wanted = need(wanted_from=date(2025, 2, 1), wanted_until=date(2025, 3, 1))
    assert engine.top_k(wanted) == []
    assert ids(engine.top_k(need(), today=date(2025, 2, 15))) == ["late"]


def test_capacity_short_is_reported(engine: MatchEngine):
    engine.build([offer("small", "Pelatihan tahu", capacity=5)])
    reasons = engine.top_k(need(quantity=20))[0].reasons
    short = next(r for r in reasons if r.code == "capacity_short")
    assert short.param("capacity") == "5"


def test_upsert_and_remove(engine: MatchEngine):
    engine.build(OFFERS)
    engine.upsert_offer(offer("o9", "Kursus tahu putih", tags=("tahu",)))
    assert "o9" in ids(engine.top_k(need()))
    engine.upsert_offer(replace(OFFERS[0], status="closed"))
    assert "o1" not in ids(engine.top_k(need()))
    assert engine.remove_offer("o9")
    assert not engine.remove_offer("o9")
    assert "o9" not in ids(engine.top_k(need()))
    assert ids(engine.top_k(need(), exclude=frozenset())) == ids(engine.top_k(need()))


def test_exclude(engine: MatchEngine):
    engine.build(OFFERS)
    assert "o1" not in ids(engine.top_k(need(), exclude=frozenset({"o1"})))


def test_top_needs_is_the_other_direction(engine: MatchEngine):
    needs = [
        need(id="n1"),
        need(id="n2", title="pelatihan budidaya lele utk kel. tani"),
        need(id="n3", kind="market", title="jual tahu"),
    ]
    engine.build_needs(needs)
    result = engine.top_needs(OFFERS[0])
    assert [s.need_id for s in result] == ["n1"]
    assert result[0].offer_id == "o1"
    concept = next(r for r in result[0].reasons if r.code == "concept")
    assert (concept.param("need_word"), concept.param("offer_word")) == ("tahu", "tofu")
    engine.remove_need("n1")
    assert engine.top_needs(OFFERS[0]) == []


def test_related_concepts_give_partial_credit(engine: MatchEngine):
    engine.build([offer("soy", "Pelatihan budidaya kedelai")])
    result = engine.top_k(need())
    assert ids(result) == ["soy"]
    assert result[0].reasons[0].code == "related"


def test_match_all_in_parallel_equals_serial(engine: MatchEngine):
    engine.build(OFFERS)
    many = [
        need(id=f"n{i}", title=("pelatihan lele" if i % 2 else "pelatihan tahu"))
        for i in range(240)
    ]
    assert engine.match_all(many, 5, workers=2) == engine.match_all(many, 5, workers=1)


def test_ranking_without_reasons_is_the_same_ranking():
    from marketplace.matching import MatchEngine, NeedInput, OfferInput

    engine = MatchEngine()
    engine.build(
        [
            OfferInput(id="o1", kind="training", title="Tofu production workshop"),
            OfferInput(id="o2", kind="training", title="Pelatihan membuat tahu dan tempe"),
            OfferInput(id="o3", kind="training", title="Pelatihan membuat roti"),
        ]
    )
    need = NeedInput(id="n1", kind="training", title="Kami butuh pelatihan membuat tahu")
    full = engine.top_k(need, 3)
    bare = engine.top_k(need, 3, explain=False)
    assert [(s.offer_id, s.score) for s in bare] == [(s.offer_id, s.score) for s in full]
    assert all(s.reasons == () for s in bare) and all(s.reasons for s in full)
    assert engine.match_all([need], 3, explain=False) == {"n1": bare}
