"""Full-text search of session notes through the FTS5 index (migration 0010), inside the encrypted database."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import text

from alliance.store.repositories import Db, as_date

MARK_START, MARK_END = "\x02", "\x03"  # around each match in a snippet (the UI turns them into highlighting)


class NoteHit(NamedTuple):
    session_id: int
    client_id: int
    code: str
    number: int
    date: dt.date
    snippet: str


def fts_query(words: list[str]) -> str:
    """An FTS5 query matching every word (each a prefix), with the user's text quoted: no FTS syntax gets through."""
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def search_notes(db: Db, words: list[str], client_id: int | None, limit: int) -> list[NoteHit]:
    """Sessions whose note holds every word (as a word or its start), best match first."""
    sql = ("SELECT s.id, s.client_id, c.code, s.number, s.date, "
           f"snippet(notes_fts, 0, '{MARK_START}', '{MARK_END}', '\u2026', 16) "
           "FROM notes_fts JOIN sessions s ON s.id = notes_fts.rowid JOIN clients c ON c.id = s.client_id "
           "WHERE notes_fts MATCH :q" + (" AND s.client_id = :cid" if client_id is not None else "")
           + " ORDER BY bm25(notes_fts), s.date DESC LIMIT :limit")
    rows = db.execute(text(sql), {"q": fts_query(words), "cid": client_id, "limit": limit}).all()
    return [NoteHit(r[0], r[1], r[2], r[3], as_date(r[4]), r[5]) for r in rows]
