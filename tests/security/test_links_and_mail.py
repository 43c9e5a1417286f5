"""Links in mail come from PUBLIC_URL; one bad message never stops the others."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from marketplace import create_app
from marketplace.extensions import db
from marketplace.models import OutboxMessage
from marketplace.services.messaging import mailer, outbox
from tests.factories import make_group, make_user, snap
from tests.fake_smtp import FakeSMTP


def _bodies(app) -> list[str]:
    with app.app_context():
        return [m.body for m in db.session.scalars(select(OutboxMessage))]


def test_a_reset_link_ignores_the_host_header(client, app):
    with app.app_context():
        user = snap(make_user())
    client.post("/auth/forgot", data={"email": user.email}, headers={"Host": "evil.example"})
    client.post(
        "/auth/forgot",
        data={"email": user.email},
        headers={"X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http"},
    )
    bodies = _bodies(app)
    assert len(bodies) == 2
    for body in bodies:
        assert "https://pasar.test/auth/reset/" in body
        assert "evil.example" not in body


def test_an_invitation_link_uses_the_public_url(client, app):
    with app.app_context():
        chair = make_user()
        group = make_group(chair)
        from marketplace.services.parties import groups

        groups.invite_member(group, email="baru@example.org", role="anggota", by=chair)
    assert "https://pasar.test/auth/signup" in _bodies(app)[-1]


def test_production_refuses_to_start_without_public_url(monkeypatch):
    monkeypatch.delenv("PUBLIC_URL", raising=False)
    with pytest.raises(RuntimeError, match="PUBLIC_URL"):
        create_app({"MARKETPLACE_ENV": "production", "SECRET_KEY": "k" * 40, "TESTING": True})


@pytest.mark.parametrize("url", ["javascript:alert(1)", "pasar.example.id", "https://x/?a=1"])
def test_a_public_url_that_is_not_a_web_address_is_refused(url):
    with pytest.raises(RuntimeError, match="PUBLIC_URL"):
        create_app({"PUBLIC_URL": url, "SECRET_KEY": "k", "TESTING": True})


@pytest.fixture
def smtp(app):
    app.config["MAIL_SERVER"] = "smtp.example.org"
    return FakeSMTP.reset()


def test_a_group_name_with_line_breaks_cannot_split_a_mail_header(ctx, smtp):
    outbox.queue_email(
        to="a@example.org", subject="Added to Tani\r\nBcc: victim@example.org", body="hi"
    )
    db.session.commit()
    assert mailer.send_outbox(smtp_factory=smtp) == (1, 0)
    assert smtp.subjects == ["Added to Tani Bcc: victim@example.org"]


def test_a_name_typed_with_control_characters_is_stored_as_one_clean_line(client, app):
    from tests.factories import login

    with app.app_context():
        chair = snap(make_user())
    login(client, chair)
    response = client.post(
        "/groups/new",
        data={
            "name": "Tani\r\nBcc: x@example.org\u202e\u200b\x00",
            "sector": "food_processing",
            "stage": "penumbuhan",
            "province_code": "34",
            "regency_code": "34.04",
            "members_count": "10",
        },
    )
    assert response.status_code == 302
    with app.app_context():
        from marketplace.models import Group

        assert db.session.scalar(select(Group.name)) == "Tani Bcc: x@example.org"


def test_a_failing_message_does_not_hold_up_the_ones_behind_it(ctx, smtp):
    smtp.refuse = {"gone@example.org"}
    outbox.queue_email(to="gone@example.org", subject="first", body="x")
    outbox.queue_email(to="ok@example.org", subject="reset link", body="x")
    db.session.commit()
    assert mailer.send_outbox(smtp_factory=smtp) == (1, 1)
    assert smtp.subjects == ["reset link"]
    failed = db.session.scalar(select(OutboxMessage).where(OutboxMessage.subject == "first"))
    assert failed.attempts == 1 and failed.sent_at is None and failed.dead_at is None
    assert "SMTPRecipientsRefused" in failed.last_error
    # Not due again until its pause is over: the next run sends nothing and fails nothing.
    assert mailer.send_outbox(smtp_factory=smtp) == (0, 0)


def test_a_message_is_given_up_after_its_attempts_and_shown_to_admins(ctx, smtp):
    smtp.refuse = {"gone@example.org"}
    message = outbox.queue_email(to="gone@example.org", subject="first", body="x")
    db.session.commit()
    for attempt in range(1, mailer.MAX_ATTEMPTS + 1):
        message.next_attempt_at = None  # as if its pause were over
        db.session.commit()
        assert mailer.send_outbox(smtp_factory=smtp) == (0, 1)
        assert message.attempts == attempt
    assert message.dead_at is not None
    assert mailer.send_outbox(smtp_factory=smtp) == (0, 0)
    assert outbox.undelivered() == [message]
    outbox.retry(message.id)
    smtp.refuse = set()
    assert mailer.send_outbox(smtp_factory=smtp) == (1, 0)
    assert message.sent_at is not None


def test_pauses_between_attempts_grow():
    assert [mailer.pause_after(n).total_seconds() / 60 for n in range(1, 6)] == [1, 2, 4, 8, 16]


def test_admins_see_undelivered_mail_and_others_do_not(client, app):
    from tests.factories import login

    with app.app_context():
        admin = snap(make_user(admin=True))
        someone = snap(make_user())
        message = outbox.queue_email(to="gone@example.org", subject="Reset", body="x")
        message.attempts, message.last_error = 6, "SMTPRecipientsRefused: 550"
        db.session.commit()
        message_id = message.id
    login(client, someone)
    assert client.get("/admin/mail").status_code == 403
    client.post("/auth/logout")
    login(client, admin)
    page = client.get("/admin/mail").get_data(as_text=True)
    assert "gone@example.org" in page and "SMTPRecipientsRefused: 550" in page
    assert client.post(f"/admin/mail/{message_id}/retry").status_code == 302
    with app.app_context():
        assert db.session.get(OutboxMessage, message_id).attempts == 0
