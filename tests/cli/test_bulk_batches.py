"""Large files: the import writes in batches that fit the database's parameter limit."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import event, func, select

from marketplace import cli
from marketplace.extensions import db
from marketplace.models import Group, ListingChange, Need
from marketplace.services.bulk import exports, imports


def bulk(n_groups: int, n_needs: int) -> dict:
    return {
        "groups": [
            {"ref": f"g{i}", "name": f"Kelompok {i}", "province": "Bali"} for i in range(n_groups)
        ],
        "needs": [
            {"ref": f"n{i}", "group": f"g{i % n_groups}", "kind": "training", "title": f"Ajar {i}"}
            for i in range(n_needs)
        ],
    }


def write(tmp_path: Path, doc) -> str:
    path = tmp_path / "bulk.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def test_no_lookup_binds_more_values_than_the_database_allows(ctx, monkeypatch):
    monkeypatch.setattr(imports, "_parameter_limit", lambda: 40)
    imports.import_document(bulk(30, 10))  # the groups are in the database now
    bound: list[int] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and parameters:
            bound.append(len(parameters))

    engine = db.session.get_bind()
    event.listen(engine, "before_cursor_execute", count)
    try:
        # 120 needs of groups already in the database: owners and refs are looked up.
        report = imports.import_document({"needs": bulk(30, 120)["needs"]})
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert report.created["needs"] == 110 and report.unchanged["needs"] == 10
    assert bound and max(bound) <= 40
    assert db.session.scalar(select(func.count()).select_from(Need)) == 120


def test_a_file_larger_than_a_batch_imports_whole_and_again_changes_nothing(ctx, monkeypatch):
    monkeypatch.setattr(imports, "BATCH_ROWS", 7)
    doc = bulk(12, 50)
    first = imports.import_document(doc)
    assert first.created == {"groups": 12, "providers": 0, "needs": 50, "offers": 0}
    need = db.session.scalar(select(Need).where(Need.ref == "n49"))
    assert need.group.ref == "g1" and need.status == "open"
    doc["needs"][49]["title"] = "Pelatihan tempe"
    second = imports.import_document(doc)
    assert second.created == dict.fromkeys(imports.ARRAYS, 0)
    assert second.updated["needs"] == 1 and second.unchanged["needs"] == 49
    db.session.expire_all()
    assert db.session.scalar(select(Need.title).where(Need.ref == "n49")) == "Pelatihan tempe"
    assert db.session.scalar(select(func.count()).select_from(Group)) == 12


def test_an_update_moves_the_listing_clock_and_an_unchanged_record_does_not(ctx):
    doc = bulk(1, 2)
    imports.import_document(doc)
    before = dict(db.session.execute(select(Need.ref, Need.updated_at)).all())
    doc["needs"][0]["title"] = "Pelatihan kompos"
    imports.import_document(doc)
    db.session.expire_all()
    after = dict(db.session.execute(select(Need.ref, Need.updated_at)).all())
    assert after["n0"] > before["n0"] and after["n1"] == before["n1"]


def test_a_long_file_shows_progress_on_standard_error_only(runner, app, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "PROGRESS_FROM", 10)
    result = runner.invoke(args=["import-data", write(tmp_path, bulk(3, 20))])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "Checking needs" in result.stderr and "Writing needs" in result.stderr
    assert "Checking groups" not in result.stderr  # 3 groups: too few for a bar
    assert "needs: 20 created" in result.stderr


def test_a_streamed_file_reports_its_problems_like_a_document(runner, app, tmp_path):
    doc = bulk(2, 3)
    doc["needs"][2]["group"] = "g9"
    doc["groups"][1]["province"] = "Atlantis"
    result = runner.invoke(args=["import-data", write(tmp_path, doc)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "groups[1] ref=g1: unknown province 'Atlantis'",
        "needs[2] ref=n2: unknown group 'g9'",
        "Nothing was imported: 2 problem(s).",
    ]


def test_each_batch_is_its_own_short_transaction(ctx, monkeypatch):
    monkeypatch.setattr(imports, "BATCH_ROWS", 10)
    commits: list[int] = []
    session = db.session()
    listener = lambda _session: commits.append(1)  # noqa: E731
    event.listen(session, "after_commit", listener)
    try:
        imports.import_document(bulk(5, 40))
    finally:
        event.remove(session, "after_commit", listener)
    assert len(commits) >= 1 + 4  # the check's reads, then at least one per batch of needs


def test_a_failure_part_way_takes_back_what_earlier_batches_wrote(ctx, monkeypatch):
    doc = bulk(4, 10)
    imports.import_document(doc)
    doc["groups"][0]["name"] = "Kelompok Baru"
    doc["needs"][0]["title"] = "Judul baru"
    doc["needs"] += bulk(4, 30)["needs"][10:]
    doc["groups"].append({"ref": "g-new", "name": "Kelompok lain", "province": "Bali"})
    monkeypatch.setattr(imports, "BATCH_ROWS", 5)
    real, calls = imports._write_batch, []

    def failing(array, *args):
        calls.append(array)
        if array == "needs" and calls.count("needs") == 3:
            raise RuntimeError("disk full")
        return real(array, *args)

    monkeypatch.setattr(imports, "_write_batch", failing)
    try:
        imports.import_document(doc)
    except imports.ImportFailed as failure:
        assert failure.problems == [
            "write: disk full. What had been written was taken back: nothing was imported."
        ]
    else:
        raise AssertionError("the import should have failed")
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Need)) == 10
    assert db.session.scalar(select(func.count()).select_from(Group)) == 4
    assert db.session.scalar(select(Group.name).where(Group.ref == "g0")) == "Kelompok 0"
    assert db.session.scalar(select(Need.title).where(Need.ref == "n0")) == "Ajar 0"


def test_every_field_a_file_gives_is_stored_as_given(ctx):
    doc = {
        "groups": [
            {"ref": "g1", "name": "Kelompok Tani", "province": "DI Yogyakarta",
             "regency": "Kabupaten Sleman",
             "lat": -7.71, "lon": 110.35, "members": 24, "sector": "food_processing",
             "stage": "pengembangan", "district": "Turi", "village": "Wonokerto",
             "description": "Olahan\nkedelai", "products": "Tempe", "achievements": "Juara"}
        ],
        "providers": [
            {"ref": "p1", "name": "Bu Sri", "type": "trainer", "province": "Jawa Tengah",
             "regency": "Kabupaten Klaten", "service_area": ["Jawa Tengah"],
             "description": "Pelatih",
             "contact_email": "sri@example.org", "contact_phone": "0812",
             "website": "https://sri.example.id"}
        ],
        "needs": [
            {"ref": "n1", "group": "g1", "kind": "training", "title": "Pelatihan tempe",
             "description": "20 orang", "tags": ["tempe"], "status": "draft",
             "sector": "food_processing",
             "quantity": 20, "unit": "orang", "capacity": 20, "budget": 1500000.5,
             "wanted_from": "2027-01-05", "wanted_until": "2027-02-01"}
        ],
        "offers": [
            {"ref": "o1", "provider": "p1", "kind": "training", "title": "Tempe workshop",
             "description": "2 hari", "tags": ["tempe"], "service_area": ["DI Yogyakarta"],
             "capacity": 30, "status": "open", "sector": "food_processing", "quantity": 2,
             "unit": "hari", "price": 250000, "available_from": "2027-01-01",
             "available_until": "2027-12-31"}
        ],
    }  # fmt: skip
    imports.import_document(doc)
    exported = exports.export_document()
    assert exported == doc


def test_the_worker_hears_of_an_import_only_when_it_changed_something(ctx):
    doc = bulk(2, 3)
    imports.import_document(doc)
    logged = select(func.count()).select_from(ListingChange)
    assert db.session.scalar(logged) == 1  # reload everything
    imports.import_document(doc)
    assert db.session.scalar(logged) == 1  # the same file again: nothing to reload
    doc["needs"][0]["title"] = "Pelatihan kompos"
    imports.import_document(doc)
    assert db.session.scalar(logged) == 2
