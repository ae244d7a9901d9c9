"""The one way clinical data leaves the store for an export: already de-identified.

Columns are chosen structurally: a column flagged info={"phi": True} is never selected for output, and
one flagged info={"free_text": True} only for scrubbing. Dates and identifying fields are read by the
private helpers below only to transform them (relative days, shifted dates, years) or to scrub notes
with them, and never leave this module raw.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections import defaultdict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session as DbSession

from alliance.core.deid import DeidSettings, NotesMode, date_shift_days, export_day, pseudonym
from alliance.core.export_records import (
    ExportAlert,
    ExportClient,
    ExportEpisode,
    ExportEvent,
    ExportRepair,
    ExportRupture,
    ExportSession,
)
from alliance.core.messages import render
from alliance.core.ratings import Ratings
from alliance.core.scrub import KnownIdentifiers, scrub
from alliance.core.signals import ClientSignals
from alliance.core.taxonomy import rupture_status
from alliance.store.models import (
    ClientRow,
    ContextEventRow,
    HandoverItemRow,
    HandoverRow,
    InstrumentResponseRow,
    RepairRow,
    RuptureRow,
    SessionRow,
)

CHUNK = 900  # stay under SQLite's bound-parameter limit


def exportable_columns(table: Table, free_text: bool = False) -> list[Column[Any]]:
    """Columns an exporter may see: never PHI; free text only when it will be scrubbed."""
    return [c for c in table.columns
            if not c.info.get("phi") and (free_text or not c.info.get("free_text"))]


def _rows(db: DbSession, table: Table, key: str, ids: list[int], free_text: bool) -> list[dict[str, Any]]:
    """The exportable columns of the rows whose ``key`` is one of ``ids``, as dicts keyed by column name.

    Plain SQL on the driver's cursor, each column converted by its SQLAlchemy type's result processor
    where it has one (booleans, JSON): an export of 30k sessions reads some 35k rows here, where
    SQLAlchemy's row objects cost more than the query."""
    cols = exportable_columns(table, free_text)
    assert not table.c[key].info.get("phi")
    dialect = db.get_bind().dialect
    convert = [(i, p) for i, c in enumerate(cols) if (p := c.type.result_processor(dialect, None)) is not None]
    names = tuple(c.name for c in cols)
    cursor = db.connection().connection.cursor()
    try:
        cursor.execute(f"SELECT {', '.join(f'{table.name}.{n}' for n in names)} FROM {table.name} "
                       f"WHERE {table.name}.{key} IN ({', '.join('?' * len(ids))})", tuple(ids))
        fetched = cursor.fetchall()
    finally:
        cursor.close()
    if not convert:
        return [dict(zip(names, r, strict=True)) for r in fetched]
    out = []
    for r in fetched:
        values = list(r)
        for i, process in convert:
            values[i] = process(values[i])
        out.append(dict(zip(names, values, strict=True)))
    return out


def _responses(db: DbSession, session_ids: list[int]) -> list[tuple[int, str, str, int]]:
    """(session id, instrument, item, value) of these sessions' answers, as plain tuples from the driver: an
    export of 30k sessions reads some 200k of them, where SQLAlchemy's row objects cost more than the query."""
    r = InstrumentResponseRow.__table__.c
    assert not any(c.info.get("phi") or c.info.get("free_text") for c in (r.session_id, r.instrument, r.item, r.value))
    cursor = db.connection().connection.cursor()
    try:
        cursor.execute("SELECT session_id, instrument, item, value FROM instrument_responses "
                       f"WHERE session_id IN ({', '.join('?' * len(session_ids))})", tuple(session_ids))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def _session_dates(db: DbSession, client_ids: list[int]) -> dict[int, dt.date]:
    """Session id -> date of every session of these clients, as plain tuples from the driver.

    Raw dates: used here only to order, transform and compute analytics."""
    c = SessionRow.__table__.c
    assert c.date.info.get("phi") and not c.client_id.info.get("phi")
    cursor = db.connection().connection.cursor()
    try:
        cursor.execute(f"SELECT id, date FROM sessions WHERE client_id IN ({', '.join('?' * len(client_ids))})",
                       tuple(client_ids))
        # SQLAlchemy's SQLite Date type stores YYYY-MM-DD, which fromisoformat reads.
        return {sid: dt.date.fromisoformat(d) for sid, d in cursor.fetchall()}
    finally:
        cursor.close()


