"""Every page of the journey fits a cheap phone on a slow link (400 kbit/s, 400 ms).

A first visit, with an empty cache, carries at most 150 kB; a repeat visit at most 20 kB
(static files are kept for a year under hashed names, pages are compressed). Load times
are measured and written to ``test-results/page-weight.json`` (see
``benchmarks/page-weight.md``); they are reported, not asserted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.journey_steps import PASSWORD, ServerErrors, build_world
from tests.e2e.weigh import Scale

pytestmark = pytest.mark.e2e

FIRST_VISIT_LIMIT = 150_000
REPEAT_VISIT_LIMIT = 20_000
REPORT = Path("test-results") / "page-weight.json"


def journey_pages(world) -> dict[str, list[str]]:
    """Pages of the journey by who reads them (None: anyone, signed out)."""
    return {
        "": ["/", "/auth/signup", "/auth/login", "/needs/", "/offers/"],
        world.chair: [
            "/dashboard",
            f"/groups/{world.group_id}",
            f"/groups/{world.group_id}/needs/new",
            f"/needs/{world.need_id}",
            f"/matches/{world.match_id}",
            "/notifications",
            f"/groups/{world.group_id}/consultations",
        ],
        world.facilitator: [
            "/facilitate/",
            f"/facilitate/needs/{world.need_id}",
            "/facilitate/dashboard",
        ],
    }


def sign_in(page, base: str, email: str) -> None:
    page.goto(f"{base}/auth/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("#submit")
    page.wait_for_url("**/dashboard")


def test_every_page_is_light_on_a_slow_link(browser, live_app, live_server):
    world = build_world(live_app, need="proposed")
    errors = ServerErrors()
    figures = []
    for person, paths in journey_pages(world).items():
        context = browser.new_context(viewport={"width": 360, "height": 740}, locale="id-ID")
        page = context.new_page()
        page.set_default_timeout(60_000)
        errors.watch(page)
        if person:
            sign_in(page, live_server, person)
        scale = Scale(page)
        for path in paths:
            scale.unthrottle()
            scale.forget_cache(live_server)
            scale.throttle()
            first = scale.visit(live_server + path)
            again = scale.visit(live_server + path)
            figures.append({"page": path, "first_bytes": first.bytes,
                            "first_requests": first.requests, "first_s": first.seconds,
                            "repeat_bytes": again.bytes, "repeat_requests": again.requests,
                            "repeat_s": again.seconds})  # fmt: skip
        context.close()

    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(figures, indent=2))
    for row in figures:
        print(row)
    assert errors.seen == []
    heavy = [(r["page"], r["first_bytes"]) for r in figures if r["first_bytes"] > FIRST_VISIT_LIMIT]
    assert heavy == []
    repeat_heavy = [
        (r["page"], r["repeat_bytes"]) for r in figures if r["repeat_bytes"] > REPEAT_VISIT_LIMIT
    ]
    assert repeat_heavy == []
