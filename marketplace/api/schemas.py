"""What the API reads and writes: marshmallow schemas that also make the OpenAPI document.

Every string refuses NUL characters and has a length limit, every number a range, and
unknown fields are refused, so no input reaches the database in a shape it cannot keep.
"""

from __future__ import annotations

from apiflask import Schema, fields
from apiflask.validators import Length, OneOf, Range
from flask_babel import lazy_gettext as _l

from marketplace.api.fields import Text, When, alias, count, ident, money, rule, text
from marketplace.contacts import is_email_address, is_web_address
from marketplace.services.curation.moves import DECLINE_REASONS, STATES
from marketplace.services.integrations.tokens import SCOPES
from marketplace.services.integrations.webhooks import EVENTS
from marketplace.vocab import (
    GROUP_STAGES,
    KINDS,
    LISTING_STATUSES,
    NEED_END_REASONS,
    OFFER_END_REASONS,
    PROVIDER_TYPES,
    SECTORS,
)

# ---- pages and queries


class PageQuery(Schema):
    cursor = text(200, metadata={"description": "next_cursor of the previous page"})
    limit = fields.Integer(validate=Range(min=1, max=200))


class BrowseQuery(PageQuery):
    q = text(200)
    kind = Text(validate=OneOf(list(KINDS)))
    sector = Text(validate=OneOf(list(SECTORS)))
    province = text(8)
    regency = text(8)
    status = Text(validate=OneOf(["open", "matched", "fulfilled", "closed"]))


class MatchQuery(PageQuery):
    state = Text(validate=OneOf(list(STATES)))
    need_id = ident()
    offer_id = ident()


class SuggestionQuery(Schema):
    limit = fields.Integer(validate=Range(min=1, max=50))


# ---- parties


