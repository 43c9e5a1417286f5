"""Database objects made by hand in migrations, which the models do not describe.

Full-text search lives in the database itself: FTS5 tables on SQLite, a generated
``search_vector`` column and trigram indexes on PostgreSQL. Autogenerate and the schema
test leave them alone through :func:`include_object`.
"""

from __future__ import annotations


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's filter: False for the full-text search objects."""
    if type_ == "table" and name and "_fts" in name:
        return False
    if type_ == "column" and name == "search_vector":
        return False
    return not (type_ == "index" and name and (name.endswith("_trgm") or "search_vector" in name))
