"""drop the sessions (client_id, date) index

Every save wrote this index's page as well as the table's and the covering index's. Its reads, a client's
max(date), its session count and its sessions in date order, are served by the covering index
ix_sessions_client_number_ratings, which also starts with client_id (tests/store/test_query_plans.py).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 10:00:00.000000
"""
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_sessions_client_date', table_name='sessions')


def downgrade() -> None:
    op.create_index('ix_sessions_client_date', 'sessions', ['client_id', 'date'], unique=False)
