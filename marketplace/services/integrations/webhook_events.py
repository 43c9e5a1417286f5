"""Webhook events, caught as they are written: outbox style, in the event's own transaction.

A flush that adds a match event (proposed, accepted, declined, completed), an outcome, or
a need that is open (posted, or a draft published) notes the event on the session; just
before that transaction commits, one ``WebhookDelivery`` per subscribed endpoint whose
owner may see the record is added to it. After the commit, each delivery is queued as a
job. So a delivery exists exactly when its event does, and no service has to remember to
announce anything.
"""

from __future__ import annotations

import json

from flask import current_app
from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, joinedload

from marketplace.models import MatchEvent, Need, Outcome, WebhookDelivery, WebhookEndpoint
from marketplace.models.base import utcnow
from marketplace.permissions import GRANTS, can_view_match, can_view_need

MATCH_EVENTS = {"proposed", "accepted", "declined", "completed"}
PENDING, QUEUED = "webhook_events", "webhook_queued"


def _note(session: Session, name: str, obj) -> None:
    session.info.setdefault(PENDING, []).append((name, obj))


def _status_became_open(need: Need) -> bool:
    history = inspect(need).attrs.status.history
    return need.status == "open" and bool(history.deleted) and "open" not in history.deleted


def _before_flush(session: Session, _context, _instances) -> None:
    for obj in session.new:
        if isinstance(obj, MatchEvent) and obj.to_state in MATCH_EVENTS:
            _note(session, f"match.{obj.to_state}", obj)
        elif isinstance(obj, Outcome):
            _note(session, "outcome.recorded", obj)
        elif isinstance(obj, Need) and (obj.status or "open") == "open":
            _note(session, "need.posted", obj)
    for obj in session.dirty:
        if isinstance(obj, Need) and _status_became_open(obj):
            _note(session, "need.posted", obj)


def _payload(name: str, obj) -> tuple[dict, object]:
    """The event's body and the record whose visibility decides who receives it."""
    if isinstance(obj, Need):
        data = {
            "need": {
                "id": obj.id,
                "title": obj.title,
                "kind": obj.kind,
                "group_id": obj.group_id,
                "url": f"/api/v1/needs/{obj.id}",
            }
        }
        return data, obj
    match = obj.match
    data = {
        "match": {
            "id": match.id,
            "state": match.state,
            "need_id": match.need_id,
            "offer_id": match.offer_id,
            "url": f"/api/v1/matches/{match.id}",
        }
    }
    if isinstance(obj, Outcome):
        data["outcome"] = {"url": f"/api/v1/matches/{match.id}/outcome"}
    return data, match


def _allowed(user, record) -> bool:
    if isinstance(record, Need):
        return can_view_need(user, record)
    return can_view_match(user, record)


def _before_commit(session: Session) -> None:
    if session.new or session.dirty or session.deleted:
        session.flush()  # the commit's own flush comes after this hook: note its events now
    if not session.info.get(PENDING):
        return
    pending = session.info.pop(PENDING, [])
    endpoints = [
        endpoint
        for endpoint in session.scalars(
            select(WebhookEndpoint)
            .where(WebhookEndpoint.active.is_(True))
            .options(*(joinedload(WebhookEndpoint.user).selectinload(g) for g in GRANTS))
        )
        if endpoint.user.is_active  # as its tokens (erasure deactivates too)
    ]
    if not endpoints:
        return
    now = utcnow()
    made = []
    for name, obj in pending:
        data, record = _payload(name, obj)
        for endpoint in endpoints:
            if name not in endpoint.events or not _allowed(endpoint.user, record):
                continue
            body = {"event": name, "occurred_at": now.isoformat() + "Z", "data": data}
            delivery = WebhookDelivery(
                endpoint_id=endpoint.id,
                event=name,
                body=json.dumps(body, ensure_ascii=False, separators=(",", ":")),
                next_attempt_at=now,
            )
            session.add(delivery)
            made.append(delivery)
    session.flush()
    # after the commit the rows are expired and must not be read again: keep the ids
    session.info.setdefault(QUEUED, []).extend(d.id for d in made)


def _after_commit(session: Session) -> None:
    queued = session.info.pop(QUEUED, [])
    if not queued:
        return
    enqueue = current_app.extensions["enqueue"]  # marketplace.jobs.enqueue, set by create_app
    for delivery_id in queued:
        enqueue("deliver_webhook", delivery_id)


def _after_rollback(session: Session) -> None:
    session.info.pop(PENDING, None)
    session.info.pop(QUEUED, None)


def listen() -> None:
    """Watch every session (idempotent)."""
    if event.contains(Session, "before_flush", _before_flush):
        return
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "before_commit", _before_commit)
    event.listen(Session, "after_commit", _after_commit)
    event.listen(Session, "after_soft_rollback", lambda s, _t: _after_rollback(s))
