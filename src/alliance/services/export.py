"""Export use cases: gather a de-identified ExportSet and audit what was written (never its contents)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path
from typing import Any

from alliance import __version__
from alliance.core.deid import DateMode, DeidSettings, PseudonymMode, fresh_export_key
from alliance.core.errors import ValidationError
from alliance.core.export_records import (
    ExportAdministration,
    ExportClient,
    ExportOutcome,
    ExportSet,
    ExportSuddenChange,
)
from alliance.core.messages import msg
from alliance.core.records import ClientStatus
from alliance.core.scrub import ScrubRefused
from alliance.core.signals import ClientSignals
from alliance.services.clients import find_client, list_clients
from alliance.services.outcomes import SessionPoint, as_signals, outcomes_for, outcomes_of
from alliance.services.signals import signals_in
from alliance.store import audit
from alliance.store.deidentified import read_deidentified
from alliance.store.errors import VaultAccessDenied, VaultError, disk_error
from alliance.store.pending_audit import add_pending, pending_date_forms
from alliance.store.repositories import Db
from alliance.store.repositories import alerts as alert_repo
from alliance.store.repositories import meta as meta_repo
from alliance.store.vault import Vault

FORMATS = ("csv", "json", "pdf")


def export_key_for(vault: Vault, settings: DeidSettings) -> bytes:
    """The vault's stable export key, or a one-time key when pseudonyms must not link."""
    if settings.pseudonyms is PseudonymMode.FRESH:
        return fresh_export_key()
    with vault.work.transaction() as db:
        stored = meta_repo.get(db, "export_key")
    if stored is None:
        raise ValidationError.single("vault", msg("This vault has no export key; run 'alliance verify'."))
    return bytes.fromhex(stored)


def resolve_scope(vault: Vault, client_codes: list[str] | None = None,
                  statuses: set[ClientStatus] | None = None) -> list[int]:
    """Client ids for an export: the named codes, or every client with one of the statuses (default: all)."""
    if client_codes:
        found = {code: find_client(vault, code) for code in client_codes}
        missing = [code for code, c in found.items() if c is None]
        if missing:
            raise ValidationError.single("client", msg("No client with the code {value}.", value=', '.join(missing)))
        return [c.id for c in found.values() if c is not None]
    return [c.id for c in list_clients(vault, statuses)]


def build_export(vault: Vault, settings: DeidSettings, client_ids: list[int],
                 date_from: dt.date | None = None, date_to: dt.date | None = None,
                 today: dt.date | None = None, with_insights: bool = True) -> ExportSet:
    """Everything an export writes, already de-identified; without the insights (trend, episodes, alerts)
    when its format shows none. Outcome measures are scored and classified for every format."""
    if date_from and date_to and date_from > date_to:
        raise ValidationError.single("date_from", msg("The start of the date range is after its end."))
    key = export_key_for(vault, settings)
    today = today or dt.date.today()
    with vault.work.transaction() as db:
        found = with_outcome_signals(db, signals_in(db, client_ids, today)) if with_insights else None
        try:
            clients = read_deidentified(db, settings, key, client_ids, date_from, date_to, today, found)
        except ScrubRefused as exc:  # nothing is written: the export stops before its file is made
            raise ValidationError.single(
                "notes", msg("Notes cannot be scrubbed: {exc} Export without notes, or choose the clients whose notes "
                             "are in a supported language.",
                             exc=exc)) from exc
    clients = [replace(c, outcomes=export_outcomes(c)) for c in clients]
    return ExportSet(settings, __version__, today.year, tuple(clients))


def with_outcome_signals(db: Db, found: dict[int, ClientSignals]) -> dict[int, ClientSignals]:
    """The alliance signals with each client's outcome-measure alerts and prompts (reliable deterioration, not
    on track, a safety item answered) added, as the client page shows them: over the whole history, with the
    clinician's acknowledgements."""
    measures = outcomes_for(db, list(found), detail=False)
    acks = alert_repo.acknowledged_keys(db, list(found))
    out = {}
    for cid, f in found.items():
        extra = as_signals(measures.get(cid, ()), acks.get(cid, set()))
        out[cid] = replace(f, signals=(*f.signals, *extra)) if extra else f
    return out


def export_outcomes(client: ExportClient) -> tuple[ExportOutcome, ...]:
    """The outcome measures of an exported client, scored and classified from the sessions exported (the
    first of them is the baseline). Sessions are ordered by number: an export carries no calendar dates."""
    per_session = [(SessionPoint(s.n, s.n, dt.date.fromordinal(s.n)), s.instruments) for s in client.sessions]
    out = []
    for o in outcomes_of(per_session, detail=False, with_signals=False):
        rows = tuple(ExportAdministration(c.administration.session_number,
                                          None if c.score.total is None else float(c.score.total),
                                          c.score.band.id if c.score.band else None, c.change_class.value,
                                          c.recovered) for c in o.series)
        sudden = tuple(ExportSuddenChange(g.gain, g.critical_session_number, g.after.session_number, float(g.size),
                                          g.provisional) for g in o.sudden)
        out.append(ExportOutcome(o.instrument.id, rows, sudden))
    return tuple(out)


