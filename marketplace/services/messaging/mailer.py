"""Deliver queued outbox mail over SMTP, one message at a time.

Each message is committed on its own, so a crash never sends one twice or loses one,
and a message that fails is retried later with a growing pause; after ``MAX_ATTEMPTS``
it is marked dead (admins see it under *Mail*) and never holds up the messages behind it.
"""

from __future__ import annotations

import smtplib
from datetime import timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import parseaddr

from flask import current_app
from sqlalchemy import or_, select

from marketplace.extensions import db
from marketplace.models import OutboxMessage
from marketplace.models.base import utcnow

MAX_ATTEMPTS = 6
FIRST_PAUSE = timedelta(minutes=1)


def pause_after(attempts: int) -> timedelta:
    """1, 2, 4, 8, 16 minutes … between tries."""
    return FIRST_PAUSE * (2 ** max(attempts - 1, 0))


def due_messages(limit: int, now=None):
    now = now or utcnow()
    return db.session.scalars(
        select(OutboxMessage)
        .where(
            OutboxMessage.sent_at.is_(None),
            OutboxMessage.dead_at.is_(None),
            or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now),
        )
        .order_by(OutboxMessage.id)
        .limit(limit)
    ).all()


def build_email(message: OutboxMessage, sender: str) -> EmailMessage:
    """The message as MIME; raises ``ValueError`` for anything that cannot be a header."""
    email = EmailMessage()
    email["From"] = sender
    name, address = parseaddr(message.recipient)
    if not address or "@" not in address:
        raise ValueError(f"not an email address: {message.recipient!r}")
    user, _, domain = address.rpartition("@")
    email["To"] = Address(display_name=name, username=user, domain=domain)
    email["Subject"] = message.subject
    email.set_content(message.body)
    return email


def send_outbox(*, limit: int = 100, smtp_factory=smtplib.SMTP) -> tuple[int, int]:
    """Send up to ``limit`` due messages; returns (sent, failed)."""
    config = current_app.config
    if not config.get("MAIL_SERVER"):
        raise RuntimeError("Set MAIL_SERVER (and MAIL_PORT, MAIL_USERNAME, MAIL_PASSWORD) first.")
    pending = due_messages(limit)
    if not pending:
        return 0, 0
    sent = failed = 0
    with smtp_factory(config["MAIL_SERVER"], int(config.get("MAIL_PORT", 587)), timeout=30) as smtp:
        if config.get("MAIL_USE_TLS", True):
            smtp.starttls()
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config.get("MAIL_PASSWORD", ""))
        for message in pending:
            try:
                if _deliver(smtp, message, config["MAIL_DEFAULT_SENDER"]):
                    sent += 1
                else:
                    failed += 1
            finally:
                db.session.commit()
    return sent, failed


def _deliver(smtp, message: OutboxMessage, sender: str) -> bool:
    """Try one message; a lost connection is recorded on it, then ends the run."""
    message.attempts += 1
    try:
        smtp.send_message(build_email(message, sender))
    except (smtplib.SMTPServerDisconnected, TimeoutError, ConnectionError) as exc:
        _record_failure(message, exc)
        raise
    except (smtplib.SMTPException, ValueError, UnicodeError) as exc:
        _record_failure(message, exc)
        return False
    message.sent_at = utcnow()
    message.last_error = None
    return True


def _record_failure(message: OutboxMessage, exc: Exception) -> None:
    message.last_error = f"{type(exc).__name__}: {exc}"[:1000]
    if message.attempts >= MAX_ATTEMPTS:
        message.dead_at = utcnow()
    else:
        message.next_attempt_at = utcnow() + pause_after(message.attempts)
    current_app.logger.warning(
        "Mail %s to %s failed (attempt %d): %s",
        message.id,
        message.recipient,
        message.attempts,
        message.last_error,
    )
