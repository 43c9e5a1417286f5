"""Learn the matcher's weights from recorded decisions.

A :class:`Decision` is one need–offer pair that people judged: proposed by a facilitator,
accepted by the group or both, completed (good); dismissed or declined as the wrong subject,
out of reach or an unreliable provider (bad). Dismissals and declines for price, dates or
other reasons say nothing about the match and are left out (:func:`verdict`).

:func:`fit` replays the older decisions (the newest ``holdout`` share is kept apart),
searches the score shares of :class:`MatchSettings` one at a time for a better AUC (how often
a good pair outscores a bad one), and sets the credit of related concept pairs that
facilitators keep dismissing as the wrong subject to zero. It reports the AUC on the
held-apart decisions before and after; the caller writes the settings only when it is
better.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import score
from .engine import MatchEngine
from .lexicon import Lexicon
from .settings import MatchSettings
from .types import NeedInput, OfferInput

GOOD_STATES = frozenset({"proposed", "group_accepted", "accepted", "in_progress", "completed"})
BAD_STATES = frozenset({"dismissed", "declined"})
MATCH_FAULTS = frozenset({"wrong_subject", "out_of_reach", "unreliable"})
SHARES = ("w_reach", "w_capacity", "w_dates", "w_verified", "w_reputation", "w_text")
MIN_DECISIONS = 10  # fewer say too little to learn from
STEPS = (0.0, 0.25, 0.5, 0.75, 1.5, 2.0, 3.0, 5.0)


@dataclass(frozen=True, slots=True)
class Decision:
    """One judged pair, in the order it was decided; ``related`` lists the (need concept,
    offer concept) pairs its suggestion's reasons named as related."""

    need: NeedInput
    offer: OfferInput
    good: bool
    reason: str = ""
    related: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Fit:
    """What tuning found: the held-apart AUC before and after, and the new settings."""

    before: float
    after: float
    settings: MatchSettings
    trained: int
    held_apart: int
    zeroed_pairs: tuple[tuple[str, str], ...]

    @property
    def better(self) -> bool:
        return self.after > self.before + 1e-9


def verdict(state: str, reason_code: str | None) -> bool | None:
    """Return whether a match's state says the pair was good, bad, or nothing (None)."""
    if state in GOOD_STATES:
        return True
    if state in BAD_STATES:
        return False if (reason_code or "") in MATCH_FAULTS else None
    return None


def auc(scored: Sequence[tuple[float, bool]]) -> float:
    """Return the share of (good, bad) pairs where the good one scores higher (ties: half)."""
    good = sorted(s for s, g in scored if g)
    bad = sorted(s for s, g in scored if not g)
    if not good or not bad:
        return 0.5
    wins, i, j = 0.0, 0, 0
    for s in good:  # both sorted: count the bad scores below and equal to each good one
        while i < len(bad) and bad[i] < s:
            i += 1
        j = max(j, i)
        while j < len(bad) and bad[j] <= s:
            j += 1
        wins += i + (j - i) / 2
    return wins / (len(good) * len(bad))


class _Replay:
    """The parts of every decision's score under some settings (analysis done once)."""

    def __init__(self, decisions: Sequence[Decision], settings: MatchSettings, lexicon: Lexicon):
        engine = MatchEngine(settings, lexicon=lexicon)
        offers = {d.offer.id: replace(d.offer, status="open") for d in decisions}
        engine.build(offers.values())
        self.rows: list[tuple[float, dict[str, float], bool]] = []
        for d in decisions:
            parts = engine.parts(replace(d.need, status="open"), d.offer.id)
            if parts is None:  # the hard rules part them: a certain zero
                parts = (0.0, dict.fromkeys(score.SIGNALS, 0.0))
            self.rows.append((parts[0], parts[1], d.good))

    def auc(self, settings: MatchSettings, rows: slice = slice(None)) -> float:
        return auc([(score.total(settings, s, v), g) for s, v, g in self.rows[rows]])


def _reshare(settings: MatchSettings, name: str, value: float) -> MatchSettings | None:
    """Set one soft-signal share, giving the difference to (or taking it from) the subject
    share so the shares still sum to 1; None when the subject share would fall below 0.05."""
    subject = settings.subject_share - (value - getattr(settings, name))
    if subject < 0.05:
        return None
    return replace(settings, **{name: value, "subject_share": subject})


def wrong_subject_pairs(
    decisions: Sequence[Decision], min_dismissals: int = 3
) -> tuple[tuple[str, str], ...]:
    """Return related pairs dismissed as the wrong subject at least ``min_dismissals``
    times and never named by a good decision."""
    bad: Counter[tuple[str, str]] = Counter()
    good: set[tuple[str, str]] = set()
    for d in decisions:
        if d.good:
            good.update(d.related)
        elif d.reason == "wrong_subject":
            bad.update(set(d.related))
    return tuple(sorted(p for p, n in bad.items() if n >= min_dismissals and p not in good))


def fit(
    decisions: Sequence[Decision],
    base: MatchSettings | None = None,
    *,
    holdout: float = 0.3,
    lexicon: Lexicon | None = None,
    rounds: int = 3,
) -> Fit:
    """Fit the score shares and related-pair credits on the older decisions."""
    base = base or MatchSettings()
    if len(decisions) < MIN_DECISIONS:
        return Fit(0.5, 0.5, base, len(decisions), 0, ())
    lexicon = lexicon if lexicon is not None else Lexicon.load()
    cut = len(decisions) - max(1, round(len(decisions) * holdout))
    train, test = slice(0, cut), slice(cut, None)
    zeroed = wrong_subject_pairs(decisions[train])
    known = {(a, b) for a, b, _c in base.pair_credit}
    pairs = base.pair_credit + tuple((a, b, 0.0) for a, b in zeroed if (a, b) not in known)
    start = replace(base, pair_credit=pairs)
    before = _Replay(decisions, base, lexicon).auc(base, test)
    replay = _Replay(decisions, start, lexicon)
    best, best_auc = start, replay.auc(start, train)
    for _round in range(rounds):
        improved = False
        for name in SHARES:
            for step in STEPS:
                candidate = _reshare(best, name, getattr(base, name) * step)
                if candidate is None:
                    continue
                value = replay.auc(candidate, train)
                if value > best_auc + 1e-9:
                    best, best_auc, improved = candidate, value, True
        if not improved:
            break
    after = replay.auc(best, test)
    return Fit(before, after, best, cut, len(decisions) - cut, zeroed)
