"""Database objects made by hand in migrations, which the models do not describe.

Search lives in the database itself: FTS5 tables on SQLite; on PostgreSQL a generated
``search_vector`` column, trigram indexes, a jsonb index on service areas, a covering
index on needs by group, a partial one of live needs by group and one of unmet demand by
size. Autogenerate
and the schema test leave them alone through :func:`include_object`.
"""

from __future__ import annotations

INDEXES = frozenset(
    {
        "ix_needs_search_vector",
        "ix_offers_search_vector",
        "ix_needs_title_trgm",
        "ix_offers_title_trgm",
        "ix_offers_service_area_gin",
        "ix_needs_group_status_covering",  # PostgreSQL's INCLUDE: counts from the index
        "ix_needs_live_by_group",  # partial, INCLUDE: the caseload's untouched needs
        "ix_unmet_demand_by_size",  # (needs DESC, id): the largest rows without a sort
    }
)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's filter: False for the objects made by hand."""
    if type_ == "table":
        return not (name and "_fts" in name)
    if type_ == "column":
        return name != "search_vector"
    return not (type_ == "index" and name in INDEXES)
