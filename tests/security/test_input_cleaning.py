"""NUL bytes, bidi overrides and zero-width marks never reach the database or a page."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import Need
from marketplace.text import clean_line, clean_text
from tests.factories import login, make_group, make_user, snap

BAD = "\x00\u202e\u200b\u2066\ufeff\x1b"


def test_clean_line_keeps_words_and_drops_controls_and_invisible_marks():
    assert clean_line(f" Tani{BAD}  Maju\r\nSleman\t") == "Tani Maju Sleman"


def test_clean_text_keeps_line_breaks_as_newlines():
    assert clean_text(f"baris 1\r\nbaris 2{BAD}\rbaris 3") == "baris 1\nbaris 2\nbaris 3"


def test_a_nul_byte_in_the_search_is_not_an_error(client):
    assert client.get("/needs/?q=%00").status_code == 200
    assert client.get("/offers/?q=tahu%00%E2%80%AE").status_code == 200


def test_a_need_title_is_stored_without_controls(client, app):
    with app.app_context():
        chair = make_user()
        group_id = make_group(chair).id
        chair = snap(chair)
    login(client, chair)
    response = client.post(
        f"/groups/{group_id}/needs/new",
        data={
            "kind": "training",
            "title": f"Pelatihan{BAD} tahu",
            "description": f"Baris satu\r\nbaris{BAD} dua",
            "tags": f"tahu{BAD}, kedelai",
            "publish": "y",
        },
    )
    assert response.status_code == 302
    with app.app_context():
        need = db.session.scalar(select(Need))
        assert need.title == "Pelatihan tahu"
        assert need.description == "Baris satu\nbaris dua"
        assert need.tags == ["tahu", "kedelai"]


def test_an_imported_record_is_cleaned_the_same_way(runner, app, tmp_path):
    doc = {
        "groups": [{"ref": f" g1{BAD}", "name": f"Tani{BAD}\nMaju", "province": "DI Yogyakarta"}],
        "providers": [],
        "needs": [
            {
                "ref": "n1",
                "group": "g1",
                "kind": "training",
                "title": f"tahu{BAD}",
                "tags": ["a\x00"],
            }
        ],
        "offers": [],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = runner.invoke(args=["import-data", str(path)])
    assert result.exit_code == 0, result.output
    with app.app_context():
        need = db.session.scalar(select(Need))
        assert (need.ref, need.title, need.tags, need.group.name, need.group.ref) == (
            "n1",
            "tahu",
            ["a"],
            "Tani Maju",
            "g1",
        )


@pytest.mark.parametrize(
    "target", ["/\r\nSet-Cookie: a=b", "http://[::1", "/\\evil.example", "//evil.example", "/\x00"]
)
def test_a_next_address_that_cannot_be_a_safe_header_goes_home(client, target):
    response = client.post("/auth/language", data={"lang": "en", "next": target})
    assert response.status_code == 302
    assert response.headers["Location"] in ("/", "http://pasar.test/")
