"""The timeline, the caseload, its overview and saving a session never scan the sessions table: SQLite's query
plan for every statement they send uses an index (the covering ``ix_sessions_client_number_ratings`` for the
overview, and for the per-client figures that ix_sessions_client_date served until migration 0005).

The statements are captured as the repositories send them (an engine ``before_cursor_execute`` hook
while the services run), then asked for ``EXPLAIN QUERY PLAN`` with the same parameters.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from alliance.core.ratings import Ratings
from alliance.core.records import RepairDraft, SessionDraft
from alliance.services import clients, ruptures, sessions
from alliance.services.caseload import caseload_view
from alliance.services.demo import generate_demo
from alliance.services.timeline import timeline_for
from alliance.store.vault import Vault

# A full scan of a big table: "SCAN sessions" (or an alias such as sessions_1 / s) without "USING ... INDEX".
BIG_TABLES = ("sessions", "instrument_responses")
_SCAN = re.compile(r"^SCAN (\w+)(?: AS (\w+))?\b")


@contextmanager
def captured(vault: Vault) -> Iterator[list[tuple[str, Any]]]:
    """Every SELECT the engine sends while the block runs, with its parameters."""
    statements: list[tuple[str, Any]] = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(vault.engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(vault.engine, "before_cursor_execute", before)


def plans(vault: Vault, statements: list[tuple[str, Any]]) -> list[tuple[str, list[str]]]:
    """(statement, plan lines) for each statement."""
    out = []
    with vault.engine.connect() as conn:
        for statement, parameters in statements:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
            out.append((statement, [str(r[-1]) for r in rows]))
    return out


def aliases_of_big_tables(statement: str) -> set[str]:
    """The names a statement gives the big tables (the table itself, and ``table AS alias``)."""
    names = set(BIG_TABLES)
    for table in BIG_TABLES:
        names.update(re.findall(rf"\b{table}\s+AS\s+(\w+)", statement, flags=re.IGNORECASE))
    return names


def full_scans(vault: Vault, run: Callable[[], object]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """(problems, every plan) for the statements ``run`` sends."""
    with captured(vault) as statements:
        run()
    assert statements, "nothing was captured"
    problems = []
    every = plans(vault, statements)
    for statement, lines in every:
        big = aliases_of_big_tables(statement)
        for line in lines:
            m = _SCAN.match(line)
            if m and ({m.group(1), m.group(2)} & big) and "USING" not in line:
                problems.append(f"{line}\n  in: {' '.join(statement.split())}")
    return problems, every


def _practice(vault: Vault) -> None:
    generate_demo(vault, clients=6, sessions=(15, 30), seed=3, today=dt.date(2026, 6, 1))


def test_the_detector_finds_a_full_scan(vault: Vault) -> None:
    _practice(vault)

    def scan() -> None:
        with vault.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sessions WHERE note LIKE ?", ("%x%",)).fetchall()
            conn.exec_driver_sql("SELECT s.id FROM sessions AS s WHERE s.modality = ?", ("video",)).fetchall()

    problems, _ = full_scans(vault, scan)
    assert len(problems) == 2


def test_the_timeline_does_not_scan_sessions(vault: Vault) -> None:
    _practice(vault)
    client_id = clients.list_clients(vault)[0].id
    problems, every = full_scans(vault, lambda: timeline_for(vault, client_id, today=dt.date(2026, 6, 1)))
    assert problems == []
    assert any("ix_sessions_client_number_ratings" in line for _s, lines in every for line in lines)


def test_the_caseload_overview_does_not_scan_sessions(vault: Vault) -> None:
    _practice(vault)
    problems, every = full_scans(vault, lambda: caseload_view(vault, today=dt.date(2026, 6, 1)))
    assert problems == []
    # The recent sessions come from the covering index alone, never from the table rows with the notes.
    assert any("USING COVERING INDEX ix_sessions_client_number_ratings (client_id=? AND number>?)" in line
               for _s, lines in every for line in lines)


def test_saving_a_session_does_not_scan_sessions(vault: Vault) -> None:
    """Every statement of log_session: the numbering, the repair's rupture, the renumbering of a backfill.

    Every statement runs through the engine, where the hook sees it."""
    _practice(vault)
    client_id = next(c.id for c in clients.list_clients(vault) if ruptures.open_ruptures(vault, c.id))
    rupture = ruptures.open_ruptures(vault, client_id)[0]
    draft = SessionDraft(client_id=client_id, date=rupture.session_date, ratings=Ratings(7, 6, 8, 7),
                         repairs=(RepairDraft(resolution=4, rupture_id=rupture.id),))

    def save() -> None:
        with vault.work.transaction():
            sessions.log_session(vault, draft)

    problems, every = full_scans(vault, save)
    assert problems == []
    statements = " ".join(" ".join(s.split()) for s, _lines in every)
    assert "ORDER BY sessions.number DESC LIMIT" in statements and "JOIN ruptures ON" in statements
    assert "ORDER BY sessions.client_id, sessions.date, sessions.id" in statements  # the backfill was renumbered
    numbering = next(lines for s, lines in every if "ORDER BY sessions.number DESC" in " ".join(s.split()))
    assert any("USING COVERING INDEX ix_sessions_client_number_ratings (client_id=?)" in line for line in numbering)
