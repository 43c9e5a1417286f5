"""Flask-Login's user loader: the session holds a per-account token, not the id."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from marketplace.extensions import db
from marketplace.models import User
from marketplace.services.messaging import notifications

# A person is in a few groups and acts for a provider or two: those come in the user's own
# query (their rows multiply, but by little). A facilitator's assignments, which may be
# many, come in one more query, for facilitators and admins only: nobody else's
# permissions read them (``permissions.follows_group`` asks for the role first), and
# anything else that does loads them when it asks.
JOINED = (User.memberships, User.provider_links)


def load_user(session_token: str) -> User | None:
    """The signed-in user, with what every permission check reads and the count of unread
    notifications every page's bell shows: one query, two for a facilitator or an admin."""
    stmt = (
        select(User, notifications.unread_count_column(User.id))
        .where(User.session_token == session_token)
        .options(*(joinedload(grant) for grant in JOINED))
    )
    row = db.session.execute(stmt).unique().one_or_none()
    if row is None or not row[0].active:
        return None
    user, unread = row
    notifications.remember_unread_count(user, unread)
    if user.is_facilitator or user.is_admin:
        _ = user.assignments  # loaded now: the permission checks add no query of their own
    return user
