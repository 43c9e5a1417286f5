"""Outgoing email: queued in the outbox table, delivered later by ``send-outbox``."""

from __future__ import annotations

from flask import current_app

from marketplace.extensions import db
from marketplace.models import OutboxMessage


def queue_email(*, to: str, subject: str, body: str) -> OutboxMessage:
    """Add a message to the outbox (the caller's transaction commits it)."""
    message = OutboxMessage(recipient=to, subject=subject[:200], body=body)
    db.session.add(message)
    if current_app.config.get("MAIL_LOG_OUTBOX"):
        current_app.logger.info("Outbox email to %s: %s\n%s", to, subject, body)
    return message
