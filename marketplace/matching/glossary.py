"""General English–Indonesian vocabulary beyond the lexicon, from an installed dictionary.

The lexicon is taught sector by sector; a listing from a sector it has not met yet (a
tailor's *gunting* and *jarum*, a workshop's *obeng*) shares no concept with an offer in the
other language. A general dictionary knows those words: FreeDict's English–Indonesian
dictionary (about 10,300 English headwords from Wiktionary, CC BY-SA 3.0), which Debian
ships as data in ``dict-freedict-eng-ind`` (``/usr/share/dictd/freedict-eng-ind.index`` and
``.dict.dz``, dictd format). It is read where the package installed it, never downloaded,
once per process; without it the glossary is empty and the engine matches as before.

Each (Indonesian translation, English headword) pair is a gloss named after the headword:
*gunting* and *scissors* are both ``w:scissor``. Only words the lexicon leaves alone are
glossed: a pair is dropped when a word on either side is a lexicon word, a stopword, a
generic word or a place, when both sides are the same words, or when it names people
(*wanita* / woman would meet every women's group).
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

DICTIONARY = Path("/usr/share/dictd/freedict-eng-ind")
_B64 = {ch: i for i, ch in enumerate(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
)}  # fmt: skip
_POS = re.compile(r"<([a-z]+)>\s*$")
_SENSE_NUMBER = re.compile(r"\s+\d+\.\s*$")
# names, affixes and abbreviations are no things to trade (*Belize* / Belize, *-isme* / -ism)
_SKIP_POS = frozenset({"pn", "prefix", "suffix", "abbr"})
_PEOPLE = frozenset(
    {"man", "men", "woman", "women", "person", "people", "boy", "girl", "mother", "father"}
    | {"family", "child", "children"}
)
_LONGEST = 3  # words in a gloss's phrase, on each side


def _number(text: str) -> int:
    value = 0
    for ch in text:
        value = value * 64 + _B64[ch]
    return value


def read_dictd(base: Path) -> list[tuple[str, str]]:
    """Return the (translation, headword) pairs of a dictd dictionary (``base.index`` and
    ``base.dict.dz``): the first line of each entry is the headword, its pronunciation and
    part of speech, the second its translations separated by commas."""
    index = base.parent / f"{base.name}.index"
    with gzip.open(base.parent / f"{base.name}.dict.dz") as handle:
        data = handle.read()
    pairs = []
    for line in index.read_text(encoding="utf-8").splitlines():
        head, offset, length = line.split("\t")
        if head.startswith("00-database"):
            continue
        start = _number(offset)
        lines = data[start : start + _number(length)].decode("utf-8").split("\n")
        pos = _POS.search(lines[0])
        if len(lines) < 2 or (pos is not None and pos.group(1) in _SKIP_POS):
            continue
        for word in _SENSE_NUMBER.sub("", lines[1]).split(","):
            word = word.strip().lower()
            if word and not any(ch.isdigit() for ch in word):
                pairs.append((word, head.lower()))
    return pairs


@lru_cache(maxsize=1)
def name_pairs() -> tuple[tuple[str, str], ...]:
    """Return the (Indonesian, English) pairs of the installed dictionary; ``()`` when it is
    not installed or cannot be read."""
    try:
        pairs = read_dictd(DICTIONARY)
    except (OSError, ValueError, KeyError, EOFError):
        return ()
    return tuple(sorted(set(pairs)))


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The single words the installed dictionary knows, in either language: real words,
    never typos of a lexicon word (*belt* is no *belut*, *diary* no *dairy*, *pendapatan*
    no *pendaratan*, *penjahat* no *penjahit*)."""
    phrases = (phrase for pair in name_pairs() for phrase in pair)
    return frozenset(word for phrase in phrases for word in phrase.split() if word.isalpha())


@lru_cache(maxsize=1)
def digest() -> str:
    """A short digest of the pairs (a stored analysis is current only with the same)."""
    return hashlib.sha256(repr(name_pairs()).encode()).hexdigest()[:12]


def longest_phrase(trie: dict, keys: Sequence[str | None], i: int) -> tuple[int, tuple]:
    """(end, what the trie holds there) of the longest phrase of ``trie`` (nested dicts of
    keys, what a phrase stands for under ``None``) that starts at ``keys[i]``; ``(i, ())``
    when none does. The lexicon's phrases and the glossary's are found alike."""
    node, end, found = trie, i, ()
    j = i
    while j < len(keys):
        key = keys[j]
        if key is None or key not in node:
            break
        node = node[key]
        j += 1
        if None in node:
            end, found = j, node[None]
    return end, found


class Glossary:
    """Phrases of stem keys -> the English headwords they stand for, longest first.

    Each headword is a gloss (``w:`` and its stem keys). A phrase with several headwords
    (*kunci*: key, lock) carries each at ``1 / sqrt(n)`` of its weight, so a word weighs the
    same whatever its number of glosses, and the same word on both sides meets in full
    while a translation meets in part: the exact word ranks first.
    """

    def __init__(
        self,
        pairs: Iterable[tuple[str, str]],
        keys: Callable[[str], list[str] | None],
        most: int = 4,
    ) -> None:
        """``keys`` turns a phrase into its tokens' stem keys, or None when the phrase holds
        a word a gloss may not use (a lexicon, generic or stop word, a place); a phrase
        keeps at most ``most`` glosses (the first in sorted order)."""
        names: dict[tuple[str, ...], set[str]] = {}
        for id_, en in pairs:
            if _PEOPLE.intersection(en.split()):
                continue
            a, b = keys(id_), keys(en)
            if not a or not b or a == b or len(a) > _LONGEST or len(b) > _LONGEST:
                continue
            name = "_".join(b)
            names.setdefault(tuple(a), set()).add(name)
            names.setdefault(tuple(b), set()).add(name)
        self.trie: dict = {}
        for phrase, found in names.items():
            node = self.trie
            for key in phrase:
                node = node.setdefault(key, {})
            node[None] = tuple(sorted(found))[:most]
        self.size = len({name for found in names.values() for name in found})

    def longest(self, keys: list[str | None], i: int) -> tuple[int, tuple[str, ...]]:
        """Return (end, glosses) of the longest phrase from ``keys[i]`` (``()``: none)."""
        return longest_phrase(self.trie, keys, i)

    def __len__(self) -> int:
        return self.size
