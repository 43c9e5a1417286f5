"""full-text search on needs and offers

PostgreSQL: a stored tsvector (``simple`` and ``indonesian`` configurations) with a GIN
index, trigram indexes on titles for typos, and a jsonb GIN index on offers' service
areas. SQLite: FTS5 tables kept in step by
triggers. Both are made by hand (autogenerate leaves them alone, see env.py).

Revision ID: 5b1e0c2d9a47
Revises: bfe0e054657c
Create Date: 2026-12-01 23:00:00

"""
from alembic import op


revision = '5b1e0c2d9a47'
down_revision = 'bfe0e054657c'
branch_labels = None
depends_on = None

TABLES = ("needs", "offers")


def _pg_vector() -> str:
    return (
        "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
        "setweight(to_tsvector('indonesian', coalesce(title, '')), 'A') || "
        "setweight(to_tsvector('simple', coalesce(tags::text, '')), 'B') || "
        "to_tsvector('simple', coalesce(description, '')) || "
        "to_tsvector('indonesian', coalesce(description, ''))"
    )


def upgrade():
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for table in TABLES:
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN search_vector tsvector "
                f"GENERATED ALWAYS AS ({_pg_vector()}) STORED"
            )
            op.execute(
                f"CREATE INDEX ix_{table}_search_vector ON {table} USING gin (search_vector)"
            )
            op.execute(f"CREATE INDEX ix_{table}_title_trgm ON {table} USING gin (title gin_trgm_ops)")
        op.execute(
            "CREATE INDEX ix_offers_service_area_gin ON offers "
            "USING gin ((service_area::jsonb) jsonb_path_ops)"
        )
    elif dialect == "sqlite":
        for table in TABLES:
            op.execute(
                f"CREATE VIRTUAL TABLE {table}_fts USING fts5(title, description, tags, "
                f"content='{table}', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
            )
            new = "new.id, new.title, new.description, new.tags"
            old = f"'delete', old.id, old.title, old.description, old.tags"
            columns = f"{table}_fts(rowid, title, description, tags)"
            removal = f"{table}_fts({table}_fts, rowid, title, description, tags)"
            op.execute(
                f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO {columns} VALUES ({new}); END"
            )
            op.execute(
                f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
                f"INSERT INTO {removal} VALUES ({old}); END"
            )
            op.execute(
                f"CREATE TRIGGER {table}_fts_update AFTER UPDATE OF title, description, tags "
                f"ON {table} BEGIN INSERT INTO {removal} VALUES ({old}); "
                f"INSERT INTO {columns} VALUES ({new}); END"
            )
            op.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")


def downgrade():
    dialect = op.get_bind().dialect.name
    for table in TABLES:
        if dialect == "postgresql":
            op.execute("DROP INDEX IF EXISTS ix_offers_service_area_gin")
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_title_trgm")
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_vector")
            op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
        elif dialect == "sqlite":
            for trigger in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{trigger}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
