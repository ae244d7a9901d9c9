"""Records to and from plain JSON-able data, for the edit history; and which parts of a session an edit changes.

Both work from the dataclass fields themselves, so a new field of ``Session`` or ``SessionDraft`` needs no code
here. Snapshot format 1 is exactly the records' field names (nested records as objects, enums by value, dates
ISO); a field missing from an older snapshot takes its default.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
import typing
from enum import Enum
from typing import Any

from alliance.core.ratings import COMPONENT_KEYS
from alliance.core.records import Repair, RepairDraft, Rupture, RuptureDraft, Session, SessionDraft

SNAPSHOT_FORMAT = 1


def to_plain(value: Any) -> Any:
    """A record (or anything inside one) as JSON-able data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(kind: Any, data: Any) -> Any:
    """The value of type ``kind`` that ``to_plain`` turned into ``data``."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        if data is None:
            return None
        return from_plain(options[0], data)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(from_plain(item, v) for v in data)
    if origin is dict:
        _key, item = typing.get_args(kind)
        return {k: from_plain(item, v) for k, v in data.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        fields = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(**{name: from_plain(hints[name], data[name]) for name in fields if name in data})
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind is dt.date:
        return dt.date.fromisoformat(data)
    if kind in (int, float, str, bool):
        return kind(data)
    return data


def session_snapshot(s: Session) -> dict[str, Any]:
    """A session as plain data (everything needed to show it again)."""
    return {"format": SNAPSHOT_FORMAT, **to_plain(s)}


def session_from_snapshot(d: dict[str, Any]) -> Session:
    """The session a snapshot describes."""
    result: Session = from_plain(Session, d)
    return result


FIELD_LABELS: dict[str, str] = {
    "date": "date", "duration_min": "duration", "modality": "modality", "safety": "safety", "trust": "trust",
    "attunement": "attunement", "boundaries": "boundaries", "ns_state_start": "nervous-system state at start",
    "ns_state_end": "nervous-system state at end", "corrective_experience": "corrective experience",
    "note": "note", "instruments": "instruments", "ruptures": "ruptures", "repairs": "repairs",
    "declined": "declined measures",
}
"""Words for the parts of a session an edit can change; a part missing here is shown by its field name."""

# Parts compared together: the corrective experience is one thing to a clinician, its text part of it.
_GROUPED = {"corrective_experience_text": "corrective_experience"}
_NOT_EDITABLE = {"client_id"}
# The order the changes are listed in (the edit history shows it); a field not named here comes last.
_ORDER = ("date", "duration_min", "modality", "ns_state_start", "ns_state_end", "note", "corrective_experience",
          "corrective_experience_text", "ratings", "instruments", "declined", "ruptures", "repairs")


def _rupture_fields(record: Rupture | RuptureDraft) -> tuple[Any, ...]:
    """What a rupture says, as its draft type holds it (so a stored one compares with a typed one)."""
    return tuple(to_plain(getattr(record, f.name)) for f in dataclasses.fields(RuptureDraft))


def _repair_fields(record: Repair | RepairDraft, draft: SessionDraft | None = None) -> tuple[Any, ...]:
    """What a repair says, its rupture named by id (a typed repair of a rupture of the same session by the
    id of that rupture's editor, None for a rupture not stored yet)."""
    target = record.rupture_id
    if isinstance(record, RepairDraft) and target is None and draft is not None:
        index = record.new_rupture_index
        target = draft.ruptures[index].id if index is not None and 0 <= index < len(draft.ruptures) else None
    fields = (f.name for f in dataclasses.fields(RepairDraft) if f.name not in ("rupture_id", "new_rupture_index"))
    return (*(to_plain(getattr(record, name)) for name in fields), target)


def changed_fields(old: Session, new: SessionDraft) -> list[str]:
    """Which parts of a session an edit changes, as FIELD_LABELS keys, in the draft's field order."""
    changes: list[str] = []

    def add(name: str) -> None:
        name = _GROUPED.get(name, name)
        if name not in changes:
            changes.append(name)

    names = [f.name for f in dataclasses.fields(SessionDraft)]
    for name in sorted(names, key=lambda n: _ORDER.index(n) if n in _ORDER else len(_ORDER)):
        if name in _NOT_EDITABLE:
            continue
        if name == "ratings":
            changes.extend(k for k in COMPONENT_KEYS if getattr(old.ratings, k) != getattr(new.ratings, k))
        elif name == "instruments":
            if old.instruments != new.answered_instruments():
                add(name)
        elif name == "ruptures":
            if [_rupture_fields(r) for r in old.ruptures] != [_rupture_fields(r) for r in new.ruptures]:
                add(name)
        elif name == "repairs":
            if [_repair_fields(p) for p in old.repairs] != [_repair_fields(p, new) for p in new.repairs]:
                add(name)
        elif getattr(old, name) != getattr(new, name):
            add(name)
    return changes
