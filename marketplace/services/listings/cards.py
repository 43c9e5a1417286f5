"""Found listings as their cards show them (``_macros.need_card``, ``offer_card``): rows of
the columns the cards read, not needs with groups or offers with providers as ORM objects."""

from __future__ import annotations

from dataclasses import dataclass

from marketplace.models import Group, Need, Offer, Provider


@dataclass(frozen=True)
class GroupCard:
    name: str
    regency_code: str | None
    province_code: str | None


@dataclass(frozen=True)
class NeedCard:
    """A found need as its card shows it (``_macros.need_card``)."""

    id: int
    kind: str
    status: str
    title: str
    group: GroupCard


@dataclass(frozen=True)
class ProviderCard:
    """What a card shows of an offer's provider (search results and suggestions alike)."""

    name: str
    verified: bool


@dataclass(frozen=True)
class OfferCard:
    """A found offer as its card shows it (``_macros.offer_card``)."""

    id: int
    kind: str
    status: str
    title: str
    service_area: list
    provider: ProviderCard


def _need_card(row) -> NeedCard:
    return NeedCard(row.id, row.kind, row.status, row.title, GroupCard(*row[4:7]))


def _offer_card(row) -> OfferCard:
    provider = ProviderCard(row.provider_name, row.verified_at is not None)
    return OfferCard(row.id, row.kind, row.status, row.title, row.service_area, provider)


# What each kind of card shows, what it is joined to, and how a row becomes one.
CARDS = {
    "needs": (
        (Need.id, Need.kind, Need.status, Need.title, Group.name, Group.regency_code,
         Group.province_code),
        Need.group,
        _need_card,
    ),
    "offers": (
        (Offer.id, Offer.kind, Offer.status, Offer.title, Offer.service_area,
         Provider.name.label("provider_name"), Provider.verified_at),
        Offer.provider,
        _offer_card,
    ),
}  # fmt: skip
