"""memberships by user: an index on group_memberships.user_id and provider_members.user_id

Every signed-in page asks which groups and providers the person belongs to; the unique
(group_id, user_id) and (provider_id, user_id) indexes cannot answer by user alone, so each
page scanned both tables whole.

Revision ID: 3c9d1f2a7e60
Revises: c71e5d0a2b84
Create Date: 2026-12-07 03:10:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '3c9d1f2a7e60'
down_revision = 'c71e5d0a2b84'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('group_memberships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_memberships_user_id'), ['user_id'], unique=False)

    with op.batch_alter_table('provider_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_provider_members_user_id'), ['user_id'], unique=False)


def downgrade():
    with op.batch_alter_table('provider_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_provider_members_user_id'))

    with op.batch_alter_table('group_memberships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_memberships_user_id'))