def _with_goals(db: DbSession, client_id: int, client: ExportClient, known: KnownIdentifiers) -> ExportClient:
    """The client's goals and formulation, scrubbed as notes are (free text: only with scrubbed notes)."""
    c = ClientRow.__table__.c
    assert c.goals.info.get("free_text") and c.formulation.info.get("free_text")
    row = db.get(ClientRow, client_id)
    assert row is not None
    goals = tuple(scrub(g, known) for g in (row.goals or "").split("\n") if g.strip())
    return replace(client, goals=goals, formulation=scrub(row.formulation, known) if row.formulation else "")


def _known(db: DbSession, client_id: int) -> KnownIdentifiers:
    row = db.get(ClientRow, client_id)
    assert row is not None
    return KnownIdentifiers.from_fields(row.display_name, row.other_names, row.phone, row.email, row.address,
                                        code=row.code)


Row = dict[str, Any]


@dataclass
class _Loaded:
    """Everything read for one export, keyed for quick lookup (rows hold exportable columns only)."""

    status: dict[int, str] = field(default_factory=dict)
    sessions: dict[int, list[Row]] = field(default_factory=lambda: defaultdict(list))  # by client, by number
    dates: dict[int, dt.date] = field(default_factory=dict)  # by session id; never leaves this module
    responses: dict[int, dict[str, dict[str, int]]] = field(default_factory=dict)  # by session id
    ruptures: dict[int, list[Row]] = field(default_factory=lambda: defaultdict(list))  # by session id
    repairs: dict[int, list[Row]] = field(default_factory=lambda: defaultdict(list))  # by rupture id
    made_in: dict[int, list[tuple[Row, Row]]] = field(default_factory=lambda: defaultdict(list))  # by session id
    # by session id: the predictions made before a hand-over the session took in (instrument -> item -> value),
    # and the mean absolute gap to the client's answers
    predictions: dict[int, dict[str, dict[str, int]]] = field(default_factory=dict)
    prediction_errors: dict[int, float] = field(default_factory=dict)


def _events(db: DbSession, client_ids: list[int]) -> dict[int, list[tuple[dt.date, str, str]]]:
    """Each client's context events (date, kind, label): the date only to be turned into the export's day, the
    label only to be scrubbed."""
    out: dict[int, list[tuple[dt.date, str, str]]] = defaultdict(list)
    for chunk in _chunks(client_ids):
        q = (select(ContextEventRow.client_id, ContextEventRow.date, ContextEventRow.kind, ContextEventRow.label)
             .where(ContextEventRow.client_id.in_(chunk)).order_by(ContextEventRow.date, ContextEventRow.id))
        for cid, when, kind, label in db.execute(q).all():
            out[cid].append((when, kind, label))
    return out


def _load(db: DbSession, client_ids: list[int], scrubbed: bool) -> _Loaded:
    data = _Loaded()
    responses = data.responses
    for chunk in _chunks(client_ids):
        for r in _rows(db, ClientRow.__table__, "id", chunk, False):  # type: ignore[arg-type]
            data.status[r["id"]] = r["status"]
        for r in _rows(db, SessionRow.__table__, "client_id", chunk, scrubbed):  # type: ignore[arg-type]
            data.sessions[r["client_id"]].append(r)
        data.dates.update(_session_dates(db, chunk))
    for rows in data.sessions.values():
        rows.sort(key=lambda r: r["number"])
    all_ids = [s["id"] for rows in data.sessions.values() for s in rows]
    for chunk in _chunks(all_ids):
        for sid, instrument, item, value in _responses(db, chunk):
            # plain dicts, built once: they become the export's instruments as they are
            of_session = responses.get(sid)
            if of_session is None:
                of_session = responses[sid] = {}
            items = of_session.get(instrument)
            if items is None:
                items = of_session[instrument] = {}
            items[item] = value
        for r in _rows(db, RuptureRow.__table__, "session_id", chunk, scrubbed):  # type: ignore[arg-type]
            data.ruptures[r["session_id"]].append(r)
    _load_predictions(db, client_ids, data)
    rupture_by_id = {r["id"]: r for rs in data.ruptures.values() for r in rs}
    for chunk in _chunks(list(rupture_by_id)):
        for r in _rows(db, RepairRow.__table__, "rupture_id", chunk, scrubbed):  # type: ignore[arg-type]
            data.repairs[r["rupture_id"]].append(r)
            data.made_in[r["session_id"]].append((r, rupture_by_id[r["rupture_id"]]))
    return data


