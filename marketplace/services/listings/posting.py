"""Needs and offers: posting, editing and their status lifecycle."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import bindparam, case, select
from sqlalchemy.orm import joinedload

from marketplace import lifecycle
from marketplace.errors import InvalidTransition, NotFound, ValidationFailed
from marketplace.extensions import db
from marketplace.models import (
    Group,
    GroupMembership,
    Match,
    Need,
    Offer,
    Provider,
    ProviderMember,
    User,
)
from marketplace.services import paging
from marketplace.services.curation.moves import move
from marketplace.services.parties.places import check_area
from marketplace.services.suggesting import changes
from marketplace.vocab import (
    KINDS,
    LISTING_STATUSES,
    NEED_END_REASONS,
    OFFER_END_REASONS,
    OFFICER_ROLES,
    SECTORS,
)

COMMON_FIELDS = (
    "kind",
    "sector",
    "title",
    "description",
    "tags",
    "quantity",
    "unit",
    "capacity",
    "status",
)
NEED_FIELDS = COMMON_FIELDS + ("budget", "wanted_from", "wanted_until")
OFFER_FIELDS = COMMON_FIELDS + ("price", "available_from", "available_until", "service_area")


def validate_listing(
    fields: Mapping[str, Any], *, allowed: tuple[str, ...]
) -> dict[str, list[str]]:
    """Check the rules a need or an offer must keep, wherever it comes from."""
    errors: dict[str, list[str]] = {}
    unknown = set(fields) - set(allowed)
    if unknown:
        errors["_"] = [_("Unknown fields: %(names)s", names=", ".join(sorted(unknown)))]
    if fields.get("kind") not in KINDS:
        errors["kind"] = [_("Choose training, market or resource.")]
    if fields.get("sector") and fields["sector"] not in SECTORS:
        errors["sector"] = [_("Unknown sector.")]
    title = (fields.get("title") or "").strip()
    if not title or len(title) > 200:
        errors["title"] = [_("A title of 1 to 200 characters is required.")]
    if len(fields.get("description") or "") > 5000:
        errors["description"] = [_("Use at most %(n)d characters.", n=5000)]
    for name in ("quantity", "capacity", "budget", "price"):
        value = fields.get(name)
        if value is not None and value < 0:
            errors[name] = [_("Must be zero or more.")]
    for start, end in (("wanted_from", "wanted_until"), ("available_from", "available_until")):
        if fields.get(start) and fields.get(end) and fields[end] < fields[start]:
            errors[end] = [_("The end date must not be before the start date.")]
    if "status" in fields and fields["status"] not in LISTING_STATUSES:
        errors["status"] = [_("Unknown status.")]
    if "service_area" in fields:
        errors.update(check_area(list(fields["service_area"] or [])))
    return errors


def _apply(listing: Need | Offer, fields: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
    errors = validate_listing(fields, allowed=allowed)
    if errors:
        raise ValidationFailed(errors)
    for name, value in fields.items():
        setattr(listing, name, value.strip() if isinstance(value, str) else value)


def get_need(need_id: int) -> Need:
    """The need with its group (every page of a need reads the group: its permissions)."""
    need = db.session.get(Need, need_id, options=[joinedload(Need.group)])
    if need is None:
        raise NotFound(_("This need does not exist."))
    return need


def get_offer(offer_id: int) -> Offer:
    offer = db.session.get(Offer, offer_id)
    if offer is None:
        raise NotFound(_("This offer does not exist."))
    return offer


def _initial(fields: Mapping[str, Any], publish: bool | None) -> dict[str, Any]:
    """A new listing is published at once, or kept as a draft (``publish`` False)."""
    fields = dict(fields)
    if publish is not None:
        fields["status"] = "open" if publish else "draft"
    fields.setdefault("status", "open")
    if fields["status"] not in lifecycle.INITIAL_LISTING_STATES:
        raise ValidationFailed({"status": [_("A new listing starts as a draft or open.")]})
    return fields


def create_need(
    *, group: Group, by: User, fields: Mapping[str, Any], publish: bool | None = None
) -> Need:
    fields = _initial(fields, publish)
    fields.setdefault("sector", group.sector)
    need = Need(group=group, created_by_id=by.id)
    _apply(need, fields, NEED_FIELDS)
    db.session.add(need)
    changes.record(need)
    db.session.commit()
    return need


def create_offer(
    *, provider: Provider, by: User, fields: Mapping[str, Any], publish: bool | None = None
) -> Offer:
    fields = _initial(fields, publish)
    fields.setdefault("service_area", list(provider.service_area or []))
    offer = Offer(provider=provider, created_by_id=by.id)
    _apply(offer, fields, OFFER_FIELDS)
    db.session.add(offer)
    changes.record(offer)
    db.session.commit()
    return offer


def update_listing(listing: Need | Offer, fields: Mapping[str, Any]) -> None:
    """Edit a listing's content; its status changes only through ``transition``."""
    if listing.status not in lifecycle.EDITABLE_LISTING_STATES:
        raise InvalidTransition(_("A fulfilled or withdrawn listing can no longer be edited."))
    fields = {k: v for k, v in fields.items() if k != "status"}
    _apply(listing, fields, NEED_FIELDS if isinstance(listing, Need) else OFFER_FIELDS)
    changes.record(listing)
    db.session.commit()


def allowed_transitions(listing: Need | Offer) -> list[str]:
    return lifecycle.listing_moves(listing.status)


