"""The matching index persisted under the instance folder, and when it may be used.

Building the index of 100,000 offers from the database (load the rows and their stored
profiles, intern, count, post) costs several seconds, and ten times that at 1M offers;
loading a snapshot of a built index costs a fraction of it. ``import-data`` and the
matching worker save one after every fresh build; the worker (at start, at every reload)
and ``suggest`` load it when it is current.

A snapshot is current only while the data it was built from is unchanged. It is stamped
in the database (``matching_state.index_stamp``) with a random token also in the file's
header, the engine version, the worker's generation and the change-log ids pending when
its data was read. Every change to a listing logs a ``listing_changes`` row in the same
transaction, and only the worker removes rows, bumping the generation in the same commit:
so while the generation and the pending ids are as stamped, nothing changed. A file of
another database, of another engine version, or stamped with another token is never
used; ``MATCH_INDEX_DIR=""`` turns snapshots off.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Iterable
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from marketplace import matching as engine_package
from marketplace.extensions import db
from marketplace.matching import snapshot
from marketplace.matching.version import engine_version
from marketplace.models import ListingChange, MatchingState
from marketplace.services.suggesting import inputs, streamed

log = logging.getLogger(__name__)
FILE_NAME = "index.pickle"


def path() -> Path | None:
    """Where the snapshot lives (None: snapshots are off)."""
    configured = current_app.config.get("MATCH_INDEX_DIR")
    if configured == "":
        return None
    folder = Path(configured) if configured else Path(current_app.instance_path) / "matching"
    return folder / FILE_NAME


def pending_ids() -> list[int]:
    """The change-log ids not applied yet; read them *before* the data an index is built
    from, so a change committed in between shows as one more pending id."""
    return list(db.session.scalars(select(ListingChange.id).order_by(ListingChange.id)))


def _digest(ids: Iterable[int]) -> str:
    return hashlib.sha256(",".join(map(str, sorted(ids))).encode()).hexdigest()


def _state() -> MatchingState:
    state = db.session.get(MatchingState, 1)
    if state is None:
        state = MatchingState(id=1, generation=0)
        db.session.add(state)
        db.session.flush()
    return state


def current_stamp(engine, pending: list[int]) -> dict | None:
    """The stamp a snapshot must carry to be used now (None: none can be)."""
    state = db.session.get(MatchingState, 1)
    stamp = state.index_stamp if state is not None else None
    if not stamp:
        return None
    wanted = {
        "version": engine_version(engine.settings),
        "generation": state.generation,
        "changes": _digest(pending),
    }
    if any(stamp.get(key) != value for key, value in wanted.items()):
        return None
    return stamp


def saved_is_current(engine, pending: list[int]) -> bool:
    """Tell whether the saved snapshot describes the data now (its header carries the
    token and engine version the database stamped)."""
    where = path()
    stamp = current_stamp(engine, pending) if where is not None else None
    if stamp is None:
        return False
    head = snapshot.header(where)
    return (
        head is not None
        and head.get("token") == stamp["token"]
        and head.get("version") == stamp["version"]
    )


def load(engine, pending: list[int], *, needs: bool = True) -> dict | None:
    """Load the snapshot into ``engine`` if it is current; return the database ids saved
    with it (``{"offers": {stable id: id}, "needs": {...}}``), or None (build afresh)."""
    if not saved_is_current(engine, pending):
        return None
    where = path()
    try:
        _head, extra = snapshot.read(engine, where, needs=needs)
    except snapshot.SnapshotError:
        log.warning("matching snapshot %s unreadable: building afresh", where, exc_info=True)
        return None
    return extra


def save(engine, extra: dict, *, generation: int, pending: list[int]) -> bool:
    """Save a freshly built ``engine`` and stamp it (the caller commits); False when off.

    ``pending`` are the change ids read before the data the index was built from.
    """
    where = path()
    if where is None:
        return False
    version = engine_version(engine.settings)
    token = secrets.token_hex(16)
    snapshot.write(engine, where, {"token": token, "version": version}, extra)
    _state().index_stamp = {
        "token": token,
        "version": version,
        "generation": generation,
        "changes": _digest(pending),
    }
    return True


def restamp(*, generation: int, pending: list[int]) -> None:
    """Say the saved snapshot still describes the data at this generation with these ids
    pending (the worker applied changes it already held; the caller commits)."""
    state = db.session.get(MatchingState, 1)
    if state is None or not state.index_stamp:
        return
    state.index_stamp = {**state.index_stamp, "generation": generation, "changes": _digest(pending)}


def build(engine, *, needs: bool = True, workers: int | None = None) -> dict:
    """Build ``engine``'s offer (and need) index from the open listings and their stored
    profiles, streamed (see ``streamed.py``); return the database ids of what it holds
    (see :func:`load`)."""
    try:
        extra = {"offers": streamed.build_side(engine, "offer", workers=workers), "needs": {}}
        if needs:
            extra["needs"] = streamed.build_side(engine, "need", workers=workers)
        return extra
    except streamed.DuplicateId:
        # two rules made one stable id: start again from a new table, the whole lists
        engine.table.ids.clear()
        engine.table.names.clear()
        engine.build([])
        engine.build_needs([])
        return _build_listed(engine, needs=needs, workers=workers)


def _build_listed(engine, *, needs: bool, workers: int | None) -> dict:
    """The build from whole lists, which keeps the last of listings sharing a stable id."""
    offers = inputs.load_offers(open_only=True)
    engine.build(
        [o.input for o in offers],
        profiles=inputs.profiles_for(engine, "offer", offers),
        workers=workers,
    )
    extra = {"offers": {o.input.id: o.id for o in offers}, "needs": {}}
    del offers
    if needs:
        loaded = inputs.load_needs(open_only=True)
        engine.build_needs(
            [n.input for n in loaded],
            profiles=inputs.profiles_for(engine, "need", loaded),
            workers=workers,
        )
        extra["needs"] = {n.input.id: n.id for n in loaded}
    return extra


def prepare() -> str | None:
    """Build the index afresh and save it (after ``import-data``), so the next ``suggest``
    and the worker load it instead of building. Return ``"built"``, ``"current"`` when the
    saved one still describes the data (an import that changed nothing), None when
    snapshots are off."""
    if path() is None:
        return None
    # the generation and the pending ids before the data: a worker applying a change
    # meanwhile moves the generation on, so this snapshot is stale at once
    generation, pending = _state().generation, pending_ids()
    engine = engine_package.MatchEngine(inputs.settings())
    if saved_is_current(engine, pending):
        return "current"
    extra = build(engine)
    save(engine, extra, generation=generation, pending=pending)
    db.session.commit()
    return "built"
