"""Save a built engine's indexes to a file and load them back, instead of building again.

A snapshot holds what :meth:`MatchEngine.build` and :meth:`MatchEngine.build_needs` made
(the feature table, both directions' kind indexes with their cut postings) after a small
header, each part its own pickle so a reader can stop after the offers. Whether a snapshot
still describes the data is the caller's question (``services/suggesting/index_store.py`` stamps it
against the database); here a file is only checked to be a whole snapshot of this format
and of the engine version the header names.

An index is saved packed (format 2): its listings as one list per field, the feature ids
and weights of all its listings as one array each. Pickled object by object, 1M offers
made some ten million objects, each kept alive by the pickler's memo with the copy it
made of it until the end (1.6 GB beside the index); packed, the memo holds a few.

Files are written by this application under its own instance folder (to a temporary
name, then renamed), never taken from elsewhere: they are trusted like the code.
"""

from __future__ import annotations

import os
import pickle  # nosec B403
import tempfile
from array import array
from dataclasses import fields
from itertools import accumulate
from operator import attrgetter
from pathlib import Path
from typing import Any

from .engine import MatchEngine, _gc_paused
from .index import KindIndex
from .types import NeedInput, OfferInput

FORMAT = 2
_MAGIC = "pasar-matching-snapshot"


class SnapshotError(Exception):
    """The file is not a whole snapshot of this format."""


def write(engine: MatchEngine, path: Path, header: dict[str, Any], extra: Any = None) -> None:
    """Save ``engine``'s indexes (and ``extra``, e.g. database ids) to ``path`` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out, _gc_paused():
            dump = _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump
            dump({**header, "magic": _MAGIC, "format": FORMAT})
            dump(engine.table.names)
            dump({kind: _pack(index) for kind, index in engine._offers.items()})
            dump(extra)
            dump({kind: _pack(index) for kind, index in engine._needs.items()})
            dump(_MAGIC)  # the end: a file cut short never loads
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def header(path: Path) -> dict[str, Any] | None:
    """Return a snapshot's header (None when there is no readable snapshot there)."""
    try:
        with path.open("rb") as src:
            found = pickle.load(src)  # nosec B301
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
        return None
    if not isinstance(found, dict) or found.get("magic") != _MAGIC:
        return None
    return found if found.get("format") == FORMAT else None


def read(engine: MatchEngine, path: Path, *, needs: bool = True) -> tuple[dict[str, Any], Any]:
    """Load a snapshot into a new ``engine`` (its offers, and its needs unless told not);
    return the header and the ``extra`` saved with it. Raise :class:`SnapshotError` on a
    file that is not a whole snapshot of this format."""
    if engine.table.names or engine._offers or engine._needs:
        raise ValueError("a snapshot loads into a new engine only")  # feature ids differ
    try:
        with path.open("rb") as src, _gc_paused():
            load = pickle.Unpickler(src).load  # nosec B301
            head = load()
            if not isinstance(head, dict) or head.get("magic") != _MAGIC:
                raise SnapshotError(f"{path} is not a matching snapshot")
            if head.get("format") != FORMAT:
                raise SnapshotError(f"{path}: format {head.get('format')}, not {FORMAT}")
            names = load()
            offers = _unpack_all(load())
            extra = load()
            need_indexes = _unpack_all(load()) if needs else {}
            if needs and load() != _MAGIC:
                raise SnapshotError(f"{path} is cut short")
    except (
        OSError,
        EOFError,
        pickle.UnpicklingError,
        AttributeError,
        ValueError,
        TypeError,
        KeyError,
    ) as exc:
        raise SnapshotError(f"{path}: {exc}") from exc
    table = engine.table
    table.names = names
    table.ids = {name: fid for fid, name in enumerate(names)}
    for index in (*offers.values(), *need_indexes.values()):
        index.table = table
    engine._offers = offers
    engine._needs = need_indexes
    return head, extra


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        # an array's bytes straight from its buffer: no copy kept in the memo till the end
        if type(obj) is array:
            return _array, (obj.typecode, pickle.PickleBuffer(obj))
        return NotImplemented


def _array(typecode: str, data: bytes | bytearray) -> array:
    return array(typecode, data)


def _pack(index: KindIndex) -> dict[str, Any]:
    """An index's state with its listings by field and its features in one array each."""
    state = index.__getstate__()
    items = state["items"]
    kinds = set(map(type, items))
    if len(kinds) == 1 and (cls := kinds.pop()) in (OfferInput, NeedInput):
        state["items"] = (cls, [_column(items, f.name) for f in fields(cls)], len(items))
    for key in ("fids", "fws"):
        arrays = state[key]
        joined = array(arrays[0].typecode if arrays else "i")
        for part in arrays:
            joined += part
        state[key] = (array("q", accumulate(map(len, arrays), initial=0)), joined)
    return state


def _column(items: list, name: str) -> list:
    """The values of one field, or the one object they all share (not merely equal ones:
    ``0.0 == -0.0``)."""
    values = list(map(attrgetter(name), items))
    if values and values.count(values[0]) == len(values) and len(set(map(id, values))) == 1:
        return values[:1]
    return values


def _unpack_all(packed: dict[str, dict[str, Any]]) -> dict[str, KindIndex]:
    return {kind: _unpack(state) for kind, state in packed.items()}


def _unpack(state: dict[str, Any]) -> KindIndex:
    items = state["items"]
    if isinstance(items, tuple):
        cls, columns, count = items
        columns = [column * count if len(column) == 1 else column for column in columns]
        state["items"] = list(map(cls, *columns)) if count else []
    for key in ("fids", "fws"):
        offsets, joined = state[key]
        state[key] = [joined[a:b] for a, b in zip(offsets, offsets[1:], strict=False)]
    index = KindIndex.__new__(KindIndex)
    index.__setstate__(state)
    return index
