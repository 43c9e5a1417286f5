"""In a real browser: sign up, create a group, post a need, find it — in both languages."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import OutboxMessage
from tests.e2e.conftest import DESKTOP, PHONE, screenshot

pytestmark = pytest.mark.e2e


def sign_up(page, base: str, email: str, app) -> None:
    """Sign up, then open the confirmation link from the outbox, as from the mailbox."""
    page.goto(f"{base}/auth/signup")
    page.fill("#name", "Bu Ani")
    page.fill("#email", email)
    page.fill("#password", "kopi-hujan-sepeda-9")
    page.fill("#confirm", "kopi-hujan-sepeda-9")
    page.check("#consent")
    page.click("#submit")
    page.wait_for_url(re.compile(r"/auth/login$"))
    with app.app_context():
        body = (
            db.session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == email))
            .one()
            .body
        )
    page.goto(base + re.search(r"(/auth/confirm/\S+)", body).group(1))
    page.click("#submit")
    page.wait_for_url(re.compile(r"/dashboard$"))


def create_group(page, base: str, name: str) -> None:
    page.goto(f"{base}/groups/new")
    page.fill("#name", name)
    page.select_option("#sector", "food_processing")
    page.select_option("#province_code", "34")
    page.select_option("#regency_code", "34.04")
    page.fill("#members_count", "24")
    page.click("#submit")
    page.wait_for_url(re.compile(r"/groups/\d+$"))


def post_need(page, title: str) -> None:
    page.get_by_role("link", name=re.compile("kebutuhan|Post a need", re.I)).first.click()
    page.select_option("#kind", "training")
    page.fill("#title", title)
    page.fill("#description", "Anggota kel. 20 org, sdh punya kedelai.")
    page.fill("#tags", "tahu, kedelai")
    page.click("#submit")
    page.wait_for_url(re.compile(r"/needs/\d+$"))


def test_a_group_officer_gets_a_need_listed_in_indonesian(page, live_app, live_server):
    base = live_server
    page.goto(base + "/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    sign_up(page, base, "ani@example.org", live_app)
    expect(page.get_by_role("heading", name=re.compile("Bu Ani"))).to_be_visible()
    create_group(page, base, "Kelompok Wanita Tani Melati")
    expect(page.get_by_role("heading", name="Kelompok Wanita Tani Melati")).to_be_visible()
    post_need(page, "Kami butuh pelatihan membuat tahu utk 20 org")
    expect(page.get_by_role("heading", name=re.compile("pelatihan membuat tahu"))).to_be_visible()
    screenshot(page, "need-phone-id")

    page.goto(f"{base}/needs/?q=tahu")
    expect(page.get_by_role("link", name=re.compile("pelatihan membuat tahu"))).to_be_visible()
    page.goto(f"{base}/needs/?q=rotan")
    expect(page.get_by_role("link", name=re.compile("pelatihan membuat tahu"))).to_have_count(0)


def test_the_same_journey_in_english(page, live_app, live_server):
    base = live_server
    page.goto(base + "/")
    page.get_by_role("button", name="English").first.click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("button", name="Bahasa Indonesia")).to_be_visible()
    sign_up(page, base, "ani.en@example.org", live_app)
    create_group(page, base, "Melati Farmers")
    post_need(page, "Training in tofu making for 20 people")
    title = "Training in tofu making for 20 people"
    expect(page.get_by_role("heading", name=title)).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.goto(f"{base}/needs/?q=tofu")
    expect(page.get_by_role("heading", name="Needs of groups")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Training in tofu making"))).to_be_visible()


def test_a_bad_form_keeps_what_was_typed(page, live_app, live_server):
    base = live_server
    sign_up(page, base, "budi@example.org", live_app)
    page.goto(f"{base}/groups/new")
    page.fill("#name", "Kelompok Nelayan Sejahtera")
    page.select_option("#province_code", "34")
    page.fill("#members_count", "-5")
    page.click("#submit")
    expect(page.locator("#name")).to_have_value("Kelompok Nelayan Sejahtera")
    expect(page.locator(".invalid-feedback").first).to_be_visible()


def test_home_page_screenshots_with_the_demo_marketplace(browser, live_app, live_server):
    from datetime import date

    from marketplace.services.bulk import demo

    with live_app.app_context():
        demo.seed(data_file=None, today=date(2026, 11, 27))
    for name, viewport in (("home-phone", PHONE), ("home-desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(live_server + "/")
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        screenshot(page, name)
        context.close()
