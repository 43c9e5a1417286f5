"""Database models. Models never commit: services do."""

from marketplace.models.accounts import AccessLogEntry, Invitation, OutboxMessage, User
from marketplace.models.api import ApiToken, WebhookDelivery, WebhookEndpoint
from marketplace.models.listings import Need, Offer
from marketplace.models.matches import Feedback, Match, MatchEvent, MatchMessage, Outcome
from marketplace.models.parties import Group, GroupMembership, Provider, ProviderMember
from marketplace.models.prepared import (
    ListingAnalysis,
    ListingChange,
    MatchingState,
    NeedSuggestion,
    OfferSuggestion,
    UnmetDemand,
)
from marketplace.models.support import (
    Consultation,
    ConsultationMessage,
    FacilitatorAssignment,
    IdempotencyKey,
    Notification,
)

__all__ = [
    "ApiToken",
    "WebhookDelivery",
    "WebhookEndpoint",
    "AccessLogEntry",
    "Consultation",
    "ConsultationMessage",
    "FacilitatorAssignment",
    "Feedback",
    "IdempotencyKey",
    "Match",
    "MatchEvent",
    "MatchMessage",
    "Notification",
    "Outcome",
    "Group",
    "GroupMembership",
    "Invitation",
    "ListingAnalysis",
    "ListingChange",
    "MatchingState",
    "NeedSuggestion",
    "OfferSuggestion",
    "Need",
    "Offer",
    "OutboxMessage",
    "Provider",
    "ProviderMember",
    "UnmetDemand",
    "User",
]