class GroupOut(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    sector = fields.String(allow_none=True)
    province_code = fields.String(required=True)
    regency_code = fields.String(allow_none=True)
    district = fields.String(allow_none=True)
    village = fields.String(allow_none=True)
    members_count = fields.Integer(allow_none=True)
    stage = fields.String(required=True)
    description = fields.String()
    products = fields.String()
    created_at = When(required=True)


class ProviderOut(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    type = fields.String(required=True)
    province_code = fields.String(required=True)
    regency_code = fields.String(allow_none=True)
    service_area = fields.List(fields.String())
    description = fields.String()
    website = fields.String(allow_none=True)
    verified = fields.Boolean(required=True)
    contacts = fields.Dict(
        allow_none=True, metadata={"description": "only for those who may see them"}
    )
    created_at = When(required=True)


class GroupIn(Schema):
    """A group's profile; the place is a province code and, within it, a regency code."""

    name = Text(validate=Length(min=1, max=200))
    sector = Text(validate=OneOf(list(SECTORS)), allow_none=True)
    province_code = text(8)
    regency_code = text(8, allow_none=True)
    district = text(120, allow_none=True)
    village = text(120, allow_none=True)
    members_count = count(allow_none=True)
    stage = Text(validate=OneOf(list(GROUP_STAGES)))
    description = text(5000)
    products = text(5000)


class NewGroupIn(GroupIn):
    name = Text(required=True, validate=Length(min=1, max=200))
    province_code = text(8, required=True)


class ProviderIn(Schema):
    name = Text(validate=Length(min=1, max=200))
    type = Text(validate=OneOf(list(PROVIDER_TYPES)))
    province_code = text(8)
    regency_code = text(8, allow_none=True)
    service_area = fields.List(text(8), validate=Length(max=100))
    description = text(5000)
    contact_email = rule(is_email_address, _l("Enter a valid email address."), 254)
    contact_phone = text(40, allow_none=True)
    website = rule(is_web_address, _l("Enter a full web address."), 200)


class NewProviderIn(ProviderIn):
    name = Text(required=True, validate=Length(min=1, max=200))
    type = Text(required=True, validate=OneOf(list(PROVIDER_TYPES)))
    province_code = text(8, required=True)


# ---- listings


class ListingOut(Schema):
    id = fields.Integer(required=True)
    kind = fields.String(required=True)
    sector = fields.String(allow_none=True)
    title = fields.String(required=True)
    description = fields.String()
    tags = fields.List(fields.String())
    quantity = fields.Integer(allow_none=True)
    unit = fields.String(allow_none=True)
    capacity = fields.Integer(allow_none=True)
    status = fields.String(required=True)
    end_reason = fields.String(allow_none=True)
    end_note = fields.String(allow_none=True)
    allowed_statuses = fields.List(fields.String(), allow_none=True)
    created_at = When(required=True)
    updated_at = When(required=True)


class NeedOut(ListingOut):
    group_id = fields.Integer(required=True)
    budget = fields.Float(allow_none=True)
    wanted_from = fields.Date(allow_none=True)
    wanted_until = fields.Date(allow_none=True)


class OfferOut(ListingOut):
    provider_id = fields.Integer(required=True)
    price = fields.Float(allow_none=True)
    available_from = fields.Date(allow_none=True)
    available_until = fields.Date(allow_none=True)
    service_area = fields.List(fields.String())


class ListingIn(Schema):
    kind = Text(validate=OneOf(list(KINDS)))
    sector = Text(validate=OneOf(list(SECTORS)), allow_none=True)
    title = text(200)
    description = text(5000)
    tags = fields.List(text(60), validate=Length(max=30))
    quantity = count(allow_none=True)
    unit = text(40, allow_none=True)
    capacity = count(allow_none=True)


class NeedIn(ListingIn):
    budget = money(allow_none=True)
    wanted_from = fields.Date(allow_none=True)
    wanted_until = fields.Date(allow_none=True)


class OfferIn(ListingIn):
    price = money(allow_none=True)
    available_from = fields.Date(allow_none=True)
    available_until = fields.Date(allow_none=True)
    service_area = fields.List(text(8), validate=Length(max=100))


class NewListing(Schema):
    status = Text(
        validate=OneOf(["draft", "open"]), load_default="open", metadata={"default": "open"}
    )


NewNeedIn = Schema.from_dict({**NeedIn().fields, **NewListing().fields}, name="NewNeedIn")
NewOfferIn = Schema.from_dict({**OfferIn().fields, **NewListing().fields}, name="NewOfferIn")


class StatusIn(Schema):
    to = Text(required=True, validate=OneOf(list(LISTING_STATUSES)))
    reason = Text(
        validate=OneOf(sorted(set(NEED_END_REASONS) | set(OFFER_END_REASONS))),
        metadata={
            "description": "why it is taken off (closed, withdrawn): a need "
            + ", ".join(NEED_END_REASONS)
            + "; an offer "
            + ", ".join(OFFER_END_REASONS)
        },
    )
    note = text(500, load_default="")


class SuggestionOut(Schema):
    rank = fields.Integer(required=True)
    score = fields.Float(required=True)
    can_serve = fields.Boolean(required=True)
    reasons = fields.List(fields.Raw())
    need = fields.Nested(alias(NeedOut, "SuggestedNeed"), allow_none=True)
    offer = fields.Nested(alias(OfferOut, "SuggestedOffer"), allow_none=True)


class SuggestionsOut(Schema):
    readiness = fields.String(required=True, metadata={"description": "ready, preparing or stale"})
    stale_since = When(allow_none=True)
    items = fields.List(fields.Nested(SuggestionOut), required=True)


# ---- matches


class OutcomeIn(Schema):
    happened_on = fields.Date(allow_none=True)
    people_trained = count(allow_none=True)
    volume = money(allow_none=True)
    unit = text(40, allow_none=True)
    price = money(allow_none=True)
    first_delivery_on = fields.Date(allow_none=True)
    notes = text(5000)


class OutcomeOut(Schema):
    match_id = fields.Integer(required=True)
    happened_on = fields.Date(allow_none=True)
    people_trained = fields.Integer(allow_none=True)
    volume = fields.Float(allow_none=True)
    unit = fields.String(allow_none=True)
    price = fields.Float(allow_none=True)
    first_delivery_on = fields.Date(allow_none=True)
    notes = fields.String()
    created_at = When(required=True)


class MatchOut(Schema):
    id = fields.Integer(required=True)
    need_id = fields.Integer(required=True)
    offer_id = fields.Integer(required=True)
    state = fields.String(required=True)
    origin = fields.String(required=True)
    score = fields.Float(allow_none=True)
    reasons = fields.List(fields.Raw())
    note = fields.String()
    message = fields.String()
    reason_code = fields.String(allow_none=True)
    created_at = When(required=True)
    updated_at = When(required=True)
    allowed_moves = fields.List(fields.String(), required=True)
    contacts = fields.Dict(
        allow_none=True, metadata={"description": "the other side, once both accepted"}
    )
    outcome = fields.Nested(alias(OutcomeOut, "MatchOutcome"), allow_none=True)


class NewMatchIn(Schema):
    need_id = ident(required=True)
    offer_id = ident(required=True)
    action = Text(
        required=True,
        validate=OneOf(["propose", "respond", "request"]),
        metadata={
            "description": "propose (the group's facilitator), respond (the offer's "
            "provider: we can help), request (the group: an introduction)"
        },
    )
    note = text(5000, load_default="")
    fee = money(allow_none=True)
    dates = text(120, allow_none=True)
    capacity = count(allow_none=True)


class TransitionIn(Schema):
    to = Text(required=True, validate=OneOf(list(STATES)))
    reason_code = Text(validate=OneOf(list(DECLINE_REASONS)), allow_none=True)
    note = text(5000, load_default="")
    outcome = fields.Nested(OutcomeIn, allow_none=True)


# ---- consultations


class MessageOut(Schema):
    id = fields.Integer(required=True)
    author_id = fields.Integer(allow_none=True)
    body = fields.String(required=True)
    created_at = When(required=True)


class ConsultationOut(Schema):
    id = fields.Integer(required=True)
    group_id = fields.Integer(required=True)
    subject = fields.String(required=True)
    closed_at = When(allow_none=True)
    created_at = When(required=True)
    updated_at = When(required=True)
    messages = fields.List(fields.Nested(MessageOut))


class ConsultationIn(Schema):
    subject = text(200, required=True)
    body = text(5000, required=True)


class ReplyIn(Schema):
    body = text(5000, required=True)


# ---- the caller: account, tokens, webhooks


class MeOut(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    is_admin = fields.Boolean(required=True)
    is_facilitator = fields.Boolean(required=True)
    groups = fields.List(fields.Dict())
    provider_ids = fields.List(fields.Integer())
    scopes = fields.List(fields.String(), required=True)


class TokenOut(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    prefix = fields.String(required=True)
    scopes = fields.List(Text(validate=OneOf(list(SCOPES))), required=True)
    created_at = When(required=True)
    last_used_at = When(allow_none=True)


class WebhookIn(Schema):
    url = text(500, required=True)
    events = fields.List(
        Text(validate=OneOf(list(EVENTS))), required=True, validate=Length(min=1, max=10)
    )


class WebhookOut(Schema):
    id = fields.Integer(required=True)
    url = fields.String(required=True)
    events = fields.List(fields.String(), required=True)
    created_at = When(required=True)
    secret = fields.String(
        allow_none=True, metadata={"description": "the signing secret, only when created"}
    )


class DeliveryOut(Schema):
    id = fields.Integer(required=True)
    event = fields.String(required=True)
    body = fields.String(required=True)
    created_at = When(required=True)
    attempts = fields.Integer(required=True)
    next_attempt_at = When(allow_none=True)
    delivered_at = When(allow_none=True)
    dead_at = When(allow_none=True)
    last_status = fields.Integer(allow_none=True)
    last_error = fields.String(allow_none=True)
