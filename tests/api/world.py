"""One marketplace for the API tests: every role, owners and outsiders, a token each."""

from __future__ import annotations

from marketplace.extensions import db
from marketplace.models import WebhookEndpoint
from marketplace.services.accounts.users import set_system_roles
from marketplace.services.curation import actions, caseload
from marketplace.services.integrations import tokens
from marketplace.services.messaging import consultations
from tests.factories import add_member, make_group, make_need, make_offer, make_provider, make_user

ROLES = (
    "outsider",
    "anggota",
    "ketua",
    "other_ketua",
    "provider",
    "other_provider",
    "facilitator",
    "admin",
)


def build_world() -> tuple[dict[str, str], dict[str, int]]:
    """Tokens by role (read and write) and the ids of the records, as plain values."""
    people = {role: make_user(role) for role in ROLES}
    set_system_roles(people["facilitator"], facilitator=True, admin=False)
    set_system_roles(people["admin"], facilitator=False, admin=True)
    group = make_group(people["ketua"])
    add_member(group, people["anggota"], "anggota")
    caseload.assign(facilitator=people["facilitator"], group=group)
    other_group = make_group(people["other_ketua"])
    provider = make_provider(people["provider"])
    make_provider(people["other_provider"])
    need = make_need(group)
    offer = make_offer(provider)
    second_offer = make_offer(provider, title="Pelatihan tahu dan tempe")
    proposed = actions.propose(need, offer, by=people["facilitator"], note="Cocok")
    introduced = actions.propose(need, second_offer, by=people["facilitator"], note="Juga")
    actions.decide(introduced, by=people["ketua"], accept=True)
    actions.decide(introduced, by=people["provider"], accept=True)
    ids = {
        "group": group.id,
        "other_group": other_group.id,
        "need": need.id,
        "draft": make_need(group, status="draft").id,
        "open_need": make_need(group, title="Pelatihan menjahit untuk ibu-ibu").id,
        "other_need": make_need(other_group).id,
        "provider": provider.id,
        "offer": offer.id,
        "draft_offer": make_offer(provider, status="draft").id,
        "proposed": proposed.id,
        "introduced": introduced.id,
    }
    ids["consultation"] = consultations.open_consultation(
        group, by=people["ketua"], subject="Harga kedelai", body="Bagaimana menawar?"
    ).id
    hook = WebhookEndpoint(
        user_id=people["ketua"].id,
        url="https://partner.example/hook",
        events=["need.posted"],
        secret="whsec_test",
    )
    db.session.add(hook)
    db.session.commit()
    ids["hook"] = hook.id
    keys = {
        role: tokens.create_token(user, name="tests", scopes=["read", "write"])[1]
        for role, user in people.items()
    }
    read_only, keys["read_only_ketua"] = tokens.create_token(
        people["ketua"], name="ro", scopes=["read"]
    )
    ids["ketua_token"] = read_only.id
    return keys, ids


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
