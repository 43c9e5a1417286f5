"""Background jobs on Huey: periodic work (mail, expiry, reminders) and retried tasks.

The queue lives in its own SQLite file under the instance folder (never the app's
database, so the two never wait on each other's write lock), or in Redis when
``REDIS_URL`` is set. ``HUEY_IMMEDIATE`` runs every job at once in the caller (tests).
Jobs are idempotent: a retry or a second run changes nothing the first one did.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from flask import Flask, current_app
from huey import Huey, MemoryHuey, RedisHuey, SqliteHuey, crontab

log = logging.getLogger(__name__)


def queue(app: Flask | None = None) -> Huey:
    """This app's job queue, made on first use (no I/O while the app is created)."""
    app = app or current_app._get_current_object()
    huey = app.extensions.get("huey")
    if huey is None:
        huey = app.extensions["huey"] = _make(app)
        _register(app, huey)
    return huey


def _make(app: Flask) -> Huey:
    name = "marketplace"
    if app.config["HUEY_IMMEDIATE"]:
        return MemoryHuey(name, immediate=True, utc=True)
    if app.config.get("REDIS_URL"):
        return RedisHuey(name, url=app.config["REDIS_URL"], utc=True)
    path = Path(app.instance_path) / app.config["HUEY_SQLITE_FILE"]
    path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteHuey(name, filename=str(path), utc=True)


def _in_app(app: Flask, func):
    @functools.wraps(func)
    def run(*args, **kwargs):
        with app.app_context():
            return func(*args, **kwargs)

    return run


def send_outbox() -> int:
    """Deliver due mail (every minute). Without MAIL_SERVER, mail stays queued."""
    from marketplace.services.messaging import mailer

    if not current_app.config.get("MAIL_SERVER"):
        return 0
    sent, _failed = mailer.send_outbox()
    return sent


def expire_proposals() -> int:
    from marketplace.services.curation import waiting

    return waiting.expire_stale()


def remind_stale_needs() -> int:
    from marketplace.services.messaging import reminders

    return reminders.remind_stale_needs()


class DeliveryFailed(Exception):
    """A webhook delivery did not arrive this time; Huey tries again later."""


def deliver_webhook(delivery_id: int) -> None:
    from marketplace.services.integrations import webhooks

    if not webhooks.deliver(delivery_id):
        raise DeliveryFailed(f"webhook delivery {delivery_id} will be retried")


def requeue_webhooks() -> int:
    """Queue deliveries whose job was lost (the rows are the outbox; jobs only carry ids)."""
    from marketplace.services.integrations import webhooks

    ids = webhooks.orphaned()
    for delivery_id in ids:
        current_app.extensions["jobs"]["deliver_webhook"](delivery_id)
    return len(ids)


PERIODIC = (
    (send_outbox, crontab(minute="*")),
    (expire_proposals, crontab(minute="10", hour="1")),
    (remind_stale_needs, crontab(minute="0", hour="0")),  # 07:00 in Jakarta (UTC+7)
    (requeue_webhooks, crontab(minute="*/5")),
)


def _register(app: Flask, huey: Huey) -> None:
    tasks = {}
    for func, schedule in PERIODIC:
        name = func.__name__
        huey.periodic_task(schedule, name=f"every:{name}")(_in_app(app, func))
        tasks[name] = huey.task(retries=3, retry_delay=30, retry_backoff=2, name=name)(
            _in_app(app, func)
        )
    # Each delivery is tried WEBHOOK_MAX_ATTEMPTS times, the waits doubling.
    tasks["deliver_webhook"] = huey.task(
        retries=app.config["WEBHOOK_MAX_ATTEMPTS"] - 1,
        retry_delay=app.config["WEBHOOK_RETRY_SECONDS"],
        retry_backoff=2,
        name="deliver_webhook",
    )(_in_app(app, deliver_webhook))
    app.extensions["jobs"] = tasks


def enqueue(name: str, *args, **kwargs):
    """Queue the job ``name`` (run at once in immediate mode); returns Huey's result handle."""
    queue()
    return current_app.extensions["jobs"][name](*args, **kwargs)


def run_queued(huey: Huey) -> int:
    """Execute every job waiting in the queue now (``worker --burst``); returns how many."""
    count = 0
    while (task := huey.dequeue()) is not None:
        huey.execute(task)
        count += 1
    return count
