"""Curation use-cases: from a suggestion or a response to a proposal, the group's and the
provider's decisions, the work itself, its outcome and feedback."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import Integer, Select, bindparam, select
from sqlalchemy.orm import joinedload

from marketplace import lifecycle
from marketplace.errors import InvalidTransition, NotFound, PermissionDenied, ValidationFailed
from marketplace.extensions import db
from marketplace.models import (
    Feedback,
    Match,
    MatchMessage,
    Need,
    Offer,
    Outcome,
    User,
)
from marketplace.permissions import (
    acts_for_provider,
    can_message_match,
    can_view_match,
    is_group_officer,
    match_roles,
)
from marketplace.services.curation import moves
from marketplace.services.curation.caseload import facilitators_of
from marketplace.services.messaging.notifications import N_, notice, notify
from marketplace.services.parties.groups import officers_of
from marketplace.services.suggesting import changes
from marketplace.services.suggesting import prepared as prepared_suggestions


def get_match(match_id: int, viewer: User | None) -> Match:
    match = db.session.get(Match, match_id)
    if match is None or not can_view_match(viewer, match):
        raise NotFound(_("This match does not exist, or is not yours to see."))
    return match


def _link(match: Match) -> str:
    return f"/matches/{match.id}"


def _pair(need: Need, offer: Offer) -> Match | None:
    return db.session.scalar(
        select(Match).where(Match.need_id == need.id, Match.offer_id == offer.id)
    )


def _new_match(need: Need, offer: Offer, *, state: str, origin: str, by: User, **fields) -> Match:
    if need.kind != offer.kind:
        raise ValidationFailed({"offer": [_("The need and the offer are of different kinds.")]})
    if need.status != "open" or offer.status != "open":
        raise ValidationFailed({"offer": [_("Only open needs and offers can be matched.")]})
    existing = _pair(need, offer)
    if existing is not None:
        raise ValidationFailed(
            {
                "offer": [
                    _(
                        "These two were already linked (now: %(state)s).",
                        state=moves.STATES[existing.state],
                    )
                ]
            }
        )
    match = Match(need=need, offer=offer, state=state, origin=origin, created_by_id=by.id, **fields)
    db.session.add(match)
    # The engine made the suggestion; a response or a request is its author's own step.
    actor = None if origin == "engine" else by
    moves.record(match, to=state, actor=actor, note=fields.get("message", ""))
    return match


def matches_of_need(need: Need) -> list[Match]:
    """The need's matches with their offers and providers (what a need page shows), in one
    query: each match has one offer, each offer one provider."""
    return list(db.session.scalars(_matches_of_need_statement(), {"need_id": need.id}))


@cache
def _matches_of_need_statement() -> Select:
    """``matches_of_need``'s statement, built once per process (building it cost more than
    running it: ~0.1 ms); the need's id is bound."""
    return (
        select(Match)
        .where(Match.need_id == bindparam("need_id", type_=Integer))
        .order_by(Match.id)
        .options(joinedload(Match.offer).joinedload(Offer.provider))
    )


def suggestions_to_review(
    need: Need, k: int | None = None, *, matches: list[Match] | None = None
) -> list[tuple[prepared_suggestions.OfferCard, Any]]:
    """The prepared offers for a need, minus pairs already linked, proposed or dismissed
    (``matches``: the need's matches, when the caller has them already), as the pages show
    them (``prepared.OfferCard``)."""
    linked = frozenset(m.offer_id for m in (matches_of_need(need) if matches is None else matches))
    k = k or current_app.config["MATCH_K"]
    return prepared_suggestions.cards_for_need(need, k, exclude=linked)


def by_reach(pairs: list[tuple[Offer, Any]]) -> tuple[list[tuple[Offer, Any]], list]:
    """Split ranked (offer, suggestion) pairs into those that can serve the group and those
    outside its area (shown apart, still proposable: a trainer may travel for a fee)."""
    inside = [pair for pair in pairs if pair[1].can_serve]
    outside = [pair for pair in pairs if not pair[1].can_serve]
    return inside, outside


