"""Writing a bulk import: the spool of checked records, and new rows many at a time.

New rows go in the fastest way each database offers.

PostgreSQL takes them through ``COPY`` (a multi-row ``INSERT`` would have the driver
rewrite a statement of tens of thousands of placeholders on every batch, which costs
more than the database's own work); SQLite through an ``INSERT ... RETURNING`` per batch.
"""

from __future__ import annotations

import contextlib
import pickle  # nosec B403
import tempfile
from collections.abc import Iterator
from typing import Any

from psycopg import sql
from psycopg.types.json import Json
from sqlalchemy import JSON, any_, bindparam, insert, select, text
from sqlalchemy.dialects.postgresql import ARRAY

from marketplace.extensions import db
from marketplace.models.base import utcnow
from marketplace.services.bulk.records import ARRAYS


class Spool:
    """The checked records, ready to write, pickled a batch at a time to a temporary file:
    the write phase neither parses the file again nor holds it in memory."""

    def __init__(self, size: int) -> None:
        self.file = tempfile.TemporaryFile(prefix="import-")  # noqa: SIM115 — closed on exit
        self.buffer: list[tuple] = []
        self.batches = dict.fromkeys(ARRAYS, 0)
        self.counts = dict.fromkeys(ARRAYS, 0)
        self.size = size

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc) -> None:
        self.file.close()

    def add(self, array: str, item: tuple) -> None:
        self.buffer.append(item)
        self.counts[array] += 1
        if len(self.buffer) >= self.size:
            self.flush(array)

    def flush(self, array: str) -> None:
        if self.buffer:
            pickle.dump(self.buffer, self.file, protocol=pickle.HIGHEST_PROTOCOL)
            self.batches[array] += 1
            self.buffer = []

    def read(self, array: str) -> Iterator[list[tuple]]:
        for _ in range(self.batches[array]):
            # our own temporary file, written just now: nothing from outside is unpickled
            yield pickle.load(self.file)  # nosec B301


@contextlib.contextmanager
def planned_afresh(tables) -> Iterator[None]:
    """On PostgreSQL, plan each statement for the tables as they are, then refresh their
    statistics.

    The driver prepares a statement it sees often, and the server may then keep one plan
    made while the tables were empty: a full scan per lookup, which turns an import into
    hours as the tables grow. Planning afresh and ``ANALYZE`` afterwards keep the lookups
    (and the web's queries after a large import) on the indexes.
    """
    connection = db.session.connection()
    if connection.dialect.name != "postgresql":
        yield
        return
    driver = connection.connection.dbapi_connection
    threshold, driver.prepare_threshold = driver.prepare_threshold, None
    try:
        yield
    finally:
        driver.prepare_threshold = threshold
    for table in tables:
        db.session.execute(text(f'ANALYZE "{table.name}"'))
    db.session.commit()


def one_of(column, values: list):
    """``column IN (values)``; on PostgreSQL ``column = ANY(array)``, which binds one value
    however many there are and spares the driver parsing thousands of placeholders."""
    if db.session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(values)


def insert_rows(model, rows: list[dict[str, Any]], source: str) -> list[tuple[int, str]]:
    """Insert ``rows`` (all of one ``source``, refs unique) and return their (id, ref)."""
    table = model.__table__
    now = utcnow()
    stamps = {"created_at": now} | ({"updated_at": now} if "updated_at" in table.c else {})
    rows = [row | stamps for row in rows]
    connection = db.session.connection()
    if connection.dialect.name != "postgresql":
        return list(db.session.execute(insert(model).returning(model.id, model.ref), rows))
    _copy(connection.connection.dbapi_connection, table, rows)
    created = select(table.c.id, table.c.ref).where(
        table.c.source == source, one_of(table.c.ref, [row["ref"] for row in rows])
    )
    return list(connection.execute(created))


def _copy(driver, table, rows: list[dict[str, Any]]) -> None:
    columns = sorted({name for row in rows for name in row})
    json_columns = {c.name for c in table.c if isinstance(c.type, JSON)}
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, columns))
    )
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(
                [
                    Json(row.get(c)) if c in json_columns and row.get(c) is not None else row.get(c)
                    for c in columns
                ]
            )
