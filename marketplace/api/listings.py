"""Needs and offers: browse with the web's filters, read, post, edit, change status, and
the suggestions the matching worker prepared for them."""

from __future__ import annotations

from flask_babel import gettext as _

from marketplace.api import READ, WRITE, Shown, auth, bp, current_user, merged
from marketplace.api import schemas as s
from marketplace.api.fields import page_of
from marketplace.api.paging import page
from marketplace.errors import NotFound
from marketplace.models import Need, Offer
from marketplace.permissions import (
    can_edit_need,
    can_edit_offer,
    can_post_need,
    can_post_offer,
    can_view_need,
    can_view_offer,
    can_view_unpublished_needs_of,
    can_view_unpublished_offers_of,
    facilitates_group,
    follows_group,
    is_facilitator,
    require,
)
from marketplace.services.curation import caseload
from marketplace.services.listings import posting, search
from marketplace.services.parties import groups as group_service
from marketplace.services.parties import providers as provider_service
from marketplace.services.suggesting import prepared

NeedPage = page_of(s.NeedOut, "NeedPage")
OfferPage = page_of(s.OfferOut, "OfferPage")
EDITABLE_NEED = tuple(f for f in posting.NEED_FIELDS if f != "status")
EDITABLE_OFFER = tuple(f for f in posting.OFFER_FIELDS if f != "status")


def shown(listing, user):
    editable = (
        can_edit_need(user, listing) if isinstance(listing, Need) else can_edit_offer(user, listing)
    )
    return Shown(
        listing, allowed_statuses=posting.allowed_transitions(listing) if editable else None
    )


def visible_need(need_id: int, user) -> Need:
    need = posting.get_need(need_id)
    if not can_view_need(user, need):
        raise NotFound(_("This need does not exist."))
    return need


def visible_offer(offer_id: int, user) -> Offer:
    offer = posting.get_offer(offer_id)
    if not can_view_offer(user, offer):
        raise NotFound(_("This offer does not exist."))
    return offer


def _filters(args: dict) -> search.Filters:
    return search.Filters(**{k: args.get(k) or "" for k in search.Filters.__dataclass_fields__})


def _paged(stmt, model, args, user):
    result = page(stmt, model, args)
    result["items"] = [shown(item, user) for item in result["items"]]
    return result


@bp.get("/needs")
@bp.auth_required(auth, roles=READ)
@bp.input(s.BrowseQuery, location="query", arg_name="args")
@bp.output(NeedPage)
def list_needs(args):
    """Browse published needs (the web's filters: q, kind, sector, province, regency, status)"""
    return _paged(search.needs_query(_filters(args)), Need, args, current_user())


@bp.get("/offers")
@bp.auth_required(auth, roles=READ)
@bp.input(s.BrowseQuery, location="query", arg_name="args")
@bp.output(OfferPage)
def list_offers(args):
    """Browse published offers that reach the chosen place"""
    return _paged(search.offers_query(_filters(args)), Offer, args, current_user())


@bp.get("/needs/<int:need_id>")
@bp.auth_required(auth, roles=READ)
@bp.output(s.NeedOut)
def get_need(need_id: int):
    """Read a need (drafts only for those who may see them)"""
    return shown(visible_need(need_id, current_user()), current_user())


@bp.get("/offers/<int:offer_id>")
@bp.auth_required(auth, roles=READ)
@bp.output(s.OfferOut)
def get_offer(offer_id: int):
    """Read an offer"""
    return shown(visible_offer(offer_id, current_user()), current_user())


@bp.get("/groups/<int:group_id>/needs")
@bp.auth_required(auth, roles=READ)
@bp.input(s.PageQuery, location="query", arg_name="args")
@bp.output(NeedPage)
def group_needs(group_id: int, args):
    """A group's needs (drafts too for its members and facilitators)"""
    group = group_service.get_group(group_id)
    user = current_user()
    return _paged(
        posting.needs_of_group_query(
            group, published_only=not can_view_unpublished_needs_of(user, group)
        ),
        Need,
        args,
        user,
    )


@bp.get("/providers/<int:provider_id>/offers")
@bp.auth_required(auth, roles=READ)
@bp.input(s.PageQuery, location="query", arg_name="args")
@bp.output(OfferPage)
def provider_offers(provider_id: int, args):
    """A provider's offers (drafts too for those who act for it)"""
    provider = provider_service.get_provider(provider_id)
    user = current_user()
    published_only = not can_view_unpublished_offers_of(user, provider)
    return _paged(
        posting.offers_of_provider_query(provider, published_only=published_only),
        Offer,
        args,
        user,
    )


