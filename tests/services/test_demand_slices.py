"""The worker counts unmet demand a slice at a time, with the rows of a count at once."""

from __future__ import annotations

from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import UnmetDemand
from marketplace.services.insight import demand
from marketplace.services.suggesting.preparation import run_burst
from tests.factories import make_group, make_need, make_offer, make_provider, make_user

BALI = {"province_code": "51", "regency_code": None}


def rows() -> list[tuple]:
    return db.session.execute(
        select(UnmetDemand.province, UnmetDemand.sector, UnmetDemand.concept,
               UnmetDemand.kind, UnmetDemand.groups, UnmetDemand.needs,
               UnmetDemand.need_ids).order_by(UnmetDemand.concept, UnmetDemand.province)
    ).all()  # fmt: skip


def test_a_count_in_slices_writes_what_a_count_at_once_writes(ctx):
    for i, subject in enumerate(["izin PIRT untuk keripik", "budidaya lele", "anyaman rotan"]):
        group = make_group(make_user(), **BALI, name=f"KWT Bali {i}")
        make_need(group, title=f"Pelatihan {subject}", tags=[])
        make_need(group, title="Pelatihan izin PIRT untuk keripik", tags=[])
    make_offer(make_provider(make_user(), **BALI, service_area=["51"]),
               title="Pelatihan desain kemasan produk", tags=[])  # fmt: skip
    db.session.commit()
    preparer = run_burst()  # prepares the suggestions and counts at once
    at_once = rows()
    assert at_once
    db.session.execute(UnmetDemand.__table__.delete())
    db.session.commit()
    counting, steps = demand.Counting(), 1
    while not counting.step(preparer.engine, size=1):
        steps += 1
    assert steps == 6  # one need per slice
    counting.write(preparer.engine)
    assert rows() == at_once
