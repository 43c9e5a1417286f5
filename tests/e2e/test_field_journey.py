"""A new group's whole way on a cheap phone (360 px, Indonesian): sign up with a phone number,
create the group (a facilitator covering the regency is named), post a need, the facilitator
proposes a trainer, both sides accept, the work is done and its outcome recorded.

On every page the group officer sees: nothing scrolls sideways, every field has a label, the
console stays clean, and the page weighs at most 150 kB. Pictures of each step go to
``docs/screenshots/journey-*.png`` with ``UPDATE_SCREENSHOTS=1``.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from marketplace.services.accounts import users
from marketplace.services.curation import caseload
from marketplace.services.listings import posting
from marketplace.services.parties import providers
from tests.e2e.conftest import PHONE, screenshot
from tests.e2e.journey_steps import PASSWORD, ServerErrors, sideways_overflow, sign_in
from tests.e2e.weigh import Scale

pytestmark = pytest.mark.e2e

PHONE_NUMBER = "0812-7777-8888"
GROUP = "Kelompok Wanita Tani Melati"
NEED = "Pelatihan membuat tahu utk 25 ibu2 anggota"
OFFER = "Tofu production workshop for village groups"
PAGE_LIMIT = 150_000

UNLABELLED = """() => [...document.querySelectorAll(
    'main input:not([type=hidden]):not([type=submit]), main select, main textarea')]
    .filter(el => el.offsetParent !== null || el.closest('details'))
    .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
    .map(el => el.name || el.id)"""


class Checks:
    """The checks every page of the journey passes, and its pictures."""

    def __init__(self, page: Page) -> None:
        self.page, self.scale, self.console = page, Scale(page), []
        page.on("console", lambda m: self.console.append(m.text) if m.type == "error" else None)
        self.step = 0

    def page_ok(self, name: str) -> None:
        page = self.page
        page.wait_for_load_state("networkidle")
        assert sideways_overflow(page) == 0, f"{name}: scrolls sideways"
        assert page.evaluate(UNLABELLED) == [], f"{name}: fields without a label"
        assert self.console == [], f"{name}: console errors {self.console}"
        weight = sum(self.scale._sizes.values())
        assert weight <= PAGE_LIMIT, f"{name}: {weight} bytes"
        self.scale._sizes.clear()
        self.step += 1
        screenshot(page, f"journey-{self.step:02d}-{name}-phone-id")


def world(app) -> dict:
    """A facilitator covering Sleman, and a verified trainer with a tofu workshop."""
    with app.app_context():
        facilitator = users.register(email="sari@example.org", name="Bu Sari", password=PASSWORD)
        users.set_system_roles(facilitator, facilitator=True, admin=False)
        caseload.assign(facilitator=facilitator, regency_code="34.04")
        trainer = users.register(
            email="sri@example.org", name="Bu Sri", password=PASSWORD, phone="0812 0000 0001"
        )
        provider = providers.create_provider(
            creator=trainer,
            fields={"name": "Bu Sri — Olahan Kedelai", "type": "trainer", "province_code": "33",
                    "regency_code": "33.10", "service_area": ["33", "34"]},
        )  # fmt: skip
        providers.set_verified(provider, verified=True, by=facilitator)
        posting.create_offer(
            provider=provider,
            by=trainer,
            fields={"kind": "training", "title": OFFER, "tags": ["tofu", "tahu"],
                    "service_area": ["33", "34"], "capacity": 30},
        )  # fmt: skip
    return {"facilitator": "sari@example.org", "trainer": "sri@example.org"}


def test_a_new_group_goes_from_sign_up_to_a_completed_match(browser, live_app, live_server):
    people = world(live_app)
    base, errors = live_server, ServerErrors()
    context = browser.new_context(viewport=PHONE, locale="id-ID")
    officer = context.new_page()
    officer.set_default_timeout(15_000)
    errors.watch(officer)
    check = Checks(officer)

    officer.goto(f"{base}/auth/signup")
    check.page_ok("signup")
    officer.fill("#name", "Bu Lastri")
    officer.fill("#phone", PHONE_NUMBER)
    officer.fill("#password", PASSWORD)
    officer.fill("#confirm", PASSWORD)
    officer.check("#consent")
    officer.click("#submit")
    officer.wait_for_url(re.compile(r"/dashboard$"))
    check.page_ok("my-page")

    officer.goto(f"{base}/groups/new")
    check.page_ok("new-group")
    officer.fill("#name", GROUP)
    officer.select_option("#sector", "food_processing")
    officer.select_option("#province_code", "34")
    officer.select_option("#regency_code", "34.04")
    officer.click("#submit")
    officer.wait_for_url(re.compile(r"/groups/\d+$"))
    expect(officer.get_by_text("Bu Sari", exact=False).first).to_be_visible()
    check.page_ok("group")
    group_url = officer.url

    officer.goto(f"{group_url}/needs/new?kind=training")
    check.page_ok("new-need")
    officer.fill("#title", NEED)
    officer.fill("#tags", "tahu, kedelai")
    officer.fill("#quantity", "25")
    officer.click("#submit")
    officer.wait_for_url(re.compile(r"/needs/\d+$"))
    check.page_ok("need")
    need_id = int(officer.url.rsplit("/", 1)[1])

    facilitator = sign_in(browser, base, people["facilitator"], errors)
    facilitator.goto(f"{base}/facilitate/needs/{need_id}")
    card = facilitator.locator("article.suggestion").filter(has_text=OFFER)
    card.locator("details > summary").first.click()
    with facilitator.expect_navigation(url=re.compile(r"/matches/\d+$")):
        card.locator("form[action$='/propose'] [type=submit]").click()
    match_url = facilitator.url

    officer.goto(match_url)
    expect(officer.locator(".what-next")).to_be_visible()
    check.page_ok("proposed")
    with officer.expect_navigation(url=match_url):
        officer.locator("form.decide-accept [type=submit]").click()
    check.page_ok("group-accepted")

    trainer = sign_in(browser, base, people["trainer"], errors)
    trainer.goto(match_url)
    with trainer.expect_navigation(url=match_url):
        trainer.locator("form.decide-accept [type=submit]").click()

    officer.goto(match_url)
    expect(officer.locator("#contacts")).to_be_visible()
    check.page_ok("introduced")
    with officer.expect_navigation(url=match_url):
        officer.locator("form[action$='/start'] [type=submit]").click()
    check.page_ok("in-progress")
    officer.fill("#people_trained", "25")
    with officer.expect_navigation(url=match_url):
        officer.locator("#outcome-submit").click()
    expect(officer.locator(".badge.state-completed")).to_be_visible()
    check.page_ok("completed")

    assert errors.seen == []
    for page in (officer, facilitator, trainer):
        page.context.close()
