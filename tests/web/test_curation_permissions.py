"""Curation routes against every role: facilitators see their caseload only, groups their
own proposals, providers the matches they are party to."""

from __future__ import annotations

import pytest

from marketplace.extensions import db
from marketplace.models import Match
from marketplace.services.accounts.users import set_system_roles
from marketplace.services.curation import caseload
from marketplace.services.messaging import consultations
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

ROLES = ("anonymous", "outsider", "anggota", "ketua", "other_ketua", "provider", "other_provider",
         "facilitator", "other_facilitator", "admin")  # fmt: skip
OFFICERS = frozenset({"ketua", "admin"})
FACILITATORS = frozenset({"facilitator", "admin"})


def build(state: str) -> tuple[dict, dict]:
    people = {role: make_user(role) for role in ROLES if role != "anonymous"}
    for role in ("facilitator", "other_facilitator"):
        set_system_roles(people[role], facilitator=True, admin=False)
    set_system_roles(people["admin"], facilitator=False, admin=True)
    group = make_group(people["ketua"])
    add_member(group, people["anggota"], "anggota")
    other_group = make_group(people["other_ketua"], province_code="51", regency_code=None)
    caseload.assign(facilitator=people["facilitator"], group=group)
    caseload.assign(facilitator=people["other_facilitator"], group=other_group)
    provider = make_provider(people["provider"])
    make_provider(people["other_provider"])
    need, offer = make_need(group), make_offer(provider)
    match = Match(need=need, offer=offer, state=state, origin="engine")
    db.session.add(match)
    db.session.commit()
    thread = consultations.open_consultation(group, by=people["ketua"], subject="Harga", body="?")
    ids = {"need": need.id, "offer": offer.id, "match": match.id, "group": group.id,
           "thread": thread.id}  # fmt: skip
    return {r: snap(u) for r, u in people.items()}, ids


# (state the match is in, method, url, data, roles allowed)
CASES = [
    ("proposed", "GET", "/facilitate/", {}, FACILITATORS | {"other_facilitator"}),
    ("proposed", "GET", "/facilitate/needs/{need}", {}, FACILITATORS),
    (
        "suggested",
        "POST",
        "/facilitate/needs/{need}/propose",
        {"offer_id": "{offer}"},
        FACILITATORS,
    ),
    (
        "suggested",
        "POST",
        "/facilitate/needs/{need}/dismiss",
        {"offer_id": "{offer}", "reason_code": "other"},
        FACILITATORS,
    ),
    ("proposed", "GET", "/facilitate/offers/{offer}", {}, FACILITATORS | {"other_facilitator"}),
    ("proposed", "GET", "/facilitate/dashboard", {}, FACILITATORS | {"other_facilitator"}),
    ("proposed", "GET", "/matches/{match}", {}, FACILITATORS | {"ketua", "anggota"}),
    (
        "group_accepted",
        "GET",
        "/matches/{match}",
        {},
        FACILITATORS | {"ketua", "anggota", "provider"},
    ),
    ("proposed", "POST", "/matches/{match}/decide", {"decision": "accept"}, {"ketua"}),
    ("group_accepted", "POST", "/matches/{match}/decide", {"decision": "accept"}, {"provider"}),
    ("accepted", "POST", "/matches/{match}/start", {}, FACILITATORS | {"ketua", "provider"}),
    ("proposed", "POST", "/matches/{match}/withdraw", {}, FACILITATORS),
    (
        "in_progress",
        "POST",
        "/matches/{match}/complete",
        {"people_trained": "5"},
        FACILITATORS | {"ketua"},
    ),
    ("completed", "POST", "/matches/{match}/feedback", {"rating": "5"}, {"ketua", "provider"}),
    (
        "accepted",
        "POST",
        "/matches/{match}/messages",
        {"body": "Halo"},
        FACILITATORS | {"ketua", "provider"},
    ),
    ("proposed", "GET", "/groups/{group}/consultations", {}, FACILITATORS | {"ketua", "anggota"}),
    ("proposed", "GET", "/consultations/{thread}", {}, FACILITATORS | {"ketua", "anggota"}),
    ("proposed", "POST", "/consultations/{thread}", {"body": "Jawaban"}, FACILITATORS | {"ketua"}),
    ("proposed", "GET", "/admin/assignments", {}, {"admin"}),
]


