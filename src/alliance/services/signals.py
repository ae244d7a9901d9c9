"""The signal rules (``core.signals``) applied to what the vault holds: every client judged on their whole
history, the thresholds kept in the vault, acknowledgements.

One function, ``signals_in``, serves the caseload, the client page, the session form, the PDF and the JSON
export, so they cannot disagree (DOMAIN.md, "Signals").
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from alliance.core.errors import ValidationError
from alliance.core.handover import prediction_for_gap
from alliance.core.instruments import SRS, load_instruments
from alliance.core.messages import Msg, msg
from alliance.core.ratings import Ratings
from alliance.core.signals import (
    DEFAULT_SETTINGS,
    ClientHistory,
    ClientSignals,
    RepairObs,
    RuptureObs,
    SessionObs,
    Signal,
    SignalSettings,
    Trend,
    evaluate,
    settings_from_dict,
    settings_to_dict,
)
from alliance.core.taxonomy import RuptureKind
from alliance.services import judged
from alliance.store import audit
from alliance.store.repositories import Db, histories
from alliance.store.repositories import alerts as alert_repo
from alliance.store.repositories import clients as client_repo
from alliance.store.repositories import handovers as handover_repo
from alliance.store.repositories import meta as meta_repo
from alliance.store.vault import Vault

SETTINGS_KEY = "signal_settings"
JUDGE_CHUNK = 20  # clients judged together when the caseload judges them all
SHELF = "signals"  # what services.judged keeps of the rules' findings

ACK_REASONS: dict[str, Msg] = {
    "addressed": msg("Addressed in session"),
    "supervision": msg("Discussed in supervision"),
    "expected": msg("Expected at this stage of therapy"),
    "not_relevant": msg("Not clinically relevant"),
}


@dataclass(frozen=True)
class Acknowledgement:
    """When and why the clinician set an alert aside (the note stays in the vault, for them alone)."""

    key: str
    reason: str
    note: str
    at: dt.datetime


# --- thresholds ----------------------------------------------------------------------------------------


SAFETY_RESOURCES_KEY = "safety_resources"
SAFETY_RESOURCES_MAX = 1000


def safety_resources_in(db: Db) -> str:
    """The local crisis resources the clinician keeps for safety prompts ("" when none were set)."""
    return meta_repo.get(db, SAFETY_RESOURCES_KEY) or ""


def safety_resources(vault: Vault) -> str:
    with vault.work.transaction() as db:
        return safety_resources_in(db)


def save_safety_resources(vault: Vault, text: str) -> bool:
    """Keep the local crisis resources shown with every safety prompt; True when they changed (audited, the
    text itself not: it is the clinician's own)."""
    text = text.strip()
    if len(text) > SAFETY_RESOURCES_MAX:
        raise ValidationError.single("safety_resources", msg("Keep the local resources to {SAFETY_RESOURCES_MAX} "
                                                             "characters.",
                                                             SAFETY_RESOURCES_MAX=SAFETY_RESOURCES_MAX))
    with vault.work.transaction() as db:
        if safety_resources_in(db) == text:
            return False
        meta_repo.put(db, SAFETY_RESOURCES_KEY, text)
        audit.record(db, "change safety resources", "vault", None, characters=len(text))
        return True


def settings_in(db: Db) -> SignalSettings:
    """The vault's thresholds (the defaults where none were set)."""
    stored = meta_repo.get(db, SETTINGS_KEY)
    if not stored:
        return DEFAULT_SETTINGS
    try:
        values = json.loads(stored)
        return settings_from_dict(values if isinstance(values, dict) else {})
    except (ValueError, ValidationError):
        return DEFAULT_SETTINGS  # a value no longer allowed: the defaults, until the clinician saves again


def signal_settings(vault: Vault) -> SignalSettings:
    with vault.work.transaction() as db:
        return settings_in(db)


def save_signal_settings(vault: Vault, settings: SignalSettings) -> list[str]:
    """Keep these thresholds in the vault; returns the names of those that changed (audited, values too:
    they are not clinical)."""
    new = settings_to_dict(settings)
    settings_from_dict(new)  # the same checks as when it is read back
    with vault.work.transaction() as db:
        old = settings_to_dict(settings_in(db))
        changed = sorted(k for k in new if old.get(k) != new[k])
        if not changed:
            return []
        meta_repo.put(db, SETTINGS_KEY, json.dumps(new, sort_keys=True))
        audit.record(db, "change signal settings", "vault", None,
                     changed=",".join(f"{k}={new[k]}" for k in changed))
        return changed


# --- histories -------------------------------------------------------------------------------------------


def histories_in(db: Db, client_ids: Collection[int], *,
                 sessions_read: Sequence[histories.HistorySession] | None = None) -> dict[int, ClientHistory]:
    """Each client's whole history as the signal rules read it (``sessions_read``: every session of these clients,
    by client then number, when the caller has read them already in this unit of work)."""
    srs_items = {i.id for i in load_instruments()[SRS].items}
    figures = {f.session_id: f for f in histories.figures_of_clients(db, client_ids, srs_items)}
    predicted = handover_repo.checkin_errors_of_clients(db, client_ids)
    ratings: dict[tuple[int, int, int, int], Ratings] = {}
    sessions: dict[int, list[SessionObs]] = defaultdict(list)
    for s in histories.sessions_of_clients(db, client_ids) if sessions_read is None else sessions_read:
        key = (s.safety, s.trust, s.attunement, s.boundaries)
        r = ratings.get(key)
        if r is None:
            r = ratings[key] = Ratings(*key)
        f = figures.get(s.id)
        checkin = Fraction(f.checkin_sum, f.checkin_items) if f is not None and f.checkin_items else None
        srs = f.srs_sum if f is not None and f.srs_items >= len(srs_items) else None  # all four items, or none
        sessions[s.client_id].append(SessionObs(s.id, s.number, s.date, r, checkin, srs,
                                                prediction_for_gap(checkin, predicted.get(s.id))))
    repairs: dict[int, list[RepairObs]] = defaultdict(list)
    for p in histories.repairs_of_clients(db, client_ids):
        repairs[p.rupture_id].append(RepairObs(p.id, p.session_number, p.session_date, p.resolution))
    ruptures: dict[int, list[RuptureObs]] = defaultdict(list)
    for u in histories.ruptures_of_clients(db, client_ids):
        ruptures[u.client_id].append(RuptureObs(u.id, u.session_id, u.session_number, u.session_date,
                                                RuptureKind(u.kind), u.intensity, tuple(repairs[u.id])))
    return {cid: ClientHistory(tuple(sessions[cid]), tuple(ruptures[cid])) for cid in client_ids}


def forget(vault: Vault, client_ids: Collection[int] | None = None) -> None:
    """What was worked out for these clients (all, with None) is out of date (``services.judged``)."""
    judged.forget(vault, client_ids)


def signals_in(db: Db, client_ids: Collection[int], today: dt.date, settings: SignalSettings | None = None, *,
               read: Mapping[int, ClientHistory] | None = None) -> dict[int, ClientSignals]:
    """What the signal rules find for each client, over everything they have logged (``read``: histories the
    caller has read already in this unit of work). Worked out anew: the caseload keeps its own summary."""
    settings = settings or settings_in(db)
    acks = alert_repo.acknowledged_keys(db, client_ids)
    have = {cid: h for cid, h in (read or {}).items() if cid in client_ids}
    unread = [cid for cid in client_ids if cid not in have]
    if unread:
        have.update(histories_in(db, unread))
    return {cid: evaluate(have[cid], settings, today=today, acknowledged=frozenset(acks.get(cid, ())))
            for cid in client_ids}


@dataclass(frozen=True)
class Judgement:
    """What the caseload shows of the rules' findings for one client (kept for every client while the vault is
    open, so small: the whole findings of 100k sessions would hold hundreds of megabytes)."""

    alerts: tuple[Signal, ...]  # active alerts, most urgent first
    prompts: int
    trend: Trend


def judgements_in(vault: Vault, db: Db, client_ids: Collection[int], today: dt.date, *,
                  only_known: bool = False) -> dict[int, Judgement]:
    """The caseload's summary of the rules' findings for each client, kept per client (``services.judged``);
    ``only_known``: those kept already, nothing read."""
    settings = settings_in(db)
    acks = alert_repo.acknowledged_keys(db, client_ids)
    conditions: dict[int, Hashable] = {cid: (today, settings, frozenset(acks.get(cid, ()))) for cid in client_ids}
    if only_known:
        return judged.known(vault, SHELF, conditions)

    def work(missing: list[int]) -> dict[int, Judgement]:
        out: dict[int, Judgement] = {}
        for start in range(0, len(missing), JUDGE_CHUNK):  # a few clients' whole findings in memory at a time
            found = signals_in(db, missing[start : start + JUDGE_CHUNK], today, settings)
            out.update((cid, Judgement(f.alerts, len(f.prompts), f.trend)) for cid, f in found.items())
        return out

    return judged.worked_out(vault, SHELF, conditions, work)


def acknowledgements_in(db: Db, client_id: int) -> dict[str, Acknowledgement]:
    """A client's acknowledgements by alert key."""
    return {a.alert_key: Acknowledgement(a.alert_key, a.reason, a.note, a.created_at)
            for a in alert_repo.of_client(db, client_id)}


def acknowledge_alert(vault: Vault, client_id: int, alert_key: str, reason: str, note: str = "") -> None:
    """Set an alert aside. The reason category is audited; the optional note stays in the vault only."""
    if reason not in ACK_REASONS:
        raise ValidationError.single("reason", msg("Choose a reason for setting this alert aside."))
    with vault.work.transaction() as db:
        if client_repo.get(db, client_id) is None:
            raise ValidationError.single("client", msg("This client no longer exists in the vault."))
        alert_repo.acknowledge(db, client_id, alert_key, reason, note)
        audit.record(db, "acknowledge alert", "client", client_id, alert=alert_key.split(":")[0], reason=reason)
    forget(vault, [client_id])
