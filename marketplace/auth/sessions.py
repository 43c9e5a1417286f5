"""Flask-Login's user loader: the session holds a per-account token, not the id."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from marketplace.extensions import db
from marketplace.models import User
from marketplace.permissions import GRANTS
from marketplace.services.messaging import notifications

# A person is in a few groups and acts for a provider or two: those come in the user's own
# query (their rows multiply, but by little); a facilitator's assignments, which may be
# many, in one more query. Two round trips on every signed-in page instead of four.
JOINED = {User.memberships.key, User.provider_links.key}


def load_user(session_token: str) -> User | None:
    """The signed-in user, with what every permission check reads and the count of unread
    notifications every page's bell shows, in two queries."""
    stmt = (
        select(User, notifications.unread_count_column(User.id))
        .where(User.session_token == session_token)
        .options(
            *(joinedload(grant) if grant.key in JOINED else selectinload(grant) for grant in GRANTS)
        )
    )
    row = db.session.execute(stmt).unique().one_or_none()
    if row is None or not row[0].active:
        return None
    user, unread = row
    notifications.remember_unread_count(user, unread)
    return user
