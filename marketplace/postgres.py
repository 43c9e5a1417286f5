"""PostgreSQL through psycopg: statements stay prepared from one request to the next.

psycopg prepares a statement on the server once it has run it five times on a connection
(``prepare_threshold``), so its parsing and planning are not paid again. But it forgets
every prepared statement at each ROLLBACK (``DEALLOCATE ALL``: a rolled-back transaction
may have dropped a table they refer to), and every request ends in one (the session's
close), so nothing was ever prepared: a page's statements were parsed and planned each
time, 0.2–0.35 ms of PostgreSQL's CPU each, most of what the database spent on a page.

Here the request's ROLLBACK is sent as it is, and psycopg keeps its prepared statements:
PostgreSQL keeps them too (they are not transactional), and our transactions never change
the schema (migrations run in ``flask db upgrade``, whose DROP and ALTER still make psycopg
forget them, as before). Anything but a plain rollback of an open or failed transaction
goes through psycopg's own ``rollback()``, with its errors.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Engine

try:  # psycopg is installed with the app; its absence only means "not PostgreSQL"
    import psycopg
    from psycopg import pq
except ImportError:  # pragma: no cover
    psycopg = None

_ROLLBACK_STATES = ()
if psycopg is not None:
    _ROLLBACK_STATES = (pq.TransactionStatus.INTRANS, pq.TransactionStatus.INERROR)


def rollback_keeping_prepared(dbapi_connection: Any) -> None:
    """End the transaction as psycopg's ``rollback()`` does, but keep the prepared
    statements (``dbapi_connection``: a psycopg connection, or the pool's proxy of one)."""
    pgconn = dbapi_connection.pgconn
    if pgconn.transaction_status == pq.TransactionStatus.IDLE:
        return  # nothing to end (psycopg sends nothing either)
    if pgconn.transaction_status in _ROLLBACK_STATES:
        try:
            result = pgconn.exec_(b"ROLLBACK")
        except psycopg.Error:
            result = None
        if result is not None and result.status == pq.ExecStatus.COMMAND_OK:
            return
    dbapi_connection.rollback()  # a broken connection, a pipeline: psycopg's own, and errors


def keep_prepared_statements(engine: Engine) -> None:
    """Make ``engine``'s rollbacks keep psycopg's prepared statements (psycopg only)."""
    if engine.dialect.name != "postgresql" or engine.dialect.driver != "psycopg":
        return
    # The dialect ends every transaction and resets each connection going back to the pool
    # through ``do_rollback``.
    engine.dialect.do_rollback = rollback_keeping_prepared
