"""matching_state.index_stamp: the saved matching index and the data it holds

Revision ID: 7c1d2e9f4a60
Revises: 3c9d1f2a7e60
Create Date: 2026-12-07 03:10:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '7c1d2e9f4a60'
down_revision = '3c9d1f2a7e60'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('matching_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('index_stamp', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('matching_state', schema=None) as batch_op:
        batch_op.drop_column('index_stamp')
