"""A saved index loads back as the very index that was saved, and ranks the same."""

from __future__ import annotations

from datetime import date

import pytest

from marketplace.matching import MatchEngine, NeedInput, OfferInput, snapshot

OFFERS = [
    OfferInput("o1", "training", "Pelatihan membuat tahu", "dua hari", ("tahu",), ("33",),
               ("33", "3310"), -7.7, 110.6, 20, date(2026, 1, 5), None, True, 0.8),
    OfferInput("o2", "training", "Pelatihan anyaman rotan", tags=("rotan", "anyam")),
    OfferInput("o3", "market", "Kami membeli kopi", area_keys=("34",), verified=True),
    OfferInput("o4", "training", "Budidaya lele kolam terpal", tags=("lele",), capacity=5),
]  # fmt: skip
NEEDS = [
    NeedInput("n1", "training", "Butuh pelatihan tahu", tags=("tahu",), area_keys=("33",)),
    NeedInput("n2", "market", "Jual kopi 50 kg", area_keys=("34", "3404"), quantity=50),
]


def engine(lexicon) -> MatchEngine:
    built = MatchEngine(lexicon=lexicon)
    built.build(OFFERS)
    built.build_needs(NEEDS)
    return built


def state(engine: MatchEngine) -> dict:
    return {
        "features": engine.table.names,
        **{
            f"{side}:{kind}": index.__getstate__()
            for side, indexes in (("offers", engine._offers), ("needs", engine._needs))
            for kind, index in indexes.items()
        },
    }


@pytest.mark.parametrize("removed", [False, True])
def test_a_saved_index_loads_back_as_it_was(lexicon, tmp_path, removed: bool):
    saved = engine(lexicon)
    if removed:  # a slot without its listing is saved as it is
        saved.remove_offer("o2")
    path = tmp_path / "index.pickle"
    snapshot.write(saved, path, {"token": "t"}, {"offers": {"o1": 1}})
    loaded = MatchEngine(lexicon=lexicon)
    head, extra = snapshot.read(loaded, path)
    assert head["token"] == "t" and extra == {"offers": {"o1": 1}}
    assert state(loaded) == state(saved)
    for need in NEEDS:
        assert loaded.top_k(need) == saved.top_k(need)
    assert loaded.top_needs(OFFERS[0]) == saved.top_needs(OFFERS[0])


def test_a_file_cut_short_is_not_a_snapshot(lexicon, tmp_path):
    path = tmp_path / "index.pickle"
    snapshot.write(engine(lexicon), path, {"token": "t"})
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(snapshot.SnapshotError):
        snapshot.read(MatchEngine(lexicon=lexicon), path)
