"""Alembic environment: always run programmatically with a live connection from the vault."""

from alembic import context

from alliance.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Alliance migrations run only from inside the app, on an unlocked vault.")

def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """The notes' full-text index (a virtual table and its shadow tables, made by migration 0010) is no model."""
    return not (type_ == "table" and name is not None and name.startswith("notes_fts"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=include_name,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
