"""PDF reports: a per-client supervision report and a caseload report (the latter in pdf_caseload).

Both take records that are already de-identified (core.export_records) and state on their first page how;
charts are drawn as vectors. Only QtGui is used, so reports run from the command line without widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from statistics import fmean

from PySide6.QtGui import QImage

from alliance.core.export_records import (
    ExportAlert,
    ExportClient,
    ExportEpisode,
    ExportRupture,
    ExportSession,
    ExportSet,
)
from alliance.core.outcomes import load_outcome_instruments
from alliance.core.taxonomy import MARKER_LABELS, STRATEGY_LABELS, RuptureStatus
from alliance.reports.chart_painter import draw_timeline
from alliance.reports.csv_writer import Cancelled, Progress
from alliance.reports.pdf_base import MUTED, Column, ensure_gui_app
from alliance.reports.pdf_caseload import layout_caseload_report, write_caseload_report
from alliance.reports.pdf_layout import PdfDocument
from alliance.reports.pdf_sections import (
    OUTCOME_KIND,
    SCRUB_WARNING,
    alert_label,
    check_cancel,
    day_title,
    footer_for,
    front_matter,
    num,
    ticker,
    trend_label,
)

__all__ = [
    "Cancelled",
    "ensure_gui_app",
    "layout_caseload_report",
    "layout_client_report",
    "preview_first_page",
    "write_caseload_report",
    "write_client_report",
]

KIND_SHORT = {"withdrawal": "Withdrawal", "confrontation": "Confrontation", "mixed": "Mixed"}
RUPTURE_INK = "#8a2f2c"
RAISED = {"client": "raised by client", "therapist": "raised by therapist", "unspoken": "not voiced"}


def write_client_report(client: ExportClient, export: ExportSet, path: str, page_size: str = "A4",
                        progress: Progress | None = None) -> int:
    """Write one client's supervision report to path; returns the number of pages."""
    doc = layout_client_report(client, export, page_size, progress)
    pages = doc.finish(path, footer_for(export), doc.title, export.created_year)
    check_cancel(progress, len(client.sessions) + 1, len(client.sessions) + 1)
    return pages


def preview_first_page(export: ExportSet, page_size: str = "A4", width_px: int = 600) -> QImage:
    """The first page of the report an export writes (one client: supervision; more: caseload), as an image.

    Laid out exactly as the file would be, painted in memory; nothing is written anywhere.
    """
    if len(export.clients) == 1:
        doc = layout_client_report(export.clients[0], export, page_size)
    else:
        doc = layout_caseload_report(export, page_size)
    try:
        return doc.render_page(1, footer_for(export), doc.title, width_px)
    finally:
        doc.release()


def layout_client_report(client: ExportClient, export: ExportSet, page_size: str = "A4",
                         progress: Progress | None = None) -> PdfDocument:
    """One client's supervision report laid out into pages, ready to finish() into a file or render."""
    title = f"Supervision report \u2014 {client.pseudonym}"
    doc = PdfDocument(title, page_size)
    total = len(client.sessions) + 1
    check_cancel(progress, 0, total)
    front_matter(doc, title, f"De-identified export \u00b7 Alliance {export.app_version} \u00b7 created "
                             f"{export.created_year} \u00b7 client status: {client.status}", export)
    _summary(doc, client, export)
    _chart(doc, client)
    _sessions(doc, client, export, ticker(progress, total))
    _ruptures(doc, client)
    _alerts(doc, client)
    _outcomes(doc, client)
    _notes(doc, client, export)
    return doc


def _span(client: ExportClient, export: ExportSet) -> str:
    first, last = client.sessions[0], client.sessions[-1]
    days = f"{first.day} to {last.day}" if first.day != last.day else str(first.day)
    unit = {"relative": "days since the first session", "shifted": "shifted dates", "year": "years"}[
        export.settings.dates.value]
    return f"Sessions {first.n}\u2013{last.n}; {unit}: {days}."


