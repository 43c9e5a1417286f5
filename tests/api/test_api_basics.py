"""The API's contract: tokens, problem details, pagination, ETags, and its documents."""

from __future__ import annotations

from tests.api.world import bearer


def test_without_a_token_the_api_answers_401_as_a_problem(client):
    response = client.get("/api/v1/needs")
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert response.json["reason"] == "unauthenticated"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_wrong_or_revoked_token_is_401(client, world):
    keys, _ids = world
    assert client.get("/api/v1/me", headers=bearer("pp_nope")).status_code == 401
    me = client.get("/api/v1/me", headers=bearer(keys["ketua"])).json
    tokens = client.get("/api/v1/tokens", headers=bearer(keys["ketua"])).json
    own = next(t for t in tokens if t["name"] == "tests")
    assert (
        client.delete(f"/api/v1/tokens/{own['id']}", headers=bearer(keys["ketua"])).status_code
        == 204
    )
    assert client.get("/api/v1/me", headers=bearer(keys["ketua"])).status_code == 401
    assert me["scopes"] == ["read", "write"]


def test_a_session_cookie_does_not_authenticate_the_api(client, world):
    from marketplace.extensions import db
    from marketplace.models import User
    from tests.factories import login

    with client.application.app_context():
        user = db.session.scalar(db.select(User).where(User.name == "ketua"))
        login(client, user)
    assert client.get("/dashboard").status_code == 200
    assert client.get("/api/v1/me").status_code == 401


def test_a_read_token_cannot_write(client, world):
    keys, ids = world
    response = client.patch(
        f"/api/v1/needs/{ids['need']}",
        json={"title": "Baru"},
        headers=bearer(keys["read_only_ketua"]),
    )
    assert response.status_code == 403
    assert response.json["reason"] == "insufficient_scope"


def test_reads_carry_an_etag_and_answer_304_when_unchanged(client, world):
    keys, ids = world
    first = client.get(f"/api/v1/needs/{ids['need']}", headers=bearer(keys["outsider"]))
    assert first.status_code == 200 and first.headers["ETag"]
    again = client.get(
        f"/api/v1/needs/{ids['need']}",
        headers=bearer(keys["outsider"]) | {"If-None-Match": first.headers["ETag"]},
    )
    assert again.status_code == 304 and again.data == b""


def test_pages_follow_the_cursor_to_the_end_without_repeats(client, world):
    keys, _ids = world
    seen, url = [], "/api/v1/needs?limit=1"
    while url:
        page = client.get(url, headers=bearer(keys["outsider"])).json
        seen += [n["id"] for n in page["items"]]
        url = page["next"]
    assert len(seen) == len(set(seen)) >= 2
    assert seen == sorted(seen, reverse=True)


def test_a_broken_cursor_is_invalid_input(client, world):
    keys, _ids = world
    response = client.get("/api/v1/needs?cursor=%%%", headers=bearer(keys["outsider"]))
    assert response.status_code == 422
    assert "cursor" in response.json["errors"]


def test_invalid_input_names_each_field(client, world):
    keys, ids = world
    response = client.post(
        f"/api/v1/groups/{ids['group']}/needs",
        json={"kind": "cooking", "title": "x" * 300, "quantity": -1, "extra": 1},
        headers=bearer(keys["ketua"]),
    )
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert set(response.json["errors"]) >= {"kind", "title", "quantity", "extra"}


def test_malformed_json_nul_bytes_and_huge_numbers_are_refused_not_500(client, world):
    keys, ids = world
    url, headers = f"/api/v1/groups/{ids['group']}/needs", bearer(keys["ketua"])
    bad_json = client.post(
        url, data="{not json", headers=headers | {"Content-Type": "application/json"}
    )
    assert bad_json.status_code == 400 and bad_json.json["reason"] == "malformed_json"
    nul = client.post(url, json={"kind": "training", "title": "a\x00b"}, headers=headers)
    assert nul.status_code == 422 and "title" in nul.json["errors"]
    huge = client.post(
        url, json={"kind": "training", "title": "T", "budget": 1e300}, headers=headers
    )
    assert huge.status_code == 422 and "budget" in huge.json["errors"]
    wrong_type = client.post(url, json=["a list"], headers=headers)
    assert wrong_type.status_code in (400, 422)
    big_id = client.get("/api/v1/needs/99999999999999999999", headers=headers)
    assert big_id.status_code == 404 and big_id.mimetype == "application/problem+json"


def test_an_illegal_status_change_is_409(client, world):
    keys, ids = world
    headers = bearer(keys["ketua"])
    url = f"/api/v1/needs/{ids['draft']}/status"
    response = client.post(url, json={"to": "fulfilled"}, headers=headers)
    assert response.status_code == 409 and response.json["reason"] == "conflict"


