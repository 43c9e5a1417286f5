"""Outgoing email: queued in the outbox table in the caller's transaction, sent later."""

from __future__ import annotations

from flask import current_app
from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import OutboxMessage
from marketplace.models.base import utcnow
from marketplace.text import clean_line, clean_text


def queue_email(*, to: str, subject: str, body: str) -> OutboxMessage:
    """Add a message to the outbox (the caller's transaction commits it).

    Recipient and subject become single lines here, whatever the caller passed, so no
    name in them can add or break a mail header.
    """
    message = OutboxMessage(
        recipient=clean_line(to)[:254], subject=clean_line(subject)[:200], body=clean_text(body)
    )
    db.session.add(message)
    if current_app.config.get("MAIL_LOG_OUTBOX"):
        current_app.logger.info(
            "Outbox email to %s: %s\n%s", message.recipient, message.subject, message.body
        )
    return message


def undelivered(limit: int = 200) -> list[OutboxMessage]:
    """Messages that failed at least once and are not sent: dead ones first (for admins)."""
    return list(
        db.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.sent_at.is_(None), OutboxMessage.attempts > 0)
            .order_by(OutboxMessage.dead_at.is_(None), OutboxMessage.id.desc())
            .limit(limit)
        )
    )


def retry(message_id: int) -> None:
    """Give a dead or failing message a fresh set of attempts, starting now."""
    message = db.session.get(OutboxMessage, message_id)
    if message is None or message.sent_at is not None:
        return
    message.attempts = 0
    message.dead_at = None
    message.next_attempt_at = utcnow()
    db.session.commit()
