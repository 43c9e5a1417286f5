"""The bulk import of ``docs/import-format.md``: all-or-nothing, idempotent by ``ref``.

Two phases. The check streams every record and reads the database (reads only); it
refuses the file with every problem before anything is written, and spools the records
it found good, prepared, to a temporary file. The write takes the spool a batch at a
time, each batch in a short transaction of its own: one lookup per table that binds no
more values than the database allows, then one statement per kind of change. If a batch
fails, what the earlier ones wrote is taken back. Memory is that of a batch, whatever
the size of the file.
"""

from __future__ import annotations

import array as arrays
import contextlib
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from marketplace.extensions import db
from marketplace.models import Group, Need, Offer, Provider
from marketplace.refs import DEFAULT_SOURCE, is_source_name, made_up_id
from marketplace.services.bulk.reader import FileDocument, MemoryDocument
from marketplace.services.bulk.records import ARRAYS, Record, parse
from marketplace.services.bulk.writes import Spool, insert_rows, one_of, planned_afresh
from marketplace.services.suggesting import changes

__all__ = ["ARRAYS", "ImportFailed", "ImportReport", "import_document", "import_file"]

MODELS = {"groups": Group, "providers": Provider, "needs": Need, "offers": Offer}
# For needs and offers: the field naming the owner, the array it is in, its column.
OWNERS = {
    "needs": ("group", "groups", "group_id"),
    "offers": ("provider", "providers", "provider_id"),
}
BATCH_ROWS = 2000

# progress(label, total) -> a context manager whose value has update(n).
Progress = Callable[[str, int], contextlib.AbstractContextManager]


