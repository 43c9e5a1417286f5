"""Demand without supply: facilitators and admins see what no offer covers; providers see
the groups waiting in their sectors and provinces."""

from __future__ import annotations

import csv
import io

import pytest

from marketplace.extensions import db
from marketplace.services.suggesting.preparation import run_burst
from tests.factories import login, make_group, make_need, make_offer, make_provider, make_user, snap

BALI = {"province_code": "51", "regency_code": None}
ROLES = ("anonymous", "member", "provider", "facilitator", "admin")


@pytest.fixture(scope="module")
def world(base_app, db_connection) -> dict:
    with base_app.app_context():
        people = {
            "member": make_user("Ketua"),
            "provider": make_user("Penyedia"),
            "facilitator": make_user("Pendamping", facilitator=True),
            "admin": make_user("Admin", admin=True),
            "far_provider": make_user("Penyedia jauh"),
        }
        for i in range(2):
            group = make_group(make_user(), **BALI, name=f"KWT Bali {i}")
            make_need(group, title="Pelatihan izin PIRT untuk keripik", tags=[])
        make_group(people["member"])
        trainer = make_provider(people["provider"], **BALI, service_area=["51"])
        make_offer(trainer, title="Pelatihan desain kemasan produk", tags=[])
        far = make_provider(people["far_provider"], service_area=["33"])
        make_offer(far, title="Pelatihan desain kemasan produk", tags=[])
        db.session.commit()
        run_burst()  # the worker counts the demand
        return {role: snap(user) for role, user in people.items()}


@pytest.mark.parametrize("url", ["/facilitate/demand", "/facilitate/demand.csv"])
@pytest.mark.parametrize("role", ROLES)
def test_only_facilitators_and_admins_see_unmet_demand(client, world, role, url):
    if role != "anonymous":
        login(client, world[role])
    status = client.get(url).status_code
    if role in ("facilitator", "admin"):
        assert status == 200
    elif role == "anonymous":
        assert status == 302
    else:
        assert status == 403


def test_the_page_and_csv_count_groups_by_province_sector_and_subject(client, world):
    login(client, world["facilitator"])
    page = client.get("/facilitate/demand?province=51").get_data(as_text=True)
    assert "izin pirt" in page and "Bali" in page
    body = client.get("/facilitate/demand.csv?province=51").get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["province", "sector", "subject", "kind", "groups", "needs"]
    pirt = next(r for r in rows if r[2] == "izin pirt")
    assert (pirt[0], pirt[4], pirt[5]) == ("Bali", "2", "2")
    other = client.get("/facilitate/demand.csv?province=33").get_data(as_text=True)
    assert "izin pirt" not in other


def test_a_provider_sees_the_groups_waiting_in_its_sectors_and_provinces(client, app, world):
    login(client, world["provider"])
    client.post("/auth/language", data={"lang": "en"})
    page = client.get("/dashboard").get_data(as_text=True)
    assert "2 groups in Bali need training in izin pirt" in page
    far = app.test_client()
    login(far, world["far_provider"])
    assert "izin pirt" not in far.get("/dashboard").get_data(as_text=True)


def test_the_facilitators_dashboard_leads_to_the_unmet_demand(client, world):
    login(client, world["facilitator"])
    assert 'href="/facilitate/demand"' in client.get("/facilitate/dashboard").get_data(as_text=True)


def test_the_unmet_demand_comes_in_pages(app, world):
    from marketplace.services.insight import demand

    with app.app_context():
        every = demand.unmet_demand()
        assert len(every) >= 2  # PIRT in Bali, and the packaging course's far twin
        first = demand.unmet_demand_page(page=1, per_page=1)
        second = demand.unmet_demand_page(page=2, per_page=1)
        assert first.total == len(every) and first.pages == len(every)
        assert [first.items[0], second.items[0]] == every[:2]  # the most asked first
        bali = demand.unmet_demand_page(province="51", page=1, per_page=10)
        assert [r.words for r in bali.items] == [r.words for r in every if r.province == "51"]