@bp.post("/groups/<int:group_id>/needs")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.NewNeedIn, arg_name="body")
@bp.output(s.NeedOut, status_code=201)
def create_need(group_id: int, body):
    """Post a need for a group (its officers)"""
    group = group_service.get_group(group_id)
    user = current_user()
    require(can_post_need(user, group))
    return shown(posting.create_need(group=group, by=user, fields=body), user)


@bp.post("/providers/<int:provider_id>/offers")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.NewOfferIn, arg_name="body")
@bp.output(s.OfferOut, status_code=201)
def create_offer(provider_id: int, body):
    """Post an offer for a provider (those who act for it)"""
    provider = provider_service.get_provider(provider_id)
    user = current_user()
    require(can_post_offer(user, provider))
    return shown(posting.create_offer(provider=provider, by=user, fields=body), user)


@bp.patch("/needs/<int:need_id>")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.NeedIn, arg_name="body")
@bp.output(s.NeedOut)
def update_need(need_id: int, body):
    """Change some fields of a need"""
    user = current_user()
    need = visible_need(need_id, user)
    require(can_edit_need(user, need))
    posting.update_listing(need, merged(need, body, EDITABLE_NEED))
    return shown(need, user)


@bp.patch("/offers/<int:offer_id>")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.OfferIn, arg_name="body")
@bp.output(s.OfferOut)
def update_offer(offer_id: int, body):
    """Change some fields of an offer"""
    user = current_user()
    offer = visible_offer(offer_id, user)
    require(can_edit_offer(user, offer))
    posting.update_listing(offer, merged(offer, body, EDITABLE_OFFER))
    return shown(offer, user)


@bp.post("/needs/<int:need_id>/status")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.StatusIn, arg_name="body")
@bp.output(s.NeedOut)
def need_status(need_id: int, body):
    """Move a need along its lifecycle (409 when the lifecycle does not allow it)"""
    user = current_user()
    need = visible_need(need_id, user)
    require(can_edit_need(user, need))
    posting.transition(need, body["to"], reason=body.get("reason", ""), note=body["note"])
    return shown(need, user)


@bp.post("/offers/<int:offer_id>/status")
@bp.auth_required(auth, roles=WRITE)
@bp.input(s.StatusIn, arg_name="body")
@bp.output(s.OfferOut)
def offer_status(offer_id: int, body):
    """Move an offer along its lifecycle"""
    user = current_user()
    offer = visible_offer(offer_id, user)
    require(can_edit_offer(user, offer))
    posting.transition(offer, body["to"], reason=body.get("reason", ""), note=body["note"])
    return shown(offer, user)


def _readiness(listing) -> dict:
    state = prepared.readiness(listing)
    return {"readiness": state.state, "stale_since": state.since}


@bp.get("/needs/<int:need_id>/suggestions")
@bp.auth_required(auth, roles=READ)
@bp.input(s.SuggestionQuery, location="query", arg_name="args")
@bp.output(s.SuggestionsOut)
def need_suggestions(need_id: int, args):
    """The offers the matching worker prepared for a need, best first, with reasons"""
    user = current_user()
    need = visible_need(need_id, user)
    group = need.group
    require(
        can_edit_need(user, need) or follows_group(user, group) or facilitates_group(user, group)
    )
    ranked = prepared.for_need(need, args.get("limit") or 10)
    items = [
        {
            "rank": rank,
            "score": p.score,
            "can_serve": p.can_serve,
            "reasons": p.reasons,
            "offer": shown(offer, user),
        }
        for rank, (offer, p) in enumerate(ranked, start=1)
    ]
    return {**_readiness(need), "items": items}


@bp.get("/offers/<int:offer_id>/suggestions")
@bp.auth_required(auth, roles=READ)
@bp.input(s.SuggestionQuery, location="query", arg_name="args")
@bp.output(s.SuggestionsOut)
def offer_suggestions(offer_id: int, args):
    """Open needs the offer could serve: all for its provider, a facilitator's caseload"""
    user = current_user()
    offer = visible_offer(offer_id, user)
    if can_edit_offer(user, offer):
        group_ids = None
    else:
        require(is_facilitator(user))
        group_ids = None if user.is_admin else set(caseload.caseload_group_ids(user))
    k = args.get("limit") or 10
    ranked = prepared.for_offers([offer], group_ids=group_ids, k=k)[offer.id]
    items = [
        {
            "rank": rank,
            "score": p.score,
            "can_serve": p.can_serve,
            "reasons": p.reasons,
            "need": shown(need, user),
        }
        for rank, (need, p) in enumerate(ranked, start=1)
    ]
    return {**_readiness(offer), "items": items}
