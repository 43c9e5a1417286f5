"""The match lifecycle: every transition against every actor, and the audit it leaves."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from marketplace.errors import InvalidTransition, PermissionDenied, ValidationFailed
from marketplace.extensions import db
from marketplace.models import Match, MatchEvent, Need, Notification, Offer, OutboxMessage, User
from marketplace.models.base import utcnow
from marketplace.services.curation import actions, caseload, moves
from tests.factories import add_member, make_group, make_need, make_offer, make_provider, make_user

ACTORS = (
    "facilitator",
    "officer",
    "member",
    "provider",
    "outsider",
    "other_facilitator",
    "admin",
    "system",
)
ROLE_OF = {
    "facilitator": "facilitator",
    "admin": "facilitator",
    "officer": "group",
    "provider": "provider",
    "system": "system",
}


# The lifecycle as the product describes it, written out here so that a wrong table in
# match_flow fails these tests: (from, to) → who may make the move.
F, G, P, S = "facilitator", "group", "provider", "system"
EXPECTED = {
    ("suggested", "proposed"): {F},
    ("responded", "proposed"): {F},
    ("requested", "proposed"): {F},
    ("suggested", "dismissed"): {F},
    ("responded", "dismissed"): {F},
    ("requested", "dismissed"): {F},
    ("suggested", "withdrawn"): {S},
    ("responded", "withdrawn"): {S},
    ("requested", "withdrawn"): {S},
    ("proposed", "group_accepted"): {G},
    ("proposed", "declined"): {G},
    ("proposed", "withdrawn"): {F, S},
    ("proposed", "expired"): {S},
    ("group_accepted", "accepted"): {P},
    ("group_accepted", "declined"): {P},
    ("group_accepted", "withdrawn"): {F, S},
    ("group_accepted", "expired"): {S},
    ("accepted", "in_progress"): {F, G, P},
    ("accepted", "withdrawn"): {F, G, P},
    ("in_progress", "completed"): {F, G},
    ("in_progress", "withdrawn"): {F, G, P},
}
NEEDS_REASON = {(start, to) for (start, to) in EXPECTED if to in ("dismissed", "declined")}


def test_the_table_is_the_lifecycle_of_the_product():
    assert {pair: set(rule.actors) for pair, rule in moves.TRANSITIONS.items()} == EXPECTED
    assert {pair for pair, rule in moves.TRANSITIONS.items() if rule.needs_reason} == (
        NEEDS_REASON
    )


@pytest.fixture(scope="module")
def world_ids(base_app, db_connection) -> tuple[dict, int, int]:
    """The cast, built once for the module; each test's changes are rolled back."""
    with base_app.app_context():
        people = {name: make_user(name) for name in ACTORS if name != "system"}
        for name in ("facilitator", "other_facilitator"):
            people[name].is_facilitator = True
        people["admin"].is_admin = True
        db.session.commit()
        group = make_group(people["officer"])
        add_member(group, people["member"], "anggota")
        caseload.assign(facilitator=people["facilitator"], group=group)
        provider = make_provider(people["provider"])
        need, offer = make_need(group), make_offer(provider)
        return {name: user.id for name, user in people.items()}, need.id, offer.id


@pytest.fixture
def world(ctx, world_ids):
    user_ids, need_id, offer_id = world_ids
    people = {name: db.session.get(User, user_id) for name, user_id in user_ids.items()}
    people["system"] = None
    return people, db.session.get(Need, need_id), db.session.get(Offer, offer_id)


def a_match(need, offer, state: str) -> Match:
    match = Match(need=need, offer=offer, state=state, origin="engine")
    db.session.add(match)
    db.session.commit()
    return match


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize(
    ("start", "to"),
    list(EXPECTED),
    ids=[f"{a}->{b}" for a, b in EXPECTED],
)
def test_each_transition_is_made_only_by_its_actors(world, start, to, actor):
    people, need, offer = world
    match = a_match(need, offer, start)
    reason = "other" if (start, to) in NEEDS_REASON else None
    if ROLE_OF.get(actor) in EXPECTED[(start, to)]:
        moves.move(match, to, actor=people[actor], note="n", reason_code=reason)
        assert match.state == to
        event = match.events[-1]
        assert (event.from_state, event.to_state, event.note) == (start, to, "n")
        assert event.actor_id == (people[actor].id if people[actor] else None)
    else:
        with pytest.raises(PermissionDenied):
            moves.move(match, to, actor=people[actor], reason_code=reason)
        assert match.state == start


ALL_STATES = list(moves.STATES)


@pytest.mark.parametrize("start", ALL_STATES)
def test_transitions_outside_the_lifecycle_are_refused(world, start):
    people, need, offer = world
    match = a_match(need, offer, start)
    for to in ALL_STATES:
        if (start, to) in EXPECTED:
            continue
        with pytest.raises(InvalidTransition):
            moves.move(match, to, actor=people["admin"], reason_code="other")
        assert match.state == start


