"""Flask-Login's user loader: the session holds a per-account token, not the id."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from marketplace.extensions import db
from marketplace.models import User
from marketplace.permissions import GRANTS


def load_user(session_token: str) -> User | None:
    """The signed-in user, with what every permission check reads, in one round of queries."""
    stmt = (
        select(User)
        .where(User.session_token == session_token)
        .options(*(selectinload(grant) for grant in GRANTS))
    )
    user = db.session.scalar(stmt)
    return user if user is not None and user.active else None
