"""PDF reports: a per-client supervision report and a caseload report (the latter in pdf_caseload).

Both take records that are already de-identified (core.export_records) and state on their first page how;
charts are drawn as vectors. Only QtGui is used, so reports run from the command line without widgets. Their
words are in the installed language (pdf_sections says how); the outcome measures' names and bands stay as
their manuals write them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from statistics import fmean

from PySide6.QtGui import QImage

from alliance.core.deid import DateMode
from alliance.core.export_records import (
    ExportAlert,
    ExportClient,
    ExportEpisode,
    ExportRupture,
    ExportSession,
    ExportSet,
)
from alliance.core.messages import msg, translatable
from alliance.core.outcomes import load_outcome_instruments
from alliance.core.taxonomy import MARKER_LABELS, STRATEGY_LABELS, RuptureStatus
from alliance.i18n import shown, translated
from alliance.reports.chart_painter import draw_timeline
from alliance.reports.csv_writer import Cancelled, Progress
from alliance.reports.pdf_base import MUTED, Column, ensure_gui_app
from alliance.reports.pdf_caseload import layout_caseload_report, write_caseload_report
from alliance.reports.pdf_layout import PdfDocument
from alliance.reports.pdf_sections import (
    CLIENT_STATUS,
    KIND_LABELS,
    OUTCOME_KIND,
    SCRUB_WARNING,
    alert_label,
    check_cancel,
    day_title,
    footer_for,
    front_matter,
    num,
    num_g,
    ticker,
    trend_label,
    word,
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

KIND_SHORT = KIND_LABELS
RUPTURE_INK = "#8a2f2c"
RAISED = {"client": translatable("raised by client"), "therapist": translatable("raised by therapist"),
          "unspoken": translatable("not voiced")}
# A rupture's status as the records hold it (lower case, as the report prints it)
RUPTURE_STATUS = {"open": translatable("open"), "partly resolved": translatable("partly resolved"),
                  "resolved": translatable("resolved")}
CHANGE_CLASS = {"baseline": translatable("baseline"), "reliable improvement": translatable("reliable improvement"),
                "reliable deterioration": translatable("reliable deterioration"),
                "no reliable change": translatable("no reliable change"),
                "not classified": translatable("not classified")}
RUPTURE_NOTE = {"withdrawal": translatable("Rupture note (withdrawal)"),
                "confrontation": translatable("Rupture note (confrontation)"),
                "mixed": translatable("Rupture note (mixed)")}

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
    ensure_gui_app()  # first: from the command line, it installs the translators the title needs
    title = translated("Supervision report \u2014 {pseudonym}").format(pseudonym=client.pseudonym)
    doc = PdfDocument(title, page_size)
    total = len(client.sessions) + 1
    check_cancel(progress, 0, total)
    subtitle = translated("De-identified export \u00b7 Alliance {version} \u00b7 created {year} \u00b7 client status: "
                          "{status}").format(version=export.app_version, year=export.created_year,
                                             status=word(CLIENT_STATUS, client.status))
    front_matter(doc, title, subtitle, export)
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
    mode = export.settings.dates
    if first.day == last.day:
        text = {DateMode.RELATIVE: translated("Sessions {first}\u2013{last}; days since the first session: {day}."),
                DateMode.SHIFTED: translated("Sessions {first}\u2013{last}; shifted dates: {day}."),
                DateMode.YEAR: translated("Sessions {first}\u2013{last}; years: {day}.")}[mode]
    else:
        text = {DateMode.RELATIVE: translated("Sessions {first}\u2013{last}; days since the first session: {day} to "
                                              "{last_day}."),
                DateMode.SHIFTED: translated("Sessions {first}\u2013{last}; shifted dates: {day} to {last_day}."),
                DateMode.YEAR: translated("Sessions {first}\u2013{last}; years: {day} to {last_day}.")}[mode]
    return text.format(first=first.n, last=last.n, day=first.day, last_day=last.day)


def _summary(doc: PdfDocument, client: ExportClient, export: ExportSet) -> None:
    doc.heading(translated("Summary"), keep_with=120)
    statuses = [r.status for s in client.sessions for r in s.ruptures]
    explicit = sum(1 for e in client.episodes if e.kind == "explicit")
    latest = client.sessions[-1].alliance_index if client.sessions else None
    mean = fmean(s.alliance_index for s in client.sessions) if client.sessions else None
    doc.tiles([
        (translated("Sessions"), str(len(client.sessions))),
        (translated("Trend (last 8)"), trend_label(client.trend)),
        (translated("Latest index"), num(latest)),
        (translated("Mean index"), num(mean)),
        (translated("Open ruptures"), str(statuses.count(RuptureStatus.OPEN.value))),
        (translated("Partly resolved"), str(statuses.count(RuptureStatus.PARTLY_RESOLVED.value))),
        (translated("Resolved ruptures"), str(statuses.count(RuptureStatus.RESOLVED.value))),
        (translated("Episodes"), f"{len(client.episodes)}"),
    ], per_row=4)
    if client.sessions:
        counts = shown(msg("Alliance index = mean of safety, trust, attunement and boundaries (0\u201310). Episodes: "
                           "{explicit} explicit (a rupture repaired to resolved), {inferred} inferred (a drop and a "
                           "recovery within three sessions). Alerts: {alerts}; prompts: {prompts}.",
                           explicit=explicit, inferred=len(client.episodes) - explicit,
                           alerts=sum(a.level == "alert" for a in client.alerts),
                           prompts=sum(a.level == "prompt" for a in client.alerts)))
        doc.paragraph(f"{_span(client, export)} {counts}", size=8.5, ink=MUTED)


def _chart(doc: PdfDocument, client: ExportClient) -> None:
    if not client.sessions:
        return
    doc.heading(translated("Timeline"), keep_with=250)
    height = min(doc.room(), doc.pt(400)) if doc.room() >= doc.pt(240) else doc.pt(400)
    rect = doc.reserve(height)
    doc.add(lambda p: draw_timeline(p, rect, client, doc.u))
    doc.gap(6)


def _rupture_cell(s: ExportSession) -> str:
    return "\n".join(f"{word(KIND_SHORT, r.kind)} {r.intensity}" for r in s.ruptures)


def _repair_cell(s: ExportSession) -> str:
    text = translated("s.{session}: {resolution}/5")
    return "\n".join(text.format(session=r.rupture_session, resolution=r.resolution) for r in s.repairs)


def _sessions(doc: PdfDocument, client: ExportClient, export: ExportSet, tick: Callable[[int], None]) -> None:
    doc.heading(translated("Sessions"))
    if not client.sessions:
        doc.paragraph(translated("No sessions in this export."))
        return
    doc.paragraph(translated("Therapist ratings 0\u201310; index = their mean. Check-in = client-rated mean "
                             "(0\u201310); SRS = Session Rating Scale total (0\u201340). Ruptures: kind and intensity "
                             "(1\u20135). Repairs: the session of the rupture repaired and the resolution reached "
                             "(1\u20135)."), size=8, ink=MUTED)
    cols = [Column(translated("Session"), 0.75, "right"), Column(day_title(export), 1.25, "right"),
            Column(translated("Safety"), 0.8, "right"), Column(translated("Trust"), 0.8, "right"),
            Column(translated("Attunement"), 1.05, "right"), Column(translated("Boundaries"), 1.05, "right"),
            Column(translated("Index"), 0.8, "right"), Column(translated("Check-in"), 0.9, "right"),
            Column("SRS", 0.6, "right"), Column(translated("Ruptures"), 1.55), Column(translated("Repairs"), 1.35)]
    rows = [[str(s.n), str(s.day), str(s.safety), str(s.trust), str(s.attunement), str(s.boundaries),
             num(s.alliance_index), num(s.checkin, 1), "\u2013" if s.srs_total is None else str(s.srs_total),
             _rupture_cell(s), _repair_cell(s)] for s in client.sessions]
    inks = [RUPTURE_INK if s.ruptures else None for s in client.sessions]
    doc.table(cols, rows, size=8, row_inks=inks, tick=tick)


def _markers(r: ExportRupture) -> str:
    return "; ".join(word(MARKER_LABELS, m) for m in r.markers) or "\u2013"


def _ruptures(doc: PdfDocument, client: ExportClient) -> None:
    doc.heading(translated("Ruptures and repairs"))
    ruptures = [r for s in client.sessions for r in s.ruptures]
    if not ruptures:
        doc.paragraph(translated("No ruptures were logged in these sessions."))
    else:
        repairs_of: dict[int, list[str]] = {}
        for s in client.sessions:
            for rep in s.repairs:
                strategies = "; ".join(word(STRATEGY_LABELS, k) for k in rep.strategies)
                text = (translated("s.{session}: {resolution}/5 \u2014 {strategies}") if strategies
                        else translated("s.{session}: {resolution}/5"))
                repairs_of.setdefault(rep.rupture_session, []).append(
                    text.format(session=rep.session, resolution=rep.resolution, strategies=strategies))
        per_session = {s.n: len(s.ruptures) for s in client.sessions}
        rows = []
        for r in ruptures:
            repairs = repairs_of.get(r.session, [])
            if per_session.get(r.session, 0) > 1 and repairs:
                repairs = [translated("(a rupture of s.{session}) {repair}").format(session=r.session, repair=t)
                           for t in repairs]
            rupture = "\n".join((word(KIND_SHORT, r.kind),
                                 translated("intensity {intensity}/5").format(intensity=r.intensity),
                                 word(RAISED, r.raised_by)))
            rows.append([str(r.session), rupture, _markers(r), "\n".join(repairs) or translated("none yet"),
                         word(RUPTURE_STATUS, r.status)])
        doc.table([Column(translated("Session"), 0.7, "right"), Column(translated("Rupture"), 1.5),
                   Column(translated("Markers"), 2.2),
                   Column(translated("Repairs (session: resolution \u2014 strategies)"), 3.4),
                   Column(translated("Status"), 1.1)], rows, size=8)
    explicit = _spans([e for e in client.episodes if e.kind == "explicit"])
    inferred = _spans([e for e in client.episodes if e.kind == "inferred"])
    doc.paragraph(translated("Rupture\u2013repair episodes (sessions). Explicit: {explicit}. Inferred (drop and "
                             "recovery): {inferred}.").format(explicit=explicit, inferred=inferred), size=8.5)


def _spans(episodes: Sequence[ExportEpisode]) -> str:
    return ", ".join(str(e.start_session) if e.start_session == e.end_session
                     else f"{e.start_session}\u2013{e.end_session}" for e in episodes) or translated("none")


def _alerts(doc: PdfDocument, client: ExportClient) -> None:
    doc.heading(translated("Alerts and prompts"))
    if not client.alerts:
        doc.paragraph(translated("No active alerts or prompts for this client."))
        return
    doc.paragraph(translated("Alerts need attention; prompts suggest a conversation in the next session. Each is "
                             "judged against this client's own usual level and variation."), size=8.5, ink=MUTED)
    rows = [[_signal_name(a), ", ".join(str(n) for n in a.sessions),
             shown(a.reason_msg) if a.reason_msg is not None else a.reason] for a in client.alerts]
    doc.table([Column(translated("Signal"), 1.8), Column(translated("Sessions"), 1.0),
               Column(translated("Reason"), 5.2)], rows, size=8.5)


def _signal_name(a: ExportAlert) -> str:
    """"Alert: Drop in alliance"; an outcome measure's own title ("PHQ-9: reliable deterioration"); a safety
    prompt named as one."""
    title = shown(a.title_msg) if a.title_msg is not None else a.title
    if a.safety:
        return translated("Safety prompt: {title}").format(title=title)
    name = title if a.kind == OUTCOME_KIND and a.title else alert_label(a.kind)
    text = translated("Alert: {name}") if a.level == "alert" else translated("Prompt: {name}")
    return text.format(name=name)


def _outcomes(doc: PdfDocument, client: ExportClient) -> None:
    if not client.outcomes:
        return
    shipped = load_outcome_instruments()
    doc.heading(translated("Outcome measures"))
    doc.paragraph(translated("Each administration against the first in this report (the baseline): reliable change "
                             "as the instrument's manual gives it; recovered = reliable improvement and below the "
                             "clinical cut-off. A sudden gain (Tang & DeRubeis) names its critical session, the one "
                             "before it."), size=8.5, ink=MUTED)
    for o in client.outcomes:
        instrument = shipped.get(o.instrument)
        name = instrument.short_name if instrument else o.instrument
        rows = [[str(a.session), num(a.total, 0) if a.total is not None else "\u2013",
                 (a.band or "\u2013").replace("_", " "), _change(a.change_class, a.recovered)]
                for a in o.administrations]
        doc.table([Column(translated("{instrument}: session").format(instrument=name), 1.3),
                   Column(translated("Total"), 0.8, "right"), Column(translated("Band"), 1.6),
                   Column(translated("Change against the baseline"), 4.3)], rows, size=8.5)
        for g in o.sudden_changes:
            doc.paragraph(_sudden(g.gain, g.provisional).format(
                size=num_g(g.size), critical=g.critical_session, after=g.after_session), size=8.5)


def _change(change_class: str, recovered: bool) -> str:
    change = word(CHANGE_CLASS, change_class)
    return translated("{change} (recovered)").format(change=change) if recovered else change


def _sudden(gain: bool, provisional: bool) -> str:
    """The sentence of a sudden gain or loss, with {size}, {critical} and {after} to fill in."""
    if gain:
        return (translated("Sudden gain (provisional) of {size} points between sessions {critical} and {after}; "
                           "critical session {critical}.") if provisional else
                translated("Sudden gain of {size} points between sessions {critical} and {after}; critical session "
                           "{critical}."))
    return (translated("Sudden loss (provisional) of {size} points between sessions {critical} and {after}; "
                       "critical session {critical}.") if provisional else
            translated("Sudden loss of {size} points between sessions {critical} and {after}; critical session "
                       "{critical}."))


def _notes(doc: PdfDocument, client: ExportClient, export: ExportSet) -> None:
    if export.settings.notes.value != "scrubbed":
        return
    doc.heading(translated("Notes (scrubbed)"))
    doc.warning_box(translated(SCRUB_WARNING))
    if client.goals or client.formulation:
        doc.paragraph(translated("Treatment goals and formulation"), size=9, bold=True, after=1, keep_with=24)
        for goal in client.goals:
            doc.paragraph(f"\u2022 {goal}", size=8.5, indent=10, after=1)
        if client.formulation:
            doc.paragraph(translated("Formulation: {formulation}").format(formulation=client.formulation), size=8.5,
                          indent=10, after=3)
        doc.gap(3)
    any_note = False
    session_of = {DateMode.RELATIVE: translated("Session {session} \u00b7 day {day}"),
                  DateMode.SHIFTED: translated("Session {session} \u00b7 date (shifted) {day}"),
                  DateMode.YEAR: translated("Session {session} \u00b7 year {day}")}[export.settings.dates]
    for s in client.sessions:
        parts = [(translated("Session note"), s.note)]
        parts += [(word(RUPTURE_NOTE, r.kind), r.note) for r in s.ruptures]
        parts += [(translated("Repair note (rupture of s.{session})").format(session=r.rupture_session), r.note)
                  for r in s.repairs]
        parts = [(label, text.strip()) for label, text in parts if text and text.strip()]
        if not parts:
            continue
        any_note = True
        doc.paragraph(session_of.format(session=s.n, day=s.day), size=9, bold=True, after=1, keep_with=24)
        for label, text in parts:
            doc.paragraph(translated("{label}: {text}").format(label=label, text=text), size=8.5, indent=10, after=3)
        doc.gap(3)
    if not any_note:
        doc.paragraph(translated("No notes were written for these sessions."))