DATE_FORMS_KEY = meta_repo.DATE_FORMS_KEY  # vault_meta: client id -> the date forms its sessions have left the vault in
# Date forms that, put side by side for one client, date its sessions: with each session's year beside its days
# since the first session (or its shifted date, which keeps the intervals), the turn of a year falls between two
# known sessions, which pins every session's real date to within the days between them.
COMBINE_TO_A_DATE = (frozenset({DateMode.RELATIVE, DateMode.YEAR}), frozenset({DateMode.SHIFTED, DateMode.YEAR}))


def _date_forms(db: Db) -> dict[int, set[DateMode]]:
    return {cid: {DateMode(m) for m in modes} for cid, modes in meta_repo.date_forms(db).items()}


def date_form_clash(vault: Vault, client_ids: list[int], mode: DateMode) -> list[str]:
    """The codes of the clients whose earlier exports from this vault, beside one with ``mode``, would date
    their sessions (see COMBINE_TO_A_DATE); an export of them in ``mode`` is refused."""
    with vault.work.transaction() as db:
        forms = _date_forms(db)
    for cid, modes in pending_date_forms(vault.vault_id).items():  # exports from it while it was read-only
        forms.setdefault(cid, set()).update(DateMode(m) for m in modes)
    clashing = {cid for cid in client_ids if any(pair <= forms.get(cid, set()) | {mode} for pair in COMBINE_TO_A_DATE)}
    return [c.code for c in list_clients(vault) if c.id in clashing] if clashing else []


def _not_recorded(exc: VaultError, out: Path | None) -> VaultError:
    if out is None:
        return type(exc)(msg("Nothing was written: the export could not be recorded in the vault's audit trail. "
                             "{reason}", reason=exc.said))
    return type(exc)(msg("Nothing was written to {path}: the export could not be recorded in the vault's audit "
                         "trail. {reason}", path=str(out), reason=exc.said))


def export_write_failure(exc: OSError, out: Path) -> VaultError:
    """The error for an export whose file could not be written: says a full disk is full, names the file."""
    return disk_error(exc, msg("The export {path}", path=str(out)))


def record_export(vault: Vault, fmt: str, export: ExportSet, rows: int, scrubbed_notes: int = 0,
                  client_ids: Collection[int] = (), out: Path | None = None) -> None:
    """Audit one export: its settings and counts, never its contents or destination; remember which date form
    each client's sessions left the vault in (see date_form_clash). A read-only vault cannot take the event: it
    waits beside it (store/pending_audit.py) for the next unlock that can write; when even that cannot be written,
    this raises and the export is not put in place."""
    detail: dict[str, Any] = {
        "format": fmt, "dates": export.settings.dates.value, "notes_mode": export.settings.notes.value,
        "pseudonyms": export.settings.pseudonyms.value, "clients": len(export.clients),
        "sessions": export.session_count, "rows": rows, "scrubbed_notes": scrubbed_notes,
        "exported": ",".join(sorted(c.pseudonym for c in export.clients))}  # never codes or names
    try:
        with vault.work.transaction() as db:
            if client_ids:
                forms = meta_repo.date_forms(db)
                for cid in client_ids:
                    forms.setdefault(cid, set()).add(export.settings.dates.value)
                meta_repo.put_date_forms(db, forms)
            audit.record(db, "export", **detail)
    except VaultAccessDenied as exc:
        if not vault.read_only:
            raise _not_recorded(exc, out) from exc
        try:
            add_pending(vault.vault_id, "export", detail, {cid: [export.settings.dates.value] for cid in client_ids},
                        at_utc=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
        except OSError as err:
            where = msg("The note of this export in the per-user state folder")
            raise _not_recorded(disk_error(err, where), out) from err
    except VaultError as exc:  # a full disk: the export is not put in place, and the message says which
        raise _not_recorded(exc, out) from exc


def prepare_print(vault: Vault, client_ids: list[int]) -> ExportSet:
    """What printing the reports of these clients puts on paper: de-identified with the default settings (as every
    export by default), and audited as a print before anything is painted."""
    if not client_ids:
        raise ValidationError.single("clients", msg("There is no client to print a report for."))
    export = build_export(vault, DeidSettings(), client_ids)
    record_export(vault, "print", export, rows=export.session_count, client_ids=client_ids)
    return export
