"""psycopg's prepared statements outlive the request's ROLLBACK (``marketplace/postgres.py``),
and that ROLLBACK still undoes what the transaction wrote."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from marketplace.extensions import db
from marketplace.models import ListingChange
from marketplace.postgres import rollback_keeping_prepared

STATEMENT = "SELECT count(*) FROM listing_changes WHERE kind = %(kind)s"


@pytest.fixture
def engine(base_app):
    with base_app.app_context():
        engine = db.engine
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL through psycopg only")
    return engine


def _prepared(connection) -> list[str]:
    return list(
        connection.execute(
            text("SELECT statement FROM pg_prepared_statements WHERE statement LIKE :start"),
            {"start": "SELECT count(*) FROM listing_changes%"},
        ).scalars()
    )


def test_a_statement_stays_prepared_across_rolled_back_transactions(engine):
    with engine.connect() as connection:
        for _ in range(7):  # psycopg prepares it on the sixth run
            connection.exec_driver_sql(STATEMENT, {"kind": "need"}).scalar()
            connection.rollback()
        assert connection.connection.dbapi_connection.info.transaction_status == 0  # idle
        assert _prepared(connection)


def test_the_rollback_still_undoes_writes(engine):
    with engine.connect() as connection:
        connection.execute(ListingChange.__table__.insert().values(kind="test-rb", target_id=1))
        connection.rollback()
        found = connection.execute(
            select(ListingChange.id).where(ListingChange.kind == "test-rb")
        ).all()
    assert found == []


def test_a_failed_transaction_is_rolled_back_and_the_connection_goes_on(engine):
    with engine.connect() as connection:
        for _ in range(7):
            connection.exec_driver_sql(STATEMENT, {"kind": "need"}).scalar()
            connection.rollback()
        with pytest.raises(Exception, match="division by zero"):
            connection.execute(text("SELECT 1 / 0"))
        connection.rollback()
        assert connection.execute(text("SELECT 2")).scalar() == 2
        assert _prepared(connection)


class _Connection:
    """A psycopg connection as far as the rollback looks at it."""

    def __init__(self, status, *, fails: bool = False) -> None:
        self.pgconn = _PGconn(status, fails)
        self.rolled_back = False

    def rollback(self) -> None:
        self.rolled_back = True


class _PGconn:
    def __init__(self, status, fails: bool) -> None:
        self.transaction_status, self.fails, self.sent = status, fails, []

    def exec_(self, command: bytes):
        import psycopg
        from psycopg import pq

        self.sent.append(command)
        if self.fails:
            raise psycopg.OperationalError("the server closed the connection")
        return type("Result", (), {"status": pq.ExecStatus.COMMAND_OK})()


def test_anything_but_an_open_or_failed_transaction_goes_through_psycopgs_rollback():
    pq = pytest.importorskip("psycopg").pq
    idle = _Connection(pq.TransactionStatus.IDLE)
    rollback_keeping_prepared(idle)
    assert (idle.pgconn.sent, idle.rolled_back) == ([], False)

    open_ = _Connection(pq.TransactionStatus.INTRANS)
    rollback_keeping_prepared(open_)
    assert (open_.pgconn.sent, open_.rolled_back) == ([b"ROLLBACK"], False)

    unknown = _Connection(pq.TransactionStatus.UNKNOWN)  # a broken connection
    rollback_keeping_prepared(unknown)
    assert (unknown.pgconn.sent, unknown.rolled_back) == ([], True)

    failing = _Connection(pq.TransactionStatus.INTRANS, fails=True)
    rollback_keeping_prepared(failing)
    assert failing.rolled_back  # psycopg's own rollback raises what it should
