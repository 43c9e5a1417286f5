"""Steps of the curation journey, shared by its browser tests.

The world (accounts, a group, providers, offers) is built with the app's own services on the
database the live server uses; people then act in their own browser contexts. Actions are
found by their form (``form[action$='/decide']``) so the steps hold in both languages; what a
person reads is checked with role and text locators in the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import SimpleNamespace

from flask import Flask
from playwright.sync_api import Page, expect

from marketplace.services.accounts import users
from marketplace.services.curation import actions, caseload
from marketplace.services.listings import posting
from marketplace.services.parties import groups, providers
from tests.e2e.conftest import PHONE, screenshot

PASSWORD = "uji-Kedelai-Hujan-77"
NEED_TITLE = "Kami butuh pelatihan membuat tahu utk 20 org"
TOFU = "Tofu production workshop — we travel to villages in Central Java and Yogyakarta"
BREAD = "Pelatihan membuat roti"
TUTORING = "Bimbingan belajar tahun ajaran baru"
GROUP_NAME = "Kelompok Tani Maju Sleman"
PROVIDER_NAME = "Bu Sri Rahayu — Pelatihan Olahan Kedelai"
PROVIDER_PHONE = "+62 812 0000 0001"  # → wa.me/6281200000001
CHAIR_PHONE = "0813-2222-3333"  # → wa.me/6281322223333


def build_world(app: Flask, *, need: str | None = None) -> SimpleNamespace:
    """A facilitator for DI Yogyakarta, a group there with its chair, a verified trainer with
    the tofu workshop, and distractor offers, built in ``app`` (the live server's app).

    For tests that start later in the journey, ``need="posted"`` posts the need too, and
    ``need="proposed"`` also has the facilitator propose the tofu workshop for it."""
    with app.app_context():
        facilitator = users.register(
            email="pendamping@example.org", name="Dewi Pendamping", password=PASSWORD
        )
        users.set_system_roles(facilitator, facilitator=True, admin=False)
        chair = users.register(
            email="ketua@example.org", name="Pak Slamet", password=PASSWORD, phone=CHAIR_PHONE
        )
        trainer = users.register(
            email="pelatih@example.org", name="Bu Sri Rahayu", password=PASSWORD
        )
        school = users.register(email="lkp@example.org", name="Pak Budi", password=PASSWORD)

        group = groups.create_group(
            creator=chair,
            fields={
                "name": GROUP_NAME,
                "sector": "food_processing",
                "stage": "pengembangan",
                "province_code": "34",
                "regency_code": "34.04",
                "members_count": 24,
            },
        )
        caseload.assign(facilitator=facilitator, province_code="34")

        tofu_provider = providers.create_provider(
            creator=trainer,
            fields={
                "name": PROVIDER_NAME,
                "type": "trainer",
                "province_code": "33",
                "regency_code": "33.10",
                "service_area": ["33", "34"],
                "contact_email": "sri@example.org",
                "contact_phone": PROVIDER_PHONE,
            },
        )
        providers.set_verified(tofu_provider, verified=True, by=facilitator)
        other_provider = providers.create_provider(
            creator=school,
            fields={
                "name": "LKP Harapan Bangsa",
                "type": "trainer",
                "province_code": "34",
                "regency_code": "34.04",
                "service_area": ["34"],
            },
        )
        providers.set_verified(other_provider, verified=True, by=facilitator)

        tofu = posting.create_offer(
            provider=tofu_provider,
            by=trainer,
            fields={
                "kind": "training",
                "title": TOFU,
                "description": "Hands-on, 2 days: soaking, grinding, coagulating, pressing.",
                "tags": ["tofu", "soybean"],
                "service_area": ["33", "34"],
                "capacity": 30,
            },
        )
        for title, tags in ((BREAD, ["roti"]), (TUTORING, ["bimbel", "sekolah"])):
            posting.create_offer(
                provider=other_provider,
                by=school,
                fields={
                    "kind": "training",
                    "title": title,
                    "description": "Untuk umum.",
                    "tags": tags,
                    "service_area": ["34"],
                    "capacity": 25,
                },
            )

        world = SimpleNamespace(
            group_id=group.id,
            tofu_id=tofu.id,
            facilitator=facilitator.email,
            chair=chair.email,
            trainer=trainer.email,
            need_id=None,
            match_id=None,
        )
        if need:
            posted = posting.create_need(
                group=group,
                by=chair,
                fields={
                    "kind": "training",
                    "title": NEED_TITLE,
                    "description": "Anggota kel. sdh punya kedelai.",
                    "tags": ["tahu", "kedelai"],
                    "quantity": 20,
                    "unit": "orang",
                },
            )
            world.need_id = posted.id
        if need == "proposed":
            match = actions.propose(posted, tofu, by=facilitator, note="Bu Sri sudah sering.")
            world.match_id = match.id
    return world


@dataclass
class ServerErrors:
    """Every response of 500 or more, and every script error, seen by a page."""

    seen: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> None:
        page.on(
            "response",
            lambda r: (
                self.seen.append(f"{r.status} {r.request.method} {r.url}")
                if r.status >= 500
                else None
            ),
        )
        page.on("pageerror", lambda e: self.seen.append(f"script error: {e}"))
        page.on(
            "console",
            lambda m: (
                self.seen.append(f"blocked: {m.text}")
                if "Content Security Policy" in m.text
                else None
            ),
        )


def sign_in(
    browser,
    base: str,
    email: str,
    errors: ServerErrors,
    *,
    viewport: dict = PHONE,
    english: bool = False,
) -> Page:
    """A person in their own browser (own cookies), signed in through the login form."""
    context = browser.new_context(viewport=viewport, locale="en-US" if english else "id-ID")
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors.watch(page)
    page.goto(f"{base}/auth/login")
    if english:
        page.get_by_role("button", name="English").first.click()
        expect(page.locator("html")).to_have_attribute("lang", "en")
        page.goto(f"{base}/auth/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("#submit")
    page.wait_for_url(re.compile(r"/dashboard$"))
    return page


def post_need_from_group_page(page: Page, group_name: str, title: str) -> int:
    """From My page to the group, then its "post a need" form; returns the new need's id."""
    page.get_by_role("link", name=group_name).first.click()
    page.wait_for_url(re.compile(r"/groups/\d+$"))
    page.locator("a[href$='/needs/new']").first.click()
    page.wait_for_url(re.compile(r"/needs/new$"))
    page.select_option("#kind", "training")
    page.fill("#title", title)
    page.fill("#description", "Anggota kel. 20 org, sdh punya kedelai, blm bisa bikin tahu.")
    page.fill("#tags", "tahu, kedelai")
    page.fill("#quantity", "20")
    page.fill("#unit", "orang")
    page.click("#submit")
    page.wait_for_url(re.compile(r"/needs/\d+$"))
    return int(page.url.rsplit("/", 1)[1])


def suggestion(page: Page, offer_title: str):
    return page.locator("article.suggestion").filter(
        has=page.get_by_role("link", name=offer_title, exact=True)
    )


def _post_and_reload(page: Page, form_action: str) -> None:
    """Submit a form of the match page; it redirects back to the same page."""
    form = page.locator(f"form[action$='{form_action}']")
    with page.expect_navigation(url=re.compile(r"/matches/\d+(#\w+)?$")):
        form.locator("[type=submit]").click()


def decide(page: Page, *, accept: bool, reason_code: str = "", note: str = "") -> None:
    """Accept with one button; declining opens its own step and asks why."""
    if accept:
        with page.expect_navigation(url=re.compile(r"/matches/\d+(#\w+)?$")):
            page.locator("form.decide-accept [type=submit]").click()
        return
    page.locator("details.decline-step > summary").click()
    form = page.locator("form.decide-decline")
    if reason_code:
        form.locator("select[name=reason_code]").select_option(reason_code)
    if note:
        form.locator("textarea[name=note]").fill(note)
    with page.expect_navigation(url=re.compile(r"/matches/\d+(#\w+)?$")):
        form.locator("[type=submit]").click()


def stat(page: Page, label: str):
    """The number of one figure on the facilitator's dashboard, found by its exact label."""
    return page.locator(".stat").filter(has=page.get_by_text(label, exact=True)).locator("strong")


def snap(page: Page, name: str, *viewports: dict) -> None:
    """Screenshots of the page at each width (``name`` gets -phone or -desktop and the page's
    language), then back to the width the person uses."""
    original = page.viewport_size
    lang = page.locator("html").get_attribute("lang")
    for viewport in viewports:
        page.set_viewport_size(viewport)
        if viewport["width"] <= PHONE["width"]:
            assert sideways_overflow(page) == 0, f"{page.url} scrolls sideways on a phone"
        width = "phone" if viewport["width"] <= PHONE["width"] else "desktop"
        screenshot(page, f"{name}-{width}-{lang}")
    if original:
        page.set_viewport_size(original)


def sideways_overflow(page: Page) -> int:
    """How many pixels the page is wider than the window (0 when nothing scrolls sideways)."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def orphan_labels(page: Page) -> list[str]:
    """Labels of the main content whose ``for`` names no element (they name no field)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('main label[for]')]
            .filter(label => !document.getElementById(label.htmlFor))
            .map(label => `${label.htmlFor}: ${label.textContent.trim()}`)"""
    )


def close(*pages: Page) -> None:
    for page in pages:
        page.context.close()
