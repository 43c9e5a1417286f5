"""live needs by group, unmet demand by size: two indexes for the caseload and the providers' home

A caseload page counts each of its groups' untouched needs (live, older than the stale
date, nobody proposed anything): with the live needs alone in an index by (group_id,
created_at), the age is a range of the index and the rows read are only live ones; the
ordering of a province's 527 groups 1.74 -> 1.29 ms on 100k needs (a copy of
``bench_pages``' tables). A
provider's home page reads the ten largest rows of unmet demand in its sectors: in the
order of an index on (needs DESC, id) PostgreSQL stops at the tenth instead of sorting
them all. PostgreSQL only (a partial index with ``INCLUDE``, a descending key); made by
hand, so ``models/handmade.py`` lists them.

Revision ID: d41a7c9e2f63
Revises: b8d2f4a61c07
Create Date: 2026-12-07 13:45:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = 'd41a7c9e2f63'
down_revision = 'b8d2f4a61c07'
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # the states of lifecycle.LIVE_LISTING_STATES, as the caseload writes them
        op.execute(
            "CREATE INDEX ix_needs_live_by_group ON needs (group_id, created_at) INCLUDE (id) "
            "WHERE status IN ('open', 'matched')"
        )
        op.execute("CREATE INDEX ix_unmet_demand_by_size ON unmet_demand (needs DESC, id)")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_unmet_demand_by_size")
        op.execute("DROP INDEX IF EXISTS ix_needs_live_by_group")
