"""An API list costs the same few queries however many records its page holds."""

from __future__ import annotations

from sqlalchemy import event

from marketplace.extensions import db
from marketplace.services.curation import actions, caseload
from marketplace.services.integrations import tokens
from tests.api.world import bearer
from tests.factories import make_group, make_need, make_offer, make_provider, make_user


def _queries(app, client, path: str, token: str) -> int:
    client.get(path, headers=bearer(token))  # warm up
    statements = []
    with app.app_context():
        engine = db.engine
    record = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", record)
    try:
        response = client.get(path, headers=bearer(token))
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert response.status_code == 200, response.json
    return len(statements)


def test_the_matches_list_costs_the_same_with_more_matches(app, client):
    with app.app_context():
        facilitator = make_user("Pendamping", facilitator=True)
        group = make_group(make_user("Ketua"))
        caseload.assign(facilitator=facilitator, group=group)
        provider = make_provider(make_user("Pelatih"))
        need = make_need(group)
        actions.propose(need, make_offer(provider, title="Kursus tahu 0"), by=facilitator, note="")
        token = tokens.create_token(facilitator, name="t", scopes=["read"])[1]
        db.session.commit()
        facilitator_id, need_id, provider_id = facilitator.id, need.id, provider.id
    few = _queries(app, client, "/api/v1/matches", token)
    with app.app_context():
        from marketplace.models import Need, Provider, User

        facilitator = db.session.get(User, facilitator_id)
        provider = db.session.get(Provider, provider_id)
        for i in range(1, 6):
            need = make_need(db.session.get(Need, need_id).group, title=f"Pelatihan tahu {i}")
            offer = make_offer(provider, title=f"Kursus tahu {i}")
            actions.propose(need, offer, by=facilitator, note="")
        db.session.commit()
    many = _queries(app, client, "/api/v1/matches", token)
    assert len(client.get("/api/v1/matches", headers=bearer(token)).json["items"]) == 6
    assert many == few
