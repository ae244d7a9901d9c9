"""PDF reports on a real demo vault: read back with pdftotext, checked with pdfinfo, rendered with pdftoppm."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from alliance.core.deid import DateMode, DeidSettings, NotesMode, suppress_partition, suppress_small
from alliance.core.export_records import ExportClient, ExportSession, ExportSet
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.reports.csv_writer import Cancelled
from alliance.reports.pdf_report import ensure_gui_app, write_caseload_report, write_client_report
from alliance.reports.pdf_sections import SCRUB_WARNING, SMALL_CELLS
from alliance.services import clients, sessions
from alliance.services.demo import generate_demo
from alliance.services.export import build_export, resolve_scope
from alliance.store.kdf import KdfParams
from alliance.store.vault import Vault
from tests.reports.conftest import TODAY

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdftoppm")),
    reason="poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed",
)

SETTINGS = {
    "default": DeidSettings(),
    "scrubbed-year": DeidSettings(dates=DateMode.YEAR, notes=NotesMode.SCRUBBED),
    "scrubbed-shifted": DeidSettings(dates=DateMode.SHIFTED, notes=NotesMode.SCRUBBED),
}


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> object:
    """The QApplication pytest-qt makes: the reports reuse it, so widget tests later in the same run still work.

    (Had the reports created a bare QGuiApplication first, the first QWidget of a later test would abort.)
    """
    return qapp


@pytest.fixture(scope="module")
def identifiers(demo_vault: Vault) -> dict[str, list[str]]:
    """What must never reach a report: codes, names, contact fields and exact session dates."""
    found: dict[str, list[str]] = {"code": [], "name": [], "contact": [], "date": []}
    for summary in clients.list_clients(demo_vault):
        c = clients.get_client(demo_vault, summary.id)
        found["code"].append(c.code)
        found["name"] += [c.display_name, *c.display_name.split()]
        found["name"] += [n.strip() for n in re.split(r"[;,\n]", c.other_names) if n.strip()]
        found["contact"] += [x for x in (c.email, c.phone, c.address) if x]
        found["date"] += [s.date.isoformat() for s in sessions.list_sessions(demo_vault, c.id)]
    return {k: [v for v in vals if v] for k, vals in found.items()}


def _export(vault: Vault, settings: DeidSettings) -> ExportSet:
    return build_export(vault, settings, resolve_scope(vault), today=TODAY)


def _text(pdf: Path, layout: bool = False) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _flat(text: str) -> str:
    return " ".join(text.split())


def _info(pdf: Path) -> str:
    return subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout


def _leaks(text: str, ids: dict[str, list[str]], check_dates: bool) -> list[str]:
    kinds = ["code", "name", "contact", *(["date"] if check_dates else [])]
    return [f"{k}: {v}" for k in kinds for v in ids[k] if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text)]


def _assert_front_page(text: str, export: ExportSet, pages: int) -> None:
    flat = _flat(text)
    first_page = _flat(text.split("\f")[0])
    for sentence in export.settings.describe():
        assert _flat(sentence) in first_page, sentence
    assert (SCRUB_WARNING in first_page) == (export.settings.notes is NotesMode.SCRUBBED)
    for n in range(1, pages + 1):
        assert f"Alliance {export.app_version} \u00b7 de-identified export \u00b7 page {n} of {pages}" in flat


def _assert_pdfinfo(pdf: Path, pages: int, size: str, year: int) -> None:
    info = _info(pdf)
    assert re.search(rf"^Pages:\s+{pages}$", info, re.M)
    assert f"({'A4' if size == 'A4' else 'letter'})" in info
    assert re.search(r"^Creator:\s+Alliance$", info, re.M)
    assert re.search(r"^Author:\s*$", info, re.M) or "Author:" not in info
    raw = pdf.read_bytes()
    assert not re.search(rb"D:\d{5}", raw), "creation time must be reduced to the year"
    assert set(re.findall(rb'xmp:\w*Date="([^"]*)"', raw)) <= {str(year).encode()}


@pytest.mark.parametrize("size", ["A4", "Letter"])
@pytest.mark.parametrize("mode", ["default", "scrubbed-year", "scrubbed-shifted"])
def test_client_report(demo_vault: Vault, identifiers: dict[str, list[str]], tmp_path: Path, size: str,
                       mode: str) -> None:
    export = _export(demo_vault, SETTINGS[mode])
    client = max(export.clients, key=lambda c: len(c.sessions) + 10 * len(c.alerts))
    pdf = tmp_path / "client.pdf"
    pages = write_client_report(client, export, str(pdf), size)
    assert pages >= 2
    text, table = _text(pdf), _text(pdf, layout=True)
    assert f"Supervision report \u2014 {client.pseudonym}" in text
    _assert_front_page(text, export, pages)
    _assert_pdfinfo(pdf, pages, size, export.created_year)
    for s in client.sessions:  # every session row, in order of columns
        row = rf"^\s*{s.n}\s+{re.escape(str(s.day))}\s+{s.safety}\s+{s.trust}\s+{s.attunement}\s+{s.boundaries}\s+"
        assert re.search(row + rf"{s.alliance_index:.2f}\b", table, re.M), f"session {s.n} row missing"
    for alert in client.alerts:
        assert _flat(alert.reason) in _flat(text)
    if export.settings.notes is NotesMode.SCRUBBED:
        assert "Notes (scrubbed)" in text
        note = next(s.note for s in client.sessions if s.note and len(s.note) > 30)
        assert _flat(note)[:30] in _flat(text)
    else:
        assert "Notes (scrubbed)" not in text
    leaked = _leaks(text, identifiers, check_dates=export.settings.dates is not DateMode.SHIFTED)
    assert not leaked, leaked[:5]


@pytest.mark.parametrize("size", ["A4", "Letter"])
@pytest.mark.parametrize("mode", ["default", "scrubbed-shifted"])
def test_caseload_report(demo_vault: Vault, identifiers: dict[str, list[str]], tmp_path: Path, size: str,
                         mode: str) -> None:
    export = _export(demo_vault, SETTINGS[mode])
    pdf = tmp_path / "caseload.pdf"
    pages = write_caseload_report(export, str(pdf), size)
    text, table = _text(pdf), _text(pdf, layout=True)
    assert text.startswith("Caseload report")
    _assert_front_page(text, export, pages)
    assert _flat(SMALL_CELLS) in _flat(text.split("\f")[0])
    _assert_pdfinfo(pdf, pages, size, export.created_year)
    ruptures = [r for c in export.clients for s in c.sessions for r in s.ruptures]
    statuses = Counter(c.status for c in export.clients)
    kinds = Counter(r.kind for r in ruptures)
    expected = {
        "Discharged": suppress_partition([statuses[s] for s in ("active", "paused", "discharged")])[2],
        "Withdrawal": suppress_partition([kinds[k] for k in ("withdrawal", "confrontation", "mixed")])[0],
        "Declining alliance": suppress_small(sum(1 for c in export.clients
                                                 if any(a.kind == "decline" and a.level == "alert"
                                                        for a in c.alerts))),
    }
    for label, shown in expected.items():
        assert re.search(rf"(?<!\w){label}\s+{re.escape(str(shown))}(?!\d)", table), f"{label} should show {shown}"
    assert "<11" in table  # six clients: the overview counts are suppressed
    # So the per-pseudonym table keeps only what gives no hidden count back: here the pseudonym, its sessions
    # (their total is over 10) and its latest index.
    left_out = _flat(text).split("Left out of this table, because counting its rows would give back a count "
                                 "hidden above: ")[1].split(".")[0]
    assert left_out == "Status, Trend, Unresolved ruptures, Alerts"
    for c in export.clients:
        latest = f"{c.sessions[-1].alliance_index:.2f}"
        assert re.search(rf"^\s*{c.pseudonym}\s+{len(c.sessions)}\s+{latest}\s*$", table, re.M), c.pseudonym
    assert not _leaks(text, identifiers, check_dates=True)


def test_small_counts_in_aggregates_are_suppressed(tmp_path: Path) -> None:
    """Three made-up clients: every aggregate count is 1-10, so none may show as a bare number."""
    def session(n: int) -> ExportSession:
        return ExportSession(n, n * 7, 50, "in person", 7, 7, 8, 8, 7.5, None, None, None, None)
    export = ExportSet(DeidSettings(), "9.9", 2025, tuple(
        ExportClient(f"P-AAAAA{i}", "active", "up", tuple(session(n) for n in range(1, 4))) for i in range(2, 5)))
    pdf = tmp_path / "small.pdf"
    write_caseload_report(export, str(pdf))
    table = _text(pdf, layout=True)
    for label in ("CLIENTS", "SESSIONS"):
        assert label in table
    overview = table.split("Aggregates")[0].split("Overview")[1]
    assert re.findall(r"(?<![\w.])([1-9]|10)(?![\w.])", overview) == [], overview
    aggregates = table.split("Aggregates")[1].split("Clients\n")[0].split("de-identified export \u00b7 page")[0]
    for label in ("Up", "Active"):
        assert re.search(rf"{label}\s+<11", aggregates)
    assert not re.search(r"\s(?:[1-9]|10)\s*$", aggregates, re.M), "a count from 1 to 10 escaped suppression"


def test_one_small_count_in_a_table_hides_a_second_and_its_column(tmp_path: Path) -> None:
    """40 clients: 25 active, 3 paused, 12 discharged. "<11" alone would give 3 back as 40 - 25 - 12, so the
    discharged count is hidden too, and the per-pseudonym table has no status column to count."""
    def session(n: int) -> ExportSession:
        return ExportSession(n, n * 7, 50, "in person", 7, 7, 8, 8, 7.5, None, None, None, None)
    statuses = ["active"] * 25 + ["paused"] * 3 + ["discharged"] * 12
    export = ExportSet(DeidSettings(), "9.9", 2025, tuple(
        ExportClient(f"P-{i:06d}", status, "up", tuple(session(n) for n in range(1, 4)))
        for i, status in enumerate(statuses)))
    pdf = tmp_path / "forty.pdf"
    write_caseload_report(export, str(pdf))
    table = _text(pdf, layout=True)
    aggregates = table.split("Aggregates")[1].split("Left out")[0]
    assert re.search(r"Active\s+25\b", aggregates) and re.search(r"Paused\s+<11", aggregates)
    assert re.search(r"Discharged\s+suppressed", aggregates)
    clients = table.split("Left out of this table")[1]
    assert "Status" in clients.split("\n")[0] + clients.split("\n")[1]
    assert not re.search(r"\b(active|paused|discharged)\b", clients.split(".", 2)[-1])
    assert re.search(r"^\s*P-000000\s+3\s+7\.50\s+Up\b", clients, re.M), "sessions and trend stay"


def test_pages_render_and_are_not_blank(demo_vault: Vault, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    export = _export(demo_vault, SETTINGS["scrubbed-year"])
    client = max(export.clients, key=lambda c: len(c.sessions))
    pdf = tmp_path / "render.pdf"
    pages = write_client_report(client, export, str(pdf))
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == pages
    for png in pngs:
        image = QImage(str(png))
        assert not image.isNull() and image.width() > 400
        grey = [image.pixelColor(x, y).lightness() for y in range(0, image.height(), 4)
                for x in range(0, image.width(), 4)]
        ink = sum(1 for v in grey if v < 200) / len(grey)
        assert 0.003 < ink < 0.6, f"{png.name} looks blank or flooded ({ink:.4f})"


def test_sixty_session_report_has_every_session(vault: Vault, fast_kdf: KdfParams, tmp_path: Path) -> None:
    """A long history lays out in full (its speed is measured in benchmarks/bench_ui.py, not asserted here)."""
    generate_demo(vault, clients=1, sessions=60, seed=4, today=TODAY)
    export = build_export(vault, DeidSettings(notes=NotesMode.SCRUBBED), resolve_scope(vault), today=TODAY)
    client = export.clients[0]
    assert len(client.sessions) == 60
    pdf = tmp_path / "long.pdf"
    pages = write_client_report(client, export, str(pdf))
    table = _text(pdf, layout=True)
    assert all(re.search(rf"^\s*{s.n}\s+{re.escape(str(s.day))}\s", table, re.M) for s in client.sessions)
    assert pages >= 3


def test_outcome_alerts_and_the_safety_prompt_are_in_the_alerts_table(vault: Vault, tmp_path: Path) -> None:
    """PHQ-9 5, then 18 with item 9 answered 1: the safety prompt comes first, then the reliable deterioration;
    the JSON carries both with their titles."""
    cid = clients.add_client(vault, ClientDraft(code="RISK-1")).id
    low = {f"q{n}": 1 if n <= 5 else 0 for n in range(1, 10)}
    high = {f"q{n}": 2 for n in range(1, 10)} | {"q9": 1}
    for i, answers in enumerate((low, high)):
        sessions.log_session(vault, SessionDraft(client_id=cid, date=TODAY - dt.timedelta(days=14 - 7 * i),
                                                 ratings=Ratings(8, 8, 8, 8), instruments={"phq9": answers}))
    export = build_export(vault, DeidSettings(), [cid], today=TODAY)
    (client,) = export.clients
    assert [(a.safety, a.kind, a.title) for a in client.alerts[:2]] == [
        (True, "outcome measure", "PHQ-9 item 9 answered above 0: check safety now"),
        (False, "outcome measure", "PHQ-9: reliable deterioration")]
    pdf = tmp_path / "risk.pdf"
    write_client_report(client, export, str(pdf))
    flat = _flat(_text(pdf))
    first = flat.index("Safety prompt: PHQ-9 item 9 answered above 0: check safety now")
    assert first < flat.index("Alert: PHQ-9: reliable deterioration")


def test_empty_and_single_session_clients(tmp_path: Path) -> None:
    one = ExportSession(1, 0, 50, "video", 5, 6, 7, 8, 6.5, None, None, 7.0, 38)
    export = ExportSet(DeidSettings(notes=NotesMode.SCRUBBED), "9.9", 2025, (
        ExportClient("P-EMPTY2", "paused", "flat", ()), ExportClient("P-SINGLE", "active", "flat", (one,))))
    for client in export.clients:
        pdf = tmp_path / f"{client.pseudonym}.pdf"
        assert write_client_report(client, export, str(pdf), "letter") >= 1
        assert client.pseudonym in _text(pdf)
    assert write_caseload_report(ExportSet(DeidSettings(), "9.9", 2025, ()), str(tmp_path / "none.pdf")) == 1


def test_cancel_leaves_no_file(demo_vault: Vault, tmp_path: Path) -> None:
    export = _export(demo_vault, SETTINGS["default"])
    calls: list[tuple[int, int]] = []

    def stop_after_first(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2

    with pytest.raises(Cancelled):
        write_client_report(max(export.clients, key=lambda c: len(c.sessions)), export, str(tmp_path / "c.pdf"),
                            progress=stop_after_first)
    with pytest.raises(Cancelled):
        write_caseload_report(export, str(tmp_path / "k.pdf"), progress=lambda d, t: False)
    assert not list(tmp_path.iterdir())
    with pytest.raises(ValueError, match="A4 or Letter"):
        write_caseload_report(export, str(tmp_path / "x.pdf"), "A5")


def test_ensure_gui_app_reuses_the_running_application() -> None:
    from PySide6.QtGui import QGuiApplication

    app = ensure_gui_app()
    assert app is QGuiApplication.instance()
    assert ensure_gui_app() is app


def test_command_line_use_needs_no_display_and_no_widgets(tmp_path: Path) -> None:
    script = (
        "import os, sys\n"
        "from alliance.core.deid import DeidSettings\n"
        "from alliance.core.export_records import ExportClient, ExportSession, ExportSet\n"
        "from alliance.reports.pdf_report import write_client_report\n"
        "s = ExportSession(1, 0, 50, 'video', 5, 6, 7, 8, 6.5, None, None, None, None)\n"
        "e = ExportSet(DeidSettings(), '9.9', 2025, (ExportClient('P-CLI234', 'active', 'flat', (s,)),))\n"
        f"print(write_client_report(e.clients[0], e, {str(tmp_path / 'cli.pdf')!r}))\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'reports must not load QtWidgets'\n"
        "print(os.environ.get('QT_QPA_PLATFORM'))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    pages, platform = done.stdout.split()
    assert int(pages) >= 1
    assert platform == "offscreen" or not sys.platform.startswith("linux")
    assert "P-CLI234" in _text(tmp_path / "cli.pdf")
