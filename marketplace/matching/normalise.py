"""Text normalisation: tokens, informal spellings, reduplication, stems.

``tokenize`` turns free text into lowercase word tokens (accents stripped, ``ibu2`` and
``ikan-ikan`` reduplication collapsed unless the caller keeps the repeat as a word of its
own, ``otak-otak``; chat abbreviations such as ``utk`` or ``kel.`` expanded).
``Stemmer.key`` maps a word to the form used for matching, with one stemmer per
language of ``data/languages.toml``: the Sastrawi stem for Indonesian
(``menganyam``/``anyaman``/``penganyam`` -> ``anyam``), a light Porter step-1 stem for
English (``baskets`` -> ``basket``, ``making`` -> ``make``); place names are not stemmed.
Results are cached.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from Sastrawi.Stemmer.Stemmer import Stemmer as _SastrawiStemmer

from . import resources

_REDUP_HYPHEN = re.compile(r"\b([a-z]{2,})-\1\b")
_REDUP_TWO = re.compile(r"\b([a-z]{2,})2\b")
_TOKEN = re.compile(r"[a-z]+|[0-9]+")
_KEPT_TOKEN = re.compile(r"\b([a-z]{2,})-\1\b|[a-z]+|[0-9]+")
_VOWELS = frozenset("aeiou")
# An Indonesian word can only lose affixes if it starts or ends like an affixed word.
_ID_PREFIX = re.compile(r"^(me|di|ke|pe|be|te|se)")
_ID_SUFFIX = re.compile(r"(kan|an|i|nya|lah|kah|ku|mu|pun)$")


def fold(text: str) -> str:
    """Lowercase and strip accents."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def tokenize(text: str, words: frozenset[str] = frozenset()) -> list[str]:
    """Split text into normalised word tokens (digits kept as separate tokens). A repeated
    word collapses to its root (*ikan-ikan*, *ibu2*: plurals), unless ``words`` holds the
    repeat itself (*otak-otak*, a fish cake, is no brain): then it stays one token."""
    text = fold(text).replace("'", "").replace("\u2019", "")
    kept = False
    if "-" in text or "2" in text:
        text, kept = _reduplication(text, words)
    abbr = resources.abbreviations()
    tokens = [m.group(0) for m in _KEPT_TOKEN.finditer(text)] if kept else _TOKEN.findall(text)
    if (
        words
        and len(set(tokens)) < len(tokens)  # quicker than pairs, where no word comes twice
        and any(a == b for a, b in zip(tokens, tokens[1:], strict=False))
    ):
        tokens = _spaced_repeats(tokens, words)
    if abbr.keys().isdisjoint(tokens):
        return tokens
    out: list[str] = []
    for token in tokens:
        expansion = abbr.get(token)
        if expansion is None:
            out.append(token)
        else:
            out.extend(expansion)
    return out


def repeated_words(phrases: Iterable[str]) -> frozenset[str]:
    """Return the repeated words (*otak-otak*, *otak2*) written in ``phrases``, as
    *root-root*."""
    found = set()
    for phrase in phrases:
        text = fold(phrase)
        for pattern in (_REDUP_HYPHEN, _REDUP_TWO):
            found.update(f"{m.group(1)}-{m.group(1)}" for m in pattern.finditer(text))
    return frozenset(found)


def _spaced_repeats(tokens: list[str], words: frozenset[str]) -> list[str]:
    """Join a repeat written with a space (*otak otak*) into the one word ``words`` holds;
    other words written twice stay two words."""
    out: list[str] = []
    for token in tokens:
        if out and out[-1] == token and f"{token}-{token}" in words:
            out[-1] = f"{token}-{token}"
        else:
            out.append(token)
    return out


def _reduplication(text: str, words: frozenset[str]) -> tuple[str, bool]:
    """Collapse the repeated words of ``text`` to their roots, but write the repeats
    ``words`` holds as *root-root*; tell whether any was kept."""
    kept = False

    def repeat(match: re.Match) -> str:
        nonlocal kept
        root = match.group(1)
        if f"{root}-{root}" in words:
            kept = True
            return f"{root}-{root}"
        return root

    if "-" in text:
        text = _REDUP_HYPHEN.sub(repeat, text)
    if "2" in text:
        text = _REDUP_TWO.sub(repeat, text)
    return text, kept


