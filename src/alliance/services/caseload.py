"""The caseload screen's read model: every client with a sparkline, trend, open ruptures and active alerts,
sorted by need of attention, built by one call in one unit of work.

Alerts come from ``services.signals`` over each client's whole history, the same function as the client page's.
Judging every client the first time after an unlock reads every session (30k sessions: about half a second), so
``caseload_view(judge_at_most=N)`` judges clients not judged yet only while their sessions add up to at most N
and marks the rest ``judged=False``; the caseload screen shows that and asks again without the limit. A
practice of a few thousand sessions is judged whole in the first call.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from fractions import Fraction

from alliance.core.handover import Calibration
from alliance.core.outcomes import Classified, DueItem
from alliance.core.records import ClientStatus
from alliance.core.signals import Direction, Level, Signal, State
from alliance.services import judged
from alliance.services import signals as signal_service
from alliance.services.handover import calibration_in
from alliance.services.measures import due_in, worth_telling
from alliance.services.outcomes import as_signals, outcomes_for
from alliance.services.signals import JUDGE_CHUNK
from alliance.store.repositories import Db
from alliance.store.repositories import alerts as alert_repo
from alliance.store.repositories import clients as client_repo
from alliance.store.repositories import ruptures as rupture_repo
from alliance.store.repositories import sessions as session_repo
from alliance.store.vault import Vault

SPARKLINE_SESSIONS = 12


@dataclass(frozen=True)
class CaseloadRow:
    """One client on the caseload."""

    client_id: int
    code: str
    display_name: str
    status: ClientStatus
    session_count: int
    last_session_date: dt.date | None
    latest_alliance_index: Fraction | None
    sparkline: tuple[Fraction, ...]
    trend: Direction | None  # None: not judged yet
    slope: Fraction | None
    open_ruptures: int
    alerts: tuple[Signal, ...]  # active alerts, most urgent first
    prompts: int = 0  # active prompts (they do not order the caseload)
    judged: bool = True
    outcome: Classified | None = None  # the latest outcome measure administered, with its change class
    outcome_name: str = ""  # its instrument's short name
    not_on_track: bool = False  # an outcome alert holds (deterioration, not on track)
    due: tuple[DueItem, ...] = ()  # scheduled measures due, overdue or declined since given, for a session today

    @property
    def attention(self) -> int:
        """Higher needs attention sooner."""
        return sum(a.weight for a in self.alerts)

    def matches(self, search: str) -> bool:
        """Whether the search text (taken literally, in any case) is part of the code or the display name."""
        needle = search.strip().casefold()
        return not needle or needle in self.code.casefold() or needle in self.display_name.casefold()


@dataclass(frozen=True)
class Caseload:
    """The clients of the statuses asked for, those needing attention first."""

    rows: tuple[CaseloadRow, ...]
    statuses: frozenset[ClientStatus]
    # How close the therapist's predictions before hand-overs came (None: no predicted check-in yet)
    calibration: Calibration | None = None

    @property
    def complete(self) -> bool:
        """Whether every client has been judged (see ``only_known``)."""
        return all(r.judged for r in self.rows)


@dataclass(frozen=True)
class OutcomeSummary:
    """What the caseload shows of a client's outcome measures: the latest one classified, the outcome alerts
    that hold, and the scheduled measures due, overdue or declined since last given, today."""

    latest: Classified | None
    name: str
    alerts: tuple[Signal, ...]
    due: tuple[DueItem, ...]


SHELF = "caseload outcomes"  # what services.judged keeps of each client's outcome summary


def _outcome_summaries(vault: Vault, db: Db, client_ids: list[int], today: dt.date,
                       acks: dict[int, set[str]]) -> dict[int, OutcomeSummary]:
    conditions: dict[int, Hashable] = {cid: (today, frozenset(acks.get(cid, ()))) for cid in client_ids}

    def work(missing: list[int]) -> dict[int, OutcomeSummary]:
        out = {}
        for start in range(0, len(missing), JUDGE_CHUNK):
            out.update(_summaries(missing[start : start + JUDGE_CHUNK]))
        return out

    def _summaries(chunk: list[int]) -> dict[int, OutcomeSummary]:
        measures = outcomes_for(db, chunk, detail=False)  # scored, summarised, let go: the whole scores are not kept
        due = due_in(db, chunk, today, outcomes=measures)
        out = {}
        for cid in chunk:
            given = [o for o in measures.get(cid, ()) if o.latest is not None]
            latest = max(given, key=lambda o: (o.latest.administration.date, o.latest.administration.session_number)
                         if o.latest else (dt.date.min, 0), default=None)
            alerts = tuple(a for a in as_signals(measures.get(cid, ()), acks.get(cid, set()))
                           if a.level is Level.ALERT and a.state is State.ACTIVE)
            out[cid] = OutcomeSummary(latest.latest if latest else None,
                                      latest.instrument.short_name if latest else "", alerts,
                                      worth_telling(due.get(cid, ())))
        return out

    return judged.worked_out(vault, SHELF, conditions, work)


def caseload_view(vault: Vault, statuses: set[ClientStatus] | None = None, today: dt.date | None = None,
                  *, judge_at_most: int | None = None) -> Caseload:
    """Every client (active by default) with a sparkline, trend, open ruptures and active alerts, sorted by
    need of attention. ``judge_at_most``: judge clients not judged since the unlock only up to this many
    sessions in all (the others come back ``judged=False``)."""
    wanted = frozenset(ClientStatus(s) for s in (statuses or {ClientStatus.ACTIVE}))
    today = today or dt.date.today()
    with vault.work.transaction() as db:
        clients = client_repo.headers_with_status(db, {s.value for s in wanted})
        ids = [c.id for c in clients]
        recent = session_repo.recent_of_clients(db, ids, per_client=SPARKLINE_SESSIONS)
        unresolved = rupture_repo.unresolved_counts(db, ids)
        acks = alert_repo.acknowledged_keys(db, ids)
        if judge_at_most is None:
            found = signal_service.judgements_in(vault, db, ids, today)
        else:
            found = signal_service.judgements_in(vault, db, ids, today, only_known=True)
            counts_now = {r.client_id: r.n for r in recent}
            budget = judge_at_most
            now: list[int] = []
            for cid in ids:  # a client longer than the whole budget still goes first, alone, so each step moves on
                n = counts_now.get(cid, 0)
                if cid not in found and (n <= budget or (not now and judge_at_most > 0)):
                    budget -= n
                    now.append(cid)
            if now:
                found.update(signal_service.judgements_in(vault, db, now, today))
        # Outcomes for the same clients as the alert rules got to (the others wait for the second read).
        outcome_rows = _outcome_summaries(vault, db, ids if judge_at_most is None else list(found), today, acks)
        calibrated = calibration_in(db)
    spark: dict[int, list[Fraction]] = defaultdict(list)
    last: dict[int, dt.date] = {}
    counts: dict[int, int] = {}
    for r in recent:
        spark[r.client_id].append(Fraction(r.safety + r.trust + r.attunement + r.boundaries, 4))
        last[r.client_id] = r.date
        counts[r.client_id] = r.n
    rows = []
    for cid, code, name, status in clients:
        f = found.get(cid)
        line = tuple(spark.get(cid, ()))
        summary = outcome_rows.get(cid)
        outcome_alerts = summary.alerts if summary else ()
        alerts = tuple(sorted((*(f.alerts if f else ()), *outcome_alerts), key=lambda a: -a.weight))
        rows.append(CaseloadRow(
            cid, code, name, ClientStatus(status), counts.get(cid, 0), last.get(cid), line[-1] if line else None,
            line, f.trend.direction if f else None, f.trend.slope if f else None, unresolved.get(cid, 0),
            alerts, f.prompts if f else 0, f is not None and summary is not None,
            summary.latest if summary else None, summary.name if summary else "", bool(outcome_alerts),
            summary.due if summary else ()))
    rows.sort(key=lambda r: (-r.attention, -(len(r.alerts)), r.code.lower()))
    return Caseload(tuple(rows), wanted, calibrated)
