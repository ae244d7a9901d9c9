"""Searching the notes: every word (or its start), case and accents ignored, per client or everyone, kept in step
with saves, edits and deletions, and no query text read as FTS syntax."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance.core.errors import ValidationError
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft, draft_of
from alliance.services import clients, sessions
from alliance.services.search import MARK_END, MARK_START, search_notes
from alliance.store.vault import Vault


def _log(vault: Vault, cid: int, day: int, note: str) -> int:
    return sessions.log_session(vault, SessionDraft(client_id=cid, date=dt.date(2026, 3, day),
                                                    ratings=Ratings(7, 7, 7, 7), note=note)).id


def test_words_prefixes_case_and_accents(vault: Vault) -> None:
    a = clients.add_client(vault, ClientDraft(code="SR-1")).id
    b = clients.add_client(vault, ClientDraft(code="SR-2")).id
    s1 = _log(vault, a, 2, "Talked about the Nightmares again; grounding helped.")
    s2 = _log(vault, a, 9, "Kein Albtraum diese Woche, Schlafstörungen weniger.")
    s3 = _log(vault, b, 3, "Grounding before the memory work; nightmare frequency down.")
    assert {h.session_id for h in search_notes(vault, "nightmare")} == {s1, s3}  # a prefix of "Nightmares"
    assert [h.session_id for h in search_notes(vault, "grounding nightmares")] == [s1]  # every word
    assert [h.session_id for h in search_notes(vault, "schlafstorungen")] == [s2]  # accents ignored
    assert [h.session_id for h in search_notes(vault, "GROUNDING", client_id=b)] == [s3]
    (hit,) = search_notes(vault, "helped")
    assert hit.code == "SR-1" and hit.number == 1 and hit.date == dt.date(2026, 3, 2)
    assert f"{MARK_START}helped{MARK_END}" in hit.snippet


def test_the_index_follows_edits_and_deletions(vault: Vault) -> None:
    cid = clients.add_client(vault, ClientDraft(code="SR-3")).id
    sid = _log(vault, cid, 4, "first wording")
    edited = draft_of(sessions.get_session(vault, sid))
    sessions.edit_session(vault, sid, SessionDraft(**{**edited.__dict__, "note": "second wording"}))
    assert search_notes(vault, "first") == []
    assert [h.session_id for h in search_notes(vault, "second")] == [sid]
    sessions.delete_session(vault, sid)
    assert search_notes(vault, "wording") == []


@pytest.mark.parametrize("query", ['"', "NEAR(", "a AND", "*", "col:x", "' OR 1=1 --", "^x", "-"])
def test_query_text_is_never_fts_syntax(vault: Vault, query: str) -> None:
    cid = clients.add_client(vault, ClientDraft(code="SR-4")).id
    _log(vault, cid, 5, "an ordinary note with x and a AND near")
    try:
        search_notes(vault, query)  # no OperationalError, whatever is typed
    except ValidationError as exc:
        assert "Type a word" in str(exc.problems[0].message)
