"""A client's relationship over time: every session as a timeline point, the ruptures with their repairs, and
what the signal rules find in the whole history (``services.signals``)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from alliance.core.errors import ValidationError
from alliance.core.messages import msg
from alliance.core.ratings import Ratings
from alliance.core.signals import ClientSignals, RuptureObs, Signal
from alliance.services import signals as signal_service
from alliance.store.repositories import Db
from alliance.store.repositories import clients as client_repo
from alliance.store.repositories import sessions as session_repo
from alliance.store.repositories.histories import HistorySession
from alliance.store.vault import Vault

NOTE_EXCERPT = 140


@dataclass(frozen=True)
class TimelineSession:
    """One session on the timeline (and one row of the client page's sessions table). The index and check-in
    are for drawing; the rules work on the exact values (``core.signals``)."""

    session_id: int
    number: int
    date: dt.date
    ratings: Ratings
    alliance_index: float
    checkin_mean: float | None
    srs_total: int | None
    note_excerpt: str
    ruptures: int = 0  # noticed in this session
    repairs: int = 0  # made in this session
    # What the therapist predicted the check-in mean would be, before handing over (client mode), on the items
    # both predicted and answered; None without a prediction.
    predicted_checkin: float | None = None


@dataclass(frozen=True)
class Timeline:
    """A client's whole relationship over time, with what the signal rules find in it."""

    client_id: int
    code: str
    sessions: tuple[TimelineSession, ...]
    ruptures: tuple[RuptureObs, ...]  # oldest first, each with its repairs
    signals: ClientSignals

    @property
    def open_alerts(self) -> tuple[Signal, ...]:
        """Active alerts, most urgent first."""
        return self.signals.alerts

    @property
    def prompts(self) -> tuple[Signal, ...]:
        """Active prompts: worth talking about in the next session."""
        return self.signals.prompts


def timeline_in(vault: Vault, db: Db, client_id: int, code: str, today: dt.date) -> Timeline:
    """A client's timeline, read inside the caller's unit of work: the sessions once, with the start of each
    note, and the history the signal rules read from them."""
    rows = session_repo.timeline_rows(db, client_id, note_chars=NOTE_EXCERPT + 1)
    history = signal_service.histories_in(db, [client_id],
                                             sessions_read=[HistorySession(*r[:8]) for r in rows])[client_id]
    found = signal_service.signals_in(db, [client_id], today, read={client_id: history})[client_id]
    ruptures_in = Counter(r.session_id for r in history.ruptures)
    repairs_in = Counter(p.session_number for r in history.ruptures for p in r.repairs)
    sessions = []
    for row, seen in zip(rows, history.sessions, strict=True):
        note = row.note_start
        excerpt = note if len(note) <= NOTE_EXCERPT else note[:NOTE_EXCERPT].rstrip() + "\u2026"
        sessions.append(TimelineSession(seen.session_id, seen.number, seen.date, seen.ratings,
                                        seen.ratings.alliance_index,
                                        None if seen.checkin is None else float(seen.checkin), seen.srs_total,
                                        excerpt, ruptures_in[seen.session_id], repairs_in[seen.number],
                                        None if seen.prediction is None else float(seen.prediction)))
    return Timeline(client_id, code, tuple(sessions), history.ruptures, found)


def timeline_for(vault: Vault, client_id: int, today: dt.date | None = None) -> Timeline:
    """Every session of a client as timeline points, their ruptures and repairs, and the signals."""
    with vault.work.transaction() as db:
        client = client_repo.get(db, client_id)
        if client is None:
            raise ValidationError.single("client", msg("This client no longer exists in the vault."))
        return timeline_in(vault, db, client_id, client.code, today or dt.date.today())
