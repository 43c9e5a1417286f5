"""Pages of a query whose total comes with the page, in the same statement."""

from __future__ import annotations

from flask_sqlalchemy.pagination import Pagination, SelectPagination
from sqlalchemy import ColumnElement, Integer, Select, bindparam, func, select

from marketplace.extensions import db


class CountedPagination(SelectPagination):
    """A page and the total in one query (``count(*) OVER ()``): for a query that reads
    every candidate row anyway to sort them (the caseload's groups by attention), counting
    them again in a statement of its own only doubles the work."""

    def _query_items(self) -> list:
        counted = self._query_args["select"].add_columns(func.count().over().label("total"))
        stmt = counted.limit(self.per_page).offset(self._query_offset)
        return self._page(stmt, self._query_args["params"])

    def _page(self, stmt: Select, params: dict) -> list:
        """The page's items from ``stmt``, whose rows each carry the ``total``."""
        rows = self._query_args["session"].execute(stmt, params).all()
        self._total = rows[0].total if rows else (0 if self.page == 1 else None)
        return self._items(rows)

    def _items(self, rows: list) -> list:
        if len(self._query_args["select"].column_descriptions) > 1:
            return rows  # rows of columns (each also carries the total)
        return [row[0] for row in rows]

    def _query_count(self) -> int:
        # past the last page no row carries the total: count it then
        if self._total is not None:
            return self._total
        sub = self._query_args["select"].order_by(None).subquery()
        counted = select(func.count()).select_from(sub)
        return self._query_args["session"].execute(counted, self._query_args["params"]).scalar()


def page_statement(stmt: Select, *, limit: ColumnElement | None = None) -> Select:
    """A page of ``stmt``'s rows, each with the ``total`` (``count(*) OVER ()``), its limit
    and offset bound as ``page_limit`` and ``page_offset`` (``PreparedPagination`` binds
    them); ``limit``: a limit written into the statement instead."""
    return (
        stmt.add_columns(func.count().over().label("total"))
        .limit(bindparam("page_limit", type_=Integer) if limit is None else limit)
        .offset(bindparam("page_offset", type_=Integer))
    )


class PreparedPagination(CountedPagination):
    """``CountedPagination`` for a page statement its caller builds once and keeps
    (``page_statement``: :func:`page_statement` of ``select``, or a statement around it);
    building a statement can cost more than running it."""

    def _query_items(self) -> list:
        params = {
            **self._query_args["params"],
            "page_limit": self.per_page,
            "page_offset": self._query_offset,
        }
        return self._page(self._query_args["page_statement"], params)


COUNTED_AHEAD = 1000  # how far past a page's start a capped total counts


def found_first(stmt: Select):
    """``stmt`` as a CTE PostgreSQL plans apart (materialized): its rows found first.

    PostgreSQL 15 costs a page of a statement as if it could stop at the page's last row
    (``count(*) OVER ()`` or not). With an index in the page's order, it walked that index
    testing each listing against the filters (a word: 9 → 150 ms; a kind in a province:
    3 → 130 ms) where finding the matches first and sorting them was cheap."""
    return stmt.cte("found").prefix_with("MATERIALIZED", dialect="postgresql")


def found_page_statement(stmt: Select, order, *, capped: bool) -> Select:
    """``page_statement`` of ``stmt``'s rows found first (``found_first``); ``order``:
    ``stmt``'s order as a function of the CTE's columns, to order the page again;
    ``capped``: only the first ``count_limit`` rows (bound) are found, and counted."""
    if capped:
        stmt = stmt.limit(bindparam("count_limit", type_=Integer))
    found = found_first(stmt)
    return page_statement(select(found).order_by(*order(found.c)))


class CappedPagination(PreparedPagination):
    """``PreparedPagination`` whose total counts the rows only to ``COUNTED_AHEAD`` past the
    page's start (its ``page_statement`` is a capped ``found_page_statement``): a list of 100,000
    open needs counted them all for each page (~90 ms in PostgreSQL), and "more than 1,000"
    says as much to a reader. ``total_capped``: the total is a lower bound, the list goes on.
    """

    total_capped = False

    def _count_limit(self) -> int:
        # whole pages, so "page 3 of more than 50" holds: a 51st page exists
        ahead = -(-COUNTED_AHEAD // self.per_page) * self.per_page
        return max(ahead, self._query_offset + self.per_page) + 1

    def _query_items(self) -> list:
        limit = self._count_limit()
        params = {
            **self._query_args["params"],
            "page_limit": self.per_page,
            "page_offset": self._query_offset,
            "count_limit": limit,
        }
        items = self._page(self._query_args["page_statement"], params)
        if self._total is not None:
            self._total = self._capped(self._total, limit)
        return items

    def _query_count(self) -> int:
        if self._total is not None:
            return self._total
        limit = self._count_limit()  # past the last page: count as far, no further
        sub = self._query_args["select"].limit(limit).subquery()
        counted = select(func.count()).select_from(sub)
        total = self._query_args["session"].execute(counted, self._query_args["params"]).scalar()
        return self._capped(total, limit)

    def _capped(self, counted: int, limit: int) -> int:
        """The total to show of ``counted`` rows counted to ``limit``: one short of it when
        the count reached it, the list going on (``total_capped``)."""
        if counted < limit:
            return counted
        self.total_capped = True
        return limit - 1

    @property
    def has_next(self) -> bool:
        # counted to whole pages, a capped total always has a row past its last page
        return self.page < self.pages or self.total_capped

    @property
    def next_num(self) -> int | None:
        return self.page + 1 if self.has_next else None


def counted_page(
    stmt: Select, *, page: int, per_page: int, params: dict | None = None
) -> Pagination:
    """A page of ``stmt`` (one entity, or columns: rows) with its total, in one statement;
    ``params``: the values of the statement's bound parameters."""
    return CountedPagination(
        select=stmt,
        session=db.session(),
        page=page,
        per_page=per_page,
        error_out=False,
        params=params or {},
    )
