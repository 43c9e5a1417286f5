"""Pages read prepared suggestions: no request builds the matching engine."""

from __future__ import annotations

import pytest

from marketplace import matching as engine_package
from marketplace.services.curation import caseload
from marketplace.services.suggesting.preparation import run_burst
from tests.factories import login, make_group, make_need, make_offer, make_provider, make_user, snap


@pytest.fixture(scope="module")
def world(base_app, db_connection):
    """One world for the module (the burst builds an engine); each test's changes roll back."""
    with base_app.app_context():
        facilitator = make_user("Dewi", facilitator=True)
        chair, trainer = make_user("Slamet"), make_user("Sri")
        group = make_group(chair)
        caseload.assign(facilitator=facilitator, group=group)
        provider = make_provider(trainer)
        offer = make_offer(provider, title="Tofu production workshop", tags=["tofu"])
        need = make_need(group)
        run_burst()
        fresh = make_need(group, title="Pelatihan kemasan keripik", tags=["kemasan"])
        return {
            "facilitator": snap(facilitator),
            "chair": snap(chair),
            "trainer": snap(trainer),
            "need": need.id,
            "fresh": fresh.id,
            "offer": offer.id,
        }


@pytest.fixture
def no_engine(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a web request built the matching engine")

    monkeypatch.setattr(engine_package.MatchEngine, "__init__", refuse)


def test_the_facilitator_reads_prepared_suggestions_with_their_reasons(client, world, no_engine):
    login(client, world["facilitator"])
    page = client.get(f"/facilitate/needs/{world['need']}").get_data(as_text=True)
    assert "Tofu production workshop" in page
    assert "&#34;tahu&#34; ≈ &#34;tofu" in page or '"tahu" ≈ "tofu' in page


def test_a_need_posted_a_moment_ago_says_its_suggestions_are_coming(client, world, no_engine):
    login(client, world["chair"])
    page = client.get(f"/needs/{world['fresh']}").get_data(as_text=True)
    assert 'id="suggestions"' in page and "data-preparing=" in page
    assert "js/suggestions." in page


@pytest.mark.parametrize(
    ("who", "path"),
    [
        ("chair", "/needs/{need}"),
        ("chair", "/dashboard"),
        ("trainer", "/dashboard"),
        ("facilitator", "/facilitate/"),
        ("facilitator", "/facilitate/needs/{need}"),
        ("facilitator", "/facilitate/needs/{fresh}"),
        ("facilitator", "/facilitate/offers/{offer}"),
        ("facilitator", "/facilitate/dashboard"),
        ("chair", "/needs/?q=tahu"),
        ("chair", "/offers/?q=tofu"),
        ("chair", "/"),
    ],
)
def test_no_page_builds_the_engine(client, world, no_engine, who, path):
    login(client, world[who])
    assert client.get(path.format(**world)).status_code == 200


def test_the_provider_home_shows_needs_its_offer_could_serve(client, world, no_engine):
    login(client, world["trainer"])
    page = client.get("/dashboard").get_data(as_text=True)
    assert "Kami butuh pelatihan membuat tahu" in page


def test_the_review_pages_hand_written_forms_carry_the_token_the_post_needs(app, client, world):
    import re

    login(client, world["facilitator"])
    app.config["WTF_CSRF_ENABLED"] = True  # the app fixture restores the config
    page = client.get(f"/facilitate/needs/{world['need']}").get_data(as_text=True)
    tokens = set(
        re.findall(r'<input id="csrf_token" name="csrf_token" type="hidden" value="([^"]+)">', page)
    )
    assert len(tokens) == 1  # base template's forms aside, every suggestion's two forms
    assert page.count('id="csrf_token"') >= 2
    data = {"offer_id": str(world["offer"]), "note": "", "idempotency_key": "k-csrf-1"}
    refused = client.post(f"/facilitate/needs/{world['need']}/propose", data=data)
    assert refused.status_code == 400  # no token: CSRFProtect refuses, as before
    data["csrf_token"] = tokens.pop()
    accepted = client.post(f"/facilitate/needs/{world['need']}/propose", data=data)
    assert accepted.status_code == 302 and "/matches/" in accepted.headers["Location"]
