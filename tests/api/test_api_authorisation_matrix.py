"""Every API route, against every role, owner and non-owner: the same rules as the pages.

An allowed role gets its 2xx. A role that may see the record but not make this change
gets 403; a record it may not even see (a draft, someone else's match, consultation,
token or webhook) is 404, so its existence does not leak. Without a token: 401.
"""

from __future__ import annotations

import pytest

from tests.api.world import ROLES, bearer

ALL_ROLES = ("anonymous", *ROLES)
EVERYONE = frozenset(ROLES)
OFFICERS = frozenset({"ketua", "admin"})
PROVIDER_SIDE = frozenset({"provider", "admin"})
FACILITATORS = frozenset({"facilitator", "admin"})
GROUP_PEOPLE = frozenset({"ketua", "anggota"}) | FACILITATORS
MATCH_VIEWERS = GROUP_PEOPLE | {"provider"}
NOBODY = frozenset()

# (method, url, body, roles allowed, roles that see it but may not act: 403; others 404)
ROUTES = [
    ("GET", "/me", None, EVERYONE, NOBODY),
    ("GET", "/groups", None, EVERYONE, NOBODY),
    ("GET", "/groups/{group}", None, EVERYONE, NOBODY),
    ("POST", "/groups", {"name": "Kelompok Baru", "province_code": "34"}, EVERYONE, NOBODY),
    ("PATCH", "/groups/{group}", {"products": "Tahu"}, OFFICERS | FACILITATORS, EVERYONE),
    ("GET", "/groups/{group}/needs", None, EVERYONE, NOBODY),
    ("POST", "/groups/{group}/needs", {"kind": "training", "title": "T"}, OFFICERS, EVERYONE),
    ("GET", "/needs", None, EVERYONE, NOBODY),
    ("GET", "/needs/{need}", None, EVERYONE, NOBODY),
    ("GET", "/needs/{draft}", None, GROUP_PEOPLE, NOBODY),
    ("PATCH", "/needs/{need}", {"title": "Diubah"}, OFFICERS, EVERYONE),
    ("PATCH", "/needs/{draft}", {"title": "Diubah"}, OFFICERS, GROUP_PEOPLE),
    ("POST", "/needs/{need}/status", {"to": "closed", "reason": "other"}, OFFICERS, EVERYONE),
    ("GET", "/needs/{need}/suggestions", None, OFFICERS | FACILITATORS, EVERYONE),
    ("GET", "/offers", None, EVERYONE, NOBODY),
    ("GET", "/offers/{offer}", None, EVERYONE, NOBODY),
    ("GET", "/offers/{draft_offer}", None, PROVIDER_SIDE | FACILITATORS, NOBODY),
    ("PATCH", "/offers/{offer}", {"title": "Diubah"}, PROVIDER_SIDE, EVERYONE),
    ("POST", "/offers/{offer}/status", {"to": "closed", "reason": "other"}, PROVIDER_SIDE,
     EVERYONE),
    ("GET", "/offers/{offer}/suggestions", None, PROVIDER_SIDE | FACILITATORS, EVERYONE),
    ("GET", "/providers", None, EVERYONE, NOBODY),
    ("GET", "/providers/{provider}", None, EVERYONE, NOBODY),
    ("POST", "/providers", {"name": "Pelatih Baru", "type": "trainer", "province_code": "34"},
     EVERYONE, NOBODY),
    ("PATCH", "/providers/{provider}", {"description": "Baru"}, PROVIDER_SIDE, EVERYONE),
    ("GET", "/providers/{provider}/offers", None, EVERYONE, NOBODY),
    ("POST", "/providers/{provider}/offers", {"kind": "market", "title": "T"}, PROVIDER_SIDE,
     EVERYONE),
    ("GET", "/matches", None, EVERYONE, NOBODY),
    ("POST", "/matches", {"need_id": "{open_need}", "offer_id": "{offer}", "action": "propose"},
     FACILITATORS, EVERYONE),
    ("GET", "/matches/{proposed}", None, GROUP_PEOPLE, NOBODY),
    ("GET", "/matches/{introduced}", None, MATCH_VIEWERS, NOBODY),
    ("POST", "/matches/{proposed}/transitions", {"to": "group_accepted"}, {"ketua"},
     GROUP_PEOPLE),
    ("POST", "/matches/{introduced}/transitions", {"to": "in_progress"},
     {"ketua", "provider"} | FACILITATORS, MATCH_VIEWERS),
    ("GET", "/matches/{introduced}/outcome", None, NOBODY, NOBODY),  # none recorded yet: 404
    # The work has not started: those who may record an outcome are told 409, not 403.
    ("POST", "/matches/{introduced}/outcome", {"notes": ""}, MATCH_VIEWERS, NOBODY),
    ("GET", "/groups/{group}/consultations", None, GROUP_PEOPLE, EVERYONE),
    ("POST", "/groups/{group}/consultations", {"subject": "S", "body": "B"}, {"ketua"},
     EVERYONE),
    ("GET", "/consultations/{consultation}", None, GROUP_PEOPLE, NOBODY),
    ("POST", "/consultations/{consultation}/messages", {"body": "B"}, {"ketua"} | FACILITATORS,
     GROUP_PEOPLE),
    ("POST", "/consultations/{consultation}/close", None, {"ketua"} | FACILITATORS,
     GROUP_PEOPLE),
    ("GET", "/tokens", None, EVERYONE, NOBODY),
    ("DELETE", "/tokens/{ketua_token}", None, {"ketua"}, NOBODY),
    ("GET", "/webhooks", None, EVERYONE, NOBODY),
    ("POST", "/webhooks", {"url": "http://127.0.0.1/x", "events": ["need.posted"]}, EVERYONE,
     NOBODY),  # a private address: 422 for everyone (test_webhook_addresses.py)
    ("GET", "/webhooks/{hook}", None, {"ketua"}, NOBODY),
    ("GET", "/webhooks/{hook}/deliveries", None, {"ketua"}, NOBODY),
    ("DELETE", "/webhooks/{hook}", None, {"ketua"}, NOBODY),
]  # fmt: skip


