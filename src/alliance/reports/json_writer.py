"""JSON export in the shape DESIGN.md specifies: {export: {...}, clients: [{pseudonym, sessions, episodes, alerts}]}."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import IO, Any

from alliance.core.deid import NotesMode, suppress_small
from alliance.core.export_records import ExportSession, ExportSet


def _session(s: ExportSession, with_notes: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "n": s.n, "day": s.day, "safety": s.safety, "trust": s.trust, "attunement": s.attunement,
        "boundaries": s.boundaries, "alliance_index": s.alliance_index, "ns_state_start": s.ns_state_start,
        "ns_state_end": s.ns_state_end, "checkin": s.checkin, "srs_total": s.srs_total,
        "duration_min": s.duration_min, "modality": s.modality, "instruments": s.instruments,
        "corrective_experience": s.corrective_experience,
        "ruptures": [_drop_note(asdict(r), with_notes) for r in s.ruptures],
        "repairs": [_drop_note(asdict(r), with_notes) for r in s.repairs],
    }
    if s.prediction:
        out["prediction"] = s.prediction
        out["prediction_error"] = s.prediction_error
    if with_notes:
        out["note"] = s.note or ""
    return out


def _drop_note(d: dict[str, Any], with_notes: bool) -> dict[str, Any]:
    if not with_notes:
        d.pop("note", None)
    return d


def export_document(export: ExportSet) -> dict[str, Any]:
    """The JSON document as plain data."""
    with_notes = export.settings.notes is NotesMode.SCRUBBED
    return {
        "export": {
            "app": "Alliance", "app_version": export.app_version, "created": export.created_year,
            "dates": export.settings.dates.value, "notes": export.settings.notes.value,
            "pseudonyms": export.settings.pseudonyms.value, "deidentification": export.settings.describe(),
            "safe_harbor": export.settings.safe_harbor,  # False: shifted dates, a limited data set
            # Coarsened as the aggregate tables are: 1 to 10 read "<11".
            "clients": suppress_small(len(export.clients)), "sessions": suppress_small(export.session_count),
        },
        "clients": [
            {"pseudonym": c.pseudonym, "status": c.status, "trend": c.trend,
             "sessions": [_session(s, with_notes) for s in c.sessions],
             "episodes": [asdict(e) for e in c.episodes],
             "alerts": [{"kind": a.kind, "title": a.title, "sessions": list(a.sessions), "reason": a.reason}
                        for a in c.alerts if a.level == "alert"],
             "prompts": [{"kind": a.kind, "title": a.title, "sessions": list(a.sessions), "reason": a.reason,
                          "safety": a.safety} for a in c.alerts if a.level == "prompt"],
             "outcomes": [asdict(o) for o in c.outcomes],
             "events": [{"kind": e.kind, "day": e.day, **({"label": e.label} if with_notes else {})}
                        for e in c.events],
             **({"goals": list(c.goals), "formulation": c.formulation} if with_notes else {})}
            for c in export.clients
        ],
    }


def write_json(export: ExportSet, fh: IO[str]) -> int:
    """Write the document; returns the number of sessions written."""
    json.dump(export_document(export), fh, ensure_ascii=False, indent=1)
    fh.write("\n")
    return export.session_count
