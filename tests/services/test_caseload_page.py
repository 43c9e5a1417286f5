"""The caseload page's counts, read in one statement around its page of groups, against
the same figures counted in Python from the groups' needs and matches."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select, text

from marketplace.extensions import db
from marketplace.lifecycle import ASKED_OF_FACILITATOR, LIVE_LISTING_STATES
from marketplace.models import FacilitatorAssignment, Group, Match, Need
from marketplace.models.base import utcnow
from marketplace.services.accounts import users
from marketplace.services.curation import caseload
from marketplace.services.parties import coverage
from tests.factories import KLATEN, make_group, make_need, make_offer, make_provider, make_user

STALE_DAYS = 7


def _expected(group: Group, now) -> dict:
    """A card's figures from the ORM objects, as the page defines them."""
    stale_before = now - timedelta(days=STALE_DAYS)
    live = [n for n in group.needs if n.status in LIVE_LISTING_STATES]
    matches = list(db.session.scalars(select(Match).where(Match.need_id.in_([n.id for n in live]))))
    touched = {m.need_id for m in matches if m.state != "suggested"}
    untouched = [n for n in live if n.created_at <= stale_before and n.id not in touched]
    asked = sum(m.state in ASKED_OF_FACILITATOR for m in matches)
    return {
        "open_count": len(live),
        "untouched_count": len(untouched),
        "waiting": {
            state: n
            for state in caseload.SHOWN_STATES
            if (n := sum(m.state == state for m in matches))
        },
        "waiting_on_facilitator_count": asked,
        "attention": len(untouched) * 10 + asked,
    }


def _actual(case: caseload.GroupCase) -> dict:
    return {
        "open_count": case.open_count,
        "untouched_count": case.untouched_count,
        "waiting": case.waiting,
        "waiting_on_facilitator_count": case.waiting_on_facilitator_count,
        "attention": case.attention,
    }


def _caseload_fixture():
    """Five groups in Sleman, one in Klaten; needs of every age and status; matches in
    the states a card counts, and others."""
    facilitator = make_user("Dewi", facilitator=True)
    chair, trainer = make_user("Slamet"), make_user("Sri")
    provider = make_provider(trainer)
    groups = [make_group(chair, name=f"Kelompok {name}") for name in "ABCDE"]
    far = make_group(chair, name="Kelompok Jauh", **KLATEN)
    caseload.assign(facilitator=facilitator, regency_code="34.04")
    old = utcnow() - timedelta(days=STALE_DAYS + 3)
    plan = {
        # group index: (needs as (days old, status), match states of the first needs)
        0: ([(10, "open"), (10, "open"), (1, "open")], []),
        1: ([(10, "open"), (10, "matched"), (12, "closed")], ["responded", "proposed"]),
        2: ([(1, "open"), (2, "open")], ["group_accepted", "suggested"]),
        3: ([(10, "open"), (10, "open")], ["suggested", "requested"]),
        4: ([], []),
    }
    for index, (needs, states) in plan.items():
        made = []
        for days, status in needs:
            need = make_need(groups[index], title=f"Butuh {index}-{len(made)}")
            need.created_at = utcnow() - timedelta(days=days)
            need.status = status
            made.append(need)
        for need, state in zip(made, states, strict=False):
            offer = make_offer(provider, title=f"Tawaran {need.id}")
            db.session.add(Match(need=need, offer=offer, state=state, origin="engine"))
    stale_far = make_need(far, title="Butuh jauh")
    stale_far.created_at = old
    db.session.commit()
    return facilitator, groups, far


def test_each_card_counts_what_its_groups_needs_and_matches_hold(ctx):
    facilitator, groups, far = _caseload_fixture()
    now = utcnow()
    result = caseload.caseload(facilitator, stale_days=STALE_DAYS, now=now, per_page=3)
    pages = [result.cases]
    pages.append(
        caseload.caseload(facilitator, stale_days=STALE_DAYS, now=now, page=2, per_page=3).cases
    )
    cases = [case for page in pages for case in page]
    assert result.total == 5 and far.id not in {c.group.id for c in cases}
    by_id = {g.id: g for g in groups}
    for case in cases:
        assert _actual(case) == _expected(by_id[case.group.id], now), case.group.name
    # the most attention first, then by name
    order = [(-c.attention, c.group.name) for c in cases]
    assert order == sorted(order)
    assert [c.group.name for c in cases][:2] == ["Kelompok A", "Kelompok D"]
    # the answers waiting on the facilitator are listed on their cards
    listed = {c.group.name: [m.state for m in c.waiting_on_facilitator] for c in cases}
    assert listed["Kelompok B"] == ["responded"] and listed["Kelompok D"] == ["requested"]
    assert listed["Kelompok C"] == [] and listed["Kelompok A"] == []


