"""Odd files and odd values: a clear message per record, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from marketplace.extensions import db
from marketplace.models import Group, Need, Provider
from tests.factories import login, make_provider, make_user, snap

GROUP = {"ref": "g1", "name": "Kelompok Tani Maju", "province": "Bali"}
PROVIDER = {"ref": "p1", "name": "Bu Sri", "type": "trainer", "province": "Bali"}
BROKEN = "document: not valid JSON: "
ARRAYS = "groups, providers, needs, offers"
NEED = {"ref": "n1", "group": "g1", "kind": "training", "title": "Pelatihan tahu"}


def write(tmp_path: Path, content: bytes) -> str:
    path = tmp_path / "data.json"
    path.write_bytes(content)
    return str(path)


def run(runner, tmp_path, doc) -> tuple[int, list[str]]:
    result = runner.invoke(args=["import-data", write(tmp_path, json.dumps(doc).encode())])
    return result.exit_code, result.stderr.splitlines()


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_deeply_nested_json_is_refused_with_a_message(runner, app, tmp_path):
    deep = b'{"groups": [{"ref": "g1", "name": ' + b"[" * 100_000 + b"]" * 100_000 + b"}]}"
    result = runner.invoke(args=["import-data", write(tmp_path, deep)])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert result.stderr.splitlines() == [
        "document: nested deeper than 32 levels",
        "Nothing was imported: 1 problem(s).",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"groups": [', "document: not valid JSON: parse error: premature EOF"),
        (b'{"groups": []} trailing', "document: not valid JSON: parse error: trailing garbage"),
        (b'{"groups": ["\xff"]}', f"{BROKEN}lexical error: invalid bytes in UTF8 string."),
        (b'[{"ref": "g1"}]', "document: must be a JSON object with " + ARRAYS),
        (b'{"groups": {"ref": "g1"}}', "document: 'groups' must be an array"),
    ],
)  # fmt: skip
def test_a_broken_file_is_named_in_one_line(runner, app, tmp_path, content, message):
    result = runner.invoke(args=["import-data", write(tmp_path, content)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == message


def test_a_file_starting_with_a_byte_order_mark_is_read(runner, app, tmp_path):
    content = b"\xef\xbb\xbf" + json.dumps({"groups": [GROUP]}).encode()
    result = runner.invoke(args=["import-data", write(tmp_path, content)])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert count(Group) == 1


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"website": "javascript:alert(1)"},
         "'website' must be a full web address starting with http:// or https://"),
        ({"website": "ftp://files.example.org"},
         "'website' must be a full web address starting with http:// or https://"),
        ({"contact_email": "sri at example.org"}, "'contact_email' is not a valid email address"),
        ({"contact_email": "sri@"}, "'contact_email' is not a valid email address"),
    ],
)  # fmt: skip
def test_unsafe_websites_and_malformed_emails_are_refused(runner, app, tmp_path, fields, problem):
    code, lines = run(runner, tmp_path, {"providers": [PROVIDER | fields]})
    assert code == 1
    assert lines[0] == f"providers[0] ref=p1: {problem}"
    with app.app_context():
        assert count(Provider) == 0


def test_a_good_website_and_email_are_kept(runner, app, tmp_path):
    good = {"website": "https://pelatihan.example.id/tahu", "contact_email": "sri@example.org"}
    code, lines = run(runner, tmp_path, {"providers": [PROVIDER | good]})
    assert code == 0, lines
    with app.app_context():
        provider = db.session.scalar(select(Provider))
        assert (provider.website, provider.contact_email) == (good["website"], "sri@example.org")


def test_the_provider_form_keeps_the_same_rule(client, app):
    with app.app_context():
        owner = make_user()
        provider = snap(make_provider(owner))
        owner = snap(owner)
    login(client, owner)
    form = {"name": "Bu Sri", "type": "trainer", "province_code": "33", "regency_code": ""}
    for website in ("javascript:alert(1)", "ftp://files.example.org"):
        page = client.post(f"/providers/{provider.id}/edit", data=form | {"website": website})
        assert page.status_code == 200  # the form again, with its message
    with app.app_context():
        assert db.session.get(Provider, provider.id).website is None


def test_matched_is_not_a_status_a_file_can_give(runner, app, tmp_path):
    doc = {"groups": [GROUP], "needs": [NEED | {"status": "matched"}]}
    code, lines = run(runner, tmp_path, doc)
    assert code == 1
    assert lines[0] == (
        "needs[0] ref=n1: 'status' matched comes from a match accepted on the marketplace; "
        "import the record as open"
    )


def test_an_export_of_a_matched_listing_reads_back(runner, app, tmp_path):
    code, _ = run(runner, tmp_path, {"groups": [GROUP], "needs": [NEED]})
    assert code == 0
    with app.app_context():
        db.session.scalar(select(Need)).status = "matched"  # as an accepted match leaves it
        db.session.commit()
    code, lines = run(
        runner, tmp_path, {"groups": [GROUP], "needs": [NEED | {"status": "matched"}]}
    )
    assert code == 0, lines
    assert "needs: 0 created, 0 updated, 1 unchanged" in lines


def test_refs_are_compared_after_trimming(runner, app, tmp_path):
    spaced = {"groups": [GROUP | {"ref": "  g1 "}], "needs": [NEED | {"group": " g1\t"}]}
    code, lines = run(runner, tmp_path, spaced)
    assert code == 0, lines
    code, lines = run(runner, tmp_path, {"groups": [GROUP], "needs": [NEED | {"ref": "n1 "}]})
    assert code == 0, lines
    assert "groups: 0 created, 0 updated, 1 unchanged" in lines
    assert "needs: 0 created, 0 updated, 1 unchanged" in lines
    with app.app_context():
        assert db.session.scalars(select(Group.ref)).all() == ["g1"]
