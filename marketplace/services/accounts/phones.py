"""Indonesian phone numbers as sign-in names: one key per number, however it is written."""

from __future__ import annotations

import re

KEY = re.compile(r"^62[0-9]{7,13}$")


def phone_key(raw: str | None) -> str | None:
    """``0812-3456-789``, ``+62 812 3456 789`` and ``62812…`` give the same key; None if it
    is not a phone number."""
    digits = "".join(ch for ch in raw or "" if ch.isdigit())
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    elif digits.startswith("8"):
        digits = "62" + digits
    return digits if KEY.match(digits) else None
