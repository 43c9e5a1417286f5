"""Load the engine's small data files (stopwords, generic words, abbreviations, stems,
place names, function-word and measure readings)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def _read_toml(name: str) -> dict:
    with (DATA_DIR / name).open("rb") as handle:
        return tomllib.load(handle)


def _flatten(doc: dict) -> frozenset[str]:
    words: set[str] = set()
    for value in doc.values():
        if isinstance(value, list):
            words.update(str(w).strip().lower() for w in value if str(w).strip())
    return frozenset(words)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Return Indonesian and English stopwords."""
    return _flatten(_read_toml("stopwords.toml"))


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Return marketplace-generic words (weighted down, never subject evidence alone)."""
    return _flatten(_read_toml("generic.toml"))


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[str, ...]]:
    """Return informal spelling -> standard words."""
    table = _read_toml("abbreviations.toml").get("abbreviations", {})
    return {k.lower(): tuple(str(v).lower().split()) for k, v in table.items()}


@lru_cache(maxsize=1)
def stem_overrides() -> dict[str, str]:
    """Return words whose stem the Sastrawi stemmer gets wrong."""
    table = _read_toml("stem_overrides.toml").get("overrides", {})
    return {k.lower(): str(v).lower() for k, v in table.items()}


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Return the words of official region names (never read as typos of other words)."""
    return _flatten(_read_toml("place_names.toml"))


@lru_cache(maxsize=1)
def trade_sides() -> dict[str, list[str]]:
    """Return the phrases that say a market title sells or buys, and the buyer nouns
    (``data/trade_sides.toml``)."""
    return {key: [str(p) for p in value] for key, value in _read_toml("trade_sides.toml").items()}


@dataclass(frozen=True, slots=True)
class NeighbourReading:
    """Words read as ``concept`` on their own and as ``becomes`` beside one of the ``near``
    concepts, in one sentence and at most ``within`` words apart (0: anywhere in it)."""

    words: frozenset[str]
    concept: str
    becomes: str
    near: frozenset[str]
    within: int = 0


@dataclass(frozen=True, slots=True)
class Readings:
    """How neighbours change a word's reading (``data/readings.toml``): function words,
    measures, words read by the concepts around them, fixed phrases read as one word, the
    broad things a title may name in place of its subject, and the records a title may name
    in place of it."""

    function_words: dict[str, tuple[frozenset[str], frozenset[str]]]  # word -> (after, before)
    units: frozenset[str]
    counts: frozenset[str]
    between: frozenset[str]
    by_neighbours: tuple[NeighbourReading, ...] = ()
    fixed_phrases: tuple[tuple[str, str], ...] = ()  # (phrase, the word it is read as)
    broad_subjects: frozenset[str] = frozenset()  # concepts
    record_titles: tuple[str, ...] = ()  # the words a title that names only a record starts with

    @property
    def words(self) -> frozenset[str]:
        """Every word that may be read in passing."""
        return self.units | frozenset(self.function_words)


@lru_cache(maxsize=1)
def readings() -> Readings:
    """Return how neighbours change words' readings (``data/readings.toml``)."""
    doc = _read_toml("readings.toml")
    measures = doc.get("measures", {})

    def words(values) -> frozenset[str]:
        return frozenset(str(w).strip().lower() for w in values or [] if str(w).strip())

    return Readings(
        {
            word: (words(row.get("after")), words(row.get("before")))
            for row in doc.get("function_word", [])
            for word in words(row.get("words") or [row["word"]])
        },
        words(measures.get("units")),
        words(measures.get("counts")),
        words(measures.get("between")),
        tuple(
            NeighbourReading(
                words(row["words"]),
                str(row["concept"]),
                str(row["becomes"]),
                frozenset(str(k) for k in row["near"]),
                int(row.get("within", 0)),
            )
            for row in doc.get("by_neighbours", [])
        ),
        tuple(
            (phrase, str(row["reads"]).lower())
            for row in doc.get("fixed_phrase", [])
            for phrase in sorted(words(row["phrases"]))
        ),
        frozenset(str(k) for k in doc.get("broad_subjects", {}).get("concepts", [])),
        tuple(sorted(words(doc.get("record_titles", {}).get("starts")), key=len, reverse=True)),
    )


@lru_cache(maxsize=1)
def rival_groups() -> tuple[tuple[str, ...], ...]:
    """Return the groups of rival concepts (``data/rivals.toml``)."""
    return tuple(tuple(str(k) for k in group) for group in _read_toml("rivals.toml")["groups"])


@lru_cache(maxsize=1)
def indonesian_roots() -> frozenset[str]:
    """Return the Sastrawi root-word dictionary (about 30,000 Indonesian words)."""
    text = resources.files("Sastrawi.Stemmer").joinpath("data/kata-dasar.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.split("\n") if w.strip())


@lru_cache(maxsize=1)
def language_table() -> tuple[dict, ...]:
    """Return the lexicon's languages (``data/languages.toml``), in stemming order."""
    return tuple(_read_toml("languages.toml").get("language", []))


def languages() -> tuple[tuple[str, str], ...]:
    """Return (language code, stemmer name) pairs, in stemming order."""
    return tuple((str(row["code"]), str(row.get("stemmer", "none"))) for row in language_table())


def required_languages() -> tuple[str, ...]:
    """Return the codes of the languages every concept must have forms in."""
    return tuple(str(row["code"]) for row in language_table() if row.get("required"))