def test_declining_and_dismissing_need_a_structured_reason(world):
    people, need, offer = world
    match = a_match(need, offer, "proposed")
    with pytest.raises(ValidationFailed):
        moves.move(match, "declined", actor=people["officer"], reason_code=None)
    moves.move(match, "declined", actor=people["officer"], reason_code="too_expensive")
    assert match.reason_code == "too_expensive"


def test_the_whole_journey_group_first_then_provider(world):
    people, need, offer = world
    match = actions.propose(need, offer, by=people["facilitator"], note="Bu Sri bisa datang")
    assert match.state == "proposed" and match.note == "Bu Sri bisa datang"
    officer_notes = db.session.scalars(
        select(Notification).where(Notification.user_id == people["officer"].id)
    ).all()
    assert officer_notes and db.session.scalar(
        select(OutboxMessage).where(OutboxMessage.recipient == people["officer"].email)
    )
    with pytest.raises(PermissionDenied):  # the provider cannot jump ahead of the group
        actions.decide(match, by=people["provider"], accept=True)
    actions.decide(match, by=people["officer"], accept=True)
    assert match.state == "group_accepted"
    actions.decide(match, by=people["provider"], accept=True)
    assert match.state == "accepted" and need.status == "matched"
    actions.start_work(match, by=people["provider"])
    actions.complete(match, by=people["officer"], outcome={"people_trained": 20})
    assert match.state == "completed" and match.outcome.people_trained == 20
    assert need.status == "fulfilled"
    actions.give_feedback(match, by=people["officer"], rating=5, comment="Mantap")
    actions.give_feedback(match, by=people["provider"], rating=4, comment="Good group")
    with pytest.raises(ValidationFailed):
        actions.give_feedback(match, by=people["officer"], rating=3, comment="again")
    states = [(e.from_state, e.to_state) for e in match.events]
    assert states == [
        (None, "suggested"),
        ("suggested", "proposed"),
        ("proposed", "group_accepted"),
        ("group_accepted", "accepted"),
        ("accepted", "in_progress"),
        ("in_progress", "completed"),
    ]


def test_a_dismissed_pair_is_not_suggested_or_linked_again(world):
    people, need, offer = world
    actions.dismiss(need, offer, by=people["facilitator"], reason_code="wrong_subject")
    with pytest.raises(ValidationFailed):
        actions.respond(need, offer, by=people["provider"], message="we can", terms={})
    suggested = [o.id for o, _ in actions.suggestions_to_review(need)]
    assert offer.id not in suggested


def test_a_provider_response_goes_to_the_facilitator(world):
    people, need, offer = world
    match = actions.respond(
        need,
        offer,
        by=people["provider"],
        message="Kami bisa",
        terms={"dates": "Januari", "fee": 1000000, "capacity": 25},
    )
    assert match.state == "responded" and match.terms_capacity == 25
    assert db.session.scalar(
        select(Notification).where(Notification.user_id == people["facilitator"].id)
    )
    with pytest.raises(PermissionDenied):
        actions.respond(
            need,
            make_offer(make_provider(people["outsider"])),
            by=people["provider"],
            message="not mine",
            terms={},
        )


def test_only_officers_ask_for_introductions(world):
    people, need, offer = world
    with pytest.raises(PermissionDenied):
        actions.request_introduction(need, offer, by=people["member"], message="tolong")
    match = actions.request_introduction(need, offer, by=people["officer"], message="tolong")
    assert match.state == "requested"


def test_wrong_kinds_cannot_be_linked(world):
    people, need, offer = world
    market = make_offer(offer.provider, kind="market", title="Kami beli tahu")
    with pytest.raises(ValidationFailed):
        actions.propose(need, market, by=people["facilitator"], note="")


def test_unanswered_proposals_expire_and_the_facilitator_is_told(world, app):
    people, need, offer = world
    match = actions.propose(need, offer, by=people["facilitator"], note="")
    later = utcnow() + timedelta(days=app.config["PROPOSAL_EXPIRY_DAYS"] + 1)
    assert actions.expire_stale(now=later) == 1
    assert match.state == "expired"
    assert match.events[-1].actor_id is None
    assert db.session.scalar(
        select(OutboxMessage).where(OutboxMessage.recipient == people["facilitator"].email)
    )
    assert actions.expire_stale(now=later) == 0


def test_outside_facilitator_steps_back_when_the_group_has_its_own(world):
    people, need, offer = world
    need.group.internal_facilitator_id = people["member"].id
    db.session.commit()
    match = a_match(need, offer, "suggested")
    with pytest.raises(PermissionDenied):
        moves.move(match, "proposed", actor=people["facilitator"])
    moves.move(match, "proposed", actor=people["member"])
    assert match.state == "proposed"
    assert db.session.scalar(select(MatchEvent).where(MatchEvent.match_id == match.id))
