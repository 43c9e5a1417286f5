"""Bad input answers 4xx or a form error, never a 500; and the holes a review found stay shut."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from marketplace.extensions import db
from marketplace.models import Group, Match, Need, Offer, Provider
from marketplace.services.bulk import exports, imports
from marketplace.services.curation import actions, caseload
from marketplace.services.listings import posting
from marketplace.services.parties import groups
from tests.factories import (
    add_member,
    login,
    make_group,
    make_need,
    make_offer,
    make_provider,
    make_user,
    snap,
)

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "url", [f"/needs/{HUGE}", f"/offers/{HUGE}", f"/groups/{HUGE}", f"/providers/{HUGE}",
            f"/matches/{HUGE}", f"/consultations/{HUGE}", "/providers/?page=" + HUGE],
)  # fmt: skip
def test_huge_ids_and_pages_are_not_found_or_ignored(client, url):
    assert client.get(url).status_code in (200, 302, 404)


@pytest.mark.parametrize(
    "field, value", [("quantity", HUGE), ("quantity", "-1"), ("budget", "sNaN"),
                     ("budget", "Infinity"), ("budget", "1e20")],
)  # fmt: skip
def test_out_of_range_numbers_are_field_errors(app, client, field, value):
    with app.app_context():
        chair = make_user()
        group = snap(make_group(chair))
        chair = snap(chair)
    login(client, chair)
    response = client.post(
        f"/groups/{group.id}/needs/new",
        data={"kind": "training", "title": "Pelatihan", field: value},
    )
    assert response.status_code == 200 and "is-invalid" in response.get_data(as_text=True)


def test_a_posted_offer_id_that_is_not_a_number_is_a_404(app, client):
    with app.app_context():
        facilitator = make_user(facilitator=True)
        group = make_group(make_user())
        caseload.assign(facilitator=facilitator, group=group)
        need = snap(make_need(group))
        facilitator = snap(facilitator)
    login(client, facilitator)
    for raw in (HUGE, "1e3", "²"):
        response = client.post(f"/facilitate/needs/{need.id}/propose", data={"offer_id": raw})
        assert response.status_code == 404


@pytest.fixture
def independent_group(ctx):
    facilitator, chair, member = make_user(facilitator=True), make_user(), make_user()
    group = make_group(chair, stage="kemandirian")
    add_member(group, member)
    caseload.assign(facilitator=facilitator, group=group)
    return facilitator, chair, member, group


def test_a_removed_member_stops_facilitating(independent_group):
    from marketplace.permissions import facilitates_group

    facilitator, chair, member, group = independent_group
    groups.name_internal_facilitator(group, user_id=member.id)
    assert facilitates_group(member, group) and not facilitates_group(facilitator, group)
    membership = next(m for m in group.memberships if m.user_id == member.id)
    groups.remove_member(group, membership_id=membership.id)
    assert group.internal_facilitator_id is None
    assert facilitates_group(facilitator, group) and not facilitates_group(member, group)


def test_an_officer_cannot_make_themselves_the_facilitator(app, client):
    with app.app_context():
        facilitator, chair = make_user(facilitator=True), make_user()
        member = make_user()
        group = make_group(chair, stage="kemandirian")
        add_member(group, member)
        caseload.assign(facilitator=facilitator, group=group)
        groups.name_internal_facilitator(group, user_id=member.id)
        chair, group_id = snap(chair), group.id
    login(client, chair)
    response = client.post(f"/groups/{group_id}/internal-facilitator", data={"user_id": chair.id})
    assert response.status_code == 403
    with app.app_context():
        assert db.session.get(Group, group_id).internal_facilitator_id != chair.id


def test_closing_a_listing_withdraws_its_undecided_matches(ctx):
    facilitator, chair, trainer = make_user(facilitator=True), make_user(), make_user()
    group = make_group(chair)
    caseload.assign(facilitator=facilitator, group=group)
    need, offer = make_need(group), make_offer(make_provider(trainer))
    match = actions.propose(need, offer, by=facilitator, note="")
    posting.transition(offer, "withdrawn", reason="mistake")
    assert match.state == "withdrawn" and match.events[-1].actor_id is None


def test_no_one_accepts_a_match_whose_offer_is_gone(ctx):
    facilitator, chair, trainer = make_user(facilitator=True), make_user(), make_user()
    group = make_group(chair)
    caseload.assign(facilitator=facilitator, group=group)
    need, offer = make_need(group), make_offer(make_provider(trainer))
    match = actions.propose(need, offer, by=facilitator, note="")
    actions.decide(match, by=chair, accept=True)
    offer.status = "closed"
    db.session.commit()
    from marketplace.errors import ValidationFailed

    with pytest.raises(ValidationFailed):
        actions.decide(match, by=trainer, accept=True)
    assert db.session.get(Match, match.id).state == "group_accepted"


def test_an_export_imports_back_without_duplicates_or_lost_contacts(ctx):
    group = make_group(make_user())
    provider = make_provider(make_user(), contact_email="sri@example.org", contact_phone="0812")
    make_need(group)
    make_offer(provider)
    counts = [
        db.session.scalar(select(func.count()).select_from(m))
        for m in (Group, Provider, Need, Offer)
    ]
    document = json.loads(json.dumps(exports.export_document()))
    report = imports.import_document(document)
    assert sum(report.created.values()) == 0
    assert [
        db.session.scalar(select(func.count()).select_from(m))
        for m in (Group, Provider, Need, Offer)
    ] == counts
    assert db.session.get(Provider, provider.id).contact_email == "sri@example.org"


@pytest.mark.parametrize(
    "record", [{"kind": ["training"]}, {"quantity": float("nan")}, {"status": ["open"]},
               {"tags": ["x" * 200]}],
)  # fmt: skip
def test_odd_values_in_a_bulk_file_are_reported_not_crashed_on(ctx, record):
    need = {"ref": "n1", "group": "g1", "kind": "training", "title": "Pelatihan"} | record
    document = {
        "groups": [{"ref": "g1", "name": "Kelompok", "province": "Bali"}],
        "providers": [{"ref": "p1", "name": "Penyedia", "province": "Bali"}],
        "needs": [need],
    }
    with pytest.raises(imports.ImportFailed) as failure:
        imports.import_document(document)
    problems = failure.value.problems
    assert any(p.startswith("providers[0] ref=p1: 'type'") for p in problems)
    assert any(p.startswith("needs[0] ref=n1:") for p in problems)


@pytest.mark.parametrize(
    "url", ["/facilitate/?page=" + HUGE, "/facilitate/demand?page=" + HUGE,
            "/facilitate/uncovered?page=" + HUGE, "/facilitate/demand?_method=POST",
            "/facilitate/dashboard?_external=1", "/needs/?_method=POST&page=2"],
)  # fmt: skip
def test_a_facilitators_lists_take_any_page_and_argument(app, client, url):
    with app.app_context():
        facilitator = snap(make_user(facilitator=True))
    login(client, facilitator)
    assert client.get(url).status_code == 200