def _summary(doc: PdfDocument, client: ExportClient, export: ExportSet) -> None:
    doc.heading("Summary", keep_with=120)
    statuses = [r.status for s in client.sessions for r in s.ruptures]
    explicit = sum(1 for e in client.episodes if e.kind == "explicit")
    latest = client.sessions[-1].alliance_index if client.sessions else None
    mean = fmean(s.alliance_index for s in client.sessions) if client.sessions else None
    doc.tiles([
        ("Sessions", str(len(client.sessions))),
        ("Trend (last 8)", trend_label(client.trend)),
        ("Latest index", num(latest)),
        ("Mean index", num(mean)),
        ("Open ruptures", str(statuses.count(RuptureStatus.OPEN.value))),
        ("Partly resolved", str(statuses.count(RuptureStatus.PARTLY_RESOLVED.value))),
        ("Resolved ruptures", str(statuses.count(RuptureStatus.RESOLVED.value))),
        ("Episodes", f"{len(client.episodes)}"),
    ], per_row=4)
    if client.sessions:
        doc.paragraph(f"{_span(client, export)} Alliance index = mean of safety, trust, attunement and boundaries "
                      f"(0\u201310). Episodes: {explicit} explicit (a rupture repaired to resolved), "
                      f"{len(client.episodes) - explicit} inferred (a drop and a recovery within three sessions). "
                      f"Alerts: {sum(a.level == 'alert' for a in client.alerts)}; prompts: "
                      f"{sum(a.level == 'prompt' for a in client.alerts)}.", size=8.5, ink=MUTED)


def _chart(doc: PdfDocument, client: ExportClient) -> None:
    if not client.sessions:
        return
    doc.heading("Timeline", keep_with=250)
    height = min(doc.room(), doc.pt(400)) if doc.room() >= doc.pt(240) else doc.pt(400)
    rect = doc.reserve(height)
    doc.add(lambda p: draw_timeline(p, rect, client, doc.u))
    doc.gap(6)


def _rupture_cell(s: ExportSession) -> str:
    return "\n".join(f"{KIND_SHORT.get(r.kind, r.kind)} {r.intensity}" for r in s.ruptures)


def _repair_cell(s: ExportSession) -> str:
    return "\n".join(f"s.{r.rupture_session}: {r.resolution}/5" for r in s.repairs)


def _sessions(doc: PdfDocument, client: ExportClient, export: ExportSet, tick: Callable[[int], None]) -> None:
    doc.heading("Sessions")
    if not client.sessions:
        doc.paragraph("No sessions in this export.")
        return
    doc.paragraph("Therapist ratings 0\u201310; index = their mean. Check-in = client-rated mean (0\u201310); "
                  "SRS = Session Rating Scale total (0\u201340). Ruptures: kind and intensity (1\u20135). "
                  "Repairs: the session of the rupture repaired and the resolution reached (1\u20135).",
                  size=8, ink=MUTED)
    cols = [Column("Session", 0.75, "right"), Column(day_title(export), 1.25, "right"),
            Column("Safety", 0.8, "right"), Column("Trust", 0.8, "right"), Column("Attunement", 1.05, "right"),
            Column("Boundaries", 1.05, "right"), Column("Index", 0.8, "right"), Column("Check-in", 0.9, "right"),
            Column("SRS", 0.6, "right"), Column("Ruptures", 1.55), Column("Repairs", 1.35)]
    rows = [[str(s.n), str(s.day), str(s.safety), str(s.trust), str(s.attunement), str(s.boundaries),
             num(s.alliance_index), num(s.checkin, 1), "\u2013" if s.srs_total is None else str(s.srs_total),
             _rupture_cell(s), _repair_cell(s)] for s in client.sessions]
    inks = [RUPTURE_INK if s.ruptures else None for s in client.sessions]
    doc.table(cols, rows, size=8, row_inks=inks, tick=tick)


def _markers(r: ExportRupture) -> str:
    return "; ".join(MARKER_LABELS.get(m, m) for m in r.markers) or "\u2013"


def _ruptures(doc: PdfDocument, client: ExportClient) -> None:
    doc.heading("Ruptures and repairs")
    ruptures = [r for s in client.sessions for r in s.ruptures]
    if not ruptures:
        doc.paragraph("No ruptures were logged in these sessions.")
    else:
        repairs_of: dict[int, list[str]] = {}
        for s in client.sessions:
            for rep in s.repairs:
                strategies = "; ".join(STRATEGY_LABELS.get(k, k) for k in rep.strategies)
                text = f"s.{rep.session}: {rep.resolution}/5" + (f" \u2014 {strategies}" if strategies else "")
                repairs_of.setdefault(rep.rupture_session, []).append(text)
        per_session = {s.n: len(s.ruptures) for s in client.sessions}
        rows = []
        for r in ruptures:
            repairs = repairs_of.get(r.session, [])
            if per_session.get(r.session, 0) > 1 and repairs:
                repairs = [f"(a rupture of s.{r.session}) {t}" for t in repairs]
            rupture = "\n".join((KIND_SHORT.get(r.kind, r.kind), f"intensity {r.intensity}/5",
                                 RAISED.get(r.raised_by, r.raised_by)))
            rows.append([str(r.session), rupture, _markers(r), "\n".join(repairs) or "none yet", r.status])
        doc.table([Column("Session", 0.7, "right"), Column("Rupture", 1.5), Column("Markers", 2.2),
                   Column("Repairs (session: resolution \u2014 strategies)", 3.4), Column("Status", 1.1)],
                  rows, size=8)
    explicit = _spans([e for e in client.episodes if e.kind == "explicit"])
    inferred = _spans([e for e in client.episodes if e.kind == "inferred"])
    doc.paragraph(f"Rupture\u2013repair episodes (sessions). Explicit: {explicit}. "
                  f"Inferred (drop and recovery): {inferred}.", size=8.5)


