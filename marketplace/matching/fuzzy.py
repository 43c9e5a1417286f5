"""Guarded typo correction onto a closed vocabulary (lexicon and generic words).

A token is corrected only when it is one *typing slip* away from exactly one target word: a
dropped letter (``tnun`` -> ``tenun``), a doubled or extra letter (``battik`` -> ``batik``)
or two swapped neighbours (``rtoan`` -> ``rotan``); a replaced letter only on long words; never
on a word's first letter, nor on the last letter of a short word (``east`` is not ``yeast``,
``rest`` not ``resto``).
Candidates come from a deletion-neighbourhood table (SymSpell style, so a lookup costs a few
dictionary probes); rapidfuzz confirms the edit (OSA distance 1) and the similarity ratio.
Callers guard the other side: known dictionary words (``tahun``, ``kopiah``, ``kamping``)
are never corrected, so near-spellings with a different meaning stay apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class TypoCorrector:
    """Find the single target word a misspelt token stands for."""

    def __init__(
        self,
        targets: Iterable[str],
        *,
        min_length: int = 5,
        min_ratio: float = 80.0,
        substitution_min_length: int = 8,
    ) -> None:
        self.min_length = min_length
        self.min_ratio = min_ratio
        self.substitution_min_length = substitution_min_length
        self._targets: set[str] = set()
        self._by_deletion: dict[str, set[str]] = {}
        for word in targets:
            if len(word) >= min_length and word.isalpha():
                self._targets.add(word)
                for variant in _deletions(word):
                    self._by_deletion.setdefault(variant, set()).add(word)

    @classmethod
    def shared(cls, targets: Iterable[str], **limits) -> TypoCorrector:
        """The process's corrector for these targets and limits, built on first use (a
        corrector never changes once built; building one for a whole lexicon takes a
        fraction of a second)."""
        key = (frozenset(targets), tuple(sorted(limits.items())))
        found = _BUILT.get(key)
        if found is None:
            if len(_BUILT) >= _BUILT_MAX:
                _BUILT.clear()
            found = _BUILT[key] = cls(key[0], **limits)
        return found

    def candidates(self, token: str) -> set[str]:
        """Return target words within one typing slip of ``token``."""
        found: set[str] = set()
        found.update(self._by_deletion.get(token, ()))  # token dropped a letter
        for variant in _deletions(token):
            if variant in self._targets:  # token has an extra letter
                found.add(variant)
            found.update(self._by_deletion.get(variant, ()))  # swapped / replaced letter
        found.discard(token)
        return {word for word in found if self._acceptable(token, word)}

    def _acceptable(self, token: str, word: str) -> bool:
        if OSA.distance(token, word, score_cutoff=1) > 1:
            return False
        if not self._slip_inside(token, word):
            return False
        if len(token) == len(word):
            diffs = [i for i, (a, b) in enumerate(zip(token, word, strict=True)) if a != b]
            swapped = (
                len(diffs) == 2
                and diffs[1] == diffs[0] + 1
                and token[diffs[0]] == word[diffs[1]]
                and token[diffs[1]] == word[diffs[0]]
            )
            if not swapped and len(word) < self.substitution_min_length:
                return False
        return fuzz.ratio(token, word) >= self.min_ratio

    def _slip_inside(self, token: str, word: str) -> bool:
        """Tell whether the slip leaves the word's edges alone: thumbs on a phone slip inside
        a word, not on its first letter (*east* is not *yeast*, *qurban* not *urban*,
        *blight* not *light*), nor on the last letter of a word shorter than the targets
        (*rest* is not *resto*, *take* not *taker*: short words that end early are other
        words, not typos)."""
        if token[0] != word[0]:
            return False
        return len(token) >= self.min_length or token[-1] == word[-1]

    def correct(self, token: str) -> str | None:
        """Return the unique correction of ``token``, or None (none or ambiguous)."""
        if len(token) < self.min_length - 1 or not token.isalpha() or token in self._targets:
            return None
        found = self.candidates(token)
        if len(found) == 1:
            return next(iter(found))
        return None


_BUILT: dict[tuple, TypoCorrector] = {}
_BUILT_MAX = 8  # lexicons × settings a process keeps correctors for
