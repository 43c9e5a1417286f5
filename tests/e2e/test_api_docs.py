"""The API's browsable documentation works under the site's Content-Security-Policy:
Swagger UI from static/, started by our own script, the operations listed."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def test_the_api_docs_render_the_operations_without_csp_violations(live_server, page):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server}/api/v1/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    assert page.locator(".opblock").count() >= 30
    assert "Pasar Pendamping API" in page.inner_text(".information-container")
    assert errors == []
