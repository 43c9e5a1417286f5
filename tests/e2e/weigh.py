"""Weigh a page as a cheap phone on a slow link gets it: bytes on the wire and load time.

Chromium's DevTools protocol throttles the link (``Network.emulateNetworkConditions``) and
reports each response's encoded size (``Network.loadingFinished``: headers and compressed
body, what the radio carries).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from playwright.sync_api import Page

SLOW_LINK = {
    "offline": False,
    "latency": 400,  # ms round trip
    "downloadThroughput": 400_000 / 8,  # 400 kbit/s in bytes per second
    "uploadThroughput": 400_000 / 8,
}


@dataclass
class Weight:
    url: str
    bytes: int
    requests: int
    seconds: float


class Scale:
    """A DevTools session on one page that counts what crosses the throttled link."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.send("Network.enable")
        # Count what the HTTP layer carries: the service worker's own fetches happen in
        # another target this session does not see (it only ever saves bytes).
        self.cdp.send("Network.setBypassServiceWorker", {"bypass": True})
        self._sizes: dict[str, int] = {}
        self.cdp.on("Network.loadingFinished", self._finished)

    def _finished(self, event: dict) -> None:
        self._sizes[event["requestId"]] = int(event["encodedDataLength"])

    def throttle(self) -> None:
        self.cdp.send("Network.emulateNetworkConditions", SLOW_LINK)

    def unthrottle(self) -> None:
        self.cdp.send(
            "Network.emulateNetworkConditions",
            {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )

    def forget_cache(self, origin: str) -> None:
        """An empty cache: the HTTP cache and what the service worker kept."""
        self.cdp.send("Network.clearBrowserCache")
        self.cdp.send(
            "Storage.clearDataForOrigin",
            {"origin": origin, "storageTypes": "cache_storage,service_workers"},
        )

    def visit(self, url: str) -> Weight:
        """Open ``url`` and wait for the load event and the network to settle."""
        self._sizes.clear()
        started = time.monotonic()
        self.page.goto(url, wait_until="load")
        seconds = time.monotonic() - started
        self.page.wait_for_load_state("networkidle")
        return Weight(url=url, bytes=sum(self._sizes.values()), requests=len(self._sizes),
                      seconds=round(seconds, 2))  # fmt: skip
