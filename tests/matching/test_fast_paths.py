"""The speed-ups keep results exact: candidate selection, cached products, the collector."""

import gc
import random
from dataclasses import replace
from heapq import nlargest

import pytest

from marketplace.matching import MatchEngine, MatchSettings, NeedInput, OfferInput
from marketplace.matching import index as index_module
from marketplace.matching.index import KindIndex


@pytest.mark.parametrize("size", [5, 80, 400, 3000])
def test_top_equals_nlargest_ties_included(size: int):
    rnd = random.Random(size)
    values = [0.5, 0.25, 1.0, 0.125]  # many exact ties
    acc = {rnd.randrange(10 * size): rnd.choice(values) * rnd.randint(1, 4) for _ in range(size)}
    for n in (1, 20, 80):
        assert KindIndex.top(acc, None, n) == nlargest(n, acc, key=acc.__getitem__)
        some = set(list(acc)[::3])
        assert KindIndex.top(acc, some, n) == nlargest(n, some, key=acc.__getitem__)


def _offers(n: int, start: int = 0) -> list[OfferInput]:
    rnd = random.Random(start)
    subjects = ["tahu", "lele", "kopi pasca panen", "anyaman rotan", "batik tulis"]
    return [
        OfferInput(
            id=f"o{i}",
            kind="training",
            title=f"Pelatihan {rnd.choice(subjects)}",
            description=rnd.choice(["Untuk kelompok.", "Datang ke desa.", ""]),
            area_keys=rnd.choice([(), ("a",), ("b", "a/x")]),
            capacity=rnd.choice([None, 10, 30]),
        )
        for i in range(start, start + n)
    ]


NEEDS = [
    NeedInput(id=f"n{i}", kind="training", title=title, area_keys=("a", "a/x"), quantity=20)
    for i, title in enumerate(["butuh pelatihan tahu", "kopi pascapanen", "rotan", "lele"])
]


def test_cached_products_follow_updates(lexicon, monkeypatch: pytest.MonkeyPatch):
    cached = MatchEngine(MatchSettings(), lexicon=lexicon)
    plain = MatchEngine(MatchSettings(), lexicon=lexicon)
    for engine in (cached, plain):
        engine.build(_offers(1500))

    def same() -> None:
        with monkeypatch.context() as patch:
            patch.setattr(index_module, "_PART_MIN", 10**9)  # never cache
            expected = plain.match_all(NEEDS, 10)
        assert cached.match_all(NEEDS, 10) == expected

    for step in range(3):
        same()
        assert any(index._parts for index in cached._offers.values())  # the cache was used
        for engine in (cached, plain):
            # same features, same statistics (so same query weights): only slots change
            for offer in _offers(1500)[step::5]:
                engine.upsert_offer(replace(offer, capacity=100 + step))
        same()
        for engine in (cached, plain):
            for offer in _offers(50, start=1500 + 50 * step):
                engine.upsert_offer(offer)
            engine.remove_offer(f"o{step}")


@pytest.mark.parametrize("enabled", [True, False])
def test_bulk_work_leaves_the_collector_as_it_was(lexicon, enabled: bool):
    engine = MatchEngine(MatchSettings(), lexicon=lexicon)
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        engine.build(_offers(50))
        engine.match_all(NEEDS, 5)
        engine.build_needs(NEEDS)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


# listings that take every path of the analysis: a purpose, a material, what the group
# already holds, a word read by its neighbours, a broad title, a repeat, a fuzzy word
LISTINGS = [
    ("Pelatihan tepung mocaf dari telo", "Untuk ibu-ibu PKK. Praktik langsung.", ("mocaf",)),
    ("Jual gaplek telo 2 ton", "Kering, siap kirim. Hubungi kami.", ()),
    ("Jual tiwul instan", "Kami juga jual telo. Kering, siap kirim.", ()),
    ("Jual kacang mete, su ada PIRT", "Kemasan 250 gr.", ("mete",)),
    ("Cokelat batangan dr kakao sendiri", "", ("kakao", "cokelat")),
    ("Permohonan untuk pelatihan jahit", "Kami kelompok penjahit dari desa.", ()),
    ("Butuh alat utk kelompok ayam kampung kami", "Mesin tetas telur kapasitas 100.", ()),
    ("Vaksin untuk sapi dan kambing", "Vaksinasi ternak. Vaksin untuk anak.", ()),
    ("Otak-otak ikan tenggiri", "Pelatihan bikin otak otak. Ikan-ikan segar.", ()),
    ("Pelatihan anyamn rotan", "Datang ke desa. Untuk kelompok.", ("rotan",)),
    ("Pelatihan tepung mocaf dari telo", "Kering, siap kirim. Hubungi kami.", ()),
]


def test_a_listing_reads_the_same_whatever_was_read_before():
    fresh = MatchEngine()
    first = [fresh.analyser.profile(*listing) for listing in LISTINGS]
    words = [fresh.analyser.evidence(*listing) for listing in LISTINGS]
    again = MatchEngine().analyser
    for _ in range(2):  # backwards, then with every cache warm
        assert [again.profile(*x) for x in reversed(LISTINGS)] == first[::-1]
        assert [again.evidence(*x) for x in reversed(LISTINGS)] == words[::-1]


def test_reasons_are_the_same_with_a_stored_profile_or_without(engine):
    engine.build(_offers(300))
    for need in NEEDS:
        stored = engine.profile(need)
        assert engine.top_k(need, 5, profile=stored) == engine.top_k(need, 5)
        assert engine.top_k(need, 5)[0].reasons  # explained, not only ranked
