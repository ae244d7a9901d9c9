"""audit events keyed by seq

The table had an INTEGER id primary key (the rowid) and a UNIQUE index on seq, so every event, one per saved
session, wrote two b-trees. seq becomes the rowid: one b-tree, and the chain's last event is one rowid seek.
SQLite cannot change a primary key in place, so the table is rebuilt; seq and every hashed field are copied
unchanged, so the chain verifies as before. id was never part of the chain nor read by anything.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 11:00:00.000000
"""
from typing import Any

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_FIELDS = "ts_utc, actor, action, entity, entity_id, detail, prev_hash, hash"


def _columns() -> list[sa.Column[Any]]:
    return [
        sa.Column('ts_utc', sa.String(length=32), nullable=False),
        sa.Column('actor', sa.String(length=32), nullable=False),
        sa.Column('action', sa.String(length=48), nullable=False),
        sa.Column('entity', sa.String(length=32), nullable=False),
        sa.Column('entity_id', sa.Integer(), nullable=True),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.Column('prev_hash', sa.String(length=64), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('audit_events_new',
                    sa.Column('seq', sa.Integer(), nullable=False, autoincrement=False),
                    *_columns(),
                    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_events')))
    op.execute(f"INSERT INTO audit_events_new (seq, {_FIELDS}) SELECT seq, {_FIELDS} FROM audit_events ORDER BY seq")
    op.drop_table('audit_events')
    op.rename_table('audit_events_new', 'audit_events')


def downgrade() -> None:
    op.create_table('audit_events_old',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('seq', sa.Integer(), nullable=False),
                    *_columns(),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events')),
                    sa.UniqueConstraint('seq', name=op.f('uq_audit_events_seq')))
    op.execute(f"INSERT INTO audit_events_old (id, seq, {_FIELDS}) SELECT seq, seq, {_FIELDS} FROM audit_events "
               "ORDER BY seq")
    op.drop_table('audit_events')
    op.rename_table('audit_events_old', 'audit_events')
