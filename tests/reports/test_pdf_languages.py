"""The PDF reports in the installed language: a demo practice's supervision and caseload reports written with
German or Spanish installed (Alliance's real translations, built by make), read back with pdftotext. Their words
are the language's, their numbers have a decimal comma, and no English heading is left; with English installed
again the reports read exactly as before."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from alliance import i18n
from alliance.core.deid import SMALL_CELL_TEXT, DateMode, DeidSettings, NotesMode
from alliance.core.export_records import ExportClient, ExportSet
from alliance.reports.json_writer import write_json
from alliance.reports.pdf_report import write_caseload_report, write_client_report
from alliance.reports.pdf_sections import small_cells
from alliance.services.export import build_export, resolve_scope
from alliance.store.vault import Vault
from tests.reports.conftest import TODAY

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdfinfo")),
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)

SCRUBBED = DeidSettings(dates=DateMode.YEAR, notes=NotesMode.SCRUBBED)

# Headings and words each report must show in the language, and the English they replace.
CLIENT_WORDS = {
    "de": ("Supervisionsbericht \u2014 ", "Anonymisierung", "Zusammenfassung", "Verlauf", "Sitzungen",
           "Brüche und Reparaturen", "Warnungen und Hinweise", "Notizen (bereinigt)", "Sitzungsnummer",
           "Bewertung (0\u201310)", "Allianzindex", "Status des Klienten", "Seite 1 von"),
    "es": ("Informe de supervisión \u2014 ", "Desidentificación", "Resumen", "Cronología", "Sesiones",
           "Rupturas y reparaciones", "Alertas y sugerencias", "Notas (depuradas)", "Número de sesión",
           "Puntuación (0\u201310)", "Índice de alianza", "estado del paciente", "página 1 de"),
}
CLIENT_ENGLISH = ("Supervision report", "De-identification", "Summary", "Timeline", "Ruptures and repairs",
                  "Alerts and prompts", "Notes (scrubbed)", "Session number", "Rating (0", "Alliance index",
                  "client status", "de-identified export", "page 1 of", "Latest index", "Therapist ratings")
CASELOAD_WORDS = {
    "de": ("Bericht zur Fallübersicht", "Überblick", "Aggregierte Zahlen", "Klienten nach Status", "Abgeschlossen",
           "Brüche nach Art", "Rückzug", "Rückläufige Allianz", "MITTLERER JÜNGSTER INDEX", "Klienten",
           "In dieser Tabelle weggelassen"),
    "es": ("Informe de la lista de casos", "Resumen general", "Datos agregados", "Pacientes por estado", "De alta",
           "Rupturas por tipo", "Retirada", "Alianza en descenso", "MEDIA DEL ÚLTIMO ÍNDICE", "Pacientes",
           "Se omiten en esta tabla"),
}
CASELOAD_ENGLISH = ("Caseload report", "Overview", "Aggregates", "Clients by status", "Discharged",
                    "Ruptures by kind", "Withdrawal", "Declining alliance", "Mean latest index", "Left out of",
                    "In aggregate tables", "de-identified export")
FOOTER = {"de": "Alliance {version} \u00b7 anonymisierter Export \u00b7 Seite {page} von {pages}",
          "es": "Alliance {version} \u00b7 exportación desidentificada \u00b7 página {page} de {pages}"}
LEFT_OUT = {"de": "Status, Trend, Nicht aufgelöste Brüche, Warnungen",
            "es": "Estado, Tendencia, Rupturas sin resolver, Alertas"}


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> object:
    """The QApplication pytest-qt makes: the translators are installed on it, and the reports reuse it."""
    return qapp


@pytest.fixture
def installed(request: pytest.FixtureRequest) -> Iterator[str]:
    """Alliance's translators for the language asked (``indirect`` parametrisation); English and the locale that
    was the default before, afterwards."""
    before = QLocale()
    language = i18n.install(request.param)
    assert language == request.param
    try:
        yield language
    finally:
        i18n.install("en")
        QLocale.setDefault(before)


def _export(vault: Vault, settings: DeidSettings) -> ExportSet:
    return build_export(vault, settings, resolve_scope(vault), today=TODAY)


def _busiest(export: ExportSet) -> ExportClient:
    return max(export.clients, key=lambda c: len(c.sessions) + 10 * len(c.alerts))


def _text(pdf: Path, layout: bool = False, raw: bool = False) -> str:
    """The PDF's text: in reading order, laid out as on the page, or (raw) in the order it was drawn, which keeps
    a table cell's lines together."""
    args = ["pdftotext", *(["-layout"] if layout else []), *(["-raw"] if raw else []), str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _flat(text: str) -> str:
    return " ".join(text.split())


def _comma(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _point_decimals(text: str) -> list[str]:
    """Numbers written with a decimal point (the app's version, 0.1.0, is not one)."""
    return re.findall(r"(?<![\w.])\d+\.\d+(?![\w.])", text)


@pytest.mark.parametrize("installed", ["de", "es"], indirect=True)
def test_client_report_in_the_installed_language(demo_vault: Vault, tmp_path: Path, installed: str) -> None:
    export = _export(demo_vault, SCRUBBED)
    client = _busiest(export)
    assert client.alerts and any(r for s in client.sessions for r in s.ruptures)
    pdf = tmp_path / "client.pdf"
    pages = write_client_report(client, export, str(pdf))
    text, table = _text(pdf), _text(pdf, layout=True)
    flat = _flat(text)
    for words in CLIENT_WORDS[installed]:
        assert words in flat, words
    for english in CLIENT_ENGLISH:
        assert english not in flat, english
    for n in range(1, pages + 1):
        assert FOOTER[installed].format(version=export.app_version, page=n, pages=pages) in flat
    for sentence in export.settings.describe():  # the settings as the GUI words them
        assert _flat(i18n.translated(sentence)) in flat and i18n.translated(sentence) != sentence
    for s in client.sessions:  # every session row, its index with a decimal comma
        row = rf"^\s*{s.n}\s+{s.day}\s+{s.safety}\s+{s.trust}\s+{s.attunement}\s+{s.boundaries}\s+"
        assert re.search(row + re.escape(_comma(s.alliance_index)) + r"(?!\d)", table, re.M), s.n
    assert _point_decimals(text) == [], "a number with a decimal point in a German or Spanish report"
    drawn = _flat(_text(pdf, raw=True))
    for alert in client.alerts:  # the reasons as the app shows them in this language, not the English of the data
        assert alert.reason_msg is not None
        assert _flat(i18n.shown(alert.reason_msg)) in drawn
    assert any(_flat(alert.reason) not in drawn for alert in client.alerts)


@pytest.mark.parametrize("installed", ["de", "es"], indirect=True)
def test_caseload_report_in_the_installed_language(demo_vault: Vault, tmp_path: Path, installed: str) -> None:
    export = _export(demo_vault, DeidSettings())
    pdf = tmp_path / "caseload.pdf"
    write_caseload_report(export, str(pdf))
    text, table = _text(pdf), _text(pdf, layout=True)
    flat = _flat(text)
    assert text.startswith(CASELOAD_WORDS[installed][0])
    for words in CASELOAD_WORDS[installed]:
        assert words in flat, words
    for english in CASELOAD_ENGLISH:
        assert english not in flat, english
    assert _flat(small_cells()) in _flat(text.split("\f")[0]) and SMALL_CELL_TEXT in small_cells()
    # Six clients: the same columns are left out as in English, named in the language
    assert f": {LEFT_OUT[installed]}." in flat
    for c in export.clients:
        latest = _comma(c.sessions[-1].alliance_index)
        assert re.search(rf"^\s*{c.pseudonym}\s+{len(c.sessions)}\s+{latest}\s*$", table, re.M), c.pseudonym
    assert _point_decimals(text) == []


@pytest.mark.parametrize("installed", ["de"], indirect=True)
def test_the_json_export_stays_english(demo_vault: Vault, installed: str) -> None:
    """Data files are stable: the alerts' reasons and titles are the English strings, whatever the language."""
    export = _export(demo_vault, DeidSettings())
    out = io.StringIO()
    write_json(export, out)
    doc = json.loads(out.getvalue())
    written = {(a["title"], a["reason"]) for c in doc["clients"] for a in c["alerts"] + c["prompts"]}
    assert written and written == {(a.title, a.reason) for c in export.clients for a in c.alerts}
    assert any(i18n.shown(a.reason_msg) != a.reason for c in export.clients for a in c.alerts if a.reason_msg)


def test_english_is_unchanged_after_another_language(demo_vault: Vault, tmp_path: Path) -> None:
    """English written before and after a German report: the same text, with decimal points and the English
    headings; the German one in between differs."""
    export = _export(demo_vault, SCRUBBED)
    client = _busiest(export)
    before = QLocale()

    def written(name: str) -> tuple[str, str]:
        client_pdf, caseload_pdf = tmp_path / f"{name}-client.pdf", tmp_path / f"{name}-caseload.pdf"
        write_client_report(client, export, str(client_pdf))
        write_caseload_report(_export(demo_vault, DeidSettings()), str(caseload_pdf))
        return _text(client_pdf, layout=True), _text(caseload_pdf, layout=True)

    first = written("en")
    i18n.install("de")
    try:
        german = written("de")
    finally:
        i18n.install("en")
        QLocale.setDefault(before)
    again = written("en-again")
    assert again == first
    assert german[0] != first[0] and german[1] != first[1]
    flat = _flat(first[0])
    for english in ("Supervision report \u2014 ", "Summary", "Ruptures and repairs", "Alerts and prompts",
                    "Notes (scrubbed)", "Session number"):
        assert english in flat
    assert f"{client.sessions[-1].alliance_index:.2f}" in first[0]
    assert _flat(first[1]).startswith("Caseload report")


def test_a_command_line_pdf_follows_the_system_language(tmp_path: Path) -> None:
    """No Qt application yet, as on the command line: the report makes one, installs the system's language, and
    every word is German, the title too."""
    script = (
        "from alliance.core.deid import DeidSettings\n"
        "from alliance.core.export_records import ExportClient, ExportSession, ExportSet\n"
        "from alliance.reports.pdf_report import write_caseload_report, write_client_report\n"
        "s = ExportSession(1, 0, 50, 'video', 5, 6, 7, 8, 6.5, None, None, 7.25, None)\n"
        "e = ExportSet(DeidSettings(), '9.9', 2025, (ExportClient('P-CLI234', 'active', 'flat', (s,)),))\n"
        f"write_client_report(e.clients[0], e, {str(tmp_path / 'client.pdf')!r})\n"
        f"write_caseload_report(e, {str(tmp_path / 'caseload.pdf')!r})\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG="de_DE.UTF-8", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    client, caseload = _flat(_text(tmp_path / "client.pdf")), _flat(_text(tmp_path / "caseload.pdf"))
    assert client.startswith("Supervisionsbericht \u2014 P-CLI234 Anonymisierter Export")
    assert "6,50" in client and "7,2" in client and "Supervision report" not in client
    assert caseload.startswith("Bericht zur Fallübersicht Anonymisierter Export") and "Überblick" in caseload
