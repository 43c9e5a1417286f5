"""How a record is named outside the marketplace: its source, its ``ref``, its stable id.

Each bulk import has a source (a partner programme); refs are unique per source. The
default source, ``""``, is the marketplace's own (and every record created on the web,
which has no ref). The stable id is what ``suggest`` and the exports print: the bare ref
for the default source, ``NAME:ref`` for another source, ``need-12`` for a record
without a ref.
"""

from __future__ import annotations

import re

from sqlalchemy import and_, false, or_

DEFAULT_SOURCE = ""
SOURCE_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


def is_source_name(name: str) -> bool:
    """Lowercase letters, digits, ``-`` and ``_``, at most 40: never ``:``, so a stable id
    ``NAME:ref`` is read back unambiguously."""
    return bool(SOURCE_NAME.fullmatch(name))


def stable_id(table: str, *, source: str, ref: str | None, id: int) -> str:  # noqa: A002
    """The one rule for a record's stable id (``table`` as in ``needs``)."""
    if ref is None:
        return f"{table[:-1]}-{id}"
    return ref if source == DEFAULT_SOURCE else f"{source}:{ref}"


def made_up_id(table: str, key: object) -> int | None:
    """The id in ``group-12``, the stable id of a record without a ref."""
    if not isinstance(key, str):
        return None
    match = re.fullmatch(rf"{table[:-1]}-([0-9]{{1,9}})", key)
    return int(match.group(1)) if match else None


def where_stable_ids(model, ids: list[str]):
    """A SQL condition for the rows of ``model`` whose stable id may be one of ``ids``
    (a caller keeps the rows whose ``stable_id`` is in ``ids``)."""
    keyed: dict[str, list[str]] = {}
    numbers = []
    for key in ids:
        if (number := made_up_id(model.__tablename__, key)) is not None:
            numbers.append(number)
        source, colon, ref = key.partition(":")
        if colon and is_source_name(source):
            keyed.setdefault(source, []).append(ref)
    clauses = [and_(model.source == DEFAULT_SOURCE, model.ref.in_(ids))] if ids else []
    clauses += [and_(model.source == s, model.ref.in_(r)) for s, r in sorted(keyed.items())]
    if numbers:
        clauses.append(and_(model.ref.is_(None), model.id.in_(numbers)))
    return or_(*clauses) if clauses else false()
