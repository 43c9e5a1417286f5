"""Offline that loses nothing: pages a group officer used stay readable without signal, and
a need written offline waits on the phone ("waiting to send"), is sent when the signal
returns, and is stored exactly once."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import func, select

from marketplace.extensions import db
from marketplace.models import Need
from tests.e2e.journey_steps import GROUP_NAME, ServerErrors, build_world, close, sign_in

pytestmark = pytest.mark.e2e

TITLE = "Butuh pembeli keripik singkong 200 bungkus"


def needs_titled(app, title: str) -> int:
    with app.app_context():
        count = db.session.scalar(select(func.count()).select_from(Need).where(Need.title == title))
        db.session.remove()
        return count


def kept_pages(page) -> list[str]:
    """The pages the service worker keeps (it stores a copy just after each visit)."""
    for _ in range(40):
        kept = page.evaluate(
            "async () => (await (await caches.open('pages-v1')).keys()).map(r => r.url)"
        )
        if kept:
            return kept
        page.wait_for_timeout(250)
    return []


def test_a_need_written_offline_is_sent_once_when_the_signal_returns(
    browser, live_app, live_server
):
    world = build_world(live_app, need="posted")
    errors = ServerErrors()
    officer = sign_in(browser, live_server, world.chair, errors)
    group_page = f"{live_server}/groups/{world.group_id}"
    form_page = f"{group_page}/needs/new?kind=market"
    for url in (group_page, f"{live_server}/needs/{world.need_id}", form_page):
        officer.goto(url)  # visited with signal: kept by the service worker
    officer.wait_for_function("navigator.serviceWorker && navigator.serviceWorker.controller")
    officer.goto(group_page)
    officer.goto(form_page)
    assert group_page in kept_pages(officer)

    officer.context.set_offline(True)
    officer.goto(group_page)  # readable without signal
    expect(officer.get_by_role("heading", name=GROUP_NAME)).to_be_visible()
    officer.goto(form_page)
    officer.fill("#title", TITLE)
    officer.fill("#quantity", "200")
    officer.fill("#unit", "bungkus")
    officer.click("#submit")
    status = officer.locator("#outbox-status")
    expect(status).to_be_visible()
    expect(status).to_contain_text("1")
    assert needs_titled(live_app, TITLE) == 0

    officer.context.set_offline(False)
    expect(status).to_be_hidden(timeout=15_000)
    assert needs_titled(live_app, TITLE) == 1

    officer.reload()  # nothing is sent again
    officer.wait_for_load_state("networkidle")
    assert needs_titled(live_app, TITLE) == 1
    assert (
        officer.evaluate(
            """() => new Promise(done => {
            const r = indexedDB.open("pasar-outbox", 1);
            r.onsuccess = () => {
                const t = r.result.transaction("posts").objectStore("posts").count();
                t.onsuccess = () => done(t.result);
            };
        })"""
        )
        == 0
    )
    assert errors.seen == []
    close(officer)


def test_a_queued_post_survives_an_expired_csrf_token(browser, live_app, live_server):
    """The token the form carried is refused; the page fetches a fresh one and sends again."""
    world = build_world(live_app, need="posted")
    errors = ServerErrors()
    officer = sign_in(browser, live_server, world.chair, errors)
    form_page = f"{live_server}/groups/{world.group_id}/needs/new?kind=market"
    officer.goto(form_page)
    officer.context.set_offline(True)
    officer.fill("#title", TITLE)
    officer.evaluate("document.querySelector('input[name=csrf_token]').value = 'expired'")
    officer.click("#submit")
    expect(officer.locator("#outbox-status")).to_be_visible()
    officer.context.set_offline(False)
    expect(officer.locator("#outbox-status")).to_be_hidden(timeout=15_000)
    assert needs_titled(live_app, TITLE) == 1
    assert [e for e in errors.seen if not re.search(r"^4\d\d ", e)] == []
    close(officer)
