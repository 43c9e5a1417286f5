"""Phone-first, Indonesian-first: what a villager on a cheap phone meets on the way from
sign-up to a completed match."""

from __future__ import annotations

from marketplace.extensions import db
from marketplace.models import Match, Need, Notification, Offer, User
from marketplace.services.accounts import users
from marketplace.services.curation import actions, caseload
from marketplace.services.messaging import notifications
from tests.factories import (
    PASSWORD,
    login,
    make_group,
    make_need,
    make_offer,
    make_provider,
    make_user,
    snap,
)


def english(client) -> None:
    client.post("/auth/language", data={"lang": "en"})


def page_of(client, url: str) -> str:
    return client.get(url).get_data(as_text=True)


# --- sign-up and sign-in by phone ------------------------------------------------------


def test_a_villager_signs_up_with_a_phone_number_and_no_email(client, app):
    response = client.post(
        "/auth/signup",
        data={"name": "Bu Tini", "phone": "0812-3456-7890", "email": "",
              "password": PASSWORD, "confirm": PASSWORD, "consent": "y"},
    )  # fmt: skip
    assert response.status_code == 302
    with app.app_context():
        user = db.session.scalar(db.select(User).where(User.name == "Bu Tini"))
        assert user.email is None and user.phone_key == "6281234567890"
    # No mail to confirm: the account is ready and signed in at once.
    assert client.get("/dashboard").status_code == 200


def test_sign_in_works_with_the_phone_number_written_any_way(client, app):
    with app.app_context():
        users.register(email=None, name="Pak Darto", password=PASSWORD, phone="0813 1111 2222")
    for written in ("+62 813-1111-2222", "081311112222"):
        response = client.post("/auth/login", data={"email": written, "password": PASSWORD})
        assert response.status_code == 302, written
        client.post("/auth/logout")


def test_sign_in_by_email_still_works(client, app):
    with app.app_context():
        user = snap(make_user())
    assert login(client, user).status_code == 302


def test_sign_up_needs_a_phone_number_or_an_email(client):
    english(client)
    page = client.post(
        "/auth/signup",
        data={"name": "Tanpa Kontak", "phone": "", "email": "",
              "password": PASSWORD, "confirm": PASSWORD, "consent": "y"},
    ).get_data(as_text=True)  # fmt: skip
    assert "Give a phone number or an email address." in page


def test_a_phone_number_signs_in_only_one_account(client, app):
    with app.app_context():
        users.register(email=None, name="Pertama", password=PASSWORD, phone="0812 9999 0000")
    english(client)
    page = client.post(
        "/auth/signup",
        data={"name": "Kedua", "phone": "+62 812 9999 0000", "email": "",
              "password": PASSWORD, "confirm": PASSWORD, "consent": "y"},
    ).get_data(as_text=True)  # fmt: skip
    assert "An account with this phone number already exists." in page


def test_the_sign_in_reminder_goes_through_the_catalogue(client, app):
    page = client.get("/dashboard", follow_redirects=True).get_data(as_text=True)
    assert "Please log in to access this page." not in page  # Flask-Login's own English
    with app.test_request_context():
        from flask_babel import force_locale, gettext

        with force_locale("id"):
            assert gettext("Please sign in to see this page.") in page


# --- the need form --------------------------------------------------------------------


def test_the_save_button_comes_after_every_field_of_the_need_form(client, app):
    with app.app_context():
        chair = make_user()
        group = snap(make_group(chair))
        chair = snap(chair)
    login(client, chair)
    page = page_of(client, f"/groups/{group.id}/needs/new")
    save = page.index('id="submit"')
    for field in ("budget", "wanted_from", "wanted_until", "quantity", "unit"):
        assert page.index(f'id="{field}"') < save, field


def test_a_market_need_asks_for_a_volume_not_a_capacity_in_people(client, app):
    with app.app_context():
        chair = make_user()
        group = snap(make_group(chair))
        chair = snap(chair)
    login(client, chair)
    english(client)
    page = page_of(client, f"/groups/{group.id}/needs/new?kind=market")
    assert "Capacity (people)" not in page
    assert "How much do you want to sell?" in page
    training = page_of(client, f"/groups/{group.id}/needs/new?kind=training")
    assert "How many people want to learn?" in training


def test_a_new_need_does_not_offer_to_mark_itself_matched(client, app):
    with app.app_context():
        chair = make_user()
        need = snap(make_need(make_group(chair)))
        chair = snap(chair)
    login(client, chair)
    page = page_of(client, f"/needs/{need.id}")
    assert 'value="matched"' not in page
    # Closing and withdrawing wait behind a page that says what they do and asks why.
    assert f'href="/needs/{need.id}/end"' in page


