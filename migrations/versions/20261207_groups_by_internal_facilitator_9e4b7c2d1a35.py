"""groups by internal facilitator: an index on groups.internal_facilitator_id

A facilitator's caseload is "the groups of my places, or those I facilitate from within":
without an index on the second half of that OR, PostgreSQL read all groups for every
caseload page, its count and the dashboard.

Revision ID: 9e4b7c2d1a35
Revises: 7a3c5e91d2b4
Create Date: 2026-12-07 06:10:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '9e4b7c2d1a35'
down_revision = '7a3c5e91d2b4'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_groups_internal_facilitator_id'), ['internal_facilitator_id']
        )


def downgrade():
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_groups_internal_facilitator_id'))
