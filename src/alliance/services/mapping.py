"""Turn ORM rows into core records. The only place that reads ORM attributes for the services."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from alliance.core.ratings import Ratings
from alliance.core.records import Client, ClientStatus, Modality, NervousSystemState, Repair, Rupture, Session
from alliance.core.taxonomy import RaisedBy, RuptureKind
from alliance.store.models import ClientRow, RepairRow, RuptureRow, SessionRow
from alliance.store.repositories import Db
from alliance.store.repositories import measures as measure_repo
from alliance.store.repositories import ruptures as rupture_repo
from alliance.store.repositories import sessions as session_repo
from alliance.store.repositories.sessions import SessionHeader


def client_record(row: ClientRow) -> Client:
    """A Client from its row."""
    return Client(
        id=row.id, code=row.code, display_name=row.display_name, email=row.email, phone=row.phone,
        address=row.address, other_names=row.other_names, intake_date=row.intake_date,
        status=ClientStatus(row.status), goals=tuple(g for g in (row.goals or "").split("\n") if g.strip()),
        formulation=row.formulation or "",
    )


def _repair(row: RepairRow, session: SessionRow | SessionHeader) -> Repair:
    return Repair(
        id=row.id, rupture_id=row.rupture_id, session_id=row.session_id, session_number=session.number,
        session_date=session.date, resolution=row.resolution, strategies=tuple(row.strategies), note=row.note,
    )


def ruptures_with_repairs(db: Db, rupture_rows: Sequence[RuptureRow]) -> list[Rupture]:
    """Rupture records, each with its repairs (ordered by session), in one query per table."""
    if not rupture_rows:
        return []
    repair_rows = rupture_repo.repairs_of(db, [r.id for r in rupture_rows])
    session_ids = {r.session_id for r in rupture_rows} | {r.session_id for r in repair_rows}
    sessions = session_repo.headers(db, session_ids)
    by_rupture: dict[int, list[Repair]] = defaultdict(list)
    for rep in repair_rows:
        by_rupture[rep.rupture_id].append(_repair(rep, sessions[rep.session_id]))
    out = []
    for r in rupture_rows:
        s = sessions[r.session_id]
        repairs = tuple(sorted(by_rupture[r.id], key=lambda x: (x.session_number, x.id)))
        out.append(Rupture(
            id=r.id, client_id=s.client_id, session_id=r.session_id, session_number=s.number,
            session_date=s.date, kind=RuptureKind(r.kind), intensity=r.intensity, markers=tuple(r.markers),
            raised_by=RaisedBy(r.raised_by), note=r.note, repairs=repairs,
        ))
    return out


def session_records(db: Db, rows: Iterable[SessionRow]) -> list[Session]:
    """Session records with instruments, the ruptures noticed in each and the repairs made in each."""
    rows = list(rows)
    if not rows:
        return []
    ids = [s.id for s in rows]
    instruments: dict[int, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for resp in session_repo.responses(db, ids):
        instruments[resp.session_id][resp.instrument][resp.item] = resp.value
    declined = measure_repo.declines_of_sessions(db, ids)
    ruptures_by_session: dict[int, list[Rupture]] = defaultdict(list)
    for rup in ruptures_with_repairs(db, rupture_repo.noticed_in_sessions(db, ids)):
        ruptures_by_session[rup.session_id].append(rup)
    repairs_by_session: dict[int, list[Repair]] = defaultdict(list)
    by_id = {s.id: s for s in rows}
    for rep in rupture_repo.repairs_made_in_sessions(db, ids):
        repairs_by_session[rep.session_id].append(_repair(rep, by_id[rep.session_id]))
    return [
        Session(
            id=s.id, client_id=s.client_id, number=s.number, date=s.date,
            ratings=Ratings(s.safety, s.trust, s.attunement, s.boundaries),
            duration_min=s.duration_min, modality=Modality(s.modality),
            ns_state_start=NervousSystemState(s.ns_state_start) if s.ns_state_start else None,
            ns_state_end=NervousSystemState(s.ns_state_end) if s.ns_state_end else None,
            corrective_experience=s.corrective_experience,
            corrective_experience_text=s.corrective_experience_text, note=s.note,
            instruments={k: dict(v) for k, v in instruments[s.id].items()},
            ruptures=tuple(ruptures_by_session[s.id]), repairs=tuple(repairs_by_session[s.id]),
            declined=declined.get(s.id, {}),
        )
        for s in rows
    ]
