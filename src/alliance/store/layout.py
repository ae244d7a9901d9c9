"""The names of the files inside a vault folder and inside each of its backups."""

from __future__ import annotations

DB_NAME = "alliance.db"
KEYS_NAME = "keys.json"
# SQLite's companions of the database file in WAL mode (and a stray rollback journal).
DB_COMPANIONS = ("-wal", "-shm", "-journal")
