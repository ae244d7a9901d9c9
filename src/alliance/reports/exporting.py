"""Run one export end to end: gather (services), write (this package), audit (services).

The file is written next to its destination under a hidden partial name and renamed into place, so no
plaintext ever lands outside the folder the person chose, and a failed or cancelled export leaves nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from alliance.core.deid import DateMode, DeidSettings, NotesMode
from alliance.core.errors import ValidationError
from alliance.core.export_records import ExportSet
from alliance.core.messages import Msg, msg
from alliance.core.records import ClientStatus
from alliance.reports import csv_writer, json_writer
from alliance.reports.csv_writer import Progress
from alliance.services.export import (
    FORMATS,
    build_export,
    date_form_clash,
    export_write_failure,
    record_export,
    resolve_scope,
)
from alliance.services.vault_access import Vault


@dataclass(frozen=True)
class ExportRequest:
    """What the person asked for."""

    fmt: str
    out: Path
    settings: DeidSettings = field(default_factory=DeidSettings)
    client_codes: tuple[str, ...] = ()
    statuses: frozenset[ClientStatus] = frozenset()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    csv_layout: str = "long"  # long | wide
    page_size: str = "A4"
    # Shifted dates are a limited data set, not Safe Harbor: the person confirms it is shared under a data use
    # agreement (the dialog's tick box, the CLI's --limited-data-set).
    limited_data_set: bool = False


@dataclass(frozen=True)
class ExportResult:
    """What was written."""

    path: Path
    clients: int
    sessions: int
    rows: int
    notes: int = 0  # scrubbed notes written (session, rupture and repair notes)
    settings: DeidSettings = field(default_factory=DeidSettings)


def request_problem(request: ExportRequest, clients: int) -> tuple[str, Msg] | None:
    """(the field at fault, why) this request cannot be written as asked, before anything is read or written
    (None: it can)."""
    if request.settings.dates is DateMode.SHIFTED and not request.limited_data_set:
        return "dates", msg(
            "Shifted dates make a limited data set, not a de-identified export (HIPAA Safe Harbor allows the year "
            "only). Confirm that it will be shared only under a data use agreement, or choose days since the first "
            "session or the year only.")
    if request.settings.notes is NotesMode.SCRUBBED:
        if request.fmt == "csv" and request.csv_layout != "wide":
            return "notes", msg(
                "The long CSV holds numbers only, so it cannot carry notes. Choose the wide CSV (one row per "
                "session) to include scrubbed notes, or leave notes out.")
        if request.fmt == "pdf" and clients > 1:
            return "notes", msg(
                "A report on several clients (the caseload report) holds no notes. Choose one client for a "
                "supervision report with scrubbed notes, or leave notes out.")
    return None


def _client_ids(vault: Vault, request: ExportRequest) -> list[int]:
    if request.fmt not in FORMATS:
        raise ValidationError.single("format", msg("Choose a format: {value}.", value=', '.join(FORMATS)))
    ids = resolve_scope(vault, list(request.client_codes) or None, set(request.statuses) or None)
    if not ids:
        raise ValidationError.single("client", msg("There are no clients to export in this selection."))
    problem = request_problem(request, len(ids))
    if problem is not None:
        raise ValidationError.single(problem[0], problem[1])
    return ids


def gather(vault: Vault, request: ExportRequest, client_ids: list[int] | None = None) -> ExportSet:
    """The de-identified data an export request covers, refused as the export would be (``client_ids``: its
    scope, resolved and checked already)."""
    ids = client_ids
    if ids is None:
        ids = _client_ids(vault, request)
        refuse_dating_combinations(vault, request, ids)
    # A CSV holds sessions and outcome measures: the trend, episodes and alerts are not worked out for it.
    return build_export(vault, request.settings, ids, request.date_from, request.date_to,
                        with_insights=request.fmt != "csv")


def refuse_dating_combinations(vault: Vault, request: ExportRequest, client_ids: list[int]) -> None:
    """Refuse to export a client in a date form that, beside one it has been exported in from this vault, would
    date its sessions (services.export.COMBINE_TO_A_DATE)."""
    codes = date_form_clash(vault, client_ids, request.settings.dates)
    if codes:
        shown = ", ".join(codes[:5]) if len(codes) <= 5 else msg("{codes} and {more} more", codes=", ".join(codes[:5]),
                                                                 more=len(codes) - 5)
        raise ValidationError.single("dates", msg(
            "{clients} left this vault before with dates in another form. Put side by side, the year of each "
            "session and its days since the first session (or its shifted date) pin every session to within "
            "days of its real date, so Alliance exports each client's dates in one of these forms only. Export "
            "{clients} with the same date form as before, or leave them out.", clients=shown))


def write(export: ExportSet, request: ExportRequest, progress: Progress | None = None,
          before_rename: Callable[[int], None] | None = None) -> int:
    """Write an ExportSet to request.out atomically; returns the data rows written. ``before_rename`` (the
    audit) runs once the whole file is written and fsynced under its hidden name; if it raises, the file is
    removed and nothing appears at request.out."""
    out = Path(request.out)
    if out.is_dir():
        raise ValidationError.single("out", msg("{out} is a folder; choose a file name.", out=out))
    if not out.parent.is_dir():
        raise ValidationError.single("out", msg("The folder {parent} does not exist.", parent=out.parent))
    partial = out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")
    try:
        try:
            rows = _write_to(export, request, partial, progress)
            with open(partial, "rb+") as fh:
                os.fsync(fh.fileno())
        except OSError as exc:  # a full disk: say so, name the export, leave nothing behind
            raise export_write_failure(exc, out) from exc
        if before_rename is not None:
            before_rename(rows)
        try:
            os.replace(partial, out)
        except OSError as exc:
            raise export_write_failure(exc, out) from exc
        fsync_folder(out.parent)
    finally:
        partial.unlink(missing_ok=True)
    return rows


def fsync_folder(folder: Path) -> None:
    """Make the rename into folder durable (folders cannot be opened on Windows: nothing to do there)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_to(export: ExportSet, request: ExportRequest, path: Path, progress: Progress | None) -> int:
    if request.fmt == "pdf":
        from alliance.reports import pdf_report  # Qt loads only for PDFs

        if len(export.clients) == 1:
            pdf_report.write_client_report(export.clients[0], export, str(path), request.page_size, progress)
        else:
            pdf_report.write_caseload_report(export, str(path), request.page_size, progress)
        return export.session_count
    with open(path, "w", encoding="utf-8", newline="") as fh:
        if request.fmt == "json":
            return json_writer.write_json(export, fh)
        if request.csv_layout == "wide":
            return csv_writer.write_wide(export, fh, progress)
        return csv_writer.write_long(export, fh, progress)


def run_export(vault: Vault, request: ExportRequest, progress: Progress | None = None) -> ExportResult:
    """Check, gather, write and audit one export."""
    ids = _client_ids(vault, request)
    refuse_dating_combinations(vault, request, ids)
    export = gather(vault, request, ids)
    scrubbed = 0
    if request.settings.notes is NotesMode.SCRUBBED:
        scrubbed = sum(bool(s.note) + sum(bool(r.note) for r in s.ruptures) + sum(bool(r.note) for r in s.repairs)
                       for c in export.clients for s in c.sessions)
    # Audited before the file is put in place: an export that cannot be recorded leaves no file behind.
    rows = write(export, request, progress,
                 before_rename=lambda written: record_export(vault, request.fmt, export, written, scrubbed, ids,
                                                               Path(request.out)))
    return ExportResult(Path(request.out), len(export.clients), export.session_count, rows, scrubbed,
                        request.settings)