@pytest.fixture(scope="module")
def worlds(base_app, db_connection) -> dict:
    """A world per match state the cases need, built once; tests' changes are rolled back."""
    with base_app.app_context():
        return {state: build(state) for state in sorted({case[0] for case in CASES})}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("state", "method", "url", "data", "allowed"),
    CASES,
    ids=[f"{c[1]} {c[2]} ({c[0]})" for c in CASES],
)
def test_curation_route_against_role(app, client, worlds, state, method, url, data, allowed, role):
    people, ids = worlds[state]
    if role != "anonymous":
        login(client, people[role])
    response = client.open(url.format(**ids), method=method,
                           data={k: v.format(**ids) for k, v in data.items()})  # fmt: skip
    status = response.status_code
    if role in allowed:
        assert status in (200, 302), status
        if status == 302:
            assert "/auth/login" not in response.headers["Location"]
    elif role == "anonymous":
        assert status == 302 and "/auth/login" in response.headers["Location"]
    else:
        assert status in (403, 404), status


def test_contacts_stay_hidden_until_both_accepted(app, client):
    with app.app_context():
        people, ids = build("group_accepted")
    login(client, people["ketua"])
    page = client.get(f"/matches/{ids['match']}").get_data(as_text=True)
    assert 'id="contacts"' not in page and "wa.me" not in page
    client.post("/auth/logout")
    login(client, people["provider"])
    client.post(f"/matches/{ids['match']}/decide", data={"decision": "accept"})
    page = client.get(f"/matches/{ids['match']}").get_data(as_text=True)
    assert 'id="contacts"' in page and people["ketua"].email in page
    assert "wa.me" not in page  # the chair gave no phone number: no WhatsApp button


def test_whatsapp_is_offered_once_the_other_side_has_a_number(app, client):
    from marketplace.models import User
    from marketplace.services.accounts import users

    with app.app_context():
        people, ids = build("accepted")
        chair = db.session.get(User, people["ketua"].id)
        users.update_profile(chair, name="Ketua", phone="0813-2222-3333")
    login(client, people["provider"])
    page = client.get(f"/matches/{ids['match']}").get_data(as_text=True)
    assert "https://wa.me/6281322223333?text=" in page


def test_declining_without_a_reason_is_refused_with_a_message(app, client):
    with app.app_context():
        people, ids = build("proposed")
    login(client, people["ketua"])
    response = client.post(f"/matches/{ids['match']}/decide", data={"decision": "decline"},
                           follow_redirects=True)  # fmt: skip
    assert response.status_code == 200
    with app.app_context():
        assert db.session.get(Match, ids["match"]).state == "proposed"


def test_an_illegal_step_through_the_web_is_a_409_not_a_500(app, client):
    with app.app_context():
        people, ids = build("completed")
    login(client, people["facilitator"])
    assert client.post(f"/matches/{ids['match']}/start").status_code == 409


def test_a_provider_responds_and_the_facilitator_sees_it_in_the_caseload(app, client):
    with app.app_context():
        people, ids = build("dismissed")
        provider = db.session.get(Match, ids["match"]).offer.provider
        second_offer = make_offer(provider, title="Kursus tahu")
        extra_id = second_offer.id
    login(client, people["provider"])
    response = client.post(
        f"/needs/{ids['need']}/respond",
        data={"offer_id": str(extra_id), "message": "Kami bisa bulan depan"},
    )
    assert response.status_code == 302
    client.post("/auth/logout")
    login(client, people["facilitator"])
    assert "Kursus tahu" in client.get("/facilitate/").get_data(as_text=True)


def test_a_group_asks_for_an_introduction_from_its_need_page(app, client):
    with app.app_context():
        people, ids = build("dismissed")
        provider = db.session.get(Match, ids["match"]).offer.provider
        offer_id = make_offer(provider, title="Tofu workshop in Sleman").id
    login(client, people["ketua"])
    page = client.get(f"/offers/{offer_id}/introduction?need={ids['need']}").get_data(as_text=True)
    assert f'<option selected value="{ids["need"]}"' in page or "selected" in page
    response = client.post(
        f"/offers/{offer_id}/introduction", data={"need_id": str(ids["need"]), "message": "Tolong"}
    )
    assert response.status_code == 302
    with app.app_context():
        match = db.session.query(Match).filter_by(offer_id=offer_id).one()
        assert (match.state, match.origin) == ("requested", "group")
    page = client.get(f"/needs/{ids['need']}/respond")
    assert page.status_code == 404  # a group officer has no offers to respond with
