"""UU PDP: consent to a versioned notice, a copy of one's data, correction, and erasure that
keeps outcomes counted."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import GroupMembership, Match, MatchMessage, OutboxMessage, User
from marketplace.services.accounts import users
from marketplace.services.accounts.privacy import PRIVACY_NOTICE_VERSION
from marketplace.services.curation import actions, caseload
from marketplace.services.insight import impact
from tests.factories import (
    PASSWORD,
    add_member,
    login,
    make_group,
    make_need,
    make_offer,
    make_provider,
    make_user,
    snap,
)


@pytest.mark.parametrize(
    "lang, heading", [("id", "Pemberitahuan privasi"), ("en", "Pasar Pendamping privacy notice")]
)
def test_the_privacy_notice_is_published_in_both_languages_with_its_version(client, lang, heading):
    client.post("/auth/language", data={"lang": lang})
    page = client.get("/privacy").get_data(as_text=True)
    assert heading in page and PRIVACY_NOTICE_VERSION in page
    assert "3 × 24" in page  # the breach-notice promise


def test_sign_up_records_consent_to_the_current_notice(client, app):
    client.post(
        "/auth/signup",
        data={"name": "Siti", "email": "siti@example.org", "password": "kopi-hujan-sepeda-9"}
        | {"confirm": "kopi-hujan-sepeda-9", "consent": "y"},
    )
    with app.app_context():
        user = users.find_user_by_email("siti@example.org")
        assert user.privacy_version == PRIVACY_NOTICE_VERSION
        assert user.privacy_accepted_at is not None


@pytest.fixture
def story(app):
    """A member whose group completed a match, with a message they wrote."""
    with app.app_context():
        facilitator = make_user(facilitator=True)
        caseload.assign(facilitator=facilitator, province_code="34")
        chair, member, trainer = make_user("Bu Ketua"), make_user("Pak Warga"), make_user()
        group = make_group(chair)
        add_member(group, member, "sekretaris")
        users.update_profile(member, name="Pak Warga", phone="0812 3456 7890")
        provider = make_provider(trainer)
        need, offer = make_need(group), make_offer(provider)
        match = actions.propose(need, offer, by=facilitator, note="")
        actions.decide(match, by=chair, accept=True)
        actions.decide(match, by=trainer, accept=True)
        actions.post_message(match, by=member, body="Nomor saya 0812 3456 7890")
        actions.start_work(match, by=trainer)
        actions.complete(match, by=chair, outcome={"people_trained": 18})
        return {"member": snap(member), "chair": snap(chair), "group": group.id, "match": match.id}


def test_a_person_downloads_everything_held_about_them(client, story):
    login(client, story["member"])
    response = client.get("/auth/account/data.json")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    data = json.loads(response.get_data(as_text=True))
    assert data["account"]["email"] == story["member"].email
    assert data["account"]["phone"] == "0812 3456 7890"
    assert [g["role"] for g in data["groups"]] == ["sekretaris"]
    assert [m["text"] for m in data["messages"]] == ["Nomor saya 0812 3456 7890"]
    assert "password_hash" not in json.dumps(data)


def test_nobody_else_downloads_it(client):
    assert client.get("/auth/account/data.json").status_code == 302


def test_a_person_corrects_their_own_data(client, app, story):
    login(client, story["member"])
    client.post(
        "/auth/account",
        data={
            "profile-name": "Pak Warga Baru",
            "profile-phone": "0813 1111 2222",
            "profile-submit": "y",
        },
    )
    with app.app_context():
        user = db.session.get(User, story["member"].id)
        assert (user.name, user.phone) == ("Pak Warga Baru", "0813 1111 2222")


def test_erasure_removes_personal_data_and_keeps_outcomes_counted(client, app, story):
    member = story["member"]
    with app.app_context():
        before = impact.measure(impact.Scope(group_ids=frozenset({story["group"]})))
    login(client, member)
    response = client.post(
        "/auth/account/delete", data={"erase-password": PASSWORD, "erase-understood": "y"}
    )
    assert response.status_code == 302
    assert client.get("/auth/account").status_code == 302  # signed out
    with app.app_context():
        user = db.session.get(User, member.id)
        assert member.name not in user.name and user.email != member.email
        assert user.phone is None and not user.active and user.erased_at is not None
        assert users.find_user_by_email(member.email) is None
        assert not db.session.scalars(
            select(GroupMembership).where(GroupMembership.user_id == member.id)
        ).all()
        (message,) = db.session.scalars(
            select(MatchMessage).where(MatchMessage.author_id == member.id)
        )
        assert "0812" not in message.body
        assert not db.session.scalars(
            select(OutboxMessage).where(OutboxMessage.recipient == member.email)
        ).all()
        assert db.session.get(Match, story["match"]).state == "completed"
        after = impact.measure(impact.Scope(group_ids=frozenset({story["group"]})))
        assert (after.completed, after.people_trained) == (before.completed, before.people_trained)
    assert login(client, member).status_code == 200  # the old password opens nothing


def test_erasure_needs_the_password(client, app, story):
    login(client, story["member"])
    response = client.post(
        "/auth/account/delete", data={"erase-password": "salah-sekali-1", "erase-understood": "y"}
    )
    assert response.status_code == 200
    with app.app_context():
        assert db.session.get(User, story["member"].id).erased_at is None


def test_an_officer_may_leave_when_another_officer_stays(client, story):
    login(client, story["chair"])
    response = client.post(
        "/auth/account/delete", data={"erase-password": PASSWORD, "erase-understood": "y"}
    )
    # the member is sekretaris, an officer too, so the chair may leave
    assert response.status_code == 302


def test_the_only_officer_hands_over_before_leaving(client, app):
    with app.app_context():
        chair, member = make_user("Bu Ketua"), make_user()
        add_member(make_group(chair, name="Kelompok Mawar"), member, "anggota")
        chair = snap(chair)
    login(client, chair)
    response = client.post(
        "/auth/account/delete", data={"erase-password": PASSWORD, "erase-understood": "y"}
    )
    assert response.status_code == 200
    assert "Kelompok Mawar" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(User, chair.id).erased_at is None
