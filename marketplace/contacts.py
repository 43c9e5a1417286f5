"""What counts as a contact email and a website: one rule for forms and imports."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from email_validator import EmailNotValidError, validate_email

_HOST = re.compile(r"(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", re.I)


def is_email_address(value: str) -> bool:
    """Syntax only: no lookup of the domain (that would leak to DNS and be slow)."""
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def is_web_address(value: str) -> bool:
    """A full http:// or https:// address with a host name: never ``javascript:`` and
    the like, which a link on the provider's page would run."""
    if any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
        _ = parts.port  # raises on a port that is not a number
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except (ValueError, UnicodeError):
        return False
    if parts.scheme.lower() not in ("http", "https") or parts.username or parts.password:
        return False
    return bool(_HOST.fullmatch(host))
