"""Paper and telehealth: a blank form printed to PDF and read back, a whole paper form typed in one line, and the
questions read aloud by the therapist, each ending in the session form."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from alliance.core.instruments import CHECKIN, SRS
from alliance.reports.blank_form import print_blank_form
from alliance.services.handover import client_forms
from alliance.ui.client_mode.paper_entry import parse
from tests.ui.conftest import open_form, open_main_window, settle


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_a_blank_form_holds_every_item_and_its_answers_and_no_client(qtbot, make_controller, created_vault,
                                                                      practice, tmp_path: Path) -> None:
    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    dialog = window.blank_forms()
    dialog.choice.setCurrentIndex(dialog.choice.findData("gad7"))
    out = tmp_path / "gad7.pdf"
    dialog.save_pdf(str(out))
    text = " ".join(_text(out).split())
    gad7 = client_forms()["gad7"]
    for q in gad7.questions:
        assert " ".join(q.text.split()) in text
    assert "Not at all" in text and "Nearly every day" in text and "Name:" in text
    assert "AB-17" not in text and "Anna Berg" not in text
    assert "written" in dialog.message.text().lower()


def test_a_blank_form_prints_on_a_printer(qtbot, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the print path, into a file instead of a queue
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert print_blank_form(client_forms()["pcl5"], printer) >= 2
    assert "Repeated, disturbing, and unwanted memories" in " ".join(_text(tmp_path / "printed.pdf").split())


def test_parsing_a_typed_paper_form() -> None:
    phq9 = client_forms()["phq9"]
    assert parse(phq9, "012 3").values == {"q1": 0, "q2": 1, "q3": 2, "q4": 3}
    blank = parse(phq9, "0-1")
    assert blank.values == {"q1": 0, "q2": None, "q3": 1} and blank.problem == ""
    off = parse(phq9, "04")
    assert "4 is not one of its answers" in off.problem and off.values == {"q1": 0}
    checkin = client_forms()[CHECKIN]
    assert parse(checkin, "10 7 0").values == {"understood": 10, "safe_in_body": 7, "more_open": 0}
    assert "11 is not one of" in parse(checkin, "11").problem
    assert "items" in parse(phq9, "0" * 11).problem


def test_a_paper_form_typed_in_goes_into_the_session_form(qtbot, make_controller, created_vault, practice) -> None:
    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    form = open_form(qtbot, window, practice["ab"])
    dialog = window.enter_paper_form()
    assert dialog is not None
    dialog.choice.setCurrentIndex(dialog.choice.findData("phq9"))
    qtbot.keyClicks(dialog.line, "0123")
    assert dialog.table.item(2, 2).text() == "2 \u2013 More than half the days"
    qtbot.keyClicks(dialog.line, "7")
    assert not dialog.ok_button.isEnabled() and "7 is not one of its answers" in dialog.error.text()
    qtbot.keyClick(dialog.line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.line, " 0 1 2 1 0 1")
    qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    typed = {f"q{i}": v for i, v in enumerate((0, 1, 2, 3, 0, 1, 2, 1, 0), start=1)}
    assert form.instrument_fields["phq9"].values() == typed | {"difficulty": 1}


def test_questions_read_aloud_go_into_the_session_form(qtbot, make_controller, created_vault, practice) -> None:
    controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    window.show_client(practice["ab"])
    settle(qtbot, controller)
    with qtbot.waitSignal(window.session_form_opened, timeout=10_000) as opened:
        qtbot.keyClick(window.client_page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: getattr(window, "read_aloud_window", None) is not None, timeout=10_000)
        aloud = window.read_aloud_window
        assert aloud.read_aloud and not aloud.isFullScreen() and controller.vault is not None
        qtbot.mouseClick(aloud.button_of(aloud.welcome), Qt.MouseButton.LeftButton)
        for digit in "765432":
            qtbot.keyClick(aloud.question, digit)
        qtbot.mouseClick(aloud.question.not_today_button, Qt.MouseButton.LeftButton)  # the SRS
        qtbot.mouseClick(aloud.button_of(aloud.finish), Qt.MouseButton.LeftButton)
    form = opened.args[0]
    assert form.instrument_fields[CHECKIN].values() == dict(zip(
        ("understood", "safe_in_body", "more_open", "ask_for_needs", "perspective_respected", "best_interest"),
        (7, 6, 5, 4, 3, 2), strict=True))
    assert form.instrument_fields[SRS].values() == {}
    assert controller.vault is not None  # reading aloud never locks: the therapist holds the computer
