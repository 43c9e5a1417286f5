"""The bulk format: import all-or-nothing and idempotent by ref; export round-trips."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sqlalchemy import func, select

from marketplace.extensions import db
from marketplace.models import Group, Need, Offer, Provider

SAMPLE = Path(__file__).resolve().parents[2] / "marketplace" / "demo" / "sample-marketplace.json"

SMALL = {
    "groups": [
        {
            "ref": "g1",
            "name": "Kelompok Tani Maju",
            "province": "DI Yogyakarta",
            "regency": "Sleman",
            "lat": -7.71,
            "lon": 110.35,
            "members": 24,
        }
    ],
    "providers": [
        {
            "ref": "p1",
            "name": "Bu Sri",
            "type": "trainer",
            "province": "Jawa Tengah",
            "regency": "Klaten",
            "lat": -7.70,
            "lon": 110.60,
        }
    ],
    "needs": [
        {
            "ref": "n1",
            "group": "g1",
            "kind": "training",
            "title": "Kami butuh pelatihan membuat tahu",
            "description": "Anggota 24 orang",
            "tags": ["tahu"],
        }
    ],
    "offers": [
        {
            "ref": "o1",
            "provider": "p1",
            "kind": "training",
            "title": "Tofu production workshop",
            "description": "Hands-on, 2 days",
            "tags": ["tofu"],
            "service_area": ["DI Yogyakarta", "Jawa Tengah"],
            "capacity": 30,
        }
    ],
}


def write(tmp_path: Path, doc) -> str:
    path = tmp_path / "data.json"
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc, encoding="utf-8")
    return str(path)


def counts(app) -> dict[str, int]:
    with app.app_context():
        return {
            m.__tablename__: db.session.scalar(select(func.count()).select_from(m))
            for m in (Group, Provider, Need, Offer)
        }


def test_import_creates_records_and_a_second_import_changes_nothing(runner, app, tmp_path):
    path = write(tmp_path, SMALL)
    first = runner.invoke(args=["import-data", path])
    assert first.exit_code == 0, first.output
    assert counts(app) == {"groups": 1, "providers": 1, "needs": 1, "offers": 1}
    with app.app_context():
        offer = db.session.scalar(select(Offer))
        assert offer.service_area == ["34", "33"] and offer.status == "open"
        stamp = offer.updated_at
    second = runner.invoke(args=["import-data", path])
    assert second.exit_code == 0
    assert "0 created, 0 updated, 1 unchanged" in second.output
    with app.app_context():
        assert db.session.scalar(select(Offer)).updated_at == stamp


def test_import_updates_by_ref(runner, app, tmp_path):
    runner.invoke(args=["import-data", write(tmp_path, SMALL)])
    changed = json.loads(json.dumps(SMALL))
    changed["needs"][0]["title"] = "Pelatihan tahu dan tempe"
    result = runner.invoke(args=["import-data", write(tmp_path, changed)])
    assert result.exit_code == 0
    with app.app_context():
        assert db.session.scalar(select(Need)).title == "Pelatihan tahu dan tempe"
    assert counts(app)["needs"] == 1


def test_one_bad_record_writes_nothing_and_names_every_problem(runner, app, tmp_path):
    bad = json.loads(json.dumps(SMALL))
    bad["groups"].append({"ref": "g2", "name": "X", "province": "Atlantis"})
    bad["needs"].append({"ref": "n2", "group": "g404", "kind": "training", "title": "Y"})
    bad["offers"][0]["kind"] = "gift"
    bad["offers"].append(
        {
            "ref": "o2",
            "provider": "p1",
            "kind": "market",
            "title": "Z",
            "colour": "red",
            "capacity": -5,
        }
    )
    result = runner.invoke(args=["import-data", write(tmp_path, bad)])
    assert result.exit_code != 0
    out = result.output
    assert "groups[1] ref=g2: unknown province 'Atlantis'" in out
    assert "needs[1] ref=n2: unknown group 'g404'" in out
    assert "offers[0] ref=o1:" in out and "kind" in out
    assert "offers[1] ref=o2: unknown field 'colour'" in out
    assert "offers[1] ref=o2: 'capacity'" in out
    assert counts(app) == {"groups": 0, "providers": 0, "needs": 0, "offers": 0}


def test_duplicate_refs_and_invalid_json_are_refused(runner, app, tmp_path):
    dup = json.loads(json.dumps(SMALL))
    dup["groups"].append(dict(dup["groups"][0]))
    result = runner.invoke(args=["import-data", write(tmp_path, dup)])
    assert result.exit_code != 0 and "groups[1] ref=g1: duplicate ref" in result.output
    result = runner.invoke(args=["import-data", write(tmp_path, "{not json")])
    assert result.exit_code != 0 and "not valid JSON" in result.output


def test_region_names_are_matched_loosely(runner, app, tmp_path):
    doc = json.loads(json.dumps(SMALL))
    doc["groups"][0] |= {"province": "  provinsi di yogyakarta ", "regency": "Kab. Sleman"}
    doc["providers"][0] |= {"province": "JAWA TENGAH", "regency": "Kabupaten  Klaten"}
    assert runner.invoke(args=["import-data", write(tmp_path, doc)]).exit_code == 0


def test_the_sample_imports_cleanly(runner, app):
    result = runner.invoke(args=["import-data", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert counts(app) == {"groups": 20, "providers": 238, "needs": 60, "offers": 238}


def test_export_json_imports_back_unchanged(runner, app, tmp_path):
    runner.invoke(args=["import-data", write(tmp_path, SMALL)])
    out = tmp_path / "export.json"
    assert runner.invoke(args=["export-data", "--format", "json", "-o", str(out)]).exit_code == 0
    exported = json.loads(out.read_text())
    assert exported["offers"][0]["service_area"] == ["DI Yogyakarta", "Jawa Tengah"]
    again = runner.invoke(args=["import-data", str(out)])
    assert again.exit_code == 0, again.output
    assert "0 created, 0 updated" in again.output


def test_csv_export_neutralises_spreadsheet_formulas(runner, app, tmp_path):
    doc = json.loads(json.dumps(SMALL))
    doc["needs"][0]["title"] = '=HYPERLINK("http://evil")'
    runner.invoke(args=["import-data", write(tmp_path, doc)])
    result = runner.invoke(args=["export-data", "--format", "needs-csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows[0]["title"].startswith("'=")
    assert rows[0]["province"] == "DI Yogyakarta"


def test_suggest_prints_only_json_ranked_by_the_engine_and_is_byte_identical(runner, app, tmp_path):
    runner.invoke(args=["import-data", write(tmp_path, SMALL)])
    first = runner.invoke(args=["suggest", "--k", "5", "--json"])
    second = runner.invoke(args=["suggest", "--k", "5", "--json"])
    assert first.exit_code == 0
    assert first.stdout == second.stdout
    assert json.loads(first.stdout) == {"n1": ["o1"]}


def test_suggest_never_pairs_different_kinds(runner, app, tmp_path):
    doc = json.loads(json.dumps(SMALL))
    doc["offers"][0]["kind"] = "market"
    runner.invoke(args=["import-data", write(tmp_path, doc)])
    assert json.loads(runner.invoke(args=["suggest", "--json"]).stdout) == {"n1": []}


def test_evaluate_reports_the_metrics_through_the_suggest_path(runner, tmp_path):
    truth = tmp_path / "truth.json"
    truth.write_text(json.dumps({"n1": ["o1"]}))
    result = runner.invoke(args=["evaluate", write(tmp_path, SMALL), str(truth)])
    assert result.exit_code == 0
    engine, baseline = result.stdout.splitlines()[:2]
    assert engine.startswith("engine:") and baseline.startswith("baseline:")
    assert "hit@1=1.000" in engine and "wrong_kind=0" in engine and "cannot_serve=0" in engine


def test_evaluate_counts_the_kinds_of_miss_without_naming_a_need(runner, tmp_path):
    truth = tmp_path / "truth.json"
    truth.write_text(json.dumps({"n1": []}))  # a need with no fit that gets a suggestion
    args = ["evaluate", write(tmp_path, SMALL), str(truth), "--kinds"]
    lines = runner.invoke(args=args).stdout.splitlines()
    kinds = [line for line in lines if line.startswith("kind ")]
    assert "kind no fit, suggested anyway: 1" in kinds
    assert len(kinds) == 7
    assert not any("n1" in line or "o1" in line for line in kinds)


def test_evaluate_says_why_a_set_cannot_be_imported_and_measures_nothing(runner, tmp_path):
    doc = json.loads(json.dumps(SMALL))
    doc["needs"][0]["title"] = "x" * 201
    truth = tmp_path / "truth.json"
    truth.write_text(json.dumps({"n1": ["o1"]}))
    result = runner.invoke(args=["evaluate", write(tmp_path, doc), str(truth)])
    assert result.exit_code == 1
    assert "'title' is longer than 200 characters" in result.stderr
    assert "Nothing was measured" in result.stderr
    assert "hit@1" not in result.stdout
