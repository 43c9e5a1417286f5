"""Offers that cannot serve the group are shown apart, under "outside the group's area"."""

from __future__ import annotations

from marketplace.services.curation import caseload
from marketplace.services.suggesting import inputs
from marketplace.services.suggesting.preparation import run_burst
from tests.factories import (
    login,
    make_group,
    make_need,
    make_offer,
    make_provider,
    make_user,
    snap,
)


def test_review_and_need_pages_show_out_of_area_offers_apart_and_suggest_leaves_them_out(
    app, client
):
    with app.app_context():
        ketua, facilitator = make_user("ketua"), make_user("pendamping", facilitator=True)
        group = make_group(ketua)  # Sleman, DI Yogyakarta (34)
        caseload.assign(facilitator=facilitator, group=group)
        need = make_need(group)
        near = make_provider(make_user(), service_area=["34"])
        bali = make_provider(
            make_user(), service_area=["51"], province_code="51", regency_code=None
        )
        make_offer(near, title="Kursus olahan kedelai dan tahu")
        make_offer(bali, title="Tofu production workshop, tahu putih")
        need_id, need_ref = need.id, need.stable_id
        ketua, facilitator = snap(ketua), snap(facilitator)
        listed = inputs.suggest_all(10)[need_ref]
        run_burst()
        assert len(listed) == 1  # only the offer that can serve the group
    login(client, facilitator)
    page = client.get(f"/facilitate/needs/{need_id}").get_data(as_text=True)
    inside, _, outside = page.partition('id="outside-area"')
    assert "Kursus olahan kedelai" in inside and "Tofu production workshop" not in inside
    assert "Tofu production workshop" in outside
    group_client = app.test_client()
    login(group_client, ketua)
    page = group_client.get(f"/needs/{need_id}").get_data(as_text=True)
    inside, _, outside = page.partition('id="outside-area"')
    assert "Kursus olahan kedelai" in inside and "Tofu production workshop" in outside