def end_reasons(listing: Need | Offer) -> dict:
    """The reasons a person may give for taking this listing off the marketplace."""
    return NEED_END_REASONS if isinstance(listing, Need) else OFFER_END_REASONS


def transition(listing: Need | Offer, to: str, *, reason: str = "", note: str = "") -> None:
    """Move a listing along its lifecycle, refusing moves the lifecycle does not allow.

    Closing or withdrawing takes a ``reason`` (a code of ``end_reasons``) and an optional
    ``note``; reopening clears them.
    """
    if not lifecycle.listing_move_allowed(listing.status, to):
        raise InvalidTransition(
            _(
                "A listing that is %(current)s cannot become %(target)s.",
                current=LISTING_STATUSES.get(listing.status, listing.status),
                target=LISTING_STATUSES.get(to, to),
            )
        )
    if to in lifecycle.LISTING_ENDINGS:
        if reason not in end_reasons(listing):
            raise ValidationFailed({"reason": [_("Choose why it is taken off.")]})
        if len(note) > 500:
            raise ValidationFailed({"note": [_("Use at most %(n)d characters.", n=500)]})
        listing.end_reason, listing.end_note = reason, note.strip()
    elif to == "open":
        listing.end_reason, listing.end_note = None, ""
    listing.status = to
    if to in lifecycle.LISTING_ENDINGS:
        _withdraw_pending_matches(listing)
    changes.record(listing)
    db.session.commit()


def undecided_matches(listing: Need | Offer) -> list[Match]:
    """The matches of this listing that nobody has decided yet."""
    column = Match.need_id if isinstance(listing, Need) else Match.offer_id
    stmt = select(Match).where(
        column == listing.id, Match.state.in_(lifecycle.UNDECIDED_MATCH_STATES)
    )
    return list(db.session.scalars(stmt))


def _withdraw_pending_matches(listing: Need | Offer) -> None:
    """A listing taken off the market takes its undecided matches with it."""
    for match in undecided_matches(listing):
        move(match, "withdrawn", actor=None, note=_("The need or the offer was taken off."))


def _open_first(model):
    return case((model.status == "open", 0), else_=1), model.id.desc()


def _of(model, column, owner_id, *, published_only: bool, active: bool):
    stmt = select(model).where(column == owner_id).order_by(*_open_first(model))
    if published_only:
        stmt = stmt.where(model.status.in_(lifecycle.PUBLIC_LISTING_STATES))
    if active:
        stmt = stmt.where(model.status.in_(lifecycle.ACTIVE_LISTING_STATES))
    return stmt


def needs_of_group_query(group: Group, *, published_only: bool, active: bool = False):
    """The group's needs, open ones first, newest first (``active``: not done)."""
    return _of(Need, Need.group_id, group.id, published_only=published_only, active=active)


def offers_of_provider_query(provider: Provider, *, published_only: bool, active: bool = False):
    """The provider's offers, open ones first, newest first (``active``: not done)."""
    return _of(Offer, Offer.provider_id, provider.id, published_only=published_only, active=active)


# A page of one group's or provider's listings comes with its total (``count(*) OVER ()``):
# the few rows are read to be sorted anyway, and a count of its own was a second statement.
def needs_of_group(group: Group, *, published_only: bool, page: int, per_page: int, active=False):
    return _page_of(
        Need, group.id, published_only=published_only, active=active, page=page, per_page=per_page
    )


def offers_of_provider(
    provider: Provider, *, published_only: bool, page: int, per_page: int, active=False
):
    return _page_of(
        Offer,
        provider.id,
        published_only=published_only,
        active=active,
        page=page,
        per_page=per_page,
    )


def _page_of(model, owner_id: int, *, published_only: bool, active: bool, page: int, per_page: int):
    stmt, page_stmt = _page_statements(model, published_only=published_only, active=active)
    return paging.PreparedPagination(
        select=stmt,
        page_statement=page_stmt,
        session=db.session(),
        page=page,
        per_page=per_page,
        error_out=False,
        params={"owner_id": owner_id},
    )


@cache
def _page_statements(model, *, published_only: bool, active: bool) -> tuple:
    """``_of``'s statement and a page of it with its total, built once per process for each
    kind of list, the owner bound as ``owner_id`` (building them cost a provider's home page
    more than running them)."""
    column = Need.group_id if model is Need else Offer.provider_id
    stmt = _of(model, column, bindparam("owner_id"), published_only=published_only, active=active)
    return stmt, paging.page_statement(stmt)


def own_open_offers(user: User) -> list[Offer]:
    if not user.provider_links:  # loaded with the signed-in user: most people have none
        return []
    provider_ids = select(ProviderMember.provider_id).where(ProviderMember.user_id == user.id)
    return list(
        db.session.scalars(
            select(Offer)
            .where(Offer.provider_id.in_(provider_ids), Offer.status == "open")
            .order_by(Offer.title)
        )
    )


def own_open_needs(user: User) -> list[Need]:
    """Open needs of the groups where the user is an officer."""
    group_ids = select(GroupMembership.group_id).where(
        GroupMembership.user_id == user.id, GroupMembership.role.in_(OFFICER_ROLES)
    )
    return list(
        db.session.scalars(
            select(Need)
            .where(Need.group_id.in_(group_ids), Need.status == "open")
            .order_by(Need.title)
        )
    )
