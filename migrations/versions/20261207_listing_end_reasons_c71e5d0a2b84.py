"""listing end reasons: why a need or an offer was closed or withdrawn

Revision ID: c71e5d0a2b84
Revises: 5b1e0c2d9a47
Create Date: 2026-12-07 03:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'c71e5d0a2b84'
down_revision = '5b1e0c2d9a47'
branch_labels = None
depends_on = None


def upgrade():
    for table in ('needs', 'offers'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('end_reason', sa.String(length=20), nullable=True))
            batch_op.add_column(sa.Column('end_note', sa.Text(), server_default='', nullable=False))


def downgrade():
    for table in ('offers', 'needs'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('end_note')
            batch_op.drop_column('end_reason')
