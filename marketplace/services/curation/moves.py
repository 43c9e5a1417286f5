"""Moving a match: the lifecycle's table (``marketplace.lifecycle``) applied to rows, with
who is playing which part, the audit line each move leaves, and the move's effect on the
match's need.
"""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from marketplace import lifecycle
from marketplace.errors import InvalidTransition, PermissionDenied, ValidationFailed
from marketplace.extensions import db
from marketplace.models import Match, MatchEvent, Need, User
from marketplace.models.base import utcnow
from marketplace.permissions import match_roles
from marketplace.services.suggesting import changes

STATES = {
    "suggested": _l("Suggested"),
    "responded": _l("Provider offered help"),
    "requested": _l("Group asked for an introduction"),
    "proposed": _l("Proposed to the group"),
    "group_accepted": _l("Accepted by the group"),
    "accepted": _l("Accepted by both"),
    "in_progress": _l("In progress"),
    "completed": _l("Completed"),
    "declined": _l("Declined"),
    "withdrawn": _l("Withdrawn"),
    "expired": _l("Expired"),
    "dismissed": _l("Dismissed"),
}
DECLINE_REASONS = {
    "wrong_subject": _l("Wrong subject"),
    "out_of_reach": _l("Out of reach"),
    "too_expensive": _l("Too expensive"),
    "unreliable": _l("Provider unreliable"),
    "timing": _l("Dates do not fit"),
    "other": _l("Other"),
}


def allowed_moves(match: Match, user: User | None) -> list[str]:
    """The states ``user`` may move ``match`` to now (what the page offers as buttons)."""
    return lifecycle.match_moves(match.state, match_roles(user, match))


def record(
    match: Match, *, to: str, actor: User | None, note: str = "", start: str | None = None
) -> None:
    """Write the audit line of a transition (the caller's transaction commits it)."""
    db.session.add(
        MatchEvent(
            match=match,
            actor_id=actor.id if actor else None,
            from_state=start,
            to_state=to,
            note=note or "",
        )
    )


def move(
    match: Match, to: str, *, actor: User | None, note: str = "", reason_code: str | None = None
) -> Match:
    """Check and apply one transition with its audit record. Does not commit."""
    rule = lifecycle.MATCH_TRANSITIONS.get((match.state, to))
    if rule is None:
        raise InvalidTransition(
            _(
                "A match that is “%(current)s” cannot become “%(target)s”.",
                current=STATES.get(match.state, match.state),
                target=STATES.get(to, to),
            )
        )
    roles = {lifecycle.SYSTEM} if actor is None else match_roles(actor, match)
    if not rule.actors & roles:
        raise PermissionDenied(_("This step belongs to someone else."))
    if rule.needs_reason:
        if reason_code not in DECLINE_REASONS:
            raise ValidationFailed({"reason_code": [_("Choose a reason.")]})
        match.reason_code = reason_code
        match.reason_note = note or ""
    now = utcnow()
    if to == "proposed":
        match.proposed_at = now
        match.note = note or match.note
    elif match.state == "proposed" and to in ("group_accepted", "declined"):
        match.group_decided_at = now
    elif match.state == "group_accepted" and to in ("accepted", "declined"):
        match.provider_decided_at = now
    elif to == "completed":
        match.completed_at = now
    start, match.state = match.state, to
    record(match, to=to, actor=actor, note=note, start=start)
    _need_follows(match, start)
    return match


def _need_follows(match: Match, start: str) -> None:
    """Bring the need where the lifecycle says this move takes it (the system's move)."""
    need = match.need
    others = False
    if start in lifecycle.INTRODUCED_STATES and match.state not in lifecycle.INTRODUCED_STATES:
        others = _other_introductions(need, match)
    target = lifecycle.need_after(start, match.state, need.status, other_introductions=others)
    if target is not None:
        need.status = target
        changes.record(need)


def _other_introductions(need: Need, match: Match) -> bool:
    stmt = select(Match.id).where(
        Match.need_id == need.id,
        Match.id != match.id,
        Match.state.in_(lifecycle.INTRODUCED_STATES),
    )
    return db.session.scalar(stmt.limit(1)) is not None
