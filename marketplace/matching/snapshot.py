"""Save a built engine's indexes to a file and load them back, instead of building again.

A snapshot holds what :meth:`MatchEngine.build` and :meth:`MatchEngine.build_needs` made
(the feature table, both directions' kind indexes with their cut postings) after a small
header, each part its own pickle so a reader can stop after the offers. Whether a snapshot
still describes the data is the caller's question (``services/suggesting/index_store.py`` stamps it
against the database); here a file is only checked to be a whole snapshot of this format
and of the engine version the header names.

Files are written by this application under its own instance folder (to a temporary
name, then renamed), never taken from elsewhere: they are trusted like the code.
"""

from __future__ import annotations

import os
import pickle  # nosec B403
import tempfile
from pathlib import Path
from typing import Any

from .engine import MatchEngine, _gc_paused

FORMAT = 1
_MAGIC = "pasar-matching-snapshot"


class SnapshotError(Exception):
    """The file is not a whole snapshot of this format."""


def write(engine: MatchEngine, path: Path, header: dict[str, Any], extra: Any = None) -> None:
    """Save ``engine``'s indexes (and ``extra``, e.g. database ids) to ``path`` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out, _gc_paused():
            dump = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump
            dump({**header, "magic": _MAGIC, "format": FORMAT})
            dump(engine.table.names)
            dump(engine._offers)
            dump(extra)
            dump(engine._needs)
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
            offers = load()
            extra = load()
            need_indexes = load() if needs else {}
            if needs and load() != _MAGIC:
                raise SnapshotError(f"{path} is cut short")
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError) as exc:
        raise SnapshotError(f"{path}: {exc}") from exc
    table = engine.table
    table.names = names
    table.ids = {name: fid for fid, name in enumerate(names)}
    for index in (*offers.values(), *need_indexes.values()):
        index.table = table
    engine._offers = offers
    engine._needs = need_indexes
    return head, extra
