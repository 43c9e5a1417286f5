"""Who exported data or opened someone's contact details: recorded, and shown to admins."""

from __future__ import annotations

from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import AccessLogEntry, User

EXPORT = "export"
CONTACTS = "contacts"


def record(user: User, *, action: str, subject: str) -> None:
    """Write one entry at once, in its own commit, whatever the request does next."""
    db.session.add(AccessLogEntry(user_id=user.id, action=action, subject=subject[:200]))
    db.session.commit()


def entries(*, page: int, per_page: int = 50):
    """A page of the log, newest first."""
    stmt = select(AccessLogEntry).order_by(AccessLogEntry.id.desc())
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)
