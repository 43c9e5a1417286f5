"""Nobody learns from sign-in, sign-up or an invitation whether an email has an account;
and nobody joins a group without accepting."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import GroupMembership, Invitation, OutboxMessage, User
from marketplace.services.accounts import passwords, users
from marketplace.services.parties import groups
from tests.factories import PASSWORD, login, make_group, make_user, snap

NEW_PASSWORD = "kopi-hujan-sepeda-9"
# The CSRF token on every page is signed with the second it was made in, so two pages a
# moment apart can differ there whoever asks; it belongs to the browser's session, not to
# an account, so it tells nothing about an email address.
_CSRF_TOKEN = re.compile(r'(name="csrf_token" value=")[^"]*(")')


def _signup(client, email: str, name: str = "Siti", password: str = NEW_PASSWORD):
    return client.post(
        "/auth/signup",
        data={"name": name, "email": email, "password": password, "confirm": password}
        | {"consent": "y"},
    )


def _page_after(client, path: str) -> str:
    """The page, with its session's CSRF token left out."""
    return _CSRF_TOKEN.sub(r"\1…\2", client.get(path).get_data(as_text=True))


def _mails(app, to: str | None = None) -> list[OutboxMessage]:
    with app.app_context():
        stmt = select(OutboxMessage).order_by(OutboxMessage.id)
        if to:
            stmt = stmt.where(OutboxMessage.recipient == to)
        return [snap(m) for m in db.session.scalars(stmt)]


class _Count:
    def __init__(self, monkeypatch):
        self.checks = self.hashes = 0
        check, make = passwords.check_password_hash, passwords.generate_password_hash

        def counted_check(*args):
            self.checks += 1
            return check(*args)

        def counted_make(*args, **kwargs):
            self.hashes += 1
            return make(*args, **kwargs)

        monkeypatch.setattr(passwords, "check_password_hash", counted_check)
        monkeypatch.setattr(passwords, "generate_password_hash", counted_make)


def test_signing_in_does_the_same_work_for_known_and_unknown_emails(client, app, monkeypatch):
    with app.app_context():
        user = snap(make_user())
    client.post("/auth/login", data={"email": "warm@example.org", "password": "x" * 12})
    count = _Count(monkeypatch)
    for email in ("nobody@example.org", user.email):
        client.post("/auth/login", data={"email": email, "password": "wrong-password-1"})
    assert (count.checks, count.hashes) == (2, 0)


def test_signing_up_with_a_taken_email_answers_as_for_a_new_one(client, app, monkeypatch):
    with app.app_context():
        owner = snap(make_user())
    count = _Count(monkeypatch)
    fresh = _signup(client, "baru@example.org")
    fresh_flash = _page_after(client, "/auth/login")
    taken = _signup(client, owner.email.upper(), name="Penyusup")
    taken_flash = _page_after(client, "/auth/login")

    assert (fresh.status_code, fresh.headers["Location"]) == (302, "/auth/login")
    assert (taken.status_code, taken.headers["Location"]) == (302, "/auth/login")
    assert "baru@example.org" in fresh_flash and owner.email in taken_flash
    assert fresh_flash.replace("baru@example.org", owner.email) == taken_flash
    assert count.hashes == 2  # the password is hashed on both paths
    with app.app_context():
        unchanged = db.session.get(User, owner.id)
        assert (unchanged.name, unchanged.password_hash) == (owner.name, owner.password_hash)
    (note,) = _mails(app, to=owner.email)
    assert "Someone tried to create" in note.body or "mencoba" in note.body
    assert "/auth/forgot" in note.body


def test_an_unconfirmed_account_cannot_sign_in_and_gets_its_link_again(client, app):
    _signup(client, "baru@example.org")
    response = client.post(
        "/auth/login", data={"email": "baru@example.org", "password": NEW_PASSWORD}
    )
    assert response.status_code == 200
    assert client.get("/dashboard").status_code == 302
    assert len(_mails(app, to="baru@example.org")) == 2


def test_a_newer_sign_up_of_an_unconfirmed_address_wins_and_kills_older_links(client, app):
    _signup(client, "baru@example.org", name="Pertama")
    _signup(client, "baru@example.org", name="Kedua", password="teh-manis-sore-hari-3")
    first, second = (
        re.search(r"(/auth/confirm/\S+)", m.body).group(1)
        for m in _mails(app, to="baru@example.org")
    )
    assert client.post(first).status_code == 404
    assert client.post(second).status_code == 302
    with app.app_context():
        user = users.find_user_by_email("baru@example.org")
        assert user.name == "Kedua" and user.email_confirmed_at is not None


def test_a_password_reset_also_confirms_the_address(client, app):
    with app.app_context():
        user = users.register(
            email="baru@example.org", name="Baru", password=PASSWORD, confirmed=False
        )
        token = users.make_reset_token(user)
        users.reset_password(token, "teh-manis-sore-hari-3")
        assert user.email_confirmed_at is not None


@pytest.mark.parametrize(
    "app_config", [{"RATELIMIT_ENABLED": True, "SIGNUP_RATE_LIMIT": "2/minute"}]
)
def test_sign_up_is_rate_limited(client):
    codes = [_signup(client, f"orang{i}@example.org").status_code for i in range(3)]
    assert codes == [302, 302, 429]


