"""Deliver queued outbox mail over SMTP (``flask send-outbox``)."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

from flask import current_app
from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import OutboxMessage
from marketplace.models.base import utcnow

MAX_ATTEMPTS = 5


def send_outbox(*, limit: int = 100, smtp_factory=smtplib.SMTP) -> tuple[int, int]:
    """Send up to ``limit`` unsent messages; returns (sent, failed). Each send is committed
    on its own so a crash never sends a message twice or loses one."""
    config = current_app.config
    if not config.get("MAIL_SERVER"):
        raise RuntimeError("Set MAIL_SERVER (and MAIL_PORT, MAIL_USERNAME, MAIL_PASSWORD) first.")
    pending = db.session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.sent_at.is_(None), OutboxMessage.attempts < MAX_ATTEMPTS)
        .order_by(OutboxMessage.id)
        .limit(limit)
    ).all()
    sent = failed = 0
    with smtp_factory(config["MAIL_SERVER"], int(config.get("MAIL_PORT", 587)), timeout=30) as smtp:
        if config.get("MAIL_USE_TLS", True):
            smtp.starttls()
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config.get("MAIL_PASSWORD", ""))
        for message in pending:
            email = EmailMessage()
            email["From"] = config["MAIL_DEFAULT_SENDER"]
            email["To"] = message.recipient
            email["Subject"] = message.subject
            email.set_content(message.body)
            message.attempts += 1
            try:
                smtp.send_message(email)
            except smtplib.SMTPException as exc:
                message.last_error = str(exc)[:1000]
                failed += 1
            else:
                message.sent_at = utcnow()
                sent += 1
            db.session.commit()
    return sent, failed
