"""The caseload PDF report: aggregates with small cells suppressed (complementary suppression in tables that share
out a known total), then one row per pseudonym with only the columns that give no suppressed count back."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean

from alliance.core.deid import is_suppressed, suppress_partition, suppress_small
from alliance.core.export_records import ExportSet
from alliance.core.messages import translatable
from alliance.core.taxonomy import RuptureKind, RuptureStatus
from alliance.i18n import translated
from alliance.reports.csv_writer import Progress
from alliance.reports.pdf_base import MUTED, Column, ensure_gui_app
from alliance.reports.pdf_layout import PdfDocument
from alliance.reports.pdf_sections import (
    ALERT_KINDS,
    CLIENT_STATUS,
    KIND_LABELS,
    alert_label,
    check_cancel,
    count_text,
    export_subtitle,
    footer_for,
    front_matter,
    num,
    small_cells,
    ticker,
    trend_label,
    word,
)

TITLE = translatable("Caseload report")  # shown as translated(TITLE)
STATUSES = ("active", "paused", "discharged")
# The aggregate tables' labels: a client's status and a rupture's kind and status
STATUS_LABELS = {"active": translatable("Active"), "paused": translatable("Paused"),
                 "discharged": translatable("Discharged")}
RUPTURE_STATUS_LABELS = {RuptureStatus.OPEN: translatable("Open"),
                         RuptureStatus.PARTLY_RESOLVED: translatable("Partly resolved"),
                         RuptureStatus.RESOLVED: translatable("Resolved")}


def cell(count: int) -> str:
    """An aggregate count as printed: 1-10 become '<11'."""
    return count_text(suppress_small(count))


@dataclass(frozen=True)
class _Counts:
    """Every count the report prints, worked out once: the overview's totals, each aggregate table (a partition
    of a total or not), and so which per-pseudonym columns would give a suppressed count back."""

    clients: int
    sessions: int
    with_alerts: int
    ruptures: int
    trends: list[tuple[str, int | str]]
    statuses: list[tuple[str, int | str]]
    alert_kinds: list[tuple[str, int | str]]
    episodes: list[tuple[str, int | str]]
    rupture_kinds: list[tuple[str, int | str]]
    rupture_statuses: list[tuple[str, int | str]]

    @staticmethod
    def of(export: ExportSet) -> _Counts:
        ruptures = [r for c in export.clients for s in c.sessions for r in s.ruptures]
        trends = Counter(c.trend for c in export.clients)
        statuses = Counter(c.status for c in export.clients)
        alert_clients = Counter(kind for c in export.clients
                                for kind in {a.kind for a in c.alerts if a.level == "alert"})
        kinds = Counter(r.kind for r in ruptures)
        rstatus = Counter(r.status for r in ruptures)
        episodes = Counter(e.kind for c in export.clients for e in c.episodes)

        def partition(labels: list[str], counts: list[int]) -> list[tuple[str, int | str]]:
            return list(zip(labels, suppress_partition(counts), strict=True))

        def each(labels: list[str], counts: list[int]) -> list[tuple[str, int | str]]:
            return [(label, suppress_small(n)) for label, n in zip(labels, counts, strict=True)]

        return _Counts(
            len(export.clients), export.session_count,
            sum(1 for c in export.clients if any(a.level == "alert" for a in c.alerts)), len(ruptures),
            partition([trend_label(t) for t in ("up", "flat", "down")], [trends[t] for t in ("up", "flat", "down")]),
            partition([translated(STATUS_LABELS[st]) for st in STATUSES], [statuses[st] for st in STATUSES]),
            each([alert_label(k) for k in ALERT_KINDS], [alert_clients[k] for k in ALERT_KINDS]),
            each([translated("Explicit (repaired to resolved)"), translated("Inferred (drop and recovery)")],
                 [episodes["explicit"], episodes["inferred"]]),
            partition([translated(KIND_LABELS[k]) for k in RuptureKind], [kinds[k.value] for k in RuptureKind]),
            partition([translated(RUPTURE_STATUS_LABELS[st]) for st in RuptureStatus],
                      [rstatus[st.value] for st in RuptureStatus]))

    def hides(self, *tables: list[tuple[str, int | str]], totals: tuple[int, ...] = ()) -> bool:
        return any(is_suppressed(v) for t in tables for _, v in t) or any(is_suppressed(suppress_small(n))
                                                                          for n in totals)


def write_caseload_report(export: ExportSet, path: str, page_size: str = "A4",
                          progress: Progress | None = None) -> int:
    """Write the caseload report to path; returns the number of pages."""
    doc = layout_caseload_report(export, page_size, progress)
    pages = doc.finish(path, footer_for(export), translated(TITLE), export.created_year)
    check_cancel(progress, len(export.clients) + 1, len(export.clients) + 1)
    return pages


def layout_caseload_report(export: ExportSet, page_size: str = "A4", progress: Progress | None = None) -> PdfDocument:
    """The caseload report laid out into pages, ready to finish() into a file or render."""
    ensure_gui_app()  # first: from the command line, it installs the translators the title needs
    title = translated(TITLE)
    doc = PdfDocument(title, page_size)
    total = len(export.clients) + 1
    check_cancel(progress, 0, total)
    front_matter(doc, title, export_subtitle(export), export, extra=(small_cells(),))
    counts = _Counts.of(export)
    _overview(doc, export, counts)
    _aggregates(doc, counts)
    _clients(doc, export, counts, progress, total)
    return doc


def _overview(doc: PdfDocument, export: ExportSet, counts: _Counts) -> None:
    doc.heading(translated("Overview"), keep_with=100)
    indexes = [s.alliance_index for c in export.clients for s in c.sessions]
    latest = [c.sessions[-1].alliance_index for c in export.clients if c.sessions]
    doc.tiles([
        (translated("Clients"), cell(counts.clients)),
        (translated("Sessions"), cell(counts.sessions)),
        (translated("Mean index, all sessions"), num(fmean(indexes) if indexes else None)),
        (translated("Mean latest index"), num(fmean(latest) if latest else None)),
        (translated("Clients with alerts"), cell(counts.with_alerts)),
        (translated("Ruptures logged"), cell(counts.ruptures)),
    ], per_row=3)


def _pair(doc: PdfDocument, left: tuple[str, Sequence[tuple[str, int | str]]],
          right: tuple[str, Sequence[tuple[str, int | str]]] | None) -> None:
    """Two small count tables side by side (their counts suppressed already)."""
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
        doc.table([Column(title, 3.0), Column(translated("Count"), 1.0, "right")],
                  [[label, count_text(n)] for label, n in counts], size=8.5,
                  x=doc.left + i * (width + gap), width=width, after=10)
        bottom = max(bottom, doc.y)
    doc.y = bottom


def _aggregates(doc: PdfDocument, counts: _Counts) -> None:
    doc.heading(translated("Aggregates"), keep_with=140)
    _pair(doc, (translated("Clients by trend (last 8 sessions)"), counts.trends),
          (translated("Clients by status"), counts.statuses))
    _pair(doc, (translated("Clients with an alert, by kind"), counts.alert_kinds),
          (translated("Rupture\u2013repair episodes"), counts.episodes))
    _pair(doc, (translated("Ruptures by kind"), counts.rupture_kinds),
          (translated("Ruptures by status"), counts.rupture_statuses))


def _clients(doc: PdfDocument, export: ExportSet, counts: _Counts, progress: Progress | None, total: int) -> None:
    # A column is printed only when no count above that it adds up to is hidden: otherwise counting its rows
    # would give the suppressed count back.
    status = not counts.hides(counts.statuses)
    sessions = not counts.hides(totals=(counts.sessions,))
    trend = not counts.hides(counts.trends)
    unresolved = not counts.hides(counts.rupture_statuses, totals=(counts.ruptures,))
    alerts = not counts.hides(counts.alert_kinds, totals=(counts.with_alerts,))
    columns = [Column(translated("Pseudonym"), 1.3)]
    kept = [(status, Column(translated("Status"), 1.1)), (sessions, Column(translated("Sessions"), 0.9, "right")),
            (True, Column(translated("Latest index"), 1.0, "right")), (trend, Column(translated("Trend"), 0.8)),
            (unresolved, Column(translated("Unresolved ruptures"), 1.1, "right")),
            (alerts, Column(translated("Alerts"), 2.6))]
    columns += [col for keep, col in kept if keep]
    left_out = [col.title for keep, col in kept if not keep]
    rows = []
    for c in export.clients:
        row = [c.pseudonym]
        if status:
            row.append(word(CLIENT_STATUS, c.status))
        if sessions:
            row.append(str(len(c.sessions)))
        row.append(num(c.sessions[-1].alliance_index if c.sessions else None))
        if trend:
            row.append(trend_label(c.trend))
        if unresolved:
            row.append(str(sum(1 for s in c.sessions for r in s.ruptures if r.status != RuptureStatus.RESOLVED.value)))
        if alerts:
            row.append(", ".join(sorted({alert_label(a.kind) for a in c.alerts if a.level == "alert"})) or "\u2013")
        rows.append(row)
    doc.keep_together(doc.table_height(columns, rows) + doc.pt(70))
    doc.heading(translated("Clients"))
    doc.paragraph(translated("One row per pseudonym. Latest index = alliance index of the most recent session; "
                             "trend = slope over the last six sessions; unresolved ruptures = open or partly resolved "
                             "(no repair has reached 4 of 5), as in the app's caseload."), size=8)
    if left_out:
        doc.paragraph(translated("Left out of this table, because counting its rows would give back a count hidden "
                                 "above: {columns}. Each client's supervision report shows them.").format(
                                     columns=", ".join(left_out)), size=8, ink=MUTED)
    doc.table(columns, rows, size=8.5, tick=ticker(progress, total))
