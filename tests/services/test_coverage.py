"""Facilitator coverage: every new group is given to one facilitator covering its place,
and a group nobody covers is told so and waits in a queue a facilitator takes it from."""

from __future__ import annotations

import pytest

from marketplace.errors import ValidationFailed
from marketplace.services.curation import caseload
from marketplace.services.parties import coverage
from tests.factories import KLATEN, SLEMAN, make_group, make_user

BANTUL = {"province_code": "34", "regency_code": "34.02"}
BALI = {"province_code": "51", "regency_code": None}


def facilitator(name: str):
    return make_user(name, facilitator=True)


def test_a_regency_facilitator_is_chosen_before_a_province_facilitator(ctx):
    province_wide = facilitator("Provinsi")
    caseload.assign(facilitator=province_wide, province_code="34")
    sleman = facilitator("Sleman")
    caseload.assign(facilitator=sleman, regency_code="34.04")

    group = make_group(make_user(), **SLEMAN)

    assert [u.name for u in coverage.accompanying(group)] == ["Sleman"]
    assert caseload.facilitators_of(group) == [sleman]


def test_the_province_facilitator_takes_groups_of_regencies_nobody_covers(ctx):
    province_wide = facilitator("Provinsi")
    caseload.assign(facilitator=province_wide, province_code="34")
    caseload.assign(facilitator=facilitator("Sleman"), regency_code="34.04")

    group = make_group(make_user(), **BANTUL)

    assert coverage.accompanying(group) == [province_wide]


def test_the_least_loaded_facilitator_gets_the_next_group(ctx):
    first, second = facilitator("Ayu"), facilitator("Budi")
    for person in (first, second):
        caseload.assign(facilitator=person, province_code="34")

    groups = [make_group(make_user(), **SLEMAN) for _ in range(4)]

    named = [coverage.accompanying(g)[0].name for g in groups]
    assert named == ["Ayu", "Budi", "Ayu", "Budi"]


def test_each_new_group_is_named_for_exactly_one_facilitator(ctx):
    for name in ("Ayu", "Budi", "Citra"):
        caseload.assign(facilitator=facilitator(name), province_code="34")

    group = make_group(make_user(), **SLEMAN)

    assert len(coverage.accompanying(group)) == 1


def test_covering_a_regency_lets_the_facilitator_follow_its_groups(ctx):
    person = facilitator("Sleman")
    caseload.assign(facilitator=person, regency_code="34.04")
    inside = make_group(make_user(), **SLEMAN)
    outside = make_group(make_user(), **BANTUL)

    assert caseload.is_assigned(person, inside)
    assert not caseload.is_assigned(person, outside)
    assert caseload.caseload_groups(person) == [inside]


def test_a_group_nobody_covers_waits_in_the_uncovered_queue(ctx):
    caseload.assign(facilitator=facilitator("Yogya"), province_code="34")
    lonely = make_group(make_user(), name="Kelompok Nelayan Bali", **BALI)
    covered = make_group(make_user(), **SLEMAN)

    assert coverage.accompanying(lonely) == []
    assert lonely in coverage.uncovered_page(page=1, per_page=50).items
    assert covered not in coverage.uncovered_page(page=1, per_page=50).items


def test_a_facilitator_takes_a_group_from_the_queue(ctx):
    lonely = make_group(make_user(), **KLATEN)
    person = facilitator("Relawan")

    caseload.take_group(lonely, facilitator=person)

    assert coverage.accompanying(lonely) == [person]
    assert lonely not in coverage.uncovered_page(page=1, per_page=50).items
    assert lonely in caseload.caseload_groups(person)


def test_a_group_already_accompanied_cannot_be_taken(ctx):
    caseload.assign(facilitator=facilitator("Yogya"), province_code="34")
    group = make_group(make_user(), **SLEMAN)

    with pytest.raises(ValidationFailed):
        caseload.take_group(group, facilitator=facilitator("Lain"))


def test_only_facilitators_take_groups(ctx):
    lonely = make_group(make_user(), **KLATEN)

    with pytest.raises(ValidationFailed):
        caseload.take_group(lonely, facilitator=make_user("Warga"))


def test_an_assignment_names_one_target(ctx):
    person = facilitator("Ayu")
    with pytest.raises(ValidationFailed):
        caseload.assign(facilitator=person, regency_code="34.04", province_code="34")
    with pytest.raises(ValidationFailed):
        caseload.assign(facilitator=person, regency_code="99.99")