OK_INSTEAD = {
    ("POST", "/matches/{introduced}/outcome"): {409},
    ("POST", "/webhooks"): {422},
}


def _fill(value, ids):
    if isinstance(value, str) and value.startswith("{"):
        return ids[value.strip("{}")]
    return value


def test_the_matrix_names_every_api_route(app):
    documented = {
        (method.upper(), path.removeprefix("/api/v1"))
        for path, operations in app.spec["paths"].items()
        for method in operations
        if method in ("get", "post", "patch", "delete")
    }
    import re

    covered = {(m, re.sub(r"\{[a-z_]+\}", "{}", u)) for m, u, *_ in ROUTES}
    documented = {(m, re.sub(r"\{[a-z_]+\}", "{}", p)) for m, p in documented}
    assert documented <= covered, documented - covered


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize(
    ("method", "template", "body", "allowed", "sees"),
    ROUTES,
    ids=[f"{m} {t}" for m, t, *_ in ROUTES],
)
def test_api_route_against_role(client, world, method, template, body, allowed, sees, role):
    keys, ids = world
    url = "/api/v1" + template.format(**ids)
    headers = bearer(keys[role]) if role != "anonymous" else {}
    if body is not None:
        body = {k: _fill(v, ids) for k, v in body.items()}
    response = client.open(url, method=method, json=body, headers=headers)
    if role == "anonymous":
        expected = {401}
    elif role in allowed:
        expected = OK_INSTEAD.get((method, template), {200, 201, 204})
    elif role in sees:
        expected = {403}
    else:
        expected = {404}
    assert response.status_code in expected, (response.status_code, response.get_json())
