"""Session records to and from plain JSON-able dicts, for the edit history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from alliance.core.ratings import COMPONENT_KEYS, Ratings
from alliance.core.records import (
    Modality,
    NervousSystemState,
    Repair,
    Rupture,
    Session,
    SessionDraft,
)
from alliance.core.taxonomy import RaisedBy, RuptureKind

SNAPSHOT_FORMAT = 1


def _repair(r: Repair) -> dict[str, Any]:
    return {"id": r.id, "rupture_id": r.rupture_id, "session_id": r.session_id, "session_number": r.session_number,
            "session_date": r.session_date.isoformat(), "resolution": r.resolution, "strategies": list(r.strategies),
            "note": r.note}


def _rupture(r: Rupture) -> dict[str, Any]:
    return {"id": r.id, "client_id": r.client_id, "session_id": r.session_id, "session_number": r.session_number,
            "session_date": r.session_date.isoformat(), "kind": r.kind.value, "intensity": r.intensity,
            "markers": list(r.markers), "raised_by": r.raised_by.value, "note": r.note,
            "repairs": [_repair(x) for x in r.repairs]}


def session_snapshot(s: Session) -> dict[str, Any]:
    """A session as plain data (everything needed to show it again)."""
    return {
        "format": SNAPSHOT_FORMAT, "id": s.id, "client_id": s.client_id, "number": s.number,
        "date": s.date.isoformat(), "ratings": s.ratings.as_dict(), "duration_min": s.duration_min,
        "modality": s.modality.value, "ns_state_start": s.ns_state_start.value if s.ns_state_start else None,
        "ns_state_end": s.ns_state_end.value if s.ns_state_end else None,
        "corrective_experience": s.corrective_experience,
        "corrective_experience_text": s.corrective_experience_text, "note": s.note,
        "instruments": s.instruments, "ruptures": [_rupture(r) for r in s.ruptures],
        "repairs": [_repair(r) for r in s.repairs],
    }


def _repair_from(d: dict[str, Any]) -> Repair:
    return Repair(d["id"], d["rupture_id"], d["session_id"], d["session_number"],
                  dt.date.fromisoformat(d["session_date"]), d["resolution"], tuple(d["strategies"]), d["note"])


def session_from_snapshot(d: dict[str, Any]) -> Session:
    """The session a snapshot describes."""
    ruptures = tuple(
        Rupture(r["id"], r["client_id"], r["session_id"], r["session_number"], dt.date.fromisoformat(r["session_date"]),
                RuptureKind(r["kind"]), r["intensity"], tuple(r["markers"]), RaisedBy(r["raised_by"]), r["note"],
                tuple(_repair_from(x) for x in r["repairs"]))
        for r in d["ruptures"])
    return Session(
        id=d["id"], client_id=d["client_id"], number=d["number"], date=dt.date.fromisoformat(d["date"]),
        ratings=Ratings(**{k: int(d["ratings"][k]) for k in COMPONENT_KEYS}), duration_min=d["duration_min"],
        modality=Modality(d["modality"]),
        ns_state_start=NervousSystemState(d["ns_state_start"]) if d["ns_state_start"] else None,
        ns_state_end=NervousSystemState(d["ns_state_end"]) if d["ns_state_end"] else None,
        corrective_experience=d["corrective_experience"], corrective_experience_text=d["corrective_experience_text"],
        note=d["note"], instruments={k: dict(v) for k, v in d["instruments"].items()}, ruptures=ruptures,
        repairs=tuple(_repair_from(x) for x in d["repairs"]))


FIELD_LABELS: dict[str, str] = {
    "date": "date", "duration_min": "duration", "modality": "modality", "safety": "safety", "trust": "trust",
    "attunement": "attunement", "boundaries": "boundaries", "ns_state_start": "nervous-system state at start",
    "ns_state_end": "nervous-system state at end", "corrective_experience": "corrective experience",
    "note": "note", "instruments": "instruments", "ruptures": "ruptures", "repairs": "repairs",
}


def changed_fields(old: Session, new: SessionDraft) -> list[str]:
    """Which parts of a session an edit changes, in FIELD_LABELS keys."""
    changes = []
    if old.date != new.date:
        changes.append("date")
    for f in ("duration_min", "modality", "ns_state_start", "ns_state_end", "note"):
        if getattr(old, f) != getattr(new, f):
            changes.append(f)
    if (old.corrective_experience, old.corrective_experience_text) != (new.corrective_experience,
                                                                        new.corrective_experience_text):
        changes.append("corrective_experience")
    for k in COMPONENT_KEYS:
        if getattr(old.ratings, k) != getattr(new.ratings, k):
            changes.append(k)
    if old.instruments != {k: v for k, v in new.instruments.items() if v}:
        changes.append("instruments")
    old_r = [(r.id, r.kind, r.intensity, tuple(r.markers), r.raised_by, r.note) for r in old.ruptures]
    new_r = [(r.id, r.kind, r.intensity, tuple(r.markers), r.raised_by, r.note) for r in new.ruptures]
    if old_r != new_r:
        changes.append("ruptures")
    old_p = [(p.id, p.resolution, tuple(p.strategies), p.note, p.rupture_id) for p in old.repairs]
    new_p = [(p.id, p.resolution, tuple(p.strategies), p.note, p.rupture_id) for p in new.repairs]
    if old_p != new_p:
        changes.append("repairs")
    return changes
