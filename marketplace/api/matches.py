"""Matches: the ones the caller may see, their transitions, outcomes and contacts."""

from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import or_, select
from sqlalchemy.orm import contains_eager, selectinload

from marketplace import lifecycle
from marketplace.api import READ, WRITE, Shown, auth, bp, current_user
from marketplace.api import schemas as s
from marketplace.api.fields import page_of
from marketplace.api.listings import visible_need, visible_offer
from marketplace.api.paging import page
from marketplace.errors import InvalidTransition, NotFound, ValidationFailed
from marketplace.models import Group, GroupMembership, Match, Need, Offer, ProviderMember
from marketplace.permissions import can_view_match, facilitates_group, require
from marketplace.services.accounts import access_log
from marketplace.services.curation import actions, caseload, introductions, moves

MatchPage = page_of(s.MatchOut, "MatchPage")


def _contacts(match: Match, user) -> dict | None:
    intro = introductions.introduction(match, user)
    if intro is None:
        return None
    return {
        "other_side": intro.other_side,
        "people": [{"name": c.name, "email": c.email, "phone": c.phone} for c in intro.contacts],
        "whatsapp_url": intro.whatsapp_url,
    }


def shown(match: Match, user, *, contacts: bool = False):
    intro = _contacts(match, user) if contacts else None
    if intro is not None:
        access_log.record(user, action=access_log.CONTACTS, subject=f"match {match.id} (api)")
    return Shown(
        match,
        allowed_moves=moves.allowed_moves(match, user),
        contacts=intro,
        outcome=match.outcome,
    )


def _candidates(user):
    """Matches near the caller (their groups, providers, caseload); the predicate decides."""
    stmt = (
        select(Match)
        .join(Need, Match.need_id == Need.id)
        .join(Offer, Match.offer_id == Offer.id)
        # what the permission predicate and the page read of each match, with the page
        .options(
            contains_eager(Match.need).joinedload(Need.group),
            contains_eager(Match.offer).joinedload(Offer.provider),
            selectinload(Match.outcome),
        )
    )
    if user.is_admin:
        return stmt
    near = [
        Need.group_id.in_(
            select(GroupMembership.group_id).where(GroupMembership.user_id == user.id)
        ),
        Offer.provider_id.in_(
            select(ProviderMember.provider_id).where(ProviderMember.user_id == user.id)
        ),
    ]
    if user.is_facilitator:
        near.append(Need.group_id.in_(select(Group.id).where(caseload.caseload_filter(user))))
    return stmt.where(or_(*near))


@bp.get("/matches")
@bp.auth_required(auth, roles=READ)
@bp.input(s.MatchQuery, location="query", arg_name="args")
@bp.output(MatchPage)
def list_matches(args):
    """The matches the caller may see (as on the pages), newest first"""
    user = current_user()
    stmt = _candidates(user)
    if args.get("state"):
        stmt = stmt.where(Match.state == args["state"])
    if args.get("need_id"):
        stmt = stmt.where(Match.need_id == args["need_id"])
    if args.get("offer_id"):
        stmt = stmt.where(Match.offer_id == args["offer_id"])
    result = page(stmt, Match, args, keep=lambda m: can_view_match(user, m))
    result["items"] = [shown(m, user) for m in result["items"]]
    return result


@bp.get("/matches/<int:match_id>")
@bp.auth_required(auth, roles=READ)
@bp.output(s.MatchOut)
def get_match(match_id: int):
    """A match, the moves the caller may make, and contacts once both sides accepted"""
    user = current_user()
    return shown(actions.get_match(match_id, user), user, contacts=True)


def _listing_or_field_error(load, listing_id: int, field: str):
    try:
        return load(listing_id, current_user())
    except NotFound as error:
        raise ValidationFailed({field: [error.message]}) from error


@bp.post("/matches")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.NewMatchIn, arg_name="body")
@bp.output(s.MatchOut, status_code=201)
def create_match(body):
    """Propose a pair (facilitator), answer a need (provider), or ask for an introduction"""
    user = current_user()
    need = _listing_or_field_error(visible_need, body["need_id"], "need_id")
    offer = _listing_or_field_error(visible_offer, body["offer_id"], "offer_id")
    action, note = body["action"], body["note"]
    if action == "propose":
        require(facilitates_group(user, need.group))
        match = actions.propose(need, offer, by=user, note=note)
    elif action == "respond":
        terms = {k: body.get(k) for k in ("dates", "fee", "capacity")}
        match = actions.respond(need, offer, by=user, message=note, terms=terms)
    else:
        match = actions.request_introduction(need, offer, by=user, message=note)
    return shown(match, user)


def _outcome_fields(outcome: dict | None) -> dict:
    fields = dict(outcome or {})
    fields.setdefault("notes", "")
    return fields


def move(match: Match, user, body: dict) -> None:
    """One transition through the same use-cases as the pages."""
    to = body["to"]
    rule = lifecycle.MATCH_TRANSITIONS.get((match.state, to))
    if rule is None or rule.actors == {lifecycle.SYSTEM}:
        raise InvalidTransition(
            _(
                "A match that is “%(current)s” cannot become “%(target)s”.",
                current=moves.STATES[match.state],
                target=moves.STATES[to],
            )
        )
    require(to in moves.allowed_moves(match, user))
    note, reason = body.get("note") or "", body.get("reason_code")
    if to == "proposed":
        actions.propose(match.need, match.offer, by=user, note=note)
    elif to == "dismissed":
        actions.dismiss(match.need, match.offer, by=user, reason_code=reason, note=note)
    elif to in ("group_accepted", "accepted", "declined"):
        actions.decide(match, by=user, accept=to != "declined", reason_code=reason, note=note)
    elif to == "in_progress":
        actions.start_work(match, by=user)
    elif to == "withdrawn":
        actions.withdraw(match, by=user, note=note)
    elif to == "completed":
        actions.complete(match, by=user, outcome=_outcome_fields(body.get("outcome")))


@bp.post("/matches/<int:match_id>/transitions")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.TransitionIn, arg_name="body")
@bp.output(s.MatchOut)
def transition(match_id: int, body):
    """Make one of the match's allowed moves (``allowed_moves``); 409 if none leads there"""
    user = current_user()
    match = actions.get_match(match_id, user)
    move(match, user, body)
    return shown(match, user)


@bp.get("/matches/<int:match_id>/outcome")
@bp.auth_required(auth, roles=READ)
@bp.output(s.OutcomeOut)
def get_outcome(match_id: int):
    """What came of a completed match"""
    match = actions.get_match(match_id, current_user())
    if match.outcome is None:
        raise NotFound(_("No outcome was recorded for this match yet."))
    return match.outcome


@bp.post("/matches/<int:match_id>/outcome")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.OutcomeIn, arg_name="body")
@bp.output(s.OutcomeOut, status_code=201)
def record_outcome(match_id: int, body):
    """Complete the work with its outcome (the group or the facilitator)"""
    user = current_user()
    match = actions.get_match(match_id, user)
    move(match, user, {"to": "completed", "outcome": body})
    return match.outcome
