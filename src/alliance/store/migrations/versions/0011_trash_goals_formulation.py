"""the trash of deleted sessions; a client's treatment goals and formulation

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 01:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('trashed_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_trashed_sessions_client_id_clients'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trashed_sessions'))
    )
    with op.batch_alter_table('trashed_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trashed_sessions_client_id'), ['client_id'], unique=False)
    # Plain ALTER TABLE (SQLite adds a column in place): a batch rebuild of clients would trip the sessions'
    # foreign key on it.
    op.add_column('clients', sa.Column('goals', sa.Text(), server_default='', nullable=False))
    op.add_column('clients', sa.Column('formulation', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    op.execute("ALTER TABLE clients DROP COLUMN formulation")  # SQLite 3.35+: in place, as above
    op.execute("ALTER TABLE clients DROP COLUMN goals")
    with op.batch_alter_table('trashed_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trashed_sessions_client_id'))
    op.drop_table('trashed_sessions')
