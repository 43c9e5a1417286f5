"""Personal access tokens for the JSON API: made, listed, used and revoked by their owner.

A token is shown once; only its SHA-256 is kept (a token is 256 random bits, so a fast
hash is enough: nothing to guess). ``read`` lets it read what its owner may see,
``write`` lets it change what its owner may change.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from datetime import timedelta

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from marketplace.errors import NotFound, ValidationFailed
from marketplace.extensions import db
from marketplace.models import ApiToken, User
from marketplace.models.base import utcnow
from marketplace.permissions import GRANTS

SCOPES = ("read", "write")
DEFAULT_SCOPES = ("read",)
PREFIX = "pp_"
LAST_USED_EVERY = timedelta(minutes=1)  # how often a token's last use is written down


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def check(name: str, scopes: Iterable[str]) -> tuple[str, list[str]]:
    name, scopes = (name or "").strip(), list(dict.fromkeys(scopes))
    errors = {}
    if not 1 <= len(name) <= 80:
        errors["name"] = [_("A name of 1 to 80 characters is required.")]
    if not scopes or any(s not in SCOPES for s in scopes):
        errors["scopes"] = [_("Choose read, write or both.")]
    if errors:
        raise ValidationFailed(errors)
    return name, scopes


def create_token(user: User, *, name: str, scopes: Iterable[str] = DEFAULT_SCOPES):
    """Make a token for ``user``; returns the record and the token itself (shown once)."""
    name, scopes = check(name, scopes)
    raw = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=user.id, name=name, token_hash=_digest(raw), prefix=raw[:10], scopes=scopes
    )
    db.session.add(token)
    db.session.commit()
    return token, raw


def authenticate(raw: str) -> ApiToken | None:
    """The live token ``raw`` names (its owner active), noting when it was last used."""
    if not raw or len(raw) > 200 or not raw.startswith(PREFIX):
        return None
    token = db.session.scalar(
        select(ApiToken)
        .where(ApiToken.token_hash == _digest(raw))
        .options(*(joinedload(ApiToken.user).selectinload(grant) for grant in GRANTS))
    )
    if token is None or token.revoked_at is not None or not token.user.is_active:
        return None
    now = utcnow()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_EVERY:
        token.last_used_at = now
        db.session.commit()
    return token


def tokens_of(user: User) -> list[ApiToken]:
    return list(
        db.session.scalars(
            select(ApiToken)
            .where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
            .order_by(ApiToken.id.desc())
        )
    )


def revoke(user: User, token_id: int) -> None:
    """Revoke one of the user's own tokens; someone else's is not found."""
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id or token.revoked_at is not None:
        raise NotFound(_("This token does not exist, or is not yours."))
    token.revoked_at = utcnow()
    db.session.commit()
