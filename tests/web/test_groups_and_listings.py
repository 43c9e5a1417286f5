"""Groups, providers, needs and offers through the pages."""

from __future__ import annotations

from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import Group, Need, Offer, Provider
from tests.factories import (
    login,
    make_group,
    make_need,
    make_offer,
    make_provider,
    make_user,
    snap,
)

GROUP_FORM = {
    "name": "Kelompok Wanita Tani Melati",
    "sector": "food_processing",
    "province_code": "34",
    "regency_code": "34.04",
    "district": "Turi",
    "village": "Wonokerto",
    "members_count": "25",
    "stage": "penumbuhan",
    "description": "Olahan kedelai",
    "products": "Keripik tempe",
    "achievements": "",
}


def test_a_person_creates_a_group_and_becomes_its_chair(client, app):
    with app.app_context():
        user = snap(make_user())
    login(client, user)
    response = client.post("/groups/new", data=GROUP_FORM)
    assert response.status_code == 302
    with app.app_context():
        group = db.session.scalar(select(Group))
        assert group.name == "Kelompok Wanita Tani Melati"
        assert [(m.user_id, m.role) for m in group.memberships] == [(user.id, "ketua")]


def test_a_regency_outside_the_province_is_refused_and_the_form_keeps_input(client, app):
    with app.app_context():
        user = snap(make_user())
    login(client, user)
    response = client.post("/groups/new", data=GROUP_FORM | {"regency_code": "33.10"})
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "is-invalid" in page
    assert "Kelompok Wanita Tani Melati" in page
    with app.app_context():
        assert db.session.scalar(select(Group)) is None


def test_negative_members_and_unknown_province_are_field_errors(client, app):
    with app.app_context():
        user = snap(make_user())
    login(client, user)
    response = client.post(
        "/groups/new", data=GROUP_FORM | {"members_count": "-3", "province_code": "99"}
    )
    assert response.status_code == 200
    assert response.get_data(as_text=True).count("invalid-feedback") >= 2


def test_the_public_profile_promotes_the_group_without_members_contacts(client, app):
    with app.app_context():
        chair = make_user("Pak Slamet")
        group = snap(make_group(chair, products="Keripik tempe renyah"))
        email = chair.email
    page = client.get(f"/groups/{group.id}").get_data(as_text=True)
    assert "Keripik tempe renyah" in page
    assert email not in page


def test_an_officer_posts_a_need_and_it_is_listed_and_searchable(client, app):
    with app.app_context():
        chair = make_user()
        group = snap(make_group(chair))
        chair = snap(chair)
    login(client, chair)
    response = client.post(
        f"/groups/{group.id}/needs/new",
        data={
            "kind": "training",
            "title": "Pelatihan membuat tahu",
            "description": "utk 20 org",
            "tags": "tahu, Kedelai",
            "quantity": "20",
            "unit": "orang",
            "publish": "y",
        },
    )
    assert response.status_code == 302
    with app.app_context():
        need = db.session.scalar(select(Need))
        assert need.tags == ["tahu", "kedelai"] and need.status == "open"
    listing = client.get("/needs/?q=tahu&province=34").get_data(as_text=True)
    assert "Pelatihan membuat tahu" in listing
    assert "Pelatihan membuat tahu" not in client.get("/needs/?q=rotan").get_data(as_text=True)
    assert "Pelatihan membuat tahu" not in client.get("/needs/?province=33").get_data(as_text=True)


def test_need_dates_in_the_wrong_order_are_refused(client, app):
    with app.app_context():
        chair = make_user()
        group = snap(make_group(chair))
        chair = snap(chair)
    login(client, chair)
    response = client.post(
        f"/groups/{group.id}/needs/new",
        data={
            "kind": "training",
            "title": "Pelatihan",
            "wanted_from": "2027-03-01",
            "wanted_until": "2027-02-01",
        },
    )
    assert response.status_code == 200
    assert "is-invalid" in response.get_data(as_text=True)