def _load_predictions(db: DbSession, client_ids: list[int], data: _Loaded) -> None:
    """The predictions of the hand-overs these clients' sessions took in (the newest hand-over per session)."""
    per: dict[int, tuple[int, list[tuple[str, str, int, int | None]]]] = {}
    for chunk in _chunks(client_ids):
        q = (select(HandoverRow.session_id, HandoverRow.id, HandoverItemRow.instrument, HandoverItemRow.item,
                    HandoverItemRow.predicted, HandoverItemRow.answer)
             .join(HandoverItemRow, HandoverItemRow.handover_id == HandoverRow.id)
             .where(HandoverRow.client_id.in_(chunk), HandoverRow.session_id.is_not(None),
                    HandoverItemRow.predicted.is_not(None))
             .order_by(HandoverRow.session_id, HandoverRow.id))
        for sid, hid, instrument, item, predicted, answer in db.execute(q).all():
            if sid is None or predicted is None:
                continue
            seen = per.get(sid)
            if seen is None or seen[0] != hid:
                seen = per[sid] = (hid, [])
            seen[1].append((instrument, item, predicted, answer))
    for sid, (_hid, items) in per.items():
        out: dict[str, dict[str, int]] = {}
        gaps = []
        for instrument, item, predicted, answer in items:
            out.setdefault(instrument, {})[item] = predicted
            if answer is not None:
                gaps.append(abs(answer - predicted))
        data.predictions[sid] = out
        if gaps:
            data.prediction_errors[sid] = round(sum(gaps) / len(gaps), 2)


