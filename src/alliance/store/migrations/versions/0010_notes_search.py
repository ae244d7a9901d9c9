"""full-text search of session notes (FTS5, inside the encrypted database)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 16:45:00

The index is an external-content FTS5 table over sessions.note, kept in step by triggers, so a note is indexed
the moment it is saved, in the same transaction. Its shadow tables live in the same SQLCipher file: nothing is
written anywhere else.
"""
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE VIRTUAL TABLE notes_fts USING fts5(note, content='sessions', content_rowid='id', "
               "tokenize='unicode61 remove_diacritics 2')")
    op.execute("CREATE TRIGGER notes_fts_insert AFTER INSERT ON sessions BEGIN "
               "INSERT INTO notes_fts(rowid, note) VALUES (new.id, new.note); END")
    op.execute("CREATE TRIGGER notes_fts_delete AFTER DELETE ON sessions BEGIN "
               "INSERT INTO notes_fts(notes_fts, rowid, note) VALUES ('delete', old.id, old.note); END")
    op.execute("CREATE TRIGGER notes_fts_update AFTER UPDATE OF note ON sessions BEGIN "
               "INSERT INTO notes_fts(notes_fts, rowid, note) VALUES ('delete', old.id, old.note); "
               "INSERT INTO notes_fts(rowid, note) VALUES (new.id, new.note); END")
    op.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ('notes_fts_update', 'notes_fts_delete', 'notes_fts_insert'):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS notes_fts")
