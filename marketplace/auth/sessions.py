"""Flask-Login's user loader: the session holds a per-account token, not the id."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import joinedload

from marketplace.extensions import db
from marketplace.models import User
from marketplace.services.messaging import notifications

# What every permission check reads comes in the user's own query: the groups a person is
# in, the providers they act for and, for a facilitator, their assignments (nobody else
# has any; a former facilitator's leftover rows come too, as they would when asked for).
# The rows multiply (memberships × links × assignments), but by little: a second query
# for the assignments cost a facilitator more than the join costs anyone.
JOINED = (User.memberships, User.provider_links, User.assignments)


@cache
def _user_by_token() -> Select:
    """The loader's statement, built once per process (only the token changes)."""
    return (
        select(User, notifications.unread_count_column(User.id))
        .where(User.session_token == bindparam("token"))
        .options(*(joinedload(grant) for grant in JOINED))
    )


def load_user(session_token: str) -> User | None:
    """The signed-in user, with what every permission check reads and the count of unread
    notifications every page's bell shows, in one query."""
    row = db.session.execute(_user_by_token(), {"token": session_token}).unique().one_or_none()
    if row is None or not row[0].active:
        return None
    user, unread = row
    notifications.remember_unread_count(user, unread)
    return user
