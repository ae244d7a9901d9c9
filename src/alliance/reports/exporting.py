"""Run one export end to end: gather (services), write (this package), audit (services).

The file is written next to its destination under a hidden partial name and renamed into place, so no
plaintext ever lands outside the folder the person chose, and a failed or cancelled export leaves nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from alliance.core.deid import DeidSettings, NotesMode
from alliance.core.errors import ValidationError
from alliance.core.export_records import ExportSet
from alliance.core.records import ClientStatus
from alliance.reports import csv_writer, json_writer
from alliance.reports.csv_writer import Progress
from alliance.services.export import FORMATS, build_export, record_export, resolve_scope
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


@dataclass(frozen=True)
class ExportResult:
    """What was written."""

    path: Path
    clients: int
    sessions: int
    rows: int


def gather(vault: Vault, request: ExportRequest) -> ExportSet:
    """The de-identified data an export request covers."""
    if request.fmt not in FORMATS:
        raise ValidationError.single("format", f"Choose a format: {', '.join(FORMATS)}.")
    ids = resolve_scope(vault, list(request.client_codes) or None, set(request.statuses) or None)
    if not ids:
        raise ValidationError.single("client", "There are no clients to export in this selection.")
    # A CSV holds sessions and outcome measures: the trend, episodes and alerts are not worked out for it.
    return build_export(vault, request.settings, ids, request.date_from, request.date_to,
                        with_insights=request.fmt != "csv")


def write(export: ExportSet, request: ExportRequest, progress: Progress | None = None) -> int:
    """Write an ExportSet to request.out atomically; returns the data rows written."""
    out = Path(request.out)
    if out.is_dir():
        raise ValidationError.single("out", f"{out} is a folder; choose a file name.")
    if not out.parent.is_dir():
        raise ValidationError.single("out", f"The folder {out.parent} does not exist.")
    partial = out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")
    try:
        rows = _write_to(export, request, partial, progress)
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return rows


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
    """Gather, write and audit one export."""
    export = gather(vault, request)
    rows = write(export, request, progress)
    scrubbed = 0
    if request.settings.notes is NotesMode.SCRUBBED:
        scrubbed = sum(1 for c in export.clients for s in c.sessions if s.note)
    record_export(vault, request.fmt, export, rows, scrubbed)
    return ExportResult(Path(request.out), len(export.clients), export.session_count, rows)
