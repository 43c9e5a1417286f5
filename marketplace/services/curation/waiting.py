"""What waits on whom: the decisions waiting on a person, and proposals nobody answered in
time (expired by the daily job)."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from types import SimpleNamespace

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import bindparam, select

from marketplace import lifecycle
from marketplace.extensions import db
from marketplace.models import Match, Need, Offer, User
from marketplace.models.base import utcnow
from marketplace.services.curation import moves
from marketplace.services.curation.caseload import facilitators_of
from marketplace.services.messaging.notifications import N_, notice, notify
from marketplace.vocab import OFFICER_ROLES


def expire_stale(*, now: datetime | None = None) -> int:
    """Expire proposals nobody answered in time and tell the facilitators; returns how many."""
    now = now or utcnow()
    cutoff = now - timedelta(days=current_app.config["PROPOSAL_EXPIRY_DAYS"])
    stale = db.session.scalars(
        select(Match).where(Match.state.in_(lifecycle.EXPIRING_STATES), Match.updated_at < cutoff)
    ).all()
    for match in stale:
        moves.move(match, "expired", actor=None)
        notify(
            facilitators_of(match.need.group),
            link=f"/matches/{match.id}",
            text=notice(
                N_("Nobody answered “%(offer)s” for “%(need)s”: it expired."),
                offer=match.offer.title,
                need=match.need.title,
            ),
            email_subject=lambda: _("A proposal expired"),
        )
    db.session.commit()
    return len(stale)


def pending_for(user: User, limit: int = 20) -> dict[str, list[Match]]:
    """Matches waiting on this user's decision, oldest first, for their home page.

    Read from the user's memberships and provider links (loaded with the signed-in user):
    a side the user has no part in costs no query."""
    group_ids = sorted({m.group_id for m in user.memberships if m.role in OFFICER_ROLES})
    provider_ids = sorted({link.provider_id for link in user.provider_links})
    for_group = for_provider = []
    statements = _pending_statements(limit)
    if group_ids:
        for_group = db.session.scalars(statements.group, {"group_ids": group_ids}).all()
    if provider_ids:
        for_provider = db.session.scalars(statements.provider, {"provider_ids": provider_ids}).all()
    return {"group": list(for_group), "provider": list(for_provider)}


@cache
def _pending_statements(limit: int) -> SimpleNamespace:
    """``pending_for``'s two statements, built once per process, the ids bound."""
    return SimpleNamespace(
        group=select(Match)
        .join(Need)
        .where(Need.group_id.in_(bindparam("group_ids", expanding=True)), Match.state == "proposed")
        .order_by(Match.id)
        .limit(limit),
        provider=select(Match)
        .join(Offer)
        .where(
            Offer.provider_id.in_(bindparam("provider_ids", expanding=True)),
            Match.state == "group_accepted",
        )
        .order_by(Match.id)
        .limit(limit),
    )
