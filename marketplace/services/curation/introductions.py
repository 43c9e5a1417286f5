"""What each side sees of the other once both accepted, and what they can act with."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from flask_babel import gettext as _

from marketplace.models import Match, User
from marketplace.permissions import can_see_contacts, match_roles
from marketplace.vocab import OFFICER_ROLES


@dataclass(frozen=True)
class Contact:
    name: str
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class Introduction:
    """The other side's contacts and a prepared WhatsApp message to start talking
    (``whatsapp_url`` is empty when nobody on the other side gave a phone number)."""

    other_side: str
    contacts: list[Contact]
    whatsapp_url: str


def _digits(phone: str | None) -> str:
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return "62" + digits[1:] if digits.startswith("0") else digits


def introduction(match: Match, viewer: User) -> Introduction | None:
    """None until both sides accepted (contacts stay hidden before that)."""
    if not can_see_contacts(viewer, match):
        return None
    need, offer = match.need, match.offer
    roles = match_roles(viewer, match)
    if "group" in roles and "provider" not in roles:
        provider = offer.provider
        contacts = [Contact(provider.name, provider.contact_email, provider.contact_phone)]
        contacts += [Contact(m.user.name, m.user.email, m.user.phone) for m in provider.members]
        text = _(
            "Hello %(provider)s, we are %(group)s. Pasar Pendamping introduced us about "
            "“%(offer)s” for our need “%(need)s”.",
            provider=provider.name,
            group=need.group.name,
            offer=offer.title,
            need=need.title,
        )
        other = provider.name
    else:
        officers = [m for m in need.group.memberships if m.role in OFFICER_ROLES]
        contacts = [Contact(m.user.name, m.user.email, m.user.phone) for m in officers]
        text = _(
            "Hello %(group)s, this is %(provider)s. Pasar Pendamping introduced us about "
            "your need “%(need)s”.",
            group=need.group.name,
            provider=offer.provider.name,
            need=need.title,
        )
        other = need.group.name
    phone = next((d for d in (_digits(c.phone) for c in contacts) if len(d) >= 8), "")
    whatsapp = f"https://wa.me/{phone}?text={quote(text)}" if phone else ""
    return Introduction(other, contacts, whatsapp)
