"""Run Alembic migrations programmatically at unlock; refuse a vault from a newer Alliance."""

from __future__ import annotations

import threading

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from alliance.store.errors import VaultTooNew

SCRIPT_LOCATION = "alliance.store:migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of Alliance knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    """The schema revision stored in the database (None for an empty one)."""
    return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    """Whether the database is behind head; raises VaultTooNew when it is ahead of this app."""
    script = ScriptDirectory.from_config(_config())
    with engine.connect() as conn:
        current = current_revision(conn)
    if current is None:
        return True
    try:
        script.get_revision(current)
    except CommandError as exc:
        raise VaultTooNew() from exc
    return current != script.get_current_head()


_ALEMBIC = threading.Lock()  # Alembic's command context is process-global: one migration at a time


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to head in one transaction (SQLite DDL is transactional)."""
    cfg = _config()
    with _ALEMBIC, engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def is_known_revision(revision: str | None) -> bool:
    """Whether this version of Alliance knows a schema revision (False for None or a newer one)."""
    if revision is None:
        return False
    try:
        return ScriptDirectory.from_config(_config()).get_revision(revision) is not None
    except CommandError:
        return False