def test_a_need_posted_through_the_api_is_the_same_as_from_the_page(client, world):
    keys, ids = world
    response = client.post(
        f"/api/v1/groups/{ids['group']}/needs",
        json={
            "kind": "training",
            "title": "Pelatihan anyaman rotan",
            "tags": ["rotan"],
            "budget": 1500000.5,
        },
        headers=bearer(keys["ketua"]),
    )
    assert response.status_code == 201
    need = response.json
    assert need["status"] == "open" and need["budget"] == 1500000.5
    assert "closed" in need["allowed_statuses"]
    patched = client.patch(
        f"/api/v1/needs/{need['id']}", json={"capacity": 12}, headers=bearer(keys["ketua"])
    )
    assert patched.json["capacity"] == 12 and patched.json["title"] == "Pelatihan anyaman rotan"


def test_contacts_show_only_after_both_sides_accept(client, world):
    keys, ids = world
    headers = bearer(keys["ketua"])
    proposed = client.get(f"/api/v1/matches/{ids['proposed']}", headers=headers).json
    introduced = client.get(f"/api/v1/matches/{ids['introduced']}", headers=headers).json
    assert proposed["contacts"] is None
    assert introduced["contacts"]["people"]


def test_the_group_accepts_and_the_provider_then_sees_it(client, world):
    keys, ids = world
    url = f"/api/v1/matches/{ids['proposed']}"
    assert client.get(url, headers=bearer(keys["provider"])).status_code == 404
    as_group = client.post(
        f"{url}/transitions", json={"to": "accepted"}, headers=bearer(keys["ketua"])
    )
    assert as_group.status_code == 409  # the group's step is group_accepted
    ok = client.post(
        f"{url}/transitions", json={"to": "group_accepted"}, headers=bearer(keys["ketua"])
    )
    assert ok.status_code == 200 and ok.json["state"] == "group_accepted"
    seen = client.get(url, headers=bearer(keys["provider"])).json
    assert seen["allowed_moves"] == ["accepted", "declined"]
    not_theirs = client.post(
        f"{url}/transitions", json={"to": "accepted"}, headers=bearer(keys["ketua"])
    )
    assert not_theirs.status_code == 403


def test_the_openapi_document_is_3_1_and_has_only_the_api(client):
    spec = client.get("/api/v1/openapi.json").json
    assert spec["openapi"].startswith("3.1")
    assert all(path.startswith("/api/v1/") for path in spec["paths"])
    assert spec["components"]["securitySchemes"]["BearerAuth"]["scheme"] == "bearer"


def test_the_docs_page_loads_swagger_ui_from_our_own_static_files(client):
    import re

    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert [s.rsplit("/", 1)[-1].split(".")[0] for s in scripts] == [
        "swagger-ui-bundle",
        "api-docs",
    ]
    assert all(s.startswith("/static/") for s in scripts)
    assert "<script>" not in html and "http" not in html.split("<body>")[1]
    for src in scripts:
        assert client.get(src).status_code == 200


def test_html_pages_keep_html_errors(client):
    response = client.get("/needs/999999")
    assert response.status_code == 404 and response.mimetype == "text/html"


def test_the_work_starts_and_its_outcome_is_recorded_and_read(client, world):
    keys, ids = world
    url = f"/api/v1/matches/{ids['introduced']}"
    started = client.post(
        f"{url}/transitions", json={"to": "in_progress"}, headers=bearer(keys["provider"])
    )
    assert started.json["state"] == "in_progress"
    assert "completed" not in started.json["allowed_moves"]  # the provider does not complete
    recorded = client.post(
        f"{url}/outcome",
        json={"people_trained": 18, "price": 2500000, "notes": "Lancar"},
        headers=bearer(keys["ketua"]),
    )
    assert recorded.status_code == 201
    outcome = client.get(f"{url}/outcome", headers=bearer(keys["provider"])).json
    assert (outcome["people_trained"], outcome["price"], outcome["notes"]) == (
        18,
        2500000,
        "Lancar",
    )
    again = client.post(f"{url}/outcome", json={}, headers=bearer(keys["ketua"]))
    assert again.status_code == 409


def test_suggestions_say_whether_they_are_prepared(client, world):
    keys, ids = world
    answer = client.get(
        f"/api/v1/needs/{ids['open_need']}/suggestions", headers=bearer(keys["facilitator"])
    )
    assert answer.status_code == 200
    assert answer.json["readiness"] in ("ready", "preparing", "stale")
    assert isinstance(answer.json["items"], list)


