"""Searching the notes: per client or across the caseload, every word as typed (or the start of a word), the
best matches first, each with a short excerpt around what matched."""

from __future__ import annotations

import re

from alliance.core.errors import ValidationError
from alliance.core.messages import msg
from alliance.store.repositories import search as search_repo
from alliance.store.repositories.search import MARK_END, MARK_START, NoteHit
from alliance.store.vault import Vault

SEARCH_LIMIT = 200
_WORD = re.compile(r"\w+", re.UNICODE)

__all__ = ["MARK_END", "MARK_START", "SEARCH_LIMIT", "NoteHit", "search_notes"]


def search_notes(vault: Vault, query: str, client_id: int | None = None, limit: int = SEARCH_LIMIT) -> list[NoteHit]:
    """Sessions whose note holds every word of ``query`` (case and accents ignored), best first."""
    words = _WORD.findall(query)
    if not words:
        raise ValidationError.single("query", msg("Type a word to search the notes for."))
    with vault.work.transaction() as db:
        return search_repo.search_notes(db, words, client_id, limit)
