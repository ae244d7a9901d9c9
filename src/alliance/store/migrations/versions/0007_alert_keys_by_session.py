"""alert acknowledgements keyed by session id

The signal rules of 0.2 name an alert by the id of the session it began in (``drop:<session id>``), which
survives renumbering when a session is back-dated; 0.1 named it by the session's number (``drop:<number>``).
Each acknowledgement of a drop, decline, perspective gap or SRS alert is carried over to the session that had
that number; 0.1's SRS alert becomes the SRS-fall alert (a low SRS alone is a prompt now, never acknowledged).
Rupture alerts were already keyed by rupture id. An acknowledgement whose session no longer exists stays as it
was and matches nothing.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_RENAMED = {"drop": "drop", "decline": "decline", "gap": "gap", "srs": "srs-fall"}


def upgrade() -> None:
    conn = op.get_bind()
    acks = conn.execute(sa.text("SELECT id, client_id, alert_key FROM alert_acks")).all()
    for ack_id, client_id, key in acks:
        prefix, _, number = key.partition(":")
        if prefix not in _RENAMED or not number.isdigit():
            continue
        session_id = conn.execute(sa.text("SELECT id FROM sessions WHERE client_id = :c AND number = :n"),
                                  {"c": client_id, "n": int(number)}).scalar()
        if session_id is not None:
            conn.execute(sa.text("UPDATE alert_acks SET alert_key = :k WHERE id = :i"),
                         {"k": f"{_RENAMED[prefix]}:{session_id}", "i": ack_id})


def downgrade() -> None:
    conn = op.get_bind()
    back = {new: old for old, new in _RENAMED.items()}
    acks = conn.execute(sa.text("SELECT id, client_id, alert_key FROM alert_acks")).all()
    for ack_id, client_id, key in acks:
        prefix, _, session_id = key.partition(":")
        if prefix not in back or not session_id.isdigit():
            continue
        number = conn.execute(sa.text("SELECT number FROM sessions WHERE client_id = :c AND id = :i"),
                              {"c": client_id, "i": int(session_id)}).scalar()
        if number is not None:
            conn.execute(sa.text("UPDATE alert_acks SET alert_key = :k WHERE id = :i"),
                         {"k": f"{back[prefix]}:{number}", "i": ack_id})