def test_an_ordinary_member_cannot_post_a_need(client, app):
    with app.app_context():
        chair = make_user()
        member = make_user()
        group = make_group(chair)
        from tests.factories import add_member

        add_member(group, member, "anggota")
        group, member = snap(group), snap(member)
    login(client, member)
    assert client.get(f"/groups/{group.id}/needs/new").status_code == 403


def test_drafts_are_hidden_from_others_until_published(client, app):
    with app.app_context():
        chair = make_user()
        need = snap(make_need(make_group(chair), status="draft"))
        chair = snap(chair)
    assert client.get(f"/needs/{need.id}").status_code == 404
    login(client, chair)
    assert client.get(f"/needs/{need.id}").status_code == 200
    assert client.post(f"/needs/{need.id}/status", data={"to": "open"}).status_code == 302
    client.post("/auth/logout")
    assert client.get(f"/needs/{need.id}").status_code == 200


def test_illegal_status_change_is_refused_with_a_message(client, app):
    with app.app_context():
        chair = make_user()
        need = snap(make_need(make_group(chair)))
        chair = snap(chair)
    login(client, chair)
    ending = {"to": "withdrawn", "reason": "not_needed"}
    assert client.post(f"/needs/{need.id}/end", data=ending).status_code == 302
    response = client.post(f"/needs/{need.id}/status", data={"to": "open"})
    assert response.status_code == 409


def test_a_provider_posts_an_offer_that_reaches_its_provinces(client, app):
    with app.app_context():
        owner = make_user()
        provider = snap(make_provider(owner, service_area=["33"]))
        owner = snap(owner)
    login(client, owner)
    response = client.post(
        f"/offers/new/{provider.id}",
        data={
            "kind": "market",
            "title": "Kami beli keripik tempe",
            "service_area": ["33", "34"],
            "capacity": "500",
            "price": "15000",
            "publish": "y",
        },
    )
    assert response.status_code == 302
    with app.app_context():
        offer = db.session.scalar(select(Offer))
        assert offer.service_area == ["33", "34"]
    assert "Kami beli keripik tempe" in client.get("/offers/?province=34").get_data(as_text=True)
    assert "Kami beli keripik tempe" not in client.get("/offers/?province=51").get_data(
        as_text=True
    )


def test_providers_start_unverified_and_a_facilitator_verifies(client, app):
    with app.app_context():
        provider = snap(make_provider(make_user()))
        facilitator = snap(make_user(facilitator=True))
    login(client, facilitator)
    assert (
        client.post(f"/providers/{provider.id}/verification", data={"verified": "1"}).status_code
        == 302
    )
    with app.app_context():
        assert db.session.get(Provider, provider.id).verified


def test_browse_paginates(client, app):
    with app.app_context():
        group = make_group(make_user())
        for i in range(25):
            make_need(group, title=f"Pelatihan nomor {i}")
    first = client.get("/needs/").get_data(as_text=True)
    second = client.get("/needs/?page=2").get_data(as_text=True)
    assert "Pelatihan nomor 24" in first and "Pelatihan nomor 24" not in second
    assert "Pelatihan nomor 0" in second


def test_bad_filters_get_a_clear_400_not_a_500(client):
    assert client.get("/needs/?kind=nonsense").status_code == 400
    assert client.get("/offers/?page=-1").status_code == 400


def test_offer_edit_by_owner_keeps_status(client, app):
    with app.app_context():
        owner = make_user()
        offer = snap(make_offer(make_provider(owner)))
        owner = snap(owner)
    login(client, owner)
    response = client.post(
        f"/offers/{offer.id}/edit",
        data={
            "kind": "training",
            "title": "Tofu & tempeh workshop",
            "capacity": "25",
        },
    )
    assert response.status_code == 302
    with app.app_context():
        saved = db.session.get(Offer, offer.id)
        assert saved.title == "Tofu & tempeh workshop" and saved.status == "open"
