"""Flask-Login's user loader: the session holds a per-account token, not the id."""

from __future__ import annotations

from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import User


def load_user(session_token: str) -> User | None:
    user = db.session.scalar(select(User).where(User.session_token == session_token))
    return user if user is not None and user.active else None
