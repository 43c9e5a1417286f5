"""A need page costs the same few queries however many matches the need has: permissions
read what the request loaded once with the user, and the matches come with their offers."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from marketplace import permissions
from marketplace.auth.sessions import load_user
from marketplace.extensions import db
from marketplace.models import Match, Need, User
from marketplace.services.curation import caseload
from tests.factories import login, make_group, make_need, make_offer, make_provider, make_user, snap


@contextmanager
def counted_queries():
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    engine = db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def a_need_with_matches(n: int) -> tuple[int, dict]:
    chair, facilitator = make_user("ketua"), make_user("pendamping", facilitator=True)
    group = make_group(chair)
    caseload.assign(facilitator=facilitator, province_code=group.province_code)
    need = make_need(group)
    for i in range(n):
        provider = make_provider(make_user(f"penyedia {i}"), name=f"Pelatih Tahu {i}")
        state = ("proposed", "group_accepted", "accepted", "declined")[i % 4]
        db.session.add(Match(need=need, offer=make_offer(provider), state=state, origin="engine"))
    db.session.commit()
    return need.id, {"ketua": snap(chair), "pendamping": snap(facilitator)}


def queries_on_the_need_page(app, n: int, who: str) -> int:
    with app.app_context():
        need_id, people = a_need_with_matches(n)
    client = app.test_client()
    login(client, people[who])
    client.get(f"/needs/{need_id}")  # warm: the first request loads the session's user
    with app.app_context(), counted_queries() as statements:
        page = client.get(f"/needs/{need_id}")
    assert page.status_code == 200
    assert page.text.count("Pelatih Tahu") >= n
    return len(statements)


@pytest.mark.parametrize("who", ["ketua", "pendamping"])
def test_the_need_page_does_not_query_once_per_match(app, who):
    few = queries_on_the_need_page(app, 2, who)
    many = queries_on_the_need_page(app, 12, who)
    assert many == few, f"{few} queries for 2 matches, {many} for 12"
    assert few <= 8, few  # the chair: 8 (13 before round 3), the facilitator: 5


def test_permission_checks_run_no_queries_of_their_own(app):
    with app.app_context():
        need_id, people = a_need_with_matches(3)
        token = db.session.get(User, people["pendamping"].id).session_token
    with app.app_context():
        user = load_user(token)
        need = db.session.get(Need, need_id)
        matches = list(db.session.scalars(select(Match).where(Match.need_id == need_id)))
        for match in matches:  # what the page shows is loaded; the checks must add nothing
            _ = match.offer.provider, match.need.group
        with counted_queries() as statements:
            for match in matches:
                assert permissions.can_view_match(user, match)
                permissions.match_roles(user, match)
                permissions.can_see_contacts(user, match)
            assert permissions.can_view_need(user, need)
            assert permissions.follows_group(user, need.group)
            permissions.can_edit_need(user, need)
        assert statements == []
