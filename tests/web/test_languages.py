"""Indonesian first, English on request — per session and per account."""

from __future__ import annotations

from pathlib import Path

import pytest

from marketplace import create_app
from tests.factories import login, make_user, snap

TRANSLATIONS = Path(__file__).resolve().parents[2] / "marketplace" / "translations"


@pytest.fixture(autouse=True)
def compiled_catalogues():
    if not (TRANSLATIONS / "id" / "LC_MESSAGES" / "messages.mo").exists():
        pytest.fail("Compile the catalogues first: pybabel compile -d marketplace/translations")


def test_pages_are_in_indonesian_by_default(client):
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="id">' in page
    assert "Kebutuhan" in page


def test_a_visitor_switches_to_english_for_the_session(client):
    client.post("/auth/language", data={"lang": "en", "next": "/needs/"})
    page = client.get("/needs/").get_data(as_text=True)
    assert '<html lang="en">' in page and "Needs of groups" in page


def test_the_choice_is_kept_on_the_account(app):
    with app.app_context():
        user = snap(make_user())
    first = app.test_client()
    login(first, user)
    first.post("/auth/language", data={"lang": "en"})
    later = app.test_client()
    login(later, user)
    assert '<html lang="en">' in later.get("/dashboard").get_data(as_text=True)


def test_field_errors_are_translated(client):
    page = client.post("/auth/login", data={"email": "", "password": ""}).get_data(as_text=True)
    assert "wajib" in page.lower()
    client.post("/auth/language", data={"lang": "en"})
    page = client.post("/auth/login", data={"email": "", "password": ""}).get_data(as_text=True)
    assert "This field is required." in page


def test_the_catalogue_holds_every_message_of_the_code_and_templates(tmp_path):
    import subprocess
    import sys

    from babel.messages.pofile import read_po

    pot = tmp_path / "messages.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "-q", "extract", "-F", "babel.cfg",
         "-k", "_l", "-k", "lazy_gettext", "-o", str(pot), "."],
        cwd=TRANSLATIONS.parents[1], check=True,
    )  # fmt: skip
    with open(pot, "rb") as handle:
        wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    with open(TRANSLATIONS / "id" / "LC_MESSAGES" / "messages.po", "rb") as po:
        have = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(po) if m.string}
    assert sorted(wanted - have) == [], "run ./scripts/update-catalogues and translate"


def test_every_message_has_an_indonesian_translation():
    from babel.messages.pofile import read_po

    with open(TRANSLATIONS / "id" / "LC_MESSAGES" / "messages.po", "rb") as po:
        catalogue = read_po(po)
    missing = [m.id for m in catalogue if m.id and not m.string]
    assert missing == []


def test_production_refuses_to_start_without_a_secret_key(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("FLASK_SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app({"MARKETPLACE_ENV": "production", "SQLALCHEMY_DATABASE_URI": "sqlite://"})
