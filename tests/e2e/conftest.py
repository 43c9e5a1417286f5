"""A live server and Debian's Chromium driven by Playwright (no browser download)."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from marketplace import create_app
from marketplace.extensions import db
from tests.conftest import _config, _empty_all_tables

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 860}


def pytest_collection_modifyitems(config, items):
    if shutil.which(CHROMIUM) or os.path.exists(CHROMIUM):
        return
    if os.environ.get("REQUIRE_E2E"):
        raise pytest.UsageError(f"REQUIRE_E2E is set but there is no browser at {CHROMIUM}")
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    for item in items:
        if "e2e" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture
def live_app(database_url: str):
    """The app the live server runs; use it for setting up data in an app context."""
    return create_app(_config(database_url, SERVER_NAME=None, WTF_CSRF_ENABLED=True))


@pytest.fixture
def live_server(live_app) -> Iterator[str]:
    """The app on a live port, with the matching worker's loop beside it (as in production)."""
    from marketplace.worker import matching_loop

    app = live_app
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)  # quick stop
    thread.start()
    stop = threading.Event()
    matcher = threading.Thread(target=matching_loop, args=(app, stop), daemon=True)
    matcher.start()
    yield f"http://127.0.0.1:{server.server_port}"
    stop.set()
    matcher.join(timeout=30)
    server.shutdown()
    thread.join()
    with app.app_context():
        db.session.remove()
        _empty_all_tables()
        db.engine.dispose()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=PHONE, locale="id-ID")
    page = context.new_page()
    page.set_default_timeout(10_000)
    # The browser reports what the Content-Security-Policy blocked on its console.
    blocked: list[str] = []
    page.on(
        "console",
        lambda message: (
            blocked.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    yield page
    context.close()
    assert blocked == [], "the Content-Security-Policy blocked something"


def screenshot(page, name: str) -> None:
    """Keep a picture of the page; committed ones are refreshed with UPDATE_SCREENSHOTS=1."""
    target = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") else Path("test-results")
    target.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target / f"{name}.png"), full_page=True)