class ImportFailed(Exception):
    """The file was refused; nothing was written. ``problems`` name each bad record."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ARRAYS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ARRAYS, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ARRAYS, 0))

    @property
    def changed(self) -> bool:
        """Whether any record was created or updated."""
        return any(self.created.values()) or any(self.updated.values())


class _NoBar:
    def update(self, n: int) -> None:
        pass


def _no_progress(label: str, total: int) -> contextlib.AbstractContextManager:
    return contextlib.nullcontext(_NoBar())


def import_document(
    doc: Any, *, source: str = DEFAULT_SOURCE, progress: Progress | None = None
) -> ImportReport:
    """Import a decoded document: every record checked, then all written, or nothing.

    ``source`` names the partner programme the file comes from: its refs are its own, and
    its file never changes a record of another source (``marketplace/refs.py``).
    """
    problems = _source_problems(source)
    return _import(MemoryDocument(doc, problems), source, problems, progress or _no_progress)


def import_file(
    path: Path, *, source: str = DEFAULT_SOURCE, progress: Progress | None = None
) -> ImportReport:
    """Import a JSON file, streamed: the file is never held in memory whole."""
    problems = _source_problems(source)
    return _import(FileDocument(path, problems), source, problems, progress or _no_progress)


def _source_problems(source: str) -> list[str]:
    if source == DEFAULT_SOURCE or is_source_name(source):
        return []
    return [
        f"source: '{source}' must be 1 to 40 lowercase letters, digits, '-' or '_', "
        "starting with a letter or digit"
    ]


def _import(document, source: str, problems: list[str], progress: Progress) -> ImportReport:
    if problems:
        raise ImportFailed(problems)
    tables = [model.__table__ for model in MODELS.values()]
    with Spool(_batch_size()) as spool, planned_afresh(tables):
        _check(document, source, problems, progress, spool)
        if problems:
            raise ImportFailed(problems)
        report = _write(spool, source, progress)
    if report.changed:
        changes.record_everything()  # the worker reloads and prepares what came in
    db.session.commit()
    return report


def _check(document, source: str, problems: list[str], progress: Progress, spool: Spool) -> None:
    """Every problem of the file, found with reads only; the good records into ``spool``."""
    in_file: dict[str, set[str]] = {}
    for array in ARRAYS:
        seen: set[str] = set()
        # (index, ref) of records whose owner is not in the file, by owner; of matched ones.
        elsewhere: dict[str, list[tuple[int, Any]]] = {}
        matched: list[tuple[int, Any]] = []
        with progress(f"Checking {array}", document.counts[array]) as bar:
            for index, raw in enumerate(document.records(array)):
                bar.update(1)
                rec = Record(array, index, raw, problems)
                if not rec.is_object:
                    continue
                fields = parse(array, rec)
                if isinstance(rec.ref, str) and rec.ref in seen:
                    rec.fail(f"duplicate ref '{rec.ref}' in {array}")
                    continue
                seen.add(rec.ref if isinstance(rec.ref, str) else "")
                owner = None
                if array in OWNERS:
                    owner_field, pool, _ = OWNERS[array]
                    owner = rec.reference(owner_field)
                    if not isinstance(owner, str):
                        rec.fail(f"unknown {owner_field} '{owner}'")
                    elif owner not in in_file[pool]:
                        elsewhere.setdefault(owner, []).append((index, rec.ref))
                    if rec.raw.get("status") == "matched":
                        matched.append((index, rec.ref))
                if not problems:
                    spool.add(array, (rec.ref, owner, fields))
        spool.flush(array)
        if elsewhere:
            owner_field, pool, _ = OWNERS[array]
            found = _existing_ids(MODELS[pool], list(elsewhere), source)
            for owner, records in elsewhere.items():
                if owner not in found:
                    for index, ref in records:
                        problems.append(
                            f"{array}[{index}] ref={ref}: unknown {owner_field} '{owner}'"
                        )
        if matched:
            _check_matched(array, matched, source, problems)
        in_file[array] = seen if array not in OWNERS else set()
    # Back to the records' order: ARRAY[INDEX] as the file has them.
    problems.sort(key=_problem_order)


def _check_matched(
    array: str, claims: list[tuple[int, Any]], source: str, problems: list[str]
) -> None:
    """``matched`` is what an accepted match makes of a listing: a file may say it only of
    a record that is matched already (an export read back), never make a listing so."""
    for batch in _batches(claims, _batch_size()):
        rows = _existing(MODELS[array], [ref for _, ref in batch if isinstance(ref, str)], source)
        for index, ref in batch:
            row = rows.get(ref)
            if row is None or row.status != "matched":
                problems.append(
                    f"{array}[{index}] ref={ref}: 'status' matched comes from a match accepted "
                    "on the marketplace; import the record as open"
                )


def _problem_order(problem: str) -> tuple[int, int]:
    match = re.match(r"(\w+)\[(\d+)\]", problem)
    if not match or match.group(1) not in ARRAYS:
        return (-1, 0)
    return (ARRAYS.index(match.group(1)), int(match.group(2)))


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _parameter_limit() -> int:
    """How many values one statement may bind on this database."""
    connection = db.session.connection()
    if connection.dialect.name == "postgresql":
        return 65_535
    driver = connection.connection.dbapi_connection
    if isinstance(driver, sqlite3.Connection):
        return driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return 999


def _batch_size() -> int:
    # A batch binds its refs (plus a few values) in one IN (...).
    return max(1, min(BATCH_ROWS, _parameter_limit() - 16))


def _existing(model, refs: list[str], source: str) -> dict[str, Any]:
    """The source's rows (all columns) by ``ref``; in the default source, a made-up
    ``group-12`` finds that web record, so an export imports back unchanged. ``refs`` must
    fit in one statement."""
    table = model.__table__
    found = {
        row.ref: row
        for row in db.session.execute(
            select(table).where(table.c.source == source, one_of(table.c.ref, refs))
        )
    }
    if source != DEFAULT_SOURCE:
        return found
    table_name = model.__tablename__
    by_id = {i: ref for ref in refs if ref not in found and (i := made_up_id(table_name, ref))}
    if by_id:
        rows = db.session.execute(
            select(table).where(one_of(table.c.id, list(by_id)), table.c.ref.is_(None))
        )
        found.update({by_id[row.id]: row for row in rows})
    return found


def _existing_ids(model, refs: list[str], source: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for batch in _batches(refs, _batch_size()):
        found.update({ref: row.id for ref, row in _existing(model, batch, source).items()})
    return found


@dataclass
class _Undo:
    """What the write phase did, so that a failure part-way can take it back."""

    created: dict[str, arrays.array] = field(
        default_factory=lambda: {a: arrays.array("q") for a in ARRAYS}
    )
    before: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {a: [] for a in ARRAYS})


def _write(spool: Spool, source: str, progress: Progress) -> ImportReport:
    """Write the checked file in short transactions, one per batch.

    A single transaction would hold SQLite's one write lock for the whole file and the
    web's writes would time out behind it. Each batch holds it for milliseconds instead,
    and on SQLite the import then waits as long again, so that waiting web writes go
    first. If a batch fails, what the earlier ones wrote is taken back (``_take_back``).
    """
    report, undo = ImportReport(), _Undo()
    ids: dict[str, dict[str, int]] = {"groups": {}, "providers": {}}
    pause = db.session.get_bind().dialect.name == "sqlite"
    db.session.commit()  # the check's reads end here: every batch starts afresh
    spool.file.seek(0)
    try:
        for array in ARRAYS:
            with progress(f"Writing {array}", spool.counts[array]) as bar:
                for batch in spool.read(array):
                    writing = _write_batch(array, batch, source, ids, report, undo)
                    db.session.commit()
                    bar.update(len(batch))
                    if pause:
                        time.sleep(min(time.monotonic() - writing, 0.2))
    except Exception as exc:
        db.session.rollback()
        raise ImportFailed([_take_back(undo, exc)]) from exc
    return report


def _take_back(undo: _Undo, cause: Exception) -> str:
    """Remove what this import created and restore what it changed; say how it went."""
    reason = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    try:
        size = _batch_size()
        for array in reversed(ARRAYS):
            table = MODELS[array].__table__
            for batch in _batches(undo.created[array], size):
                db.session.execute(table.delete().where(one_of(table.c.id, list(batch))))
                db.session.commit()
            for batch in _batches(undo.before[array], size):
                db.session.execute(update(MODELS[array]), batch)
                db.session.commit()
    except Exception:  # noqa: BLE001 — the first failure is the one to report
        db.session.rollback()
        return (
            f"write: {reason}. Part of the file may be in the database: import the same "
            "file again to complete it (records are matched by ref)."
        )
    return f"write: {reason}. What had been written was taken back: nothing was imported."


def _write_batch(
    array: str,
    batch: list[tuple[str, str | None, dict[str, Any]]],
    source: str,
    ids: dict[str, dict[str, int]],
    report: ImportReport,
    undo: _Undo,
) -> float:
    """Look the batch up (reads), then write it; return when the writing began."""
    model = MODELS[array]
    existing = _existing(model, [ref for ref, _, _ in batch], source)
    if array in OWNERS:
        _, pool, owner_column = OWNERS[array]
        missing = {owner for _, owner, _ in batch} - set(ids[pool])
        if missing:
            ids[pool].update(_existing_ids(MODELS[pool], sorted(missing), source))
    inserts, updates = [], []
    for ref, owner, fields in batch:
        row = existing.get(ref)
        if array in OWNERS:
            fields[owner_column] = ids[pool][owner]
        if row is None:
            inserts.append(_new_row(array, ref, fields) | {"source": source})
            continue
        if array in ids:
            ids[array][ref] = row.id
        # A field the file leaves out (or sets to null) keeps what the database has.
        changed = {k: v for k, v in fields.items() if v is not None and getattr(row, k) != v}
        if changed:
            updates.append({"id": row.id, **changed})
            kept = [*changed, "updated_at"] if array in OWNERS else changed
            undo.before[array].append({"id": row.id} | {k: getattr(row, k) for k in kept})
            report.updated[array] += 1
        else:
            report.unchanged[array] += 1
    writing = time.monotonic()
    if inserts:
        for row_id, ref in insert_rows(model, inserts, source):
            undo.created[array].append(row_id)
            if array in ids:
                ids[array][ref] = row_id
        report.created[array] += len(inserts)
    if updates:
        db.session.execute(update(model), updates)
    return writing


def _new_row(array: str, ref: str, fields: dict[str, Any]) -> dict[str, Any]:
    row = {"ref": ref, **fields}
    if array == "groups" and row.get("stage") is None:
        row["stage"] = "penumbuhan"
    if array in OWNERS:
        row.setdefault("status", "open")
    return row
