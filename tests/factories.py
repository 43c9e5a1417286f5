"""Builders for test data, going through the services like real use does."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

from sqlalchemy import inspect

from marketplace.models import Group, Need, Offer, Provider, User
from marketplace.services.accounts import users
from marketplace.services.listings import posting
from marketplace.services.parties import groups, providers

PASSWORD = "uji-Kedelai-Hujan-77"
_counter = itertools.count(1)

SLEMAN = {"province_code": "34", "regency_code": "34.04"}
KLATEN = {"province_code": "33", "regency_code": "33.10"}


def make_user(name: str | None = None, *, facilitator: bool = False, admin: bool = False) -> User:
    n = next(_counter)
    user = users.register(email=f"user{n}@example.org", name=name or f"User {n}", password=PASSWORD)
    if facilitator or admin:
        users.set_system_roles(user, facilitator=facilitator, admin=admin)
    return user


def make_group(chair: User, **fields) -> Group:
    data = {
        "name": f"Kelompok Tani {next(_counter)}",
        "sector": "food_processing",
        "stage": "penumbuhan",
        **SLEMAN,
        "members_count": 20,
    } | fields
    return groups.create_group(creator=chair, fields=data)


def add_member(group: Group, user: User, role: str = "anggota") -> None:
    """Invite ``user`` and accept on their behalf, as they would from their account page."""
    by = group.memberships[0].user
    groups.invite_member(group, email=user.email, role=role, by=by)
    (invitation,) = [i for i in groups.invitations_for(user) if i.group_id == group.id]
    groups.accept_invitation(user, invitation.id)


def make_provider(owner: User, **fields) -> Provider:
    data = {
        "name": f"Penyedia {next(_counter)}",
        "type": "trainer",
        **KLATEN,
        "service_area": ["33", "34"],
    } | fields
    return providers.create_provider(creator=owner, fields=data)


def make_need(group: Group, by: User | None = None, **fields) -> Need:
    data = {
        "kind": "training",
        "title": "Kami butuh pelatihan membuat tahu utk 20 org",
        "description": "Anggota 20 orang",
        "tags": ["tahu"],
    } | fields
    return posting.create_need(group=group, by=by or group.memberships[0].user, fields=data)


def make_offer(provider: Provider, by: User | None = None, **fields) -> Offer:
    data = {
        "kind": "training",
        "title": "Tofu production workshop",
        "description": "Hands-on, 2 days",
        "tags": ["tofu"],
        "capacity": 30,
    } | fields
    return posting.create_offer(provider=provider, by=by or provider.members[0].user, fields=data)


def login(client, user: User, password: str = PASSWORD):
    return client.post("/auth/login", data={"email": user.email, "password": password})


def snap(obj) -> SimpleNamespace:
    """A detached copy of a row's columns, safe to use after its app context ends."""
    return SimpleNamespace(**{c.key: getattr(obj, c.key) for c in inspect(obj).mapper.column_attrs})
