"""What a group and the facilitators see of coverage: who accompanies the group, an honest
word where nobody does, and the uncovered queue a facilitator takes groups from."""

from __future__ import annotations

from marketplace.services.curation import caseload
from marketplace.services.parties import coverage
from marketplace.services.parties import groups as group_service
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


def english(client, user) -> None:
    login(client, user)
    client.post("/auth/language", data={"lang": "en"})


def new_group(client, name: str, place: dict):
    data = {"name": name, "sector": "food_processing", "stage": "penumbuhan", **place}
    return client.post("/groups/new", data=data, follow_redirects=True)


def accompanying_ids(app, group_id: int) -> list[int]:
    with app.app_context():
        return [u.id for u in coverage.accompanying(group_service.get_group(group_id))]


def test_a_new_group_is_told_who_accompanies_it(app, client):
    with app.app_context():
        person = make_user("Bu Sari Pendamping", facilitator=True)
        caseload.assign(facilitator=person, regency_code="34.04")
        chair = snap(make_user())
    english(client, chair)

    page = new_group(client, "Kelompok Tahu Sleman", SLEMAN).get_data(as_text=True)

    assert "Accompanied by Bu Sari Pendamping (facilitator)." in page


def test_a_group_nobody_covers_is_told_honestly(app, client):
    with app.app_context():
        chair = snap(make_user())
    english(client, chair)

    page = new_group(client, "Kelompok Rotan Klaten", KLATEN).get_data(as_text=True)

    assert "No facilitator covers your area yet." in page
    assert "No facilitator accompanies this group yet" in page


def test_the_public_does_not_see_who_accompanies_a_group(app, client):
    with app.app_context():
        person = make_user("Bu Sari Pendamping", facilitator=True)
        caseload.assign(facilitator=person, province_code="34")
        group = snap(make_group(make_user(), **SLEMAN))

    page = client.get(f"/groups/{group.id}").get_data(as_text=True)

    assert "Bu Sari Pendamping" not in page


def test_asking_for_an_introduction_does_not_promise_a_missing_facilitator(app, client):
    with app.app_context():
        chair = make_user()
        make_need(make_group(chair, **KLATEN))
        offer = snap(make_offer(make_provider(make_user())))
        chair = snap(chair)
    english(client, chair)

    page = client.get(f"/offers/{offer.id}/introduction").get_data(as_text=True)

    assert "Ask for an introduction" in page
    assert "Your facilitator reviews the request" not in page
    assert "No facilitator accompanies your group yet" in page


def test_the_uncovered_queue_lists_groups_and_a_facilitator_takes_one(app, client):
    with app.app_context():
        lonely = snap(make_group(make_user(), name="Kelompok Sepi", **KLATEN))
        person = snap(make_user(facilitator=True))
    english(client, person)

    assert "Kelompok Sepi" in client.get("/facilitate/uncovered").get_data(as_text=True)

    response = client.post(f"/facilitate/uncovered/{lonely.id}/take")

    assert response.status_code == 302
    assert accompanying_ids(app, lonely.id) == [person.id]
    queue = client.get("/facilitate/uncovered").get_data(as_text=True)
    assert f"/groups/{lonely.id}" not in queue


def test_only_facilitators_and_admins_see_the_queue(app, client):
    with app.app_context():
        lonely = snap(make_group(make_user(), **KLATEN))
        resident = snap(make_user())
    login(client, resident)

    assert client.get("/facilitate/uncovered").status_code == 403
    assert client.post(f"/facilitate/uncovered/{lonely.id}/take").status_code == 403
    assert accompanying_ids(app, lonely.id) == []


def test_admins_let_a_facilitator_cover_a_regency(app, client):
    with app.app_context():
        admin = snap(make_user(admin=True))
        person = snap(make_user(facilitator=True))
    login(client, admin)

    client.post(
        "/admin/assignments", data={"facilitator_id": str(person.id), "regency_code": "34.04"}
    )

    with app.app_context():
        group = snap(make_group(make_user(), **SLEMAN))
    assert accompanying_ids(app, group.id) == [person.id]
