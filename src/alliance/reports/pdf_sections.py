"""Pieces every PDF report shares: the first-page statement of de-identification settings, the scrub warning,
the footer, progress and number formatting.

Every word a report prints is in the installed language (``alliance.i18n``): literal source texts through
``translated``, module-level labels marked with ``translatable`` and translated where drawn, numbers in the
locale's way (3,75 in German). Without a translator the reports read exactly as their English source texts.
"""

from __future__ import annotations

from collections.abc import Callable

from alliance.core.deid import COMPLEMENT_TEXT, SMALL_CELL_MAX, SMALL_CELL_TEXT, DateMode, NotesMode
from alliance.core.export_records import ExportSet
from alliance.core.messages import translatable
from alliance.i18n import locale_number, translated
from alliance.reports.csv_writer import Cancelled, Progress
from alliance.reports.pdf_layout import PdfDocument

SCRUB_WARNING = translatable("Notes need a human read before sharing: no scrubber is perfect.")
_SMALL_CELLS = translatable(
    "In aggregate tables every count from 1 to {max} is shown as \u201c{small}\u201d so that small groups cannot "
    "be singled out. Where a table shares out a total and only one count is small, a second is shown as "
    "\u201c{hidden}\u201d so the small one cannot be worked out from the total; the per-pseudonym table leaves "
    "out any column that would give a hidden count back.")
SMALL_CELLS = _SMALL_CELLS.format(max=SMALL_CELL_MAX, small=SMALL_CELL_TEXT, hidden=COMPLEMENT_TEXT)  # in English


def small_cells() -> str:
    """How small counts are hidden, in the installed language."""
    return translated(_SMALL_CELLS).format(max=SMALL_CELL_MAX, small=SMALL_CELL_TEXT,
                                           hidden=count_text(COMPLEMENT_TEXT))


# A client's status as the records hold it (lower case, as the reports print it)
CLIENT_STATUS = {"active": translatable("active"), "paused": translatable("paused"),
                 "discharged": translatable("discharged")}
KIND_LABELS = {"withdrawal": translatable("Withdrawal"), "confrontation": translatable("Confrontation"),
               "mixed": translatable("Mixed")}  # a rupture's kind


def word(labels: dict[str, str], key: str) -> str:
    """A marked label of ``labels`` in the installed language; an unknown key as it is."""
    label = labels.get(key)
    return translated(label) if label is not None else key


def count_text(count: int | str) -> str:
    """An aggregate count as printed: a number, "<11", or the word for a count hidden as a complement."""
    if count == COMPLEMENT_TEXT:
        return translated("suppressed")
    return str(count)


def footer_for(export: ExportSet) -> Callable[[int, int], str]:
    """The footer of every page: app version, that the export is de-identified, and the page count."""
    text = translated("Alliance {version} \u00b7 de-identified export \u00b7 page {page} of {pages}")
    return lambda n, total: text.format(version=export.app_version, page=n, pages=total)


def export_subtitle(export: ExportSet) -> str:
    """The line under a report's title: what the file is, the app's version and the year it was made."""
    return translated("De-identified export \u00b7 Alliance {version} \u00b7 created {year}").format(
        version=export.app_version, year=export.created_year)


def front_matter(doc: PdfDocument, title: str, subtitle: str, export: ExportSet,
                 extra: tuple[str, ...] = ()) -> None:
    """Title, then every sentence of the de-identification settings, then the scrub warning when notes are in."""
    doc.title_block(title, subtitle)
    doc.heading(translated("De-identification"), keep_with=40)
    doc.bullets([*(translated(s) for s in export.settings.describe()), *extra])
    if export.settings.notes is NotesMode.SCRUBBED:
        doc.warning_box(translated(SCRUB_WARNING))


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
    return {DateMode.RELATIVE: translated("Day"), DateMode.SHIFTED: translated("Date (shifted)"),
            DateMode.YEAR: translated("Year")}[export.settings.dates]


def num(value: float | None, digits: int = 2) -> str:
    """A number for a table cell, in the locale's way (3,75 in German); an en dash when missing.

    The digits are Python's (halves to even, as the reports always rounded); the locale writes them."""
    if value is None:
        return "\u2013"
    return locale_number(float(f"{value:.{digits}f}"), digits, False)


def num_g(value: float) -> str:
    """A number with as many decimals as it has (6, 5.5), in the locale's way."""
    text = f"{value:g}"
    if "e" in text:
        return text
    return locale_number(float(text), len(text.partition(".")[2]), False)


def trend_label(trend: str) -> str:
    words = {"up": translated("Up"), "down": translated("Down"), "flat": translated("Flat")}
    return words.get(trend, trend.capitalize())


ALERT_LABELS = {"drop": translatable("Drop in alliance"), "component drop": translatable("Drop in one component"),
                "decline": translatable("Declining alliance"), "unrepaired rupture": translatable("Unrepaired rupture"),
                "partly repaired rupture": translatable("Partly repaired rupture"),
                "srs low": translatable("SRS below 36"), "srs fall": translatable("SRS fell"),
                "srs first below": translatable("SRS first below 36"),
                "srs ceiling": translatable("SRS at the ceiling"), "perspective gap": translatable("Perspective gap"),
                "outcome measure": translatable("Outcome measure (deterioration, not on track)")}
OUTCOME_KIND = "outcome measure"  # the rule of the outcome measures' alerts and prompts


# The rules that raise alerts (the others raise prompts only), in the caseload report's order.
ALERT_KINDS = ("unrepaired rupture", "decline", "drop", "component drop", "srs fall", "srs first below",
               "perspective gap", OUTCOME_KIND)


def alert_label(kind: str) -> str:
    label = ALERT_LABELS.get(kind)
    return translated(label) if label is not None else kind.capitalize()
