"""A create form posted twice with the same one-time key makes one record; the second post
is sent to the record made the first time. (Retries on a bad signal, double taps, posts
queued offline and replayed.)"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from marketplace.extensions import db
from marketplace.models import (
    Consultation,
    ConsultationMessage,
    Group,
    Match,
    MatchMessage,
    Need,
    Offer,
    Provider,
)
from marketplace.services.curation import actions, caseload
from marketplace.services.messaging import consultations
from tests.factories import (
    KLATEN,
    SLEMAN,
    login,
    make_group,
    make_need,
    make_offer,
    make_provider,
    make_user,
    snap,
)

KEY_INPUT = re.compile(r'name="idempotency_key"[^>]*value="([A-Za-z0-9_-]+)"')


def form_key(client, url: str) -> str:
    page = client.get(url).get_data(as_text=True)
    found = KEY_INPUT.search(page) or re.search(
        r'value="([A-Za-z0-9_-]{20,})"[^>]*name="idempotency_key"', page
    )
    assert found, f"no idempotency key on {url}"
    return found.group(1)


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def world(app):
    with app.app_context():
        facilitator = make_user(facilitator=True)
        chair = make_user()
        group = make_group(chair)
        caseload.assign(facilitator=facilitator, group=group)
        trainer = make_user()
        provider = make_provider(trainer)
        need = make_need(group)
        offer = make_offer(provider)
        second_offer = make_offer(provider, title="Tofu making for groups", tags=["tofu", "tahu"])
        accepted = actions.propose(need, offer, by=facilitator, note="")
        actions.decide(accepted, by=chair, accept=True)
        actions.decide(accepted, by=trainer, accept=True)
        open_need = make_need(group, title="Pelatihan tahu untuk ibu-ibu")
        thread = consultations.open_consultation(group, by=chair, subject="Harga", body="?")
        return {
            "facilitator": snap(facilitator),
            "chair": snap(chair),
            "trainer": snap(trainer),
            "group": group.id,
            "provider": provider.id,
            "need": need.id,
            "open_need": open_need.id,
            "second_offer": second_offer.id,
            "match": accepted.id,
            "thread": thread.id,
        }


# (who posts, the form's page, where it posts, the data, the model that grows)
CASES = {
    "group": ("chair", "/groups/new", "/groups/new",
              {"name": "Kelompok Baru", "sector": "crafts", "stage": "penumbuhan", **KLATEN},
              Group),
    "need": ("chair", "/groups/{group}/needs/new", "/groups/{group}/needs/new",
             {"kind": "market", "title": "Jual keripik tempe", "publish": "y"}, Need),
    "offer": ("trainer", "/offers/new/{provider}", "/offers/new/{provider}",
              {"kind": "training", "title": "Kursus batik", "publish": "y"}, Offer),
    "provider": ("trainer", "/providers/new", "/providers/new",
                 {"name": "Koperasi Baru", "type": "buyer", **SLEMAN}, Provider),
    "proposal": ("facilitator", "/facilitate/needs/{open_need}?q=Tofu+making",
                 "/facilitate/needs/{open_need}/propose",
                 {"offer_id": "{second_offer}", "note": "Coba ini"}, Match),
    "message": ("chair", "/matches/{match}", "/matches/{match}/messages",
                {"body": "Kapan bisa mulai?"}, MatchMessage),
    "consultation": ("chair", "/groups/{group}/consultations", "/groups/{group}/consultations",
                     {"subject": "Izin PIRT", "body": "Bagaimana caranya?"}, Consultation),
    "reply": ("facilitator", "/consultations/{thread}", "/consultations/{thread}",
              {"body": "Ke dinas kesehatan."}, ConsultationMessage),
}  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_a_replayed_create_post_makes_one_record(app, client, world, case):
    who, page, action, data, model = CASES[case]
    page, action = page.format(**world), action.format(**world)
    data = {k: (v.format(**world) if isinstance(v, str) else v) for k, v in data.items()}
    login(client, world[who])
    data["idempotency_key"] = form_key(client, page)
    before = count(app, model)

    first = client.post(action, data=data)
    again = client.post(action, data=data)

    assert first.status_code == again.status_code == 302
    assert count(app, model) == before + 1
    assert again.headers["Location"] == first.headers["Location"]


def test_each_page_load_gets_a_new_key(app, client, world):
    login(client, world["chair"])
    url = f"/groups/{world['group']}/needs/new"
    assert form_key(client, url) != form_key(client, url)


def test_a_key_is_one_persons_a_stranger_reusing_it_makes_their_own_record(app, client, world):
    login(client, world["chair"])
    key = form_key(client, "/groups/new")
    data = {"name": "Kelompok A", "sector": "crafts", "stage": "penumbuhan", **KLATEN}
    client.post("/groups/new", data=data | {"idempotency_key": key})
    client.post("/auth/logout")
    login(client, world["trainer"])
    response = client.post("/groups/new", data=data | {"idempotency_key": key})
    assert response.status_code == 302
    with app.app_context():
        names = db.session.scalars(select(Group.name).where(Group.name == "Kelompok A")).all()
    assert len(names) == 2


def test_a_post_refused_for_bad_input_keeps_its_key_usable(app, client, world):
    login(client, world["chair"])
    url = f"/groups/{world['group']}/needs/new"
    key = form_key(client, url)
    refused = client.post(url, data={"kind": "market", "title": "", "idempotency_key": key})
    assert refused.status_code == 200
    fixed = client.post(
        url, data={"kind": "market", "title": "Jual emping", "idempotency_key": key}
    )
    assert fixed.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(Need).where(Need.title == "Jual emping")) is not None


def test_posts_without_a_key_still_work(app, client, world):
    login(client, world["chair"])
    before = count(app, Need)
    client.post(
        f"/groups/{world['group']}/needs/new", data={"kind": "market", "title": "Tanpa kunci"}
    )
    assert count(app, Need) == before + 1