class _SetDictionary:
    """Set-backed stand-in for Sastrawi's list dictionary (its lookups are linear)."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def contains(self, word: str) -> bool:
        return word in self.words

    def count(self) -> int:
        return len(self.words)


def _measure(stem: str) -> int:
    """Porter's m: the number of vowel-consonant sequences."""
    m, prev_vowel = 0, False
    for ch in stem:
        vowel = ch in _VOWELS
        if prev_vowel and not vowel:
            m += 1
        prev_vowel = vowel
    return m


def english_stem(word: str) -> str:
    """Apply Porter's steps 1a and 1b (plurals, -ed, -ing) to a word."""
    if len(word) <= 3:
        return word
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if not any(ch in _VOWELS for ch in stem):
                break
            if stem.endswith(("at", "bl", "iz")):
                word = stem + "e"
            elif len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                word = stem[:-1]
            elif _measure(stem) == 1 and _cvc(stem):
                word = stem + "e"
            else:
                word = stem
            break
    # step 5: a final -e and a final -ll on longer words
    if word.endswith("e"):
        stem = word[:-1]
        m = _measure(stem)
        if m > 1 or (m == 1 and not _cvc(stem)):
            word = stem
    if word.endswith("ll") and _measure(word) > 1:
        word = word[:-1]
    return word


def _cvc(stem: str) -> bool:
    """Porter's *o: consonant-vowel-consonant ending, the last not w, x or y."""
    return (
        len(stem) >= 3
        and stem[-1] not in _VOWELS | {"w", "x", "y"}
        and stem[-2] in _VOWELS
        and stem[-3] not in _VOWELS
    )


class _Sastrawi:
    """Indonesian: the Sastrawi stem, claimed only for a word that looks affixed."""

    def __init__(self, roots: frozenset[str]) -> None:
        self._stemmer = _SastrawiStemmer(_SetDictionary(roots))

    def stem(self, word: str) -> str | None:
        if _ID_PREFIX.search(word) or _ID_SUFFIX.search(word):
            stem = self._stemmer.stem_word(word)
            if stem != word and stem:
                return stem
        return None


class _Porter:
    """English: a light Porter stem (claims every word)."""

    @staticmethod
    def stem(word: str) -> str | None:
        return english_stem(word)


class _AsWritten:
    """A language without a stemmer: words are matched as written (claims none)."""

    @staticmethod
    def stem(word: str) -> str | None:
        return None


STEMMERS = {"sastrawi": _Sastrawi, "porter": _Porter, "none": _AsWritten}


class Stemmer:
    """Map words to matching keys, caching every result.

    The stemmers of the lexicon's languages (``data/languages.toml``) are tried in order;
    the first that claims a word gives its key (a word no stemmer claims is its own key).
    """

    def __init__(self, languages: tuple[tuple[str, str], ...] | None = None) -> None:
        self._roots = resources.indonesian_roots()
        self._overrides = resources.stem_overrides()
        self._places = resources.place_words()
        chosen = languages if languages is not None else resources.languages()
        self._stemmers = [
            STEMMERS[name](self._roots) if name == "sastrawi" else STEMMERS[name]()
            for _code, name in chosen
        ]
        self._cache = _shared_cache(chosen, self._roots, self._overrides)

    def is_root(self, word: str) -> bool:
        """Tell whether ``word`` is an Indonesian root word (a known dictionary word)."""
        return word in self._roots

    def key(self, word: str) -> str:
        """Return the matching key (stem) of one normalised token."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        result = self._compute(word)
        self._cache[word] = result
        return result

    def _compute(self, word: str) -> str:
        override = self._overrides.get(word)
        if override is not None:
            return override
        if word.isdigit() or len(word) <= 3 or word in self._roots or "-" in word:
            return word
        if word in self._places:  # a name, not an affixed word: Bekasi is not bekas
            return word
        for stemmer in self._stemmers:
            stem = stemmer.stem(word)
            if stem is not None:
                return stem
        return word


_CACHES: dict[tuple, tuple[frozenset[str], dict[str, str], dict[str, str]]] = {}


def _shared_cache(languages: tuple, roots: frozenset[str], overrides: dict[str, str]) -> dict:
    """A word's key depends only on the languages, the roots and the overrides, so every
    stemmer of a process made from the same ones fills and reads one cache."""
    found = _CACHES.get(languages)
    if found is None or found[0] is not roots or found[1] is not overrides:
        found = _CACHES[languages] = (roots, overrides, {})
    return found[2]
