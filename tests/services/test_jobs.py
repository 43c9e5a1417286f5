"""Jobs run on Huey (immediate in tests): each is idempotent, so a retry changes nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from marketplace import jobs
from marketplace.extensions import db
from marketplace.models import Match, Notification
from marketplace.models.base import utcnow
from marketplace.services.curation import caseload
from tests.factories import make_group, make_need, make_offer, make_provider, make_user


@pytest.fixture
def cast(ctx, app):
    facilitator = make_user("Dewi", facilitator=True)
    chair = make_user("Slamet")
    group = make_group(chair)
    caseload.assign(facilitator=facilitator, group=group)
    provider = make_provider(make_user("Sri"))
    need = make_need(group)
    need.created_at = utcnow() - timedelta(days=app.config["STALE_NEED_DAYS"] + 1)
    db.session.commit()
    return facilitator, need, make_offer(provider)


def notices(user) -> int:
    return db.session.scalar(
        select(func.count(Notification.id)).where(Notification.user_id == user.id)
    )


def test_the_stale_need_reminder_tells_each_facilitator_once_a_day(cast):
    facilitator, _need, _offer = cast
    assert jobs.enqueue("remind_stale_needs")() == 1
    assert jobs.enqueue("remind_stale_needs")() == 0  # the retry, or a second run
    assert notices(facilitator) == 1
    text = db.session.scalar(
        select(Notification.text).where(Notification.user_id == facilitator.id)
    )
    assert "1" in text and "7" in text


def test_expiring_proposals_twice_expires_each_once(cast):
    _facilitator, need, offer = cast
    match = Match(need=need, offer=offer, state="proposed", origin="engine")
    db.session.add(match)
    db.session.commit()
    match.updated_at = utcnow() - timedelta(days=30)
    db.session.commit()
    assert jobs.enqueue("expire_proposals")() == 1
    assert jobs.enqueue("expire_proposals")() == 0
    assert match.state == "expired"


def test_mail_waits_in_the_outbox_without_a_server(ctx):
    assert jobs.enqueue("send_outbox")() == 0


def test_the_periodic_schedule_covers_mail_expiry_reminders_and_lost_webhooks(app):
    expected = {"send_outbox", "expire_proposals", "remind_stale_needs", "requeue_webhooks"}
    schedule = {func.__name__: str(cron) for func, cron in jobs.PERIODIC}
    assert set(schedule) == expected
    huey = jobs.queue(app)
    names = {task.name for task in huey._registry.periodic_tasks}
    assert names == {f"every:{name}" for name in expected}