# Invitations -----------------------------------------------------------------------------


@pytest.fixture
def chair_and_group(app):
    with app.app_context():
        chair = make_user("Bu Ketua")
        group = make_group(chair)
        return snap(chair), snap(group)


def _invite(client, group_id: int, email: str, role: str = "sekretaris"):
    return client.post(f"/groups/{group_id}/members", data={"email": email, "role": role})


def test_an_invitation_reads_the_same_for_known_and_unknown_addresses(client, app, chair_and_group):
    chair, group = chair_and_group
    with app.app_context():
        known = snap(make_user("Pak Anggota"))
    login(client, chair)
    answers = []
    for email in (known.email, "belum-ada@example.org"):
        response = _invite(client, group.id, email)
        page = client.get(f"/groups/{group.id}/members").get_data(as_text=True)
        answers.append((response.status_code, response.headers["Location"]))
        assert email in page  # listed as waiting for an answer
    assert answers[0] == answers[1]
    known_mail, unknown_mail = _mails(app, known.email), _mails(app, "belum-ada@example.org")
    assert len(known_mail) == len(unknown_mail) == 1
    assert known_mail[0].subject == unknown_mail[0].subject
    assert known_mail[0].body.replace(known.email, "") == unknown_mail[0].body


def test_nobody_becomes_a_member_or_an_officer_before_accepting(client, app, chair_and_group):
    chair, group = chair_and_group
    with app.app_context():
        invitee = snap(make_user("Pak Anggota"))
    login(client, chair)
    _invite(client, group.id, invitee.email, role="bendahara")
    with app.app_context():
        assert (
            db.session.scalar(select(GroupMembership).where(GroupMembership.user_id == invitee.id))
            is None
        )
    client.post("/auth/logout")

    login(client, invitee)
    page = client.get("/auth/account").get_data(as_text=True)
    assert group.name in page
    (invitation_id,) = re.findall(r"/auth/invitations/(\d+)/accept", page)
    assert client.get(f"/groups/{group.id}/members").status_code == 403
    assert client.post(f"/auth/invitations/{invitation_id}/accept").status_code == 302
    with app.app_context():
        membership = db.session.scalar(
            select(GroupMembership).where(GroupMembership.user_id == invitee.id)
        )
        assert (membership.group_id, membership.role) == (group.id, "bendahara")
    assert client.get(f"/groups/{group.id}/members").status_code == 200
    assert client.post(f"/auth/invitations/{invitation_id}/accept").status_code == 404


def test_a_declined_invitation_makes_no_member(client, app, chair_and_group):
    chair, group = chair_and_group
    with app.app_context():
        invitee = make_user()
        groups.invite_member(
            groups.get_group(group.id),
            email=invitee.email,
            role="anggota",
            by=db.session.get(User, chair.id),
        )
        invitee = snap(invitee)
    login(client, invitee)
    (invitation_id,) = re.findall(
        r"/auth/invitations/(\d+)/decline", client.get("/auth/account").get_data(as_text=True)
    )
    assert client.post(f"/auth/invitations/{invitation_id}/decline").status_code == 302
    with app.app_context():
        assert db.session.get(Invitation, int(invitation_id)).declined_at is not None
        assert not db.session.scalars(
            select(GroupMembership).where(GroupMembership.user_id == invitee.id)
        ).all()


def test_only_the_invited_person_can_answer(client, app, chair_and_group):
    chair, group = chair_and_group
    with app.app_context():
        groups.invite_member(
            groups.get_group(group.id),
            email="orang-lain@example.org",
            role="ketua",
            by=db.session.get(User, chair.id),
        )
        invitation_id = db.session.scalar(select(Invitation.id))
        stranger = snap(make_user())
    login(client, stranger)
    assert client.post(f"/auth/invitations/{invitation_id}/accept").status_code == 404
    assert client.post(f"/auth/invitations/{invitation_id}/decline").status_code == 404


def test_one_invitation_mail_per_address_and_group(client, app, chair_and_group):
    chair, group = chair_and_group
    login(client, chair)
    for _ in range(3):
        assert _invite(client, group.id, "Belum-Ada@example.org").status_code == 302
    assert len(_mails(app, "belum-ada@example.org")) == 1


@pytest.mark.parametrize(
    "app_config", [{"RATELIMIT_ENABLED": True, "INVITE_RATE_LIMIT": "2/minute"}]
)
def test_invitations_are_rate_limited(client, chair_and_group):
    chair, group = chair_and_group
    login(client, chair)
    codes = [_invite(client, group.id, f"orang{i}@example.org").status_code for i in range(3)]
    assert codes == [302, 302, 429]


def test_the_demo_accounts_can_sign_in(client, app):
    from datetime import date

    from marketplace.services.bulk import demo

    with app.app_context():
        demo.seed(data_file=None, today=date(2026, 11, 27))
    label, email, password, _roles = demo.ACCOUNTS[2]
    client.post("/auth/login", data={"email": email, "password": password})
    assert client.get("/dashboard").status_code == 200
