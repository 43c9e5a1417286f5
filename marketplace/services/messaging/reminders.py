"""The daily nudge: facilitators hear about needs nobody has looked at for a week."""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import Notification, User
from marketplace.models.base import utcnow
from marketplace.services.curation.caseload import untouched_count
from marketplace.services.messaging.notifications import N_, notice, notify

LINK = "/facilitate/"


def remind_stale_needs(*, now: datetime | None = None) -> int:
    """Tell each facilitator how many of their needs wait untouched; once a day each.

    Returns how many facilitators were told. Running it twice the same day tells nobody
    twice (a retried job is harmless).
    """
    now = now or utcnow()
    days = current_app.config["STALE_NEED_DAYS"]
    told = 0
    facilitators = db.session.scalars(
        select(User).where(User.is_facilitator.is_(True), User.active.is_(True))
    ).all()
    for facilitator in facilitators:
        waiting = untouched_count(facilitator, stale_days=days, now=now)
        if not waiting or _reminded_since(facilitator, now - timedelta(hours=20)):
            continue
        notify(
            [facilitator],
            link=LINK,
            text=notice(
                N_("Needs in your caseload waiting over %(days)d days for a proposal: %(num)d."),
                days=days,
                num=waiting,
            ),
        )
        told += 1
    db.session.commit()
    return told


def _reminded_since(user: User, since: datetime) -> bool:
    return (
        db.session.scalar(
            select(Notification.id).where(
                Notification.user_id == user.id,
                Notification.link == LINK,
                Notification.created_at >= since,
            )
        )
        is not None
    )
