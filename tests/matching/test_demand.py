"""Demand without supply: the subjects needs ask for that no good offer covers."""

from marketplace.matching import MatchEngine, NeedInput, OfferInput
from marketplace.matching.demand import gaps, tally

NTT = ("nusa tenggara timur", "nusa tenggara timur/kupang")


def need(id: str, title: str, area=NTT) -> NeedInput:
    return NeedInput(id=id, kind="training", title=title, area_keys=area)


def test_a_need_for_packaging_and_pirt_with_only_a_packaging_offer_leaves_pirt_uncovered():
    engine = MatchEngine()
    engine.build([OfferInput(id="o", kind="training", title="Pelatihan desain kemasan produk")])
    found = gaps(engine, [need("n1", "Pelatihan kemasan dan izin PIRT")])
    assert [(g.need_id, g.concept, g.sector) for g in found] == [
        ("n1", "pirt", "packaging_permits")
    ]


def test_gaps_are_counted_by_region_subject_and_kind_the_most_asked_first():
    engine = MatchEngine()
    engine.build([OfferInput(id="o", kind="training", title="Pelatihan budidaya lele")])
    needs = [need(f"n{i}", "Butuh pelatihan izin PIRT") for i in range(3)]
    needs += [need("b1", "Pelatihan membatik", area=("bali",))]
    needs += [need("lele", "Pelatihan budidaya lele")]
    rows = tally(gaps(engine, needs))
    assert [(r.region, r.concept, r.kind, r.needs) for r in rows] == [
        ("nusa tenggara timur", "pirt", "training", 3),
        ("bali", "batik", "training", 1),
    ]
    assert rows[0].need_ids == ("n0", "n1", "n2") and rows[0].words == "izin pirt"


def test_an_offer_that_cannot_serve_the_group_does_not_cover_its_need():
    engine = MatchEngine()
    engine.build(
        [OfferInput(id="bali", kind="training", title="Pendampingan PIRT", area_keys=("bali",))]
    )
    assert [g.concept for g in gaps(engine, [need("n", "Pendampingan izin PIRT")])] == ["pirt"]
