"""Tell people what happened: an in-app notice, and an email through the outbox."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from flask import current_app
from flask_babel import force_locale
from sqlalchemy import func, select, update

from marketplace.extensions import db
from marketplace.links import external_path
from marketplace.models import Group, Notification, User
from marketplace.models.base import utcnow
from marketplace.services.outbox import queue_email
from marketplace.vocab import OFFICER_ROLES


def officers_of(group: Group) -> list[User]:
    return [m.user for m in group.memberships if m.role in OFFICER_ROLES]


def notify(
    users: Iterable[User],
    *,
    text: Callable[[], str],
    link: str | None = None,
    email_subject: Callable[[], str] | None = None,
) -> None:
    """Notify each user in their own language; ``text`` is called inside that locale.

    Adds to the caller's transaction; the caller commits.
    """
    seen: set[int] = set()
    for user in users:
        if user is None or user.id in seen or not user.active:
            continue
        seen.add(user.id)
        with force_locale(user.locale or current_app.config["BABEL_DEFAULT_LOCALE"]):
            body = text()
            db.session.add(Notification(user_id=user.id, text=body, link=link))
            if email_subject is not None:
                full_link = external_path(link or "/")
                queue_email(to=user.email, subject=email_subject(), body=f"{body}\n\n{full_link}")


def unread_count(user: User) -> int:
    return (
        db.session.scalar(
            select(func.count(Notification.id)).where(
                Notification.user_id == user.id, Notification.read_at.is_(None)
            )
        )
        or 0
    )


def recent(user: User, *, page: int = 1, per_page: int = 50):
    """A page of the user's notifications, newest first."""
    stmt = (
        select(Notification).where(Notification.user_id == user.id).order_by(Notification.id.desc())
    )
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)


def open_notification(user: User, notification_id: int) -> str:
    """Mark one of the user's notices read and return where it points."""
    notice = db.session.get(Notification, notification_id)
    if notice is None or notice.user_id != user.id:
        return "/notifications"
    if notice.read_at is None:
        notice.read_at = utcnow()
        db.session.commit()
    return notice.link or "/notifications"


def mark_all_read(user: User) -> None:
    db.session.execute(
        update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )
    db.session.commit()
