"""Every route that takes an id, against every role, owner and non-owner.

A role that may not act gets 403 (or 404 for a record it may not even see); an
anonymous visitor is sent to sign in. Another group's need is out of reach.
"""

from __future__ import annotations

import pytest

from tests.factories import (
    add_member,
    login,
    make_group,
    make_need,
    make_offer,
    make_provider,
    make_user,
    snap,
)

ROLES = (
    "anonymous",
    "outsider",
    "anggota",
    "ketua",
    "other_ketua",
    "provider",
    "other_provider",
    "facilitator",
    "admin",
)
EVERYONE = frozenset(ROLES)
GROUP_OFFICERS = frozenset({"ketua", "admin"})
PROVIDER_SIDE = frozenset({"provider", "admin"})
FACILITATORS = frozenset({"facilitator", "admin"})
ADMINS = frozenset({"admin"})

# (method, url template, form data, roles allowed)
ROUTES = [
    ("GET", "/groups/{group}", {}, EVERYONE),
    ("GET", "/groups/{group}/edit", {}, GROUP_OFFICERS),
    ("POST", "/groups/{group}/edit", {"name": "X"}, GROUP_OFFICERS),
    ("GET", "/groups/{group}/members", {}, GROUP_OFFICERS),
    (
        "POST",
        "/groups/{group}/members",
        {"email": "new@example.org", "role": "anggota"},
        GROUP_OFFICERS,
    ),
    ("POST", "/groups/{group}/members/{membership}/role", {"role": "sekretaris"}, GROUP_OFFICERS),
    ("POST", "/groups/{group}/members/{membership}/remove", {}, GROUP_OFFICERS),
    ("GET", "/groups/{group}/needs/new", {}, GROUP_OFFICERS),
    (
        "POST",
        "/groups/{group}/needs/new",
        {"kind": "training", "title": "Pelatihan"},
        GROUP_OFFICERS,
    ),
    ("GET", "/needs/{need}", {}, EVERYONE),
    ("GET", "/needs/{draft}", {}, GROUP_OFFICERS | {"anggota", "facilitator"}),
    ("GET", "/needs/{need}/edit", {}, GROUP_OFFICERS),
    ("POST", "/needs/{need}/edit", {"kind": "training", "title": "Diubah"}, GROUP_OFFICERS),
    ("POST", "/needs/{need}/status", {"to": "closed"}, GROUP_OFFICERS),
    ("GET", "/needs/{need}/end", {}, GROUP_OFFICERS),
    ("POST", "/needs/{need}/end", {"to": "closed", "reason": "mistake"}, GROUP_OFFICERS),
    ("GET", "/providers/{provider}", {}, EVERYONE),
    ("GET", "/providers/{provider}/edit", {}, PROVIDER_SIDE),
    ("POST", "/providers/{provider}/edit", {"name": "X"}, PROVIDER_SIDE),
    ("GET", "/providers/{provider}/members", {}, PROVIDER_SIDE),
    ("POST", "/providers/{provider}/verification", {"verified": "1"}, FACILITATORS),
    ("GET", "/offers/new/{provider}", {}, PROVIDER_SIDE),
    ("POST", "/offers/new/{provider}", {"kind": "training", "title": "Pelatihan"}, PROVIDER_SIDE),
    ("GET", "/offers/{offer}", {}, EVERYONE),
    ("GET", "/offers/{draft_offer}", {}, PROVIDER_SIDE | FACILITATORS),
    ("GET", "/offers/{offer}/edit", {}, PROVIDER_SIDE),
    ("POST", "/offers/{offer}/edit", {"kind": "training", "title": "Diubah"}, PROVIDER_SIDE),
    ("POST", "/offers/{offer}/status", {"to": "closed"}, PROVIDER_SIDE),
    ("GET", "/offers/{offer}/end", {}, PROVIDER_SIDE),
    ("POST", "/offers/{offer}/end", {"to": "closed", "reason": "mistake"}, PROVIDER_SIDE),
    ("GET", "/admin/users", {}, ADMINS),
    ("POST", "/admin/users/{outsider_id}/roles", {"facilitator": "y"}, ADMINS),
    ("GET", "/admin/providers", {}, FACILITATORS),
    ("GET", "/admin/access-log", {}, ADMINS),
    ("GET", "/export/needs.csv", {}, FACILITATORS),
    ("GET", "/export/offers.csv", {}, FACILITATORS),
    ("GET", "/export/marketplace.json", {}, FACILITATORS),
    ("GET", "/dashboard", {}, EVERYONE - {"anonymous"}),
    ("GET", "/auth/account", {}, EVERYONE - {"anonymous"}),
]


def build_world() -> tuple[dict, dict]:
    people = {role: make_user(role) for role in ROLES if role != "anonymous"}
    for role in ("facilitator", "admin"):
        from marketplace.services.accounts.users import set_system_roles

        set_system_roles(people[role], facilitator=role == "facilitator", admin=role == "admin")
    group = make_group(people["ketua"])
    add_member(group, people["anggota"], "anggota")
    make_group(people["other_ketua"])
    provider = make_provider(people["provider"])
    make_provider(people["other_provider"])
    ids = {
        "group": group.id,
        "membership": next(m.id for m in group.memberships if m.role == "anggota"),
        "need": make_need(group).id,
        "draft": make_need(group, status="draft").id,
        "provider": provider.id,
        "offer": make_offer(provider).id,
        "draft_offer": make_offer(provider, status="draft").id,
        "outsider_id": people["outsider"].id,
    }
    return {role: snap(user) for role, user in people.items()}, ids


@pytest.fixture(scope="module")
def world(base_app, db_connection):
    """One world for the module; each test's changes to it are rolled back."""
    with base_app.app_context():
        return build_world()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("method", "template", "data", "allowed"), ROUTES, ids=[f"{m} {t}" for m, t, _, _ in ROUTES]
)
def test_route_against_role(app, client, world, method, template, data, allowed, role):
    people, ids = world
    if role != "anonymous":
        login(client, people[role])
    url = template.format(**ids)
    response = client.open(url, method=method, data=data)
    if role in allowed:
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 302:
            assert "/auth/login" not in response.headers["Location"]
    elif role == "anonymous":
        assert response.status_code in (302, 404)
        if response.status_code == 302:
            assert "/auth/login" in response.headers["Location"]
    else:
        assert response.status_code in (403, 404), response.status_code
