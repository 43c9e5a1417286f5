"""Learn the matcher's settings from what facilitators, groups and providers decided.

:func:`recorded_decisions` turns Match rows and their events into the engine's
:class:`~marketplace.matching.tune.Decision` records (oldest decision first);
:func:`retune` fits new settings on them and writes the settings file only when the
held-apart decisions are ranked better.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from marketplace.extensions import db
from marketplace.matching import settings_file, tune
from marketplace.matching.version import engine_version
from marketplace.models import Match, MatchEvent, Need, Offer
from marketplace.services.suggesting import changes, inputs


@dataclass(frozen=True)
class TuneReport:
    fit: tune.Fit
    good: int
    bad: int
    written: Path | None
    version_before: str
    version_after: str


def _related(reasons: list[dict]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for reason in reasons or ():
        params = reason.get("params") or {}
        if reason.get("code") == "related" and params.get("need_concept"):
            pairs.append((str(params["need_concept"]), str(params.get("concept", ""))))
    return tuple(pairs)


def recorded_decisions() -> list[tune.Decision]:
    """Every judged match as a decision, in the order the last step was taken."""
    last = (
        select(MatchEvent.match_id, func.max(MatchEvent.created_at).label("at"))
        .group_by(MatchEvent.match_id)
        .subquery()
    )
    rows = db.session.execute(
        select(Match, last.c.at)
        .outerjoin(last, last.c.match_id == Match.id)
        .options(
            selectinload(Match.need).selectinload(Need.group),
            selectinload(Match.offer).selectinload(Offer.provider),
        )
    ).all()
    found = []
    for match, _at in sorted(rows, key=lambda r: (r[1] or r[0].created_at, r[0].id)):
        good = tune.verdict(match.state, match.reason_code)
        if good is None:
            continue
        found.append(
            tune.Decision(
                need=inputs.need_input(match.need),
                offer=inputs.offer_input(match.offer),
                good=good,
                reason=match.reason_code or "",
                related=_related(match.reasons),
            )
        )
    return found


def retune(*, holdout: float = 0.3, write: bool = True) -> TuneReport:
    """Fit settings on the recorded decisions; write them only when they rank the held-apart
    decisions better."""
    decisions = recorded_decisions()
    base = inputs.settings()
    fit = tune.fit(decisions, base, holdout=holdout)
    path = inputs.settings_path()
    written = None
    if write and fit.better and path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(settings_file.dumps(fit.settings), encoding="utf-8")
        written = path
        current_app.extensions.pop("match_settings", None)  # read again on next use
        changes.record_everything()  # the worker reloads with them and re-ranks everything
        db.session.commit()
    good = sum(1 for d in decisions if d.good)
    return TuneReport(
        fit=fit,
        good=good,
        bad=len(decisions) - good,
        written=written,
        version_before=engine_version(base),
        version_after=engine_version(fit.settings),
    )
