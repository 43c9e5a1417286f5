"""Webhooks: registered through the API, written with the event in one transaction,
sent signed to a receiver this test starts on 127.0.0.1, retried with backoff, logged."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from marketplace.extensions import db
from marketplace.models import WebhookDelivery
from marketplace.services.integrations import webhooks
from tests.api import receiver as receiver_module
from tests.api.world import bearer


@pytest.fixture
def app_config():
    return {"WEBHOOK_ALLOW_PRIVATE": True}


@pytest.fixture
def receiver():
    receiver, server = receiver_module.start()
    yield receiver
    server.shutdown()
    server.server_close()


def _register(client, token, url, events):
    response = client.post(
        "/api/v1/webhooks", json={"url": url, "events": events}, headers=bearer(token)
    )
    assert response.status_code == 201, response.json
    return response.json


def _signed(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_a_posted_need_reaches_the_receiver_signed_over_the_raw_body(client, world, receiver):
    keys, ids = world
    hook = _register(client, keys["facilitator"], receiver.url, ["need.posted"])
    assert hook["secret"].startswith("whsec_")
    client.post(
        f"/api/v1/groups/{ids['group']}/needs",
        json={"kind": "training", "title": "Pelatihan budidaya lele"},
        headers=bearer(keys["ketua"]),
    )
    (arrived,) = receiver.received
    assert arrived.headers["X-Signature-256"] == _signed(hook["secret"], arrived.body)
    assert arrived.headers["X-Webhook-Event"] == "need.posted"
    event = json.loads(arrived.body)
    assert event["event"] == "need.posted"
    assert event["data"]["need"]["title"] == "Pelatihan budidaya lele"
    again = client.get(f"/api/v1/webhooks/{hook['id']}", headers=bearer(keys["facilitator"]))
    assert again.json["secret"] is None  # shown once
    log = client.get(
        f"/api/v1/webhooks/{hook['id']}/deliveries", headers=bearer(keys["facilitator"])
    ).json
    assert [(d["event"], d["attempts"], d["last_status"]) for d in log["items"]] == [
        ("need.posted", 1, 204)
    ]
    assert log["items"][0]["delivered_at"]


def test_a_draft_is_not_announced_until_it_is_published(client, world, receiver):
    keys, ids = world
    _register(client, keys["facilitator"], receiver.url, ["need.posted"])
    draft = client.post(
        f"/api/v1/groups/{ids['group']}/needs",
        json={"kind": "training", "title": "Masih draf", "status": "draft"},
        headers=bearer(keys["ketua"]),
    ).json
    assert receiver.received == []
    client.post(
        f"/api/v1/needs/{draft['id']}/status", json={"to": "open"}, headers=bearer(keys["ketua"])
    )
    assert [json.loads(r.body)["data"]["need"]["id"] for r in receiver.received] == [draft["id"]]


def test_match_events_go_only_to_those_who_may_see_the_match(client, world, receiver):
    keys, ids = world
    events = ["match.proposed", "match.accepted", "match.declined"]
    _register(client, keys["ketua"], receiver.url + "?who=group", events)
    _register(client, keys["provider"], receiver.url + "?who=provider", events)
    _register(client, keys["outsider"], receiver.url + "?who=outsider", events)
    offer = client.post(
        f"/api/v1/providers/{ids['provider']}/offers",
        json={"kind": "training", "title": "Kursus menjahit"},
        headers=bearer(keys["provider"]),
    ).json
    match = client.post(
        "/api/v1/matches",
        json={"need_id": ids["open_need"], "offer_id": offer["id"], "action": "propose"},
        headers=bearer(keys["facilitator"]),
    ).json
    assert match["state"] == "proposed"
    # A proposal is the group's to answer first; the provider does not see it yet.
    assert len(receiver.received) == 1
    client.post(
        f"/api/v1/matches/{match['id']}/transitions",
        json={"to": "group_accepted"},
        headers=bearer(keys["ketua"]),
    )
    client.post(
        f"/api/v1/matches/{match['id']}/transitions",
        json={"to": "accepted"},
        headers=bearer(keys["provider"]),
    )
    got = [json.loads(r.body)["event"] for r in receiver.received]
    assert got == ["match.proposed", "match.accepted", "match.accepted"]


def test_a_failing_receiver_is_retried_with_backoff_then_given_up(app, client, world, receiver):
    keys, ids = world
    receiver.status = 500
    hook = _register(client, keys["facilitator"], receiver.url, ["need.posted"])
    client.post(
        f"/api/v1/groups/{ids['group']}/needs",
        json={"kind": "training", "title": "Pelatihan kompos"},
        headers=bearer(keys["ketua"]),
    )
    with app.app_context():
        delivery = db.session.scalar(
            db.select(WebhookDelivery).where(WebhookDelivery.endpoint_id == hook["id"])
        )
        assert (delivery.attempts, delivery.last_status, delivery.delivered_at) == (1, 500, None)
        first_wait = delivery.next_attempt_at - delivery.created_at
        webhooks.deliver(delivery.id)
        second_wait = delivery.next_attempt_at - delivery.created_at
        assert second_wait > first_wait * 1.5  # the waits double
        for _ in range(app.config["WEBHOOK_MAX_ATTEMPTS"]):
            webhooks.deliver(delivery.id)
        assert delivery.dead_at is not None
        assert delivery.attempts == app.config["WEBHOOK_MAX_ATTEMPTS"]
    assert len(receiver.received) == app.config["WEBHOOK_MAX_ATTEMPTS"]


def test_a_delivery_exists_only_if_its_event_was_committed(app, world):
    from marketplace.models import Need, User

    keys, ids = world
    with app.app_context():
        facilitator = db.session.scalar(db.select(User).where(User.name == "facilitator"))
        webhooks.register(facilitator, url="http://127.0.0.1:9/x", events=["need.posted"])
        before = db.session.scalar(db.select(db.func.count(WebhookDelivery.id)))
        db.session.add(Need(group_id=ids["group"], kind="training", title="Batal", status="open"))
        db.session.flush()
        db.session.rollback()
        after = db.session.scalar(db.select(db.func.count(WebhookDelivery.id)))
    assert before == after


def test_webhook_endpoints_are_private_to_their_owner(client, world, receiver):
    keys, _ids = world
    hook = _register(client, keys["ketua"], receiver.url, ["need.posted"])
    for verb in ("get", "delete"):
        other = getattr(client, verb)(
            f"/api/v1/webhooks/{hook['id']}", headers=bearer(keys["admin"])
        )
        assert other.status_code == 404


def test_unknown_events_are_invalid_input(client, world, receiver):
    keys, _ids = world
    response = client.post(
        "/api/v1/webhooks",
        json={"url": receiver.url, "events": ["need.eaten"]},
        headers=bearer(keys["ketua"]),
    )
    assert response.status_code == 422
    assert [name.split(".")[0] for name in response.json["errors"]] == ["events"]


def test_the_job_fails_loudly_so_huey_retries_it_with_backoff(app, client, world, receiver):
    from marketplace import jobs

    keys, ids = world
    receiver.status = 503
    hook = _register(client, keys["facilitator"], receiver.url, ["need.posted"])
    client.post(
        f"/api/v1/groups/{ids['group']}/needs",
        json={"kind": "training", "title": "Pelatihan biogas"},
        headers=bearer(keys["ketua"]),
    )
    with app.app_context():
        delivery_id = db.session.scalar(
            db.select(WebhookDelivery.id).where(WebhookDelivery.endpoint_id == hook["id"])
        )
        with pytest.raises(jobs.DeliveryFailed):
            jobs.deliver_webhook(delivery_id)
        jobs.queue(app)
        task = app.extensions["jobs"]["deliver_webhook"].task_class
        assert task.default_retry_backoff == 2
        assert task.default_retries == app.config["WEBHOOK_MAX_ATTEMPTS"] - 1
        assert task.default_retry_delay == app.config["WEBHOOK_RETRY_SECONDS"]
        receiver.status = 200
        jobs.deliver_webhook(delivery_id)  # arrives: no exception, nothing more to do
        assert db.session.get(WebhookDelivery, delivery_id).delivered_at is not None


def test_completing_the_work_announces_the_completion_and_its_outcome(client, world, receiver):
    keys, ids = world
    _register(client, keys["provider"], receiver.url, ["match.completed", "outcome.recorded"])
    url = f"/api/v1/matches/{ids['introduced']}"
    client.post(f"{url}/transitions", json={"to": "in_progress"}, headers=bearer(keys["ketua"]))
    client.post(f"{url}/outcome", json={"people_trained": 12}, headers=bearer(keys["ketua"]))
    events = [json.loads(r.body) for r in receiver.received]
    assert [e["event"] for e in events] == ["match.completed", "outcome.recorded"]
    assert events[1]["data"]["outcome"]["url"] == f"{url}/outcome"


def test_a_deactivated_owner_receives_nothing(app, client, world, receiver):
    from marketplace.models import User

    keys, ids = world
    _register(client, keys["facilitator"], receiver.url, ["need.posted"])
    with app.app_context():
        owner = db.session.scalar(db.select(User).where(User.name == "facilitator"))
        owner.active = False
        db.session.commit()
    client.post(
        f"/api/v1/groups/{ids['group']}/needs",
        json={"kind": "training", "title": "Pelatihan pupuk organik"},
        headers=bearer(keys["ketua"]),
    )
    assert receiver.received == []
