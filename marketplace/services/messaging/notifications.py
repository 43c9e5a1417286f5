"""Tell people what happened: an in-app notice, and an email through the outbox."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from flask import current_app
from flask_babel import force_locale, gettext
from sqlalchemy import func, select, update

from marketplace.extensions import db
from marketplace.links import external_path
from marketplace.models import Notification, User
from marketplace.models.base import utcnow
from marketplace.services.messaging.outbox import queue_email


def N_(msgid: str) -> str:
    """Mark a message for the catalogue without translating it (Babel extracts ``N_``)."""
    return msgid


@dataclass(frozen=True)
class Notice:
    """A message kept as its msgid and parameters, translated whenever it is shown."""

    key: str
    params: dict[str, str | int] = field(default_factory=dict)

    def render(self) -> str:
        return gettext(self.key, **self.params)


def notice(key: str, **params: str | int) -> Notice:
    return Notice(key, {k: v if isinstance(v, int) else str(v) for k, v in params.items()})


def notice_text(notification: Notification) -> str:
    """A notification in the reader's language; rows from before keys were kept show as made."""
    if notification.message_key:
        try:
            return Notice(notification.message_key, dict(notification.params or {})).render()
        except (KeyError, ValueError, TypeError):
            pass
    return notification.text


def notify(
    users: Iterable[User],
    *,
    text: Notice | Callable[[], str],
    link: str | None = None,
    email_subject: Callable[[], str] | None = None,
) -> None:
    """Notify each user. A ``Notice`` is stored as its key and parameters, so the page
    shows it in whatever language the reader uses then; the mail (and the ``text`` kept
    beside the key) are in the recipient's language now. A callable is called inside
    that locale.

    Adds to the caller's transaction; the caller commits.
    """
    seen: set[int] = set()
    for user in users:
        if user is None or user.id in seen or not user.active:
            continue
        seen.add(user.id)
        _forget_unread_count(user)
        with force_locale(user.locale or current_app.config["BABEL_DEFAULT_LOCALE"]):
            if isinstance(text, Notice):
                body = text.render()
                row = Notification(
                    user_id=user.id,
                    text=body,
                    message_key=text.key,
                    params=text.params,
                    link=link,
                )
            else:
                body = text()
                row = Notification(user_id=user.id, text=body, link=link)
            db.session.add(row)
            if email_subject is not None and user.email:
                full_link = external_path(link or "/")
                queue_email(to=user.email, subject=email_subject(), body=f"{body}\n\n{full_link}")


# The count read with the signed-in user (auth/sessions.py), kept on that request's user
# object only, and forgotten by whatever here changes it, so the bell is counted afresh.
_UNREAD = "_unread_notifications"


def unread_count_column(user_id):
    """The user's unread notifications, as a column of another query on ``users``."""
    return (
        select(func.count(Notification.id))
        .where(Notification.user_id == user_id, Notification.read_at.is_(None))
        .scalar_subquery()
        .label("unread_notifications")
    )


def remember_unread_count(user: User, count: int) -> None:
    setattr(user, _UNREAD, count)


def _forget_unread_count(user: User) -> None:
    user.__dict__.pop(_UNREAD, None)


def unread_count(user: User) -> int:
    known = user.__dict__.get(_UNREAD)
    if known is not None:
        return known
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
        _forget_unread_count(user)
    return notice.link or "/notifications"


def mark_all_read(user: User) -> None:
    db.session.execute(
        update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )
    db.session.commit()
    _forget_unread_count(user)