def _existing_or_suggested(need: Need, offer: Offer, *, by: User) -> Match:
    """The pair's match, or a new one in ``suggested`` with the engine's evidence (if it
    ranks the pair at all; otherwise the facilitator found it by hand)."""
    match = _pair(need, offer)
    if match is None:
        score, reasons = prepared_suggestions.evidence(need, offer)
        origin = "engine" if reasons else "manual"
        match = _new_match(
            need, offer, state="suggested", origin=origin, by=by, score=score, reasons=reasons
        )
        db.session.flush()
    return match


def _require_open_listings(match: Match) -> None:
    if match.need.status not in ("open", "matched") or match.offer.status != "open":
        raise ValidationFailed(
            {"offer": [_("The need or the offer is no longer open; this match cannot go on.")]}
        )


def propose(need: Need, offer: Offer, *, by: User, note: str) -> Match:
    """A facilitator proposes a pair (from the engine, a response, a request, or by hand)."""
    match = _existing_or_suggested(need, offer, by=by)
    _require_open_listings(match)
    moves.move(match, "proposed", actor=by, note=note)
    notify(
        officers_of(need.group),
        link=_link(match),
        text=notice(
            N_("%(facilitator)s proposes “%(offer)s” for your need “%(need)s”."),
            facilitator=by.name,
            offer=offer.title,
            need=need.title,
        ),
        email_subject=lambda: _("A proposal for your group"),
    )
    db.session.commit()
    return match


def dismiss(need: Need, offer: Offer, *, by: User, reason_code: str, note: str = "") -> Match:
    """Set a suggestion aside with a reason; the pair is not suggested again."""
    match = _existing_or_suggested(need, offer, by=by)
    moves.move(match, "dismissed", actor=by, note=note, reason_code=reason_code)
    db.session.commit()
    return match


def respond(need: Need, offer: Offer, *, by: User, message: str, terms: Mapping[str, Any]) -> Match:
    """A provider says "we can help" with one of its offers; the facilitator reviews it."""
    if not acts_for_provider(by, offer.provider):
        raise PermissionDenied(_("You do not act for this offer's provider."))
    match = _new_match(
        need,
        offer,
        state="responded",
        origin="provider",
        by=by,
        message=message,
        terms_dates=terms.get("dates") or None,
        terms_fee=terms.get("fee"),
        terms_capacity=terms.get("capacity"),
    )
    db.session.flush()
    notify(
        facilitators_of(need.group),
        link=_link(match),
        text=notice(
            N_("%(provider)s offers to help with “%(need)s”."),
            provider=offer.provider.name,
            need=need.title,
        ),
        email_subject=lambda: _("A provider responded to a need"),
    )
    db.session.commit()
    return match


def request_introduction(need: Need, offer: Offer, *, by: User, message: str) -> Match:
    """A group asks its facilitator for an introduction to an offer it found itself."""
    if not is_group_officer(by, need.group):
        raise PermissionDenied(_("Only the group's officers can ask for an introduction."))
    match = _new_match(need, offer, state="requested", origin="group", by=by, message=message)
    db.session.flush()
    notify(
        facilitators_of(need.group),
        link=_link(match),
        text=notice(
            N_("%(group)s asks for an introduction to “%(offer)s”."),
            group=need.group.name,
            offer=offer.title,
        ),
        email_subject=lambda: _("A group asks for an introduction"),
    )
    db.session.commit()
    return match


def decide(
    match: Match, *, by: User, accept: bool, reason_code: str | None = None, note: str = ""
) -> None:
    """The group decides first, then the provider; either may decline with a reason."""
    if accept:
        _require_open_listings(match)
    side = match.state
    target = lifecycle.decision(side, accept)
    if target is None:
        raise InvalidTransition(_("No decision is waiting on this match."))
    moves.move(match, target, actor=by, note=note, reason_code=reason_code)
    need, offer = match.need, match.offer
    facilitators = facilitators_of(need.group)
    if target == "group_accepted":
        notify(
            [link.user for link in offer.provider.members],
            link=_link(match),
            text=notice(
                N_("%(group)s would like to work with you on “%(need)s”."),
                group=need.group.name,
                need=need.title,
            ),
            email_subject=lambda: _("A group wants to work with you"),
        )
        notify(
            facilitators,
            link=_link(match),
            text=notice(
                N_("%(group)s accepted “%(offer)s”."), group=need.group.name, offer=offer.title
            ),
        )
    elif target == "accepted":
        everyone = officers_of(need.group) + facilitators + [m.user for m in offer.provider.members]
        notify(
            everyone,
            link=_link(match),
            text=notice(
                N_("Both sides accepted: %(group)s and %(provider)s can now talk."),
                group=need.group.name,
                provider=offer.provider.name,
            ),
            email_subject=lambda: _("You are introduced"),
        )
    else:
        who = need.group.name if side == "proposed" else offer.provider.name
        notify(
            facilitators + (officers_of(need.group) if side == "group_accepted" else []),
            link=_link(match),
            text=notice(
                N_("%(who)s declined “%(offer)s” for “%(need)s”."),
                who=who,
                offer=offer.title,
                need=need.title,
            ),
        )
    db.session.commit()


