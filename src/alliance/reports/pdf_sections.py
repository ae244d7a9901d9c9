"""Pieces every PDF report shares: the first-page statement of de-identification settings, the scrub warning,
the footer, progress and number formatting."""

from __future__ import annotations

from collections.abc import Callable

from alliance.core.deid import COMPLEMENT_TEXT, SMALL_CELL_MAX, SMALL_CELL_TEXT, DateMode, NotesMode
from alliance.core.export_records import ExportSet
from alliance.reports.csv_writer import Cancelled, Progress
from alliance.reports.pdf_layout import PdfDocument

SCRUB_WARNING = "Notes need a human read before sharing: no scrubber is perfect."
SMALL_CELLS = (f"In aggregate tables every count from 1 to {SMALL_CELL_MAX} is shown as \u201c{SMALL_CELL_TEXT}\u201d "
               "so that small groups cannot be singled out. Where a table shares out a total and only one count is "
               f"small, a second is shown as \u201c{COMPLEMENT_TEXT}\u201d so the small one cannot be worked out "
               "from the total; the per-pseudonym table leaves out any column that would give a hidden count back.")


def footer_for(export: ExportSet) -> Callable[[int, int], str]:
    """The footer of every page: app version, that the export is de-identified, and the page count."""
    return lambda n, total: f"Alliance {export.app_version} \u00b7 de-identified export \u00b7 page {n} of {total}"


def front_matter(doc: PdfDocument, title: str, subtitle: str, export: ExportSet,
                 extra: tuple[str, ...] = ()) -> None:
    """Title, then every sentence of the de-identification settings, then the scrub warning when notes are in."""
    doc.title_block(title, subtitle)
    doc.heading("De-identification", keep_with=40)
    doc.bullets([*export.settings.describe(), *extra])
    if export.settings.notes is NotesMode.SCRUBBED:
        doc.warning_box(SCRUB_WARNING)


def ticker(progress: Progress | None, total: int, every: int = 10) -> Callable[[int], None]:
    """A callback for step i of total that reports progress and raises Cancelled when asked to stop."""
    def tick(i: int) -> None:
        done = i + 1
        if progress is not None and (done % every == 0 or done == total) and not progress(done, total):
            raise Cancelled()
    return tick


def check_cancel(progress: Progress | None, done: int, total: int) -> None:
    """Report progress once; raise Cancelled when the person stopped the export."""
    if progress is not None and not progress(done, total):
        raise Cancelled()


def day_title(export: ExportSet) -> str:
    """Column title for a session's day under the export's date mode."""
    return {DateMode.RELATIVE: "Day", DateMode.SHIFTED: "Date (shifted)", DateMode.YEAR: "Year"}[
        export.settings.dates]


def num(value: float | None, digits: int = 2) -> str:
    """A number for a table cell; an en dash when missing."""
    if value is None:
        return "\u2013"
    return f"{value:.{digits}f}"


def trend_label(trend: str) -> str:
    return {"up": "Up", "down": "Down", "flat": "Flat"}.get(trend, trend.capitalize())


ALERT_LABELS = {"drop": "Drop in alliance", "component drop": "Drop in one component", "decline": "Declining alliance",
                "unrepaired rupture": "Unrepaired rupture", "partly repaired rupture": "Partly repaired rupture",
                "srs low": "SRS below 36", "srs fall": "SRS fell", "srs first below": "SRS first below 36",
                "srs ceiling": "SRS at the ceiling", "perspective gap": "Perspective gap",
                "outcome measure": "Outcome measure (deterioration, not on track)"}
OUTCOME_KIND = "outcome measure"  # the rule of the outcome measures' alerts and prompts


# The rules that raise alerts (the others raise prompts only), in the caseload report's order.
ALERT_KINDS = ("unrepaired rupture", "decline", "drop", "component drop", "srs fall", "srs first below",
               "perspective gap", OUTCOME_KIND)


def alert_label(kind: str) -> str:
    return ALERT_LABELS.get(kind, kind.capitalize())
