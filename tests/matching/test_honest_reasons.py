"""Honest reasons: no generic words, capacity in what the kind means, and the gaps named."""

from marketplace.matching import MatchEngine, NeedInput, OfferInput

AREA = ("nusa tenggara timur", "nusa tenggara timur/kupang")


def need(title: str, kind: str = "training", **kw) -> NeedInput:
    return NeedInput(id="n", kind=kind, title=title, area_keys=AREA, **kw)


def offer(title: str, kind: str = "training", **kw) -> OfferInput:
    return OfferInput(id="o", kind=kind, title=title, **kw)


def codes_and_words(suggestion) -> list[tuple[str, str]]:
    return [(r.code, r.param("need_word")) for r in suggestion.reasons]


def test_generic_words_are_never_a_reason():
    engine = MatchEngine()
    engine.build([offer("Pelatihan kelompok membuat tahu untuk kelompok tani")])
    (found,) = engine.top_k(need("Pelatihan kelompok: membuat tahu"))
    words = [w for code, w in codes_and_words(found) if code in ("concept", "related", "term")]
    assert words == ["tahu"]
    assert abs(sum(r.weight for r in found.reasons) - found.score) < 1e-6


def test_a_training_counts_places_for_people_and_the_group_size_stands_in():
    engine = MatchEngine()
    engine.build([offer("Pelatihan membuat tahu", capacity=10)])
    (found,) = engine.top_k(need("Pelatihan membuat tahu", members=18))
    short = next(r for r in found.reasons if r.code == "capacity_short")
    assert (short.param("capacity"), short.param("wanted"), short.param("unit")) == (
        "10",
        "18",
        "people",
    )


def test_a_buyers_volume_is_never_compared_with_the_member_count():
    engine = MatchEngine()
    engine.build([offer("Membeli tahu putih", kind="market", capacity=10)])
    (found,) = engine.top_k(need("Jual tahu putih", kind="market", members=18))
    assert "capacity_unknown" in [r.code for r in found.reasons]
    (found,) = engine.top_k(need("Jual tahu putih", kind="market", members=18, quantity=500))
    ok = next(r for r in found.reasons if r.code == "capacity_short")
    assert (ok.param("wanted"), ok.param("unit")) == ("500", "volume")


def test_every_suggestion_names_the_key_words_that_met_nothing():
    engine = MatchEngine()
    engine.build([offer("Pelatihan desain kemasan produk")])
    (found,) = engine.top_k(need("Pelatihan kemasan dan izin PIRT untuk keripik"))
    gap = next(r for r in found.reasons if r.code == "unmatched")
    assert set(gap.param("words").split(", ")) == {"izin pirt", "keripik"}
    engine.build([offer("Pendampingan kemasan, PIRT dan keripik")])
    (found,) = engine.top_k(need("Pelatihan kemasan dan izin PIRT untuk keripik"))
    assert "unmatched" not in [r.code for r in found.reasons]
