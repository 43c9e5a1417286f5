"""PostgreSQL knows how many offers reach everywhere: statistics on the very expression the
place filter of offer browsing tests (migration f2c8d4e6a913), so it reads offers newest first
until a page is found instead of sorting every offer of the kind."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from marketplace.extensions import db
from marketplace.models import Offer
from marketplace.services.listings.search import _json_list_empty
from tests.factories import make_offer, make_provider, make_user


def test_postgresql_estimates_the_offers_that_reach_everywhere(app):
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("PostgreSQL only")
        provider = make_provider(make_user())
        for i in range(40):
            area = [] if i % 2 else ["34"]
            make_offer(provider, title=f"Kursus {i}", service_area=area)
        db.session.execute(text("ANALYZE offers"))
        stmt = select(Offer.id).where(_json_list_empty(Offer.service_area))
        sql = str(stmt.compile(db.engine, compile_kwargs={"literal_binds": True}))
        plan = db.session.execute(text(f"EXPLAIN (FORMAT JSON) {sql}")).scalar_one()
    plan = plan if isinstance(plan, list) else json.loads(plan)
    estimated = plan[0]["Plan"]["Plan Rows"]
    assert 15 <= estimated <= 25  # half of them; without the statistics PostgreSQL guessed 1
