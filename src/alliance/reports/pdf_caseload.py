"""The caseload PDF report: aggregates with small cells suppressed, then one row per pseudonym."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from statistics import fmean

from alliance.core.deid import suppress_small
from alliance.core.export_records import ExportSet
from alliance.core.taxonomy import RuptureKind, RuptureStatus
from alliance.reports.csv_writer import Progress
from alliance.reports.pdf_base import Column
from alliance.reports.pdf_layout import PdfDocument
from alliance.reports.pdf_sections import (
    ALERT_KINDS,
    SMALL_CELLS,
    alert_label,
    check_cancel,
    footer_for,
    front_matter,
    num,
    ticker,
    trend_label,
)

TITLE = "Caseload report"
STATUSES = ("active", "paused", "discharged")


def cell(count: int) -> str:
    """An aggregate count as printed: 1-10 become '<11'."""
    return str(suppress_small(count))


def write_caseload_report(export: ExportSet, path: str, page_size: str = "A4",
                          progress: Progress | None = None) -> int:
    """Write the caseload report to path; returns the number of pages."""
    doc = layout_caseload_report(export, page_size, progress)
    pages = doc.finish(path, footer_for(export), TITLE, export.created_year)
    check_cancel(progress, len(export.clients) + 1, len(export.clients) + 1)
    return pages


def layout_caseload_report(export: ExportSet, page_size: str = "A4", progress: Progress | None = None) -> PdfDocument:
    """The caseload report laid out into pages, ready to finish() into a file or render."""
    doc = PdfDocument(TITLE, page_size)
    total = len(export.clients) + 1
    check_cancel(progress, 0, total)
    front_matter(doc, TITLE, f"De-identified export \u00b7 Alliance {export.app_version} \u00b7 created "
                             f"{export.created_year}", export, extra=(SMALL_CELLS,))
    _overview(doc, export)
    _aggregates(doc, export)
    _clients(doc, export, progress, total)
    return doc


def _overview(doc: PdfDocument, export: ExportSet) -> None:
    doc.heading("Overview", keep_with=100)
    indexes = [s.alliance_index for c in export.clients for s in c.sessions]
    latest = [c.sessions[-1].alliance_index for c in export.clients if c.sessions]
    with_alerts = sum(1 for c in export.clients if any(a.level == "alert" for a in c.alerts))
    ruptures = sum(len(s.ruptures) for c in export.clients for s in c.sessions)
    doc.tiles([
        ("Clients", cell(len(export.clients))),
        ("Sessions", cell(export.session_count)),
        ("Mean index, all sessions", num(fmean(indexes) if indexes else None)),
        ("Mean latest index", num(fmean(latest) if latest else None)),
        ("Clients with alerts", cell(with_alerts)),
        ("Ruptures logged", cell(ruptures)),
    ], per_row=3)


def _pair(doc: PdfDocument, left: tuple[str, Sequence[tuple[str, int]]],
          right: tuple[str, Sequence[tuple[str, int]]] | None) -> None:
    """Two small count tables side by side (suppressed counts)."""
    gap = doc.pt(14)
    width = (doc.content_width - gap) / 2
    rows = max(len(left[1]), len(right[1]) if right else 0)
    doc.ensure(doc.pt(18) * (rows + 2))
    top, bottom = doc.y, doc.y
    for i, part in enumerate((left, right)):
        if part is None:
            continue
        doc.y = top
        title, counts = part
        doc.table([Column(title, 3.0), Column("Count", 1.0, "right")],
                  [[label, cell(n)] for label, n in counts], size=8.5,
                  x=doc.left + i * (width + gap), width=width, after=10)
        bottom = max(bottom, doc.y)
    doc.y = bottom


def _aggregates(doc: PdfDocument, export: ExportSet) -> None:
    doc.heading("Aggregates", keep_with=140)
    trends = Counter(c.trend for c in export.clients)
    statuses = Counter(c.status for c in export.clients)
    alert_clients = Counter(kind for c in export.clients for kind in {a.kind for a in c.alerts if a.level == "alert"})
    ruptures = [r for c in export.clients for s in c.sessions for r in s.ruptures]
    kinds = Counter(r.kind for r in ruptures)
    rstatus = Counter(r.status for r in ruptures)
    episodes = Counter(e.kind for c in export.clients for e in c.episodes)
    _pair(doc, ("Clients by trend (last 8 sessions)", [(trend_label(t), trends[t]) for t in ("up", "flat", "down")]),
          ("Clients by status", [(s.capitalize(), statuses[s]) for s in STATUSES]))
    _pair(doc, ("Clients with an alert, by kind", [(alert_label(k), alert_clients[k]) for k in ALERT_KINDS]),
          ("Rupture\u2013repair episodes", [("Explicit (repaired to resolved)", episodes["explicit"]),
                                           ("Inferred (drop and recovery)", episodes["inferred"])]))
    _pair(doc, ("Ruptures by kind", [(k.value.capitalize(), kinds[k.value]) for k in RuptureKind]),
          ("Ruptures by status", [(s.value.capitalize(), rstatus[s.value]) for s in RuptureStatus]))


def _clients(doc: PdfDocument, export: ExportSet, progress: Progress | None, total: int) -> None:
    rows = []
    for c in export.clients:
        unresolved = sum(1 for s in c.sessions for r in s.ruptures if r.status != RuptureStatus.RESOLVED.value)
        kinds = sorted({alert_label(a.kind) for a in c.alerts if a.level == "alert"})
        rows.append([c.pseudonym, c.status, str(len(c.sessions)),
                     num(c.sessions[-1].alliance_index if c.sessions else None), trend_label(c.trend),
                     str(unresolved), ", ".join(kinds) or "\u2013"])
    columns = [Column("Pseudonym", 1.3), Column("Status", 1.1), Column("Sessions", 0.9, "right"),
               Column("Latest index", 1.0, "right"), Column("Trend", 0.8), Column("Unresolved ruptures", 1.1, "right"),
               Column("Alerts", 2.6)]
    doc.keep_together(doc.table_height(columns, rows) + doc.pt(70))
    doc.heading("Clients")
    doc.paragraph("One row per pseudonym. Latest index = alliance index of the most recent session; trend = slope "
                  "over the last six sessions; unresolved ruptures = open or partly resolved (no repair has reached 4 "
                  "of 5), as in the app's caseload.", size=8)
    doc.table(columns, rows, size=8.5, tick=ticker(progress, total))
