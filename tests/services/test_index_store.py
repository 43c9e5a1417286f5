"""The saved matching index: used only while it describes the data, with the same output."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import MatchingState, NeedSuggestion
from marketplace.services.listings import posting
from marketplace.services.suggesting import index_store, inputs
from marketplace.services.suggesting.preparation import Preparer
from tests.factories import make_group, make_need, make_offer, make_provider, make_user


@pytest.fixture
def world(ctx, tmp_path):
    ctx.config["MATCH_INDEX_DIR"] = str(tmp_path)
    chair, trainer = make_user("Slamet"), make_user("Sri")
    group, provider = make_group(chair), make_provider(trainer)
    offers = [
        make_offer(provider, title="Pelatihan membuat tahu", tags=["tahu"]),
        make_offer(provider, title="Pelatihan anyaman rotan", tags=["rotan"]),
        make_offer(provider, title="Budidaya lele kolam terpal", tags=["lele"]),
    ]
    needs = [
        make_need(group, title="Kami butuh pelatihan membuat tahu", tags=["tahu"]),
        make_need(group, title="Pelatihan anyam rotan utk ibu2", tags=["rotan"]),
    ]
    db.session.commit()
    return tmp_path, offers, needs


def afresh(ctx) -> dict:
    """What suggest prints with no saved index at all."""
    saved = ctx.config["MATCH_INDEX_DIR"]
    ctx.config["MATCH_INDEX_DIR"] = ""
    try:
        return inputs.suggest_all(10)
    finally:
        ctx.config["MATCH_INDEX_DIR"] = saved


def no_build(monkeypatch) -> None:
    def fail(*args, **kwargs):
        raise AssertionError("built afresh although a current index was saved")

    monkeypatch.setattr(index_store, "build", fail)


def loads(ctx) -> bool:
    engine = inputs.engine_package.MatchEngine(inputs.settings())
    return index_store.load(engine, index_store.pending_ids()) is not None


def test_suggest_loads_the_index_import_saved_and_prints_the_same(ctx, world, monkeypatch):
    folder, _offers, _needs = world
    expected = afresh(ctx)
    assert expected and any(expected.values())
    assert index_store.prepare() == "built"
    assert (folder / index_store.FILE_NAME).exists()
    no_build(monkeypatch)
    assert inputs.suggest_all(10) == expected


def test_an_import_that_changed_nothing_keeps_the_saved_index(ctx, world, monkeypatch):
    folder, _offers, _needs = world
    assert index_store.prepare() == "built"
    saved = (folder / index_store.FILE_NAME).read_bytes()
    no_build(monkeypatch)
    assert index_store.prepare() == "current"
    assert (folder / index_store.FILE_NAME).read_bytes() == saved


def test_an_import_after_a_change_builds_the_index_again(ctx, world):
    _folder, offers, _needs = world
    assert index_store.prepare() == "built"
    posting.update_listing(offers[0], {"kind": "training", "title": "Pelatihan batik tulis",
                                        "tags": ["batik"]})  # fmt: skip
    assert index_store.prepare() == "built"
    assert loads(ctx)


def test_snapshots_off_prepare_nothing(ctx, world):
    ctx.config["MATCH_INDEX_DIR"] = ""
    assert index_store.prepare() is None


def test_a_change_makes_the_saved_index_stale_even_once_the_worker_applied_it(ctx, world):
    _folder, offers, _needs = world
    assert index_store.prepare() == "built"
    assert loads(ctx)
    posting.update_listing(offers[0], {"kind": "training", "title": "Pelatihan batik tulis",
                                        "tags": ["batik"]})  # fmt: skip
    assert not loads(ctx)  # a change is pending
    assert inputs.suggest_all(10) == afresh(ctx)
    preparer = Preparer()
    preparer.hold_lease()
    preparer.load()  # the worker's own fresh build, saved
    assert loads(ctx)
    posting.update_listing(offers[1], {"kind": "training", "title": "Pelatihan madu lebah",
                                        "tags": ["madu"]})  # fmt: skip
    preparer.apply_pending()  # applied in memory: the log is empty again, the index moved on
    assert index_store.pending_ids() == []
    assert not loads(ctx)
    assert inputs.suggest_all(10) == afresh(ctx)


def test_an_index_of_another_database_or_engine_or_cut_short_is_not_used(ctx, world):
    folder, _offers, _needs = world
    assert index_store.prepare() == "built"
    state = db.session.get(MatchingState, 1)
    stamp = dict(state.index_stamp)
    assert loads(ctx)
    state.index_stamp = {**stamp, "token": "another-database"}
    assert not loads(ctx)
    state.index_stamp = {**stamp, "version": "e0-older"}
    assert not loads(ctx)
    state.index_stamp = stamp
    path = folder / index_store.FILE_NAME
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert not loads(ctx)
    assert inputs.suggest_all(10) == afresh(ctx)
    path.unlink()
    assert not loads(ctx)


def test_the_worker_saves_its_index_and_loads_it_again_with_the_same_rows(ctx, world, monkeypatch):
    _folder, _offers, needs = world
    first = Preparer()
    first.hold_lease()
    first.load()
    first.rank_needs([n.id for n in needs])
    db.session.commit()
    rows = db.session.execute(
        select(NeedSuggestion.need_id, NeedSuggestion.offer_id, NeedSuggestion.score)
    ).all()
    assert rows
    first.release_lease()
    no_build(monkeypatch)
    second = Preparer()
    second.hold_lease()
    second.load()
    assert second.offer_db == first.offer_db and second.need_db == first.need_db
    second.rank_needs([n.id for n in needs])
    db.session.commit()
    assert (
        db.session.execute(
            select(NeedSuggestion.need_id, NeedSuggestion.offer_id, NeedSuggestion.score)
        ).all()
        == rows
    )
