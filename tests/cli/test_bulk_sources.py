"""Import sources: each partner programme's refs are its own."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from marketplace import refs
from marketplace.extensions import db
from marketplace.models import Group, Need, Offer
from tests.cli.test_bulk_data import SMALL
from tests.factories import make_group, make_user


def run(runner, tmp_path: Path, doc, *options: str) -> tuple[int, list[str]]:
    path = tmp_path / "data.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = runner.invoke(args=["import-data", str(path), *options])
    return result.exit_code, result.stderr.splitlines()


def renamed(name: str) -> dict:
    doc = json.loads(json.dumps(SMALL))
    doc["groups"][0]["name"] = name
    return doc


def group_names(app) -> dict[str, str]:
    with app.app_context():
        rows = db.session.execute(select(Group.source, Group.ref, Group.name)).all()
        return {f"{source or '(default)'}/{ref}": name for source, ref, name in rows}


def test_two_programmes_using_ref_g1_keep_their_own_groups(runner, app, tmp_path):
    assert run(runner, tmp_path, renamed("Kelompok Alfa"), "--source", "alfa")[0] == 0
    assert run(runner, tmp_path, renamed("Kelompok Beta"), "--source", "beta")[0] == 0
    code, lines = run(runner, tmp_path, renamed("Kelompok Beta Baru"), "--source", "beta")
    assert code == 0 and "groups: 0 created, 1 updated, 0 unchanged" in lines
    assert group_names(app) == {"alfa/g1": "Kelompok Alfa", "beta/g1": "Kelompok Beta Baru"}
    with app.app_context():
        need = db.session.scalar(select(Need).where(Need.source == "alfa"))
        assert need.group.source == "alfa"


def test_the_default_source_is_the_one_without_the_option(runner, app, tmp_path):
    assert run(runner, tmp_path, renamed("Kelompok Kami"))[0] == 0
    assert run(runner, tmp_path, renamed("Kelompok Alfa"), "--source", "alfa")[0] == 0
    code, lines = run(runner, tmp_path, renamed("Kelompok Kami"))
    assert code == 0 and "groups: 0 created, 0 updated, 1 unchanged" in lines
    assert group_names(app) == {"(default)/g1": "Kelompok Kami", "alfa/g1": "Kelompok Alfa"}


def test_a_programme_cannot_reach_another_programmes_records(runner, app, tmp_path):
    assert run(runner, tmp_path, SMALL, "--source", "alfa")[0] == 0
    doc = {"needs": [dict(SMALL["needs"][0], ref="n2")]}  # names group g1: alfa's, not beta's
    code, lines = run(runner, tmp_path, doc, "--source", "beta")
    assert code == 1 and lines[0] == "needs[0] ref=n2: unknown group 'g1'"
    with app.app_context():
        web_made = make_group(make_user(), name="Kelompok Web").id
    # In our own files `group-N` names the web's group N; in beta's it is just a ref.
    doc = {"groups": [dict(SMALL["groups"][0], ref=f"group-{web_made}", name="X")]}
    assert run(runner, tmp_path, doc, "--source", "beta")[0] == 0
    names = group_names(app)
    assert names["alfa/g1"] == "Kelompok Tani Maju" and names[f"beta/group-{web_made}"] == "X"
    assert names["(default)/None"] == "Kelompok Web"


def test_a_source_name_is_a_short_lowercase_word(runner, app, tmp_path):
    for name in ("Alfa", "a:b", "x" * 41, " "):
        code, lines = run(runner, tmp_path, SMALL, "--source", name)
        assert code == 1 and lines[0].startswith(f"source: '{name}' must be 1 to 40 lowercase")


def test_suggest_keys_other_sources_by_name_and_ref(runner, app, tmp_path):
    assert run(runner, tmp_path, SMALL)[0] == 0
    assert run(runner, tmp_path, SMALL, "--source", "alfa")[0] == 0
    result = runner.invoke(args=["suggest", "--k", "5", "--json"])
    suggestions = json.loads(result.stdout)
    assert sorted(suggestions) == ["alfa:n1", "n1"]
    assert sorted(suggestions["n1"]) == sorted(suggestions["alfa:n1"]) == ["alfa:o1", "o1"]


def test_an_export_of_a_source_reads_back_into_it_unchanged(runner, app, tmp_path):
    assert run(runner, tmp_path, SMALL)[0] == 0
    assert run(runner, tmp_path, renamed("Kelompok Alfa"), "--source", "alfa")[0] == 0
    out = tmp_path / "alfa.json"
    result = runner.invoke(args=["export-data", "--source", "alfa", "-o", str(out)])
    assert result.exit_code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [g["name"] for g in exported["groups"]] == ["Kelompok Alfa"]
    assert exported["needs"][0]["group"] == "g1" and exported["offers"][0]["ref"] == "o1"
    result = runner.invoke(args=["import-data", str(out), "--source", "alfa"])
    assert result.exit_code == 0
    assert "0 created, 0 updated" in result.stderr
    ours = runner.invoke(args=["export-data"]).stdout
    assert [g["name"] for g in json.loads(ours)["groups"]] == ["Kelompok Tani Maju"]


def test_stable_ids_lead_back_to_their_rows(runner, app, tmp_path):
    assert run(runner, tmp_path, SMALL)[0] == 0
    assert run(runner, tmp_path, SMALL, "--source", "alfa")[0] == 0
    with app.app_context():
        rows = db.session.scalars(select(Offer).where(refs.where_stable_ids(Offer, ["alfa:o1"])))
        assert [(o.source, o.ref, o.stable_id) for o in rows] == [("alfa", "o1", "alfa:o1")]
        rows = db.session.scalars(select(Offer).where(refs.where_stable_ids(Offer, ["o1"])))
        assert [o.stable_id for o in rows] == ["o1"]
