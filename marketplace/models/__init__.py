"""Database models. Models never commit: services do."""

from marketplace.models.accounts import Invitation, OutboxMessage, User
from marketplace.models.listings import Need, Offer
from marketplace.models.parties import Group, GroupMembership, Provider, ProviderMember

__all__ = [
    "Group",
    "GroupMembership",
    "Invitation",
    "Need",
    "Offer",
    "OutboxMessage",
    "Provider",
    "ProviderMember",
    "User",
]