_gc_guard = threading.Lock()
_gc_paused = 0  # how many reads have the cyclic collector paused


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while an export is built.

    An export of 30k sessions makes a few hundred thousand dicts, tuples and records, none of them in a
    reference cycle; each full collection that this triggers walks every object in the process, and they
    took a quarter of the time. Reference counting still frees everything; the collector resumes (and runs
    as usual) when the last read that paused it ends, even when it fails."""
    global _gc_paused
    with _gc_guard:
        pausing = _gc_paused > 0 or gc.isenabled()  # when someone else turned it off, leave it so
        if pausing:
            _gc_paused += 1
            gc.disable()
    try:
        yield
    finally:
        if pausing:
            with _gc_guard:
                _gc_paused -= 1
                if _gc_paused == 0:
                    gc.enable()


def read_deidentified(db: DbSession, settings: DeidSettings, export_key: bytes, client_ids: list[int],
                      date_from: dt.date | None = None, date_to: dt.date | None = None,
                      today: dt.date | None = None,
                      signals: Mapping[int, ClientSignals] | None = None) -> list[ExportClient]:
    """The chosen clients, de-identified per settings, in a stable pseudonym order; their trend, episodes,
    alerts and prompts from ``signals`` (what the rules found over each client's whole history), when given."""
    today = today or dt.date.today()
    scrubbed = settings.notes is NotesMode.SCRUBBED
    with _collector_paused():
        data = _load(db, client_ids, scrubbed)
        events = _events(db, client_ids)
        out = []
        for cid in client_ids:
            if cid not in data.status:
                continue
            in_range = [r for r in data.sessions.get(cid, [])
                        if (date_from is None or data.dates[r["id"]] >= date_from)
                        and (date_to is None or data.dates[r["id"]] <= date_to)]
            known = _known(db, cid) if scrubbed else None
            client = _client(cid, in_range, data, settings, export_key, known, today,
                             None if signals is None else signals.get(cid), events.get(cid, []))
            out.append(_with_goals(db, cid, client, known) if known is not None else client)
    out.sort(key=lambda c: c.pseudonym)
    return out


def _client(cid: int, rows: list[Row], data: _Loaded, settings: DeidSettings, export_key: bytes,
            known: KnownIdentifiers | None, today: dt.date, found: ClientSignals | None,
            events: list[tuple[dt.date, str, str]]) -> ExportClient:
    all_rows = data.sessions.get(cid, [])
    dates, responses, ruptures, repairs, made_in = data.dates, data.responses, data.ruptures, data.repairs, data.made_in
    status = data.status[cid]
    first = dates[all_rows[0]["id"]] if all_rows else today
    shift = date_shift_days(export_key, cid)
    number_of = {r["id"]: r["number"] for r in all_rows}

    def note(text: str) -> str | None:
        return scrub(text, known) if known is not None else None

    def day(d: dt.date) -> int | str:
        return export_day(settings.dates, d, first, shift)

    sessions = []
    for r in rows:
        sid = r["id"]
        inst = responses.get(sid) or {}  # read for this export only: no copy needed
        checkin = inst.get("checkin")
        srs = inst.get("srs")
        checkin_mean = sum(checkin.values()) / len(checkin) if checkin else None
        srs_total = sum(srs.values()) if srs and len(srs) == 4 else None
        ratings = Ratings(r["safety"], r["trust"], r["attunement"], r["boundaries"])
        ex_ruptures, ex_repairs = [], []
        for rup in ruptures.get(sid, []):
            reps = repairs.get(rup["id"], [])
            ex_ruptures.append(ExportRupture(r["number"], rup["kind"], rup["intensity"], tuple(rup["markers"]),
                                             rup["raised_by"], rupture_status(x["resolution"] for x in reps).value,
                                             note(rup.get("note", ""))))
        for x, rup in made_in.get(sid, []):
            ex_repairs.append(ExportRepair(number_of.get(rup["session_id"], 0), r["number"], x["resolution"],
                                           tuple(x["strategies"]), note(x.get("note", ""))))
        sessions.append(ExportSession(
            n=r["number"], day=day(dates[sid]), duration_min=r["duration_min"], modality=r["modality"],
            safety=ratings.safety, trust=ratings.trust, attunement=ratings.attunement, boundaries=ratings.boundaries,
            alliance_index=ratings.alliance_index, ns_state_start=r["ns_state_start"], ns_state_end=r["ns_state_end"],
            checkin=None if checkin_mean is None else round(checkin_mean, 2), srs_total=srs_total, instruments=inst,
            ruptures=tuple(ex_ruptures), repairs=tuple(ex_repairs),
            corrective_experience=bool(r["corrective_experience"]), note=note(r.get("note", "")),
            prediction=data.predictions.get(sid, {}), prediction_error=data.prediction_errors.get(sid)))
    context = tuple(ExportEvent(kind, day(when), note(label) if label else None) for when, kind, label in events)
    if found is None:
        return ExportClient(pseudonym(export_key, cid), status, "", tuple(sessions), events=context)
    # Reasons name sessions, never days or dates (a day count with the export's date would date a session).
    # A safety prompt (a risk item answered on an outcome measure) comes first, then alerts, then prompts.
    safety = tuple(p for p in found.prompts if p.is_safety)
    shown = (*safety, *found.alerts, *(p for p in found.prompts if p not in safety))
    return ExportClient(
        pseudonym(export_key, cid), status, found.trend.direction.value, tuple(sessions),
        tuple(ExportEpisode(e.kind, e.start, e.end) for e in found.repairs),
        tuple(ExportAlert(a.rule.value, a.session_numbers, render(a.reason), a.level.value, render(a.title),
                          a in safety, reason_msg=a.reason, title_msg=a.title) for a in shown),
        events=context)