def test_prepared_suggestions_come_with_their_reasons_both_ways(app, client, world):
    from marketplace.services.suggesting.preparation import run_burst

    keys, ids = world
    client.post(
        f"/api/v1/providers/{ids['provider']}/offers",
        json={"kind": "training", "title": "Pelatihan menjahit pakaian", "tags": ["menjahit"]},
        headers=bearer(keys["provider"]),
    )
    with app.app_context():
        run_burst()
    for_need = client.get(
        f"/api/v1/needs/{ids['open_need']}/suggestions", headers=bearer(keys["facilitator"])
    ).json
    assert for_need["readiness"] == "ready"
    sewing = next(i for i in for_need["items"] if i["offer"]["title"].endswith("pakaian"))
    assert sewing["reasons"] and sewing["score"] > 0
    offer_id = sewing["offer"]["id"]
    for_offer = client.get(
        f"/api/v1/offers/{offer_id}/suggestions", headers=bearer(keys["provider"])
    ).json
    assert ids["open_need"] in [item["need"]["id"] for item in for_offer["items"]]


def test_field_messages_are_in_the_readers_language(client, world):
    keys, ids = world
    url, headers = f"/api/v1/groups/{ids['group']}/needs", bearer(keys["ketua"])
    indonesian = client.post(url, json={"title": "T", "quantity": "x"}, headers=headers).json
    assert indonesian["errors"]["quantity"] == ["Bukan bilangan bulat."]
    english = client.post(
        url, json={"title": "T", "quantity": "x"}, headers=headers | {"Accept-Language": "en"}
    ).json
    assert english["errors"]["quantity"] == ["Not a whole number."]


def test_a_group_registered_through_the_api_has_its_caller_as_chair(client, world):
    keys, _ids = world
    made = client.post(
        "/api/v1/groups",
        json={"name": "KWT Melati", "province_code": "34", "regency_code": "34.04"},
        headers=bearer(keys["outsider"]),
    )
    assert made.status_code == 201
    group = made.json
    assert (group["name"], group["stage"], group["regency_code"]) == (
        "KWT Melati",
        "penumbuhan",
        "34.04",
    )
    changed = client.patch(
        f"/api/v1/groups/{group['id']}",
        json={"products": "Keripik pisang", "members_count": 18},
        headers=bearer(keys["outsider"]),
    )
    assert (changed.json["products"], changed.json["members_count"]) == ("Keripik pisang", 18)
    assert changed.json["province_code"] == "34"


def test_a_group_in_a_regency_outside_its_province_is_422_with_the_field(client, world):
    keys, _ids = world
    response = client.post(
        "/api/v1/groups",
        json={"name": "KWT Melati", "province_code": "34", "regency_code": "33.01"},
        headers=bearer(keys["outsider"]),
    )
    assert response.status_code == 422
    assert "regency_code" in response.json["errors"]


def test_a_provider_registered_through_the_api_starts_unverified(client, world):
    keys, _ids = world
    made = client.post(
        "/api/v1/providers",
        json={"name": "Pelatih Tahu Bantul", "type": "trainer", "province_code": "34",
              "website": "https://tahu.example.org", "contact_phone": "0812 1111 2222"},
        headers=bearer(keys["outsider"]),
    )  # fmt: skip
    assert made.status_code == 201
    assert made.json["verified"] is False
    assert made.json["contacts"] == {"email": None, "phone": "0812 1111 2222"}  # its own
    bad = client.patch(
        f"/api/v1/providers/{made.json['id']}",
        json={"website": "javascript:alert(1)"},
        headers=bearer(keys["outsider"]),
    )
    assert bad.status_code == 422 and "website" in bad.json["errors"]


def test_an_argument_that_url_for_reserves_does_not_break_the_next_link(client, world):
    keys, _ids = world
    response = client.get("/api/v1/needs?limit=1&_method=POST", headers=bearer(keys["ketua"]))
    assert response.status_code == 200
    assert "cursor=" in response.json["next"] and "_method" not in response.json["next"]


def test_a_search_by_words_pages_its_matches_only_newest_id_first(app, client, world):
    from tests.factories import make_group, make_need, make_user

    keys, _ids = world
    with app.app_context():
        group = make_group(make_user())
        wanted = [make_need(group, title=f"Pelatihan anyaman purun {i}").id for i in range(3)]
        make_need(group, title="Pelatihan menjahit")
    seen, url = [], "/api/v1/needs?q=purun&limit=2"
    while url:
        page = client.get(url, headers=bearer(keys["outsider"])).json
        seen += [item["id"] for item in page["items"]]
        url = page["next"]
    assert seen == sorted(wanted, reverse=True)
