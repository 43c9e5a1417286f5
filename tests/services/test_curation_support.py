"""Caseloads, the dashboard's figures, reputation, the outbox and consultations."""

from __future__ import annotations

from datetime import timedelta

import pytest

from marketplace.errors import PermissionDenied, ValidationFailed
from marketplace.extensions import db
from marketplace.models import OutboxMessage
from marketplace.models.base import utcnow
from marketplace.services.accounts import users
from marketplace.services.curation import actions, caseload
from marketplace.services.insight import impact
from marketplace.services.messaging import consultations, mailer
from marketplace.services.parties import coverage
from marketplace.services.suggesting import inputs, reputation
from tests.factories import add_member, make_group, make_need, make_offer, make_provider, make_user
from tests.fake_smtp import FakeSMTP


@pytest.fixture
def cast(ctx):
    facilitator = make_user("Dewi", facilitator=True)
    chair, member, trainer = make_user("Slamet"), make_user("Wati"), make_user("Sri")
    group = make_group(chair)
    add_member(group, member)
    caseload.assign(facilitator=facilitator, province_code=group.province_code)
    provider = make_provider(trainer)
    return facilitator, chair, member, trainer, group, provider


def test_a_province_assignment_brings_its_groups_into_the_caseload(cast):
    facilitator, *_, group, _provider = cast
    assert caseload.caseload_groups(facilitator) == [group]
    outsider = make_user(facilitator=True)
    assert caseload.caseload_groups(outsider) == []


def test_a_facilitator_whose_role_is_withdrawn_keeps_no_caseload_by_assignment(cast):
    facilitator, *_, group, _provider = cast
    users.set_system_roles(facilitator, facilitator=False, admin=False)
    assert caseload.caseload_groups(facilitator) == []
    users.set_system_roles(facilitator, facilitator=True, admin=False)
    assert caseload.caseload_groups(facilitator) == [group]


def test_an_internal_facilitator_needs_no_role_for_their_own_group(cast):
    _facilitator, chair, *_rest, group, _provider = cast
    group.internal_facilitator_id = chair.id
    db.session.commit()
    assert not chair.is_facilitator
    assert caseload.caseload_groups(chair) == [group]


def test_untouched_needs_are_flagged_first(cast, app):
    facilitator, chair, _member, _trainer, group, provider = cast
    calm = make_group(chair, name="Kelompok Tenang")
    old = make_need(group, title="Pelatihan anyaman rotan")
    old.created_at = utcnow() - timedelta(days=app.config["STALE_NEED_DAYS"] + 2)
    make_need(calm, title="Pelatihan batik tulis")
    db.session.commit()
    cases = caseload.caseload(facilitator, stale_days=app.config["STALE_NEED_DAYS"]).cases
    assert cases[0].group.id == group.id and cases[0].untouched_count == 1
    assert cases[0].untouched_ids == {old.id}
    actions.propose(
        old, make_offer(provider, title="Rattan weaving course"), by=facilitator, note=""
    )
    cases = caseload.caseload(facilitator, stale_days=app.config["STALE_NEED_DAYS"]).cases
    assert all(not c.untouched_count for c in cases)


def test_the_dashboard_counts_a_completed_match(cast):
    facilitator, chair, _member, trainer, group, provider = cast
    need, offer = make_need(group), make_offer(provider)
    other_offer = make_offer(provider, title="Kursus tahu")
    other = actions.propose(need, other_offer, by=facilitator, note="")
    actions.decide(other, by=chair, accept=False, reason_code="too_expensive")
    match = actions.propose(need, offer, by=facilitator, note="")
    actions.decide(match, by=chair, accept=True)
    actions.decide(match, by=trainer, accept=True)
    actions.start_work(match, by=trainer)
    actions.complete(match, by=chair, outcome={"people_trained": 18, "price": 2_500_000})
    figures = impact.measure(impact.Scope(group_ids=frozenset({group.id})))
    assert (figures.completed, figures.people_trained, figures.value_sold) == (1, 18, 2_500_000)
    assert (
        figures.proposals == 2 and figures.group_decisions == 2 and figures.acceptance_rate == 0.5
    )
    assert figures.decline_reasons == {"too_expensive": 1}
    assert "people_trained,18" in impact.impact_csv(figures, lambda section, key: key)
    assert impact.measure(impact.Scope(group_ids=frozenset())).completed == 0


