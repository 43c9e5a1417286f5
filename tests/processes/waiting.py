"""Waiting on another process: poll a condition until it holds or time runs out."""

from __future__ import annotations

import time


def wait_for(check, timeout: float = 40.0, every: float = 0.1):
    """Return ``check()``'s first truthy value; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every)
    raise AssertionError("gave up waiting")