def _spans(episodes: Sequence[ExportEpisode]) -> str:
    return ", ".join(str(e.start_session) if e.start_session == e.end_session
                     else f"{e.start_session}\u2013{e.end_session}" for e in episodes) or "none"


def _alerts(doc: PdfDocument, client: ExportClient) -> None:
    doc.heading("Alerts and prompts")
    if not client.alerts:
        doc.paragraph("No active alerts or prompts for this client.")
        return
    doc.paragraph("Alerts need attention; prompts suggest a conversation in the next session. Each is judged "
                  "against this client's own usual level and variation.", size=8.5, ink=MUTED)
    rows = [[_signal_name(a), ", ".join(str(n) for n in a.sessions), a.reason] for a in client.alerts]
    doc.table([Column("Signal", 1.8), Column("Sessions", 1.0), Column("Reason", 5.2)], rows, size=8.5)


def _signal_name(a: ExportAlert) -> str:
    """"Alert: Drop in alliance"; an outcome measure's own title ("PHQ-9: reliable deterioration"); a safety
    prompt named as one."""
    if a.safety:
        return f"Safety prompt: {a.title}"
    name = a.title if a.kind == OUTCOME_KIND and a.title else alert_label(a.kind)
    return ("Alert: " if a.level == "alert" else "Prompt: ") + name


def _outcomes(doc: PdfDocument, client: ExportClient) -> None:
    if not client.outcomes:
        return
    shipped = load_outcome_instruments()
    doc.heading("Outcome measures")
    doc.paragraph("Each administration against the first in this report (the baseline): reliable change as the "
                  "instrument's manual gives it; recovered = reliable improvement and below the clinical cut-off. "
                  "A sudden gain (Tang & DeRubeis) names its critical session, the one before it.",
                  size=8.5, ink=MUTED)
    for o in client.outcomes:
        instrument = shipped.get(o.instrument)
        name = instrument.short_name if instrument else o.instrument
        rows = [[str(a.session), num(a.total, 0) if a.total is not None else "\u2013",
                 (a.band or "\u2013").replace("_", " "), a.change_class + (" (recovered)" if a.recovered else "")]
                for a in o.administrations]
        doc.table([Column(f"{name}: session", 1.3), Column("Total", 0.8, "right"), Column("Band", 1.6),
                   Column("Change against the baseline", 4.3)], rows, size=8.5)
        for g in o.sudden_changes:
            kind = "Sudden gain" if g.gain else "Sudden loss"
            doc.paragraph(f"{kind}{' (provisional)' if g.provisional else ''} of {g.size:g} points between "
                          f"sessions {g.critical_session} and {g.after_session}; critical session "
                          f"{g.critical_session}.", size=8.5)


def _notes(doc: PdfDocument, client: ExportClient, export: ExportSet) -> None:
    if export.settings.notes.value != "scrubbed":
        return
    doc.heading("Notes (scrubbed)")
    doc.warning_box(SCRUB_WARNING)
    if client.goals or client.formulation:
        doc.paragraph("Treatment goals and formulation", size=9, bold=True, after=1, keep_with=24)
        for goal in client.goals:
            doc.paragraph(f"\u2022 {goal}", size=8.5, indent=10, after=1)
        if client.formulation:
            doc.paragraph(f"Formulation: {client.formulation}", size=8.5, indent=10, after=3)
        doc.gap(3)
    any_note = False
    for s in client.sessions:
        parts = [("Session note", s.note)]
        parts += [(f"Rupture note ({r.kind})", r.note) for r in s.ruptures]
        parts += [(f"Repair note (rupture of s.{r.rupture_session})", r.note) for r in s.repairs]
        parts = [(label, text.strip()) for label, text in parts if text and text.strip()]
        if not parts:
            continue
        any_note = True
        doc.paragraph(f"Session {s.n} \u00b7 {day_title(export).lower()} {s.day}", size=9, bold=True, after=1,
                      keep_with=24)
        for label, text in parts:
            doc.paragraph(f"{label}: {text}", size=8.5, indent=10, after=3)
        doc.gap(3)
    if not any_note:
        doc.paragraph("No notes were written for these sessions.")
