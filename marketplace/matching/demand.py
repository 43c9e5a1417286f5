"""Demand without supply: the subjects open needs ask for that no good offer covers.

A need's *key subjects* are the lexicon concepts it names in earnest (weight at least that
of a free word in a title, so not a concept met only inside a longer phrase), activities
(cultivation, processing) aside. A key subject is *covered* when one of the need's
suggestions that can serve its group meets the concept itself, or a related one while
scoring at least ``MatchSettings.good_score``. Every key subject left uncovered is a
:class:`Gap`; :func:`tally` counts them by region, sector, subject and kind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .engine import MatchEngine
from .types import Listing, NeedInput, Suggestion


@dataclass(frozen=True, slots=True)
class Gap:
    """One key subject of one open need that no good offer covers."""

    need_id: str
    kind: str
    region: str  # the need's first area key (its province), "" when unknown
    concept: str
    sector: str
    words: str  # how the need put it


@dataclass(frozen=True, slots=True)
class Demand:
    """Uncovered needs counted by region, sector, subject and kind."""

    region: str
    sector: str
    concept: str
    kind: str
    needs: int
    words: str  # the most frequent way the needs put it
    need_ids: tuple[str, ...]


def key_subjects(engine: MatchEngine, need: Listing) -> dict[str, str]:
    """Return concept key -> the listing's words for each of its key subjects."""
    s, concepts = engine.settings, engine.lexicon.concepts
    floor = s.term_factor * s.title_weight
    words = engine.analyser.evidence(need.title, need.description, need.tags)
    found = {}
    for feature, weight in engine.profile(need).items():
        key = feature[2:]
        concept = concepts.get(key) if feature.startswith("c:") else None
        if concept is not None and weight >= floor and concept.role != "activity":
            found[key] = words.get(feature, key)
    return found


def covered(suggestions: Iterable[Suggestion], good: float) -> set[str]:
    """Return the need concepts that suggestions able to serve the group meet (exactly, or
    through a related concept in a suggestion scoring at least ``good``)."""
    met: set[str] = set()
    for suggestion in suggestions:
        if not suggestion.can_serve:
            continue
        for reason in suggestion.reasons:
            if reason.code == "concept":
                met.add(reason.param("concept"))
            elif reason.code == "related" and suggestion.score >= good:
                met.add(reason.param("need_concept"))
    return met


def gaps(
    engine: MatchEngine,
    needs: Iterable[NeedInput],
    *,
    k: int = 10,
    today: date | None = None,
    suggestions: Mapping[str, list[Suggestion]] | None = None,
) -> list[Gap]:
    """Return the uncovered key subjects of open needs (offers must be built already).

    ``suggestions`` (need id -> its suggestions with reasons, e.g. prepared ones) spares
    ranking those needs again.
    """
    good, concepts = engine.settings.good_score, engine.lexicon.concepts
    found = []
    for need in needs:
        if need.status != "open":
            continue
        subjects = key_subjects(engine, need)
        if not subjects:
            continue
        ranked = (suggestions or {}).get(need.id)
        if ranked is None:
            ranked = engine.top_k(need, k, today=today)
        met = covered(ranked, good)
        region = need.area_keys[0] if need.area_keys else ""
        for key, words in sorted(subjects.items()):
            if key not in met:
                sector = concepts[key].sector
                found.append(Gap(need.id, need.kind, region, key, sector, words))
    return found


def tally(found: Iterable[Gap]) -> list[Demand]:
    """Count gaps by (region, sector, subject, kind), the largest first."""
    groups: dict[tuple[str, str, str, str], list[Gap]] = {}
    for gap in found:
        groups.setdefault((gap.region, gap.sector, gap.concept, gap.kind), []).append(gap)
    rows = []
    for (region, sector, concept, kind), items in groups.items():
        words = Counter(g.words for g in items).most_common(1)[0][0]
        ids = tuple(sorted({g.need_id for g in items}))
        rows.append(Demand(region, sector, concept, kind, len(ids), words, ids))
    rows.sort(key=lambda r: (-r.needs, r.region, r.sector, r.concept, r.kind))
    return rows
