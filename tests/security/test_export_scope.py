"""A facilitator's export holds only what they may see; exports and contact views are logged."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import AccessLogEntry
from marketplace.services.curation import actions, caseload
from tests.factories import (
    KLATEN,
    login,
    make_group,
    make_need,
    make_offer,
    make_provider,
    make_user,
    snap,
)


@pytest.fixture
def world(app):
    with app.app_context():
        facilitator = make_user("Pendamping Sleman", facilitator=True)
        admin = make_user("Admin", admin=True)
        chair, trainer, other_owner = make_user("Ketua"), make_user("Pelatih"), make_user()
        sleman = make_group(chair, name="Kelompok Sleman")
        klaten = make_group(chair, name="Kelompok Klaten", **KLATEN)
        caseload.assign(facilitator=facilitator, province_code="34")
        need = make_need(sleman, title="Terbuka Sleman", status="open")
        make_need(sleman, title="Draf Sleman", status="draft")
        make_need(klaten, title="Terbuka Klaten", status="open")
        make_need(klaten, title="Draf Klaten", status="draft")
        introduced = make_provider(trainer, name="Diperkenalkan", contact_email="kenal@example.org")
        stranger = make_provider(other_owner, name="Belum kenal", contact_email="asing@example.org")
        offer = make_offer(introduced, title="Kursus tahu")
        make_offer(stranger, title="Kursus batik")
        make_offer(stranger, title="Draf penawaran", status="draft")
        match = actions.propose(need, offer, by=facilitator, note="")
        actions.decide(match, by=chair, accept=True)
        actions.decide(match, by=trainer, accept=True)
        return {
            "facilitator": snap(facilitator),
            "admin": snap(admin),
            "chair": snap(chair),
            "match": match.id,
        }


def _export(client, who) -> dict:
    login(client, who)
    response = client.get("/export/marketplace.json")
    assert response.status_code == 200
    return json.loads(response.get_data(as_text=True))


def _titles(doc: dict, array: str) -> set[str]:
    return {record.get("title") or record.get("name") for record in doc[array]}


def test_a_facilitator_exports_their_caseload_and_what_is_published(client, world):
    doc = _export(client, world["facilitator"])
    assert _titles(doc, "needs") == {"Terbuka Sleman", "Draf Sleman", "Terbuka Klaten"}
    assert _titles(doc, "offers") == {"Kursus tahu", "Kursus batik"}
    contacts = {p["name"]: p.get("contact_email") for p in doc["providers"]}
    assert contacts == {"Diperkenalkan": "kenal@example.org", "Belum kenal": None}


def test_the_facilitator_csv_holds_no_other_provinces_drafts(client, world):
    login(client, world["facilitator"])
    body = client.get("/export/needs.csv").get_data(as_text=True)
    assert "Draf Sleman" in body and "Terbuka Klaten" in body
    assert "Draf Klaten" not in body
    offers = client.get("/export/offers.csv").get_data(as_text=True)
    assert "Draf penawaran" not in offers


def test_an_admin_exports_everything(client, world):
    doc = _export(client, world["admin"])
    assert "Draf Klaten" in _titles(doc, "needs")
    assert "Draf penawaran" in _titles(doc, "offers")
    assert {p.get("contact_email") for p in doc["providers"]} >= {"asing@example.org"}


def test_the_operators_command_line_export_stays_full(runner, world, tmp_path):
    out = tmp_path / "all.json"
    assert runner.invoke(args=["export-data", "-o", str(out)]).exit_code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert "Draf Klaten" in _titles(doc, "needs")
    assert "asing@example.org" in {p.get("contact_email") for p in doc["providers"]}


def test_each_export_and_each_contact_view_is_logged_and_shown_to_admins(client, app, world):
    login(client, world["facilitator"])
    client.get("/export/needs.csv")
    client.get("/export/marketplace.json")
    client.post("/auth/logout")
    login(client, world["chair"])
    assert client.get(f"/matches/{world['match']}").status_code == 200
    client.post("/auth/logout")
    with app.app_context():
        entries = [
            (e.user_id, e.action, e.subject)
            for e in db.session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id))
        ]
    assert entries == [
        (world["facilitator"].id, "export", "needs.csv"),
        (world["facilitator"].id, "export", "marketplace.json"),
        (world["chair"].id, "contacts", f"match {world['match']}"),
    ]
    login(client, world["admin"])
    page = client.get("/admin/access-log").get_data(as_text=True)
    assert "Pendamping Sleman" in page and "marketplace.json" in page
    client.post("/auth/logout")
    login(client, world["facilitator"])
    assert client.get("/admin/access-log").status_code == 403
