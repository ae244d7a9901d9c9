"""The signal rules (``core.signals``) applied to what the vault holds: every client judged on their whole
history, the thresholds kept in the vault, acknowledgements.

One function, ``signals_in``, serves the caseload, the client page, the session form, the PDF and the JSON
export, so they cannot disagree (DOMAIN.md, "Signals").
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import weakref
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from fractions import Fraction

from alliance.core.errors import ValidationError
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
    SignalSettings,
    evaluate,
    settings_from_dict,
    settings_to_dict,
)
from alliance.core.taxonomy import RuptureKind
from alliance.store import audit
from alliance.store.repositories import Db, histories
from alliance.store.repositories import alerts as alert_repo
from alliance.store.repositories import clients as client_repo
from alliance.store.repositories import meta as meta_repo
from alliance.store.vault import Vault

SETTINGS_KEY = "signal_settings"

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


def histories_in(db: Db, client_ids: Collection[int]) -> dict[int, ClientHistory]:
    """Each client's whole history as the signal rules read it."""
    srs_items = {i.id for i in load_instruments()[SRS].items}
    figures = {f.session_id: f for f in histories.figures_of_clients(db, client_ids, srs_items)}
    ratings: dict[tuple[int, int, int, int], Ratings] = {}
    sessions: dict[int, list[SessionObs]] = defaultdict(list)
    for s in histories.sessions_of_clients(db, client_ids):
        key = (s.safety, s.trust, s.attunement, s.boundaries)
        r = ratings.get(key)
        if r is None:
            r = ratings[key] = Ratings(*key)
        f = figures.get(s.id)
        checkin = Fraction(f.checkin_sum, f.checkin_items) if f is not None and f.checkin_items else None
        srs = f.srs_sum if f is not None and f.srs_items >= len(srs_items) else None  # all four items, or none
        sessions[s.client_id].append(SessionObs(s.id, s.number, s.date, r, checkin, srs))
    repairs: dict[int, list[RepairObs]] = defaultdict(list)
    for p in histories.repairs_of_clients(db, client_ids):
        repairs[p.rupture_id].append(RepairObs(p.id, p.session_number, p.session_date, p.resolution))
    ruptures: dict[int, list[RuptureObs]] = defaultdict(list)
    for u in histories.ruptures_of_clients(db, client_ids):
        ruptures[u.client_id].append(RuptureObs(u.id, u.session_id, u.session_number, u.session_date,
                                                RuptureKind(u.kind), u.intensity, tuple(repairs[u.id])))
    return {cid: ClientHistory(tuple(sessions[cid]), tuple(ruptures[cid])) for cid in client_ids}


class _Judged:
    """What the rules found for each client of one open vault, with what they were judged under.

    Reading every client's whole history costs far more than a save (30k sessions: some 0.5 s), so the
    findings are kept while the vault is open. Every service that changes what the rules read (a session
    logged, edited or deleted, an import, an acknowledgement) forgets that client's entry after its unit of
    work; the thresholds, the acknowledgements and today's date are part of what an entry was judged under.
    One Alliance process holds a vault at a time (the instance lock), so no other writer can make an entry stale.
    """

    def __init__(self) -> None:
        self.found: dict[int, tuple[tuple[object, ...], ClientSignals]] = {}
        self.lock = threading.Lock()


_judged: weakref.WeakKeyDictionary[Vault, _Judged] = weakref.WeakKeyDictionary()
_judged_lock = threading.Lock()


def _of(vault: Vault) -> _Judged:
    with _judged_lock:
        found = _judged.get(vault)
        if found is None:
            found = _judged[vault] = _Judged()
        return found


def forget(vault: Vault, client_ids: Collection[int] | None = None) -> None:
    """What the rules found for these clients (all, with None) is out of date."""
    judged = _of(vault)
    with judged.lock:
        if client_ids is None:
            judged.found.clear()
        else:
            for cid in client_ids:
                judged.found.pop(cid, None)


def signals_in(vault: Vault, db: Db, client_ids: Collection[int], today: dt.date,
               settings: SignalSettings | None = None, *, only_known: bool = False,
               read: Mapping[int, ClientHistory] | None = None) -> dict[int, ClientSignals]:
    """What the signal rules find for each client, over everything they have logged. With ``only_known``,
    clients not judged yet under these conditions are left out instead of read (the caseload's first paint);
    ``read``: histories the caller has read already in this unit of work."""
    settings = settings or settings_in(db)
    acks = alert_repo.acknowledged_keys(db, client_ids)
    judged = _of(vault)
    conditions = {cid: (today, settings, frozenset(acks.get(cid, ()))) for cid in client_ids}
    out: dict[int, ClientSignals] = {}
    with judged.lock:
        for cid in client_ids:
            entry = judged.found.get(cid)
            if entry is not None and entry[0] == conditions[cid]:
                out[cid] = entry[1]
    missing = [cid for cid in client_ids if cid not in out]
    if not missing or only_known:
        return out
    have = dict(read or {})
    unread = [cid for cid in missing if cid not in have]
    if unread:
        have.update(histories_in(db, unread))
    for cid in missing:
        history = have[cid]
        found = evaluate(history, settings, today=today, acknowledged=conditions[cid][2])
        out[cid] = found
        with judged.lock:
            judged.found[cid] = (conditions[cid], found)
    return out


def acknowledgements_in(db: Db, client_id: int) -> dict[str, Acknowledgement]:
    """A client's acknowledgements by alert key."""
    return {a.alert_key: Acknowledgement(a.alert_key, a.reason, a.note, a.created_at)
            for a in alert_repo.of_client(db, client_id)}


def acknowledge_alert(vault: Vault, client_id: int, alert_key: str, reason: str, note: str = "") -> None:
    """Set an alert aside. The reason category is audited; the optional note stays in the vault only."""
    if reason not in ACK_REASONS:
        raise ValidationError.single("reason", "Choose a reason for setting this alert aside.")
    with vault.work.transaction() as db:
        if client_repo.get(db, client_id) is None:
            raise ValidationError.single("client", "This client no longer exists in the vault.")
        alert_repo.acknowledge(db, client_id, alert_key, reason, note)
        audit.record(db, "acknowledge alert", "client", client_id, alert=alert_key.split(":")[0], reason=reason)
    forget(vault, [client_id])
