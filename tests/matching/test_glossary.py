"""The general glossary: everyday words the lexicon does not know meet across languages.

A small dictionary of our own, written in the installed dictionary's format (dictd, as
Debian's dict-freedict-eng-ind ships it), stands in for the real one, so these rules hold on
a machine with or without it.
"""

from __future__ import annotations

import gzip
from functools import partial

import pytest

from marketplace.matching import MatchEngine, MatchSettings, NeedInput, OfferInput, analyse
from marketplace.matching import glossary as glossary_module
from tests.matching import ranking

AREA = ("jawa tengah", "jawa tengah/klaten")
ENTRIES = [  # headword, part of speech, translations
    ("scissors", "n", "gunting"),
    ("screwdriver", "n", "obeng"),
    ("shovel", "n", "sekop, skop"),
    ("spade", "n", "sekop"),
    ("tofu", "n", "tahu"),
    ("training", "n", "pelatihan"),
    ("woman", "n", "wanita, perempuan"),
    ("Belize", "pn", "Belize"),
]
order = partial(ranking.order, area=AREA, kind="resource")


def _b64(number: int) -> str:
    digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    text = ""
    while True:
        number, rest = divmod(number, 64)
        text = digits[rest] + text
        if not number:
            return text


def _forget() -> None:
    glossary_module.name_pairs.cache_clear()
    glossary_module.digest.cache_clear()
    analyse._GLOSSARIES.clear()


@pytest.fixture()
def dictionary(tmp_path, monkeypatch):
    """Install ENTRIES as the engine's dictionary for one test."""
    data, index = b"", []
    for head, pos, translations in ENTRIES:
        body = f"{head} /ipa/ <{pos}>\n{translations}\nwhat it means\n".encode()
        index.append(f"{head}\t{_b64(len(data))}\t{_b64(len(body))}")
        data += body
    base = tmp_path / "freedict-eng-ind"
    (tmp_path / "freedict-eng-ind.index").write_text("\n".join(index) + "\n", encoding="utf-8")
    with gzip.open(tmp_path / "freedict-eng-ind.dict.dz", "wb") as handle:
        handle.write(data)
    monkeypatch.setattr(glossary_module, "DICTIONARY", base)
    _forget()
    yield
    _forget()


def features(engine: MatchEngine, title: str) -> set[str]:
    return set(engine.analyser.profile(title))


def test_a_need_in_indonesian_meets_an_english_offer_for_a_thing_the_lexicon_does_not_know(
    dictionary,
):
    engine = MatchEngine()
    offers = {"tools": "Scissors and screwdrivers for tailors", "solar": "Solar panel rental"}
    assert order(engine, "Butuh gunting dan obeng", offers)[:1] == ["tools"]
    found = engine.top_k(NeedInput(id="n", kind="resource", title="Butuh gunting", area_keys=AREA))
    reason = next(r for r in found[0].reasons if r.code == "term")
    assert (reason.param("need_word"), reason.param("offer_word")) == ("gunting", "scissors")


def test_the_same_word_ranks_above_its_translation(dictionary):
    offers = {"english": "Scissors for sale", "same": "Jual gunting"}
    assert order(MatchEngine(), "Cari gunting", offers) == ["same", "english"]


def test_a_word_with_several_translations_meets_each_and_is_not_called_unmatched(dictionary):
    engine = MatchEngine()
    engine.build([OfferInput(id="o", kind="resource", title="Spade and hoe rental")])
    need = NeedInput(id="n", kind="resource", title="Sekop dan gunting", area_keys=AREA)
    (found,) = engine.top_k(need)
    assert found.reasons[-1].code == "unmatched"
    assert found.reasons[-1].param("words") == "gunting"
    assert "w:spade" in features(engine, "sekop") and "w:shovel" in features(engine, "sekop")


def test_a_subject_the_lexicon_knows_ranks_above_a_glossary_word(dictionary):
    offers = {"tools": "Scissors rental", "tofu": "Tofu making equipment"}
    assert order(MatchEngine(), "Alat tahu dan gunting", offers)[0] == "tofu"


def test_the_lexicon_keeps_its_words_generic_words_and_people_get_no_gloss(dictionary):
    engine = MatchEngine()
    assert "c:tofu" in features(engine, "tahu")
    assert not any(f.startswith("w:") for f in features(engine, "tahu pelatihan wanita"))
    assert not any(f.startswith("w:") for f in features(engine, "training for women"))


def test_names_of_places_and_peoples_are_not_glossed(dictionary):
    assert ("belize", "belize") not in glossary_module.name_pairs()
    assert ("gunting", "scissors") in glossary_module.name_pairs()


def test_without_the_dictionary_the_engine_matches_as_before(tmp_path, monkeypatch):
    monkeypatch.setattr(glossary_module, "DICTIONARY", tmp_path / "missing")
    _forget()
    try:
        assert glossary_module.name_pairs() == ()
        assert features(MatchEngine(), "Butuh gunting") == {"g:butuh", "t:gunting"}
    finally:
        _forget()


def test_a_zero_gloss_factor_turns_the_glossary_off(dictionary):
    engine = MatchEngine(MatchSettings(gloss_factor=0.0))
    assert "t:gunting" in features(engine, "gunting")
    assert not any(f.startswith("w:") for f in features(engine, "gunting"))


@pytest.mark.skipif(not glossary_module.name_pairs(), reason="the dictionary is not installed")
def test_a_buyer_called_toke_is_a_trader_not_a_gecko():
    shipped = analyse.Analyser(analyse.Lexicon.load(), MatchSettings())
    assert "w:gecko" not in shipped.profile("cari toke kopi kering di Aceh")