def start_work(match: Match, *, by: User) -> None:
    moves.move(match, "in_progress", actor=by)
    db.session.commit()


def withdraw(match: Match, *, by: User, note: str = "") -> None:
    moves.move(match, "withdrawn", actor=by, note=note)
    notify(
        officers_of(match.need.group) + [m.user for m in match.offer.provider.members],
        link=_link(match),
        text=notice(
            N_("The match “%(offer)s” for “%(need)s” was withdrawn."),
            offer=match.offer.title,
            need=match.need.title,
        ),
    )
    db.session.commit()


OUTCOME_FIELDS = (
    "happened_on",
    "people_trained",
    "volume",
    "unit",
    "price",
    "first_delivery_on",
    "notes",
)


def complete(match: Match, *, by: User, outcome: Mapping[str, Any]) -> None:
    """Close the work with what came of it."""
    unknown = set(outcome) - set(OUTCOME_FIELDS)
    if unknown:
        raise ValueError(f"unknown outcome fields: {sorted(unknown)}")
    for name in ("people_trained", "volume", "price"):
        if outcome.get(name) is not None and outcome[name] < 0:
            raise ValidationFailed({name: [_("Must be zero or more.")]})
    moves.move(match, "completed", actor=by)
    match.outcome = Outcome(
        recorded_by_id=by.id, **{k: v for k, v in outcome.items() if v is not None}
    )
    notify(
        facilitators_of(match.need.group) + [m.user for m in match.offer.provider.members],
        link=_link(match),
        text=notice(N_("“%(need)s” is completed. Please leave feedback."), need=match.need.title),
    )
    db.session.commit()


def give_feedback(match: Match, *, by: User, rating: int, comment: str) -> Feedback:
    """Each side rates the other once, after the work is completed."""
    if match.state != "completed":
        raise ValidationFailed({"rating": [_("Feedback is given once the work is completed.")]})
    roles = match_roles(by, match)
    side = "group" if "group" in roles else "provider" if "provider" in roles else None
    if side is None:
        raise PermissionDenied(_("Only the group and the provider give feedback."))
    if not 1 <= rating <= 5:
        raise ValidationFailed({"rating": [_("Choose 1 to 5.")]})
    if any(f.side == side for f in match.feedback):
        raise ValidationFailed({"rating": [_("Your side has already given feedback.")]})
    feedback = Feedback(match=match, side=side, rating=rating, comment=comment, author_id=by.id)
    db.session.add(feedback)
    changes.record(match.offer.provider)  # its reputation moved
    db.session.commit()
    return feedback


def post_message(match: Match, *, by: User, body: str) -> MatchMessage:
    if not can_message_match(by, match):
        raise PermissionDenied(_("Messages open once both sides have accepted."))
    body = body.strip()
    if not body or len(body) > 5000:
        raise ValidationFailed({"body": [_("Write 1 to 5000 characters.")]})
    message = MatchMessage(match=match, author_id=by.id, body=body)
    db.session.add(message)
    others = officers_of(match.need.group) + [m.user for m in match.offer.provider.members]
    notify(
        [u for u in others if u.id != by.id],
        link=_link(match),
        text=notice(
            N_("New message from %(name)s about “%(need)s”."), name=by.name, need=match.need.title
        ),
    )
    db.session.commit()
    return message
