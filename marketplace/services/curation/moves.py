"""The one owner of the match lifecycle: which transitions exist, who may make each,
and the audit record each one leaves.

    suggested/responded/requested → proposed (facilitator) or dismissed (facilitator)
    proposed → group_accepted or declined (the group) · withdrawn (facilitator) · expired
    (undecided matches are withdrawn by the system when their need or offer is closed)
    group_accepted → accepted or declined (the provider) · withdrawn (facilitator) · expired
    accepted → in_progress · withdrawn (either party or the facilitator)
    in_progress → completed (the group or the facilitator, with an outcome) · withdrawn
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from marketplace.errors import InvalidTransition, PermissionDenied, ValidationFailed
from marketplace.extensions import db
from marketplace.models import Match, MatchEvent, User
from marketplace.models.base import utcnow
from marketplace.permissions import match_roles

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
INTRODUCED_STATES = frozenset({"accepted", "in_progress", "completed"})
FACILITATOR, GROUP, PROVIDER, SYSTEM = "facilitator", "group", "provider", "system"
PARTIES = frozenset({FACILITATOR, GROUP, PROVIDER})


@dataclass(frozen=True)
class Rule:
    actors: frozenset[str]
    needs_reason: bool = False


TRANSITIONS: dict[tuple[str, str], Rule] = {
    **{
        (start, "proposed"): Rule(frozenset({FACILITATOR}))
        for start in ("suggested", "responded", "requested")
    },
    **{
        (start, "dismissed"): Rule(frozenset({FACILITATOR}), needs_reason=True)
        for start in ("suggested", "responded", "requested")
    },
    # When its need or offer is closed or withdrawn, an undecided match goes with it.
    **{
        (start, "withdrawn"): Rule(frozenset({SYSTEM}))
        for start in ("suggested", "responded", "requested")
    },
    ("proposed", "group_accepted"): Rule(frozenset({GROUP})),
    ("proposed", "declined"): Rule(frozenset({GROUP}), needs_reason=True),
    ("proposed", "withdrawn"): Rule(frozenset({FACILITATOR, SYSTEM})),
    ("proposed", "expired"): Rule(frozenset({SYSTEM})),
    ("group_accepted", "accepted"): Rule(frozenset({PROVIDER})),
    ("group_accepted", "declined"): Rule(frozenset({PROVIDER}), needs_reason=True),
    ("group_accepted", "withdrawn"): Rule(frozenset({FACILITATOR, SYSTEM})),
    ("group_accepted", "expired"): Rule(frozenset({SYSTEM})),
    ("accepted", "in_progress"): Rule(PARTIES),
    ("accepted", "withdrawn"): Rule(PARTIES),
    ("in_progress", "completed"): Rule(frozenset({GROUP, FACILITATOR})),
    ("in_progress", "withdrawn"): Rule(PARTIES),
}


def allowed_moves(match: Match, user: User | None) -> list[str]:
    """The states ``user`` may move ``match`` to now (what the page offers as buttons)."""
    roles = match_roles(user, match)
    return [
        to
        for (start, to), rule in TRANSITIONS.items()
        if start == match.state and rule.actors & roles
    ]


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
    rule = TRANSITIONS.get((match.state, to))
    if rule is None:
        raise InvalidTransition(
            _(
                "A match that is “%(current)s” cannot become “%(target)s”.",
                current=STATES.get(match.state, match.state),
                target=STATES.get(to, to),
            )
        )
    roles = {SYSTEM} if actor is None else match_roles(actor, match)
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
    return match
