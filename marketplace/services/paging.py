"""Pages of a query whose total comes with the page, in the same statement."""

from __future__ import annotations

from flask_sqlalchemy.pagination import Pagination, SelectPagination
from sqlalchemy import Select, func

from marketplace.extensions import db


class CountedPagination(SelectPagination):
    """A page and the total in one query (``count(*) OVER ()``): for a query that reads
    every candidate row anyway to sort them (the caseload's groups by attention), counting
    them again in a statement of its own only doubles the work."""

    def _query_items(self) -> list:
        stmt = self._query_args["select"].add_columns(func.count().over().label("total"))
        stmt = stmt.limit(self.per_page).offset(self._query_offset)
        rows = self._query_args["session"].execute(stmt).all()
        self._total = rows[0].total if rows else (0 if self.page == 1 else None)
        return [row[0] for row in rows]

    def _query_count(self) -> int:
        # past the last page no row carries the total: count it then
        return super()._query_count() if self._total is None else self._total


def counted_page(stmt: Select, *, page: int, per_page: int) -> Pagination:
    """A page of ``stmt`` (which selects one entity) with its total, in one statement."""
    return CountedPagination(
        select=stmt, session=db.session(), page=page, per_page=per_page, error_out=False
    )
