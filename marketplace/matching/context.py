"""Readings a word takes from the listing around it (``data/readings.toml``).

Three kinds of rule, each data-driven:

- **fixed phrases** are read as one word before anything else: "belajar menjahit dari nol"
  (from scratch) is read "belajar menjahit pemula", so its *dari* opens no material clause;
- **a word read by its neighbours**: *telo* is sweet potato on its own and cassava beside a
  cassava product in the same sentence (*mocaf*, *tiwul*); a *vaksin* beside cattle or
  poultry is livestock vaccination, not children's immunisation;
- **a broad title**: a title that names in earnest only a broad thing (*alat*, equipment)
  leaves its subject to the description, and a title that names only a record (*notulen*)
  is read with it (matters of field weights, so the analyser holds them:
  ``Analyser._names_broadly``, ``Analyser._record``).

The first two live here, over the analyser's text, spans and hits; the analyser applies them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .resources import NeighbourReading

# one lexicon phrase of a sentence: (first word, end, its concepts and those inside them,
# its words)
Span = tuple[int, int, frozenset[str], tuple[str, ...]]
Hit = tuple[str, float, str]


def alternation(phrases: Iterable[str]) -> str:
    """A regular expression's alternatives for ``phrases``, any run of spaces between words."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)


class FixedPhrases:
    """Rewrite fixed phrases as the word they are read as (longest phrase first)."""

    def __init__(self, pairs: Sequence[tuple[str, str]]) -> None:
        self._reads = {phrase: word for phrase, word in pairs}
        # a phrase's last word, looked for first: a plain substring test is far quicker
        self._lasts = tuple(sorted({phrase.split()[-1] for phrase, _word in pairs}))
        alternatives = alternation(sorted(self._reads, key=len, reverse=True))
        self._pattern = re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE) if pairs else None

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        low = text.lower()
        if not any(last in low for last in self._lasts):
            return text
        return self._pattern.sub(self._word, text)

    def quotes(self, text: str) -> dict[str, str]:
        """Return each word a fixed phrase of ``text`` is read as -> the phrase as written
        (its first), so that a reason quotes "dari nol", not "pemula"."""
        if self._pattern is None:
            return {}
        found: dict[str, str] = {}
        for match in self._pattern.finditer(text):
            found.setdefault(self._word(match), " ".join(match.group(0).lower().split()))
        return found

    def _word(self, match: re.Match) -> str:
        """The word a matched phrase is read as; a match only case-folding finds (a dotted
        capital İ for i) is left as written."""
        written = match.group(0)
        return self._reads.get(" ".join(written.lower().split()), written)


def turns(rule: NeighbourReading, sentences: Iterable[Sequence[Span]]) -> bool:
    """Tell whether a listing's sentences (each its lexicon phrases) hold the rule's words,
    read alone as its concept, with one of its ``near`` concepts close enough."""
    for spans in sentences:
        alone = [s for s in spans if rule.concept in s[2] and rule.words.issuperset(s[3])]
        if not alone:
            continue
        near = [s for s in spans if not rule.near.isdisjoint(s[2])]
        for start, end, _c, _w in alone:
            for n_start, n_end, _nc, _nw in near:
                gap = max(n_start - end, start - n_end)
                if not rule.within or gap < rule.within:
                    return True
    return False


def turned(hits: Iterable[Hit], rules: Sequence[NeighbourReading]) -> list[Hit]:
    """Return the hits with each turned rule's words read as the concept they become there:
    only a hit carried by the rule's words alone turns (*telo*, not *telo rambat*)."""
    out = []
    for feature, factor, words in hits:
        for rule in rules:
            if feature == f"c:{rule.concept}" and rule.words.issuperset(words.split()):
                feature = f"c:{rule.becomes}"
                break
        out.append((feature, factor, words))
    return out