def test_past_the_last_page_the_total_still_counts(ctx):
    facilitator, _groups, _far = _caseload_fixture()
    beyond = caseload.caseload(facilitator, stale_days=STALE_DAYS, page=4, per_page=2)
    assert (beyond.cases, beyond.total) == ([], 5)


def test_an_admin_sees_every_group(ctx):
    _facilitator, _groups, far = _caseload_fixture()
    admin = make_user("Admin", admin=True)
    result = caseload.caseload(admin, stale_days=STALE_DAYS, per_page=20)
    assert result.total == 6 and far.id in {c.group.id for c in result.cases}


def _followed(user) -> set[int]:
    bound = select(Group.id).where(coverage.FOLLOWED_GROUPS)
    by_values = set(db.session.scalars(bound, coverage.followed_groups_values(user)))
    by_clause = set(
        db.session.scalars(select(Group.id).where(coverage.followed_groups_clause(user)))
    )
    assert by_values == by_clause
    return by_values


def test_the_bound_caseload_clause_selects_what_the_written_one_does(ctx):
    chair = make_user("Slamet")
    sleman = [make_group(chair, name=f"Sleman {i}") for i in range(2)]
    bantul = make_group(chair, name="Bantul", regency_code="34.02")
    klaten = make_group(chair, name="Klaten", **KLATEN)
    lonely = make_group(chair, name="Sendiri", province_code="32", regency_code="32.01")
    person = make_user("Dewi", facilitator=True)
    assert _followed(person) == set()
    caseload.assign(facilitator=person, regency_code="34.04")
    assert _followed(person) == {g.id for g in sleman}
    caseload.assign(facilitator=person, group=klaten)
    caseload.assign(facilitator=person, province_code="34")
    assert _followed(person) == {g.id for g in sleman} | {bantul.id, klaten.id}
    # assignments count only while the person holds the role
    users.set_system_roles(person, facilitator=False, admin=False)
    assert _followed(person) == set()
    # an internal facilitator follows their own group without the role
    lonely.internal_facilitator_id = person.id
    db.session.commit()
    assert _followed(person) == {lonely.id}
    assert db.session.scalar(select(FacilitatorAssignment.id).limit(1)) is not None


def test_a_card_counts_every_live_need_though_it_shows_the_first_ten(ctx):
    facilitator = make_user("Dewi", facilitator=True)
    group = make_group(make_user("Slamet"), name="Kelompok Ramai")
    caseload.assign(facilitator=facilitator, regency_code="34.04")
    for i in range(13):
        need = make_need(group, title=f"Butuh {i}")
        need.created_at = utcnow() - timedelta(days=30 - i if i < 10 else 1)  # three fresh
        need.status = "closed" if i == 0 else "open"
    db.session.commit()
    (case,) = caseload.caseload(facilitator, stale_days=STALE_DAYS).cases
    assert (case.open_count, case.untouched_count) == (12, 9)
    assert [n.title for n in case.open_needs] == [f"Butuh {i}" for i in range(1, 11)]
    assert len(case.untouched_ids) == 9  # the shown ones among the untouched


def test_the_untouched_needs_are_counted_in_the_states_of_the_partial_index(ctx):
    """``ix_needs_live_by_group`` (PostgreSQL) holds the needs in the live states; the
    caseload writes those states into its statements, so a plan kept for every page may
    read the index. A change of the live states must change the index with them."""
    page = caseload._page_statements(every_group=False, per_page=20).page
    assert "POSTCOMPILE_live_states" in str(page.compile(dialect=db.engine.dialect))
    untouched = select(Need.id).where(caseload._untouched(utcnow()))
    sql = str(
        untouched.compile(dialect=db.engine.dialect, compile_kwargs={"render_postcompile": True})
    )
    states = ", ".join(f"'{state}'" for state in LIVE_LISTING_STATES)
    assert f"needs.status IN ({states})" in sql
    if db.engine.dialect.name != "postgresql":
        return
    predicate = db.session.scalar(
        text(
            "SELECT pg_get_expr(indpred, indrelid) FROM pg_index "
            "WHERE indexrelid = 'ix_needs_live_by_group'::regclass"
        )
    )
    assert set(re.findall(r"'(\w+)'", predicate)) == set(LIVE_LISTING_STATES)
