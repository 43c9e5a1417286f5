"""offers that reach everywhere: statistics on the expression a place filter tests

Browsing offers by place keeps those that list the place, those based there, and those
that reach everywhere (an empty service area, ``coalesce(jsonb_array_length(...), 0) = 0``).
PostgreSQL had no statistics for that expression and guessed a fraction of a percent where a
third of the offers reach everywhere, so it sorted every offer of the kind instead of reading
them newest first until a page was found: offers in a province 24-68 -> 12-14 ms in
``bench_pages`` (100k offers). PostgreSQL only (``CREATE STATISTICS`` on an expression,
PostgreSQL 14+); the expression is written exactly as ``services/listings/search.py`` writes
it (``_json_list_empty``), or the planner does not use it.

Revision ID: f2c8d4e6a913
Revises: e5b7c3a9d102
Create Date: 2026-12-07 22:10:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = 'f2c8d4e6a913'
down_revision = 'e5b7c3a9d102'
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE STATISTICS st_offers_reach_everywhere "
            "ON (coalesce(jsonb_array_length(CAST(service_area AS JSONB)), 0)) FROM offers"
        )
        op.execute("ANALYZE offers")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP STATISTICS IF EXISTS st_offers_reach_everywhere")
