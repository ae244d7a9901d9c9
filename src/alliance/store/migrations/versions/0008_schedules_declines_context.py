"""measurement schedules, declined measures, context events

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 10:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('measure_schedules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('instrument', sa.String(length=32), nullable=False),
    sa.Column('frequency', sa.String(length=24), nullable=False),
    sa.Column('weeks', sa.Integer(), nullable=True),
    sa.Column('since', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_measure_schedules_client_id_clients'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_schedules')),
    sa.UniqueConstraint('client_id', 'instrument', name='uq_measure_schedule')
    )
    with op.batch_alter_table('measure_schedules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_schedules_client_id'), ['client_id'], unique=False)
    op.create_table('measure_declines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('instrument', sa.String(length=32), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_measure_declines_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_declines')),
    sa.UniqueConstraint('session_id', 'instrument', name='uq_measure_decline')
    )
    with op.batch_alter_table('measure_declines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_declines_session_id'), ['session_id'], unique=False)
    op.create_table('context_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_context_events_client_id_clients'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_context_events'))
    )
    with op.batch_alter_table('context_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_context_events_client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    for table in ('context_events', 'measure_declines', 'measure_schedules'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_' + ('session_id' if table == 'measure_declines' else 'client_id')))
        op.drop_table(table)