def test_the_dashboard_counts_a_caseload_in_the_database_as_by_ids(cast):
    facilitator, chair, _member, trainer, group, provider = cast
    elsewhere = make_group(chair, province_code="33", regency_code="33.10")
    make_need(group, sector="food_processing")
    make_need(group, kind="market", title="Cari pembeli keripik")
    make_need(elsewhere, title="Pelatihan batik")
    need = make_need(group)
    match = actions.propose(need, make_offer(provider), by=facilitator, note="")
    actions.decide(match, by=chair, accept=True)
    actions.decide(match, by=trainer, accept=True)
    by_clause = impact.measure(impact.Scope(groups=caseload.caseload_filter(facilitator)))
    by_ids = impact.measure(impact.Scope(group_ids=caseload.caseload_group_ids(facilitator)))
    followed = coverage.followed_groups_values(facilitator)
    by_values = impact.measure(impact.Scope(followed=followed))  # statements built once
    assert by_clause == by_ids == by_values
    for filters in ({"kind": "market"}, {"sector": "food_processing"}, {"province": "33"}):
        clause = caseload.caseload_filter(facilitator)
        assert impact.measure(impact.Scope(groups=clause, **filters)) == impact.measure(
            impact.Scope(followed=followed, **filters)
        )
    everyone = impact.measure(impact.Scope(province="33"))  # an admin's, filtered
    assert everyone.open_by_province == {"33": 1}
    assert by_clause.open_by_kind == {"training": 1, "market": 1}  # the matched need is not open
    assert by_clause.open_by_province == {group.province_code: 2}
    assert (by_clause.proposals, by_clause.accepted) == (1, 1)
    assert by_clause.days_to_first_proposal == 0.0 and by_clause.days_to_acceptance == 0.0


def test_group_ratings_become_the_providers_reputation_in_the_engine(cast):
    facilitator, chair, _member, trainer, group, provider = cast
    need, offer = make_need(group), make_offer(provider)
    assert reputation.reputations([provider.id]) == {}
    match = actions.propose(need, offer, by=facilitator, note="")
    actions.decide(match, by=chair, accept=True)
    actions.decide(match, by=trainer, accept=True)
    actions.start_work(match, by=chair)
    actions.complete(match, by=chair, outcome={})
    actions.give_feedback(match, by=chair, rating=5, comment="")
    score = reputation.reputations([provider.id])[provider.id]
    assert 0.5 < score < 1
    assert inputs.load_offers([offer.id])[0].input.reputation == score


def test_send_outbox_delivers_each_message_once(cast, app):
    app.config["MAIL_SERVER"] = "smtp.example.org"
    _facilitator, chair, *_ = cast
    from marketplace.services.accounts.users import request_password_reset

    with app.test_request_context():
        request_password_reset(chair.email)
    FakeSMTP.reset()
    queued = db.session.query(OutboxMessage).count()
    assert mailer.send_outbox(smtp_factory=FakeSMTP) == (queued, 0)
    assert mailer.send_outbox(smtp_factory=FakeSMTP) == (0, 0)
    assert len(FakeSMTP.recipients) == queued and chair.email in FakeSMTP.recipients
    assert db.session.query(OutboxMessage).filter(OutboxMessage.sent_at.is_(None)).count() == 0


def test_send_outbox_needs_a_server(ctx):
    with pytest.raises(RuntimeError):
        mailer.send_outbox(smtp_factory=FakeSMTP)


def test_consultation_between_the_group_and_its_facilitator(cast):
    facilitator, chair, member, trainer, group, _provider = cast
    with pytest.raises(PermissionDenied):
        consultations.open_consultation(group, by=member, subject="Harga", body="?")
    thread = consultations.open_consultation(group, by=chair, subject="Harga jual", body="Berapa?")
    consultations.reply(thread, by=facilitator, body="Coba hitung HPP dulu.")
    with pytest.raises(PermissionDenied):
        consultations.reply(thread, by=trainer, body="spam")
    consultations.close(thread, by=facilitator)
    with pytest.raises(ValidationFailed):
        consultations.reply(thread, by=chair, body="lagi")
    assert [m.body for m in thread.messages] == ["Berapa?", "Coba hitung HPP dulu."]