def test_closing_a_need_asks_how_and_why_and_keeps_the_answer(client, app):
    with app.app_context():
        chair = make_user()
        need = snap(make_need(make_group(chair)))
        chair = snap(chair)
    login(client, chair)
    one_tap = client.post(f"/needs/{need.id}/status", data={"to": "closed"})
    assert one_tap.headers["Location"].endswith(f"/needs/{need.id}/end")
    page = page_of(client, f"/needs/{need.id}/end")
    assert "Tidak ada tawaran yang cocok" in page and "Tidak, biarkan" in page
    no_reason = client.post(f"/needs/{need.id}/end", data={"to": "closed"})
    assert no_reason.status_code == 200
    with app.app_context():
        assert db.session.get(Need, need.id).status == "open"
    client.post(
        f"/needs/{need.id}/end", data={"to": "closed", "reason": "no_fit", "note": "Musim hujan"}
    )
    with app.app_context():
        closed = db.session.get(Need, need.id)
        assert (closed.status, closed.end_reason, closed.end_note) == (
            "closed",
            "no_fit",
            "Musim hujan",
        )
    assert "Diturunkan dari pasar: Tidak ada tawaran yang cocok · Musim hujan" in page_of(
        client, f"/needs/{need.id}"
    )
    client.post(f"/needs/{need.id}/status", data={"to": "open"})
    with app.app_context():
        reopened = db.session.get(Need, need.id)
        assert (reopened.status, reopened.end_reason, reopened.end_note) == ("open", None, "")


def test_an_offer_closes_only_with_a_reason_and_says_what_it_withdraws(client, app):
    with app.app_context():
        trainer, chair, facilitator = make_user(), make_user(), make_user(facilitator=True)
        offer = make_offer(make_provider(trainer))
        group = make_group(chair)
        caseload.assign(facilitator=facilitator, group=group)
        actions.propose(make_need(group), offer, by=facilitator, note="")
        offer, trainer = snap(offer), snap(trainer)
    login(client, trainer)
    detail = page_of(client, f"/offers/{offer.id}")
    assert 'value="closed"' not in detail and f'href="/offers/{offer.id}/end"' in detail
    assert "1 usulan yang belum diputuskan akan ditarik." in page_of(
        client, f"/offers/{offer.id}/end"
    )
    client.post(f"/offers/{offer.id}/end", data={"to": "withdrawn", "reason": "fully_booked"})
    with app.app_context():
        gone = db.session.get(Offer, offer.id)
        assert (gone.status, gone.end_reason) == ("withdrawn", "fully_booked")
        assert db.session.scalar(db.select(Match.state)) == "withdrawn"


def test_dates_are_repeated_in_the_readers_language_under_the_picker(client, app):
    from datetime import date

    with app.app_context():
        chair = make_user()
        need = make_need(make_group(chair))
        need.wanted_from = date(2026, 8, 17)
        db.session.commit()
        need, chair = snap(need), snap(chair)
    login(client, chair)
    form = page_of(client, f"/needs/{need.id}/edit")
    assert "data-date-echo" in form and "Senin, 17 Agustus 2026" in form
    english(client)
    assert "Monday, August 17, 2026" in page_of(client, f"/needs/{need.id}/edit")


def test_quantities_are_written_the_readers_way(client, app):
    with app.app_context():
        chair = make_user()
        need = snap(make_need(make_group(chair), kind="market", quantity=1250, unit="bungkus"))
    page = page_of(client, f"/needs/{need.id}")
    assert "1.250 bungkus" in page  # Indonesian grouping, no ".00"


# --- matches --------------------------------------------------------------------------


def proposed_match(app):
    with app.app_context():
        facilitator = make_user(facilitator=True)
        chair = make_user()
        group = make_group(chair)
        from marketplace.services.curation import caseload

        caseload.assign(facilitator=facilitator, group=group)
        need = make_need(group)
        offer = make_offer(make_provider(make_user()))
        match = actions.propose(need, offer, by=facilitator, note="Cocok")
        return snap(match), snap(chair), snap(facilitator)


def test_withdrawing_a_match_asks_why_first(client, app):
    match, _chair, facilitator = proposed_match(app)
    login(client, facilitator)
    page = page_of(client, f"/matches/{match.id}")
    assert '<details class="withdraw-step' in page
    client.post(f"/matches/{match.id}/withdraw", data={"note": ""})
    with app.app_context():
        assert db.session.get(Match, match.id).state == "proposed"
    client.post(f"/matches/{match.id}/withdraw", data={"note": "Pelatih batal datang"})
    with app.app_context():
        assert db.session.get(Match, match.id).state == "withdrawn"


def test_declining_is_a_separate_step_that_asks_for_a_reason(client, app):
    match, chair, _facilitator = proposed_match(app)
    login(client, chair)
    page = page_of(client, f"/matches/{match.id}")
    assert '<details class="decline-step">' in page
    assert 'name="reason_code" required' in page or "required" in page.split("decide-decline")[1]


def test_each_match_state_says_what_happens_next(client, app):
    match, chair, _facilitator = proposed_match(app)
    login(client, chair)
    english(client)
    page = page_of(client, f"/matches/{match.id}")
    assert "What happens next" in page
    assert "decides whether to accept. Nothing goes ahead without the group." in page


def test_notifications_are_shown_in_the_readers_language_now(client, app):
    match, chair, _facilitator = proposed_match(app)
    with app.app_context():
        notice = db.session.scalar(db.select(Notification).where(Notification.user_id == chair.id))
        assert notice.message_key.startswith("%(facilitator)s proposes")
    login(client, chair)
    english(client)
    assert "proposes" in page_of(client, "/notifications")


def test_old_notifications_without_a_key_stay_readable(app):
    with app.app_context():
        row = Notification(user_id=1, text="Pesan lama", link=None)
        assert notifications.notice_text(row) == "Pesan lama"
