"""The export dialog on a real vault: CSV and PDF written with the chosen settings, a de-identified preview,
Cancel leaving nothing behind, and the warning that scrubbed notes need a human read.

Only UI is replaced: the file chooser returns a path in tmp_path and message boxes answer at once.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, RuptureDraft, SessionDraft
from alliance.core.taxonomy import RuptureKind
from alliance.reports.csv_writer import WIDE_HEADER
from alliance.services import clients, sessions
from alliance.services.audit_log import audit_entries
from alliance.store.vault import Vault
from alliance.ui.export.export_dialog import ExportDialog
from alliance.ui.operations.access import VaultAccess
from tests.ui.conftest import settle

NOTE = "Anna Berg talked about her sister Maria; call back on 0612345678."


@pytest.fixture
def practice_vault(vault: Vault) -> tuple[Vault, list[tuple[int, str]]]:
    """Two clients with identifying fields and notes; returns the vault and the dialog's client choices."""
    ab = clients.add_client(vault, ClientDraft(code="AB-17", display_name="Anna Berg", phone="0612345678",
                                               other_names="Maria", intake_date=dt.date(2025, 1, 6)))
    cd = clients.add_client(vault, ClientDraft(code="CD-4", display_name="Carl Dahl"))
    for i, client in enumerate((ab, ab, ab, cd, cd)):
        sessions.log_session(vault, SessionDraft(
            client_id=client.id, date=dt.date(2025, 2, 3) + dt.timedelta(days=7 * i), ratings=Ratings(7, 6, 7, 8),
            note=NOTE if client is ab else "Carl Dahl was calm.",
            ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 2),) if i == 1 else ()))
    return vault, [(ab.id, ab.code), (cd.id, cd.code)]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answer at once; their texts are collected."""
    shown: list[str] = []

    def box(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(box))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(box))
    return shown


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    suggested: list[str] = []

    def chooser(_parent: object, _caption: str, directory: str, _filter: str) -> tuple[str, str]:
        suggested.append(Path(directory).name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chooser))
    return suggested


def _open(qtbot, access: VaultAccess, choices: list[tuple[int, str]],  # type: ignore[no-untyped-def]
          preselected: list[int]) -> ExportDialog:
    dialog = ExportDialog(access, None, choices, preselected)
    qtbot.addWidget(dialog)
    previews: list[int] = []
    dialog.preview_ready.connect(lambda: previews.append(1))  # connected for the dialog's life
    dialog.previews_shown = previews  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def _wait_preview(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    """Ask for a preview now and wait until it (or the reason there is none) is shown."""
    previews = dialog.previews_shown  # type: ignore[attr-defined]
    seen = len(previews)
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: len(previews) > seen, timeout=10_000)
    settle(qtbot, dialog._access.worker)


def _pick(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _export(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=20_000)
    assert not dialog.isVisible()  # accepted once written


def test_csv_export_writes_the_chosen_settings(qtbot, access, practice_vault, answers, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vault, choices = practice_vault
    dialog = _open(qtbot, access, choices, [choices[0][0]])
    assert dialog.scope_one.isChecked() and dialog.client.currentText() == "AB-17"
    _pick(dialog.format, "csv-wide")
    _pick(dialog.dates, "year")
    out = tmp_path / "exports" / "research.csv"
    out.parent.mkdir()
    suggested = _save_to(monkeypatch, out)

    _export(qtbot, dialog)

    assert suggested == [f"alliance-export-{dt.date.today().year}.csv"]
    data = out.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(data)))
    assert tuple(rows[0]) == WIDE_HEADER
    assert len(rows) == 4  # header + the three sessions of AB-17
    assert {r[WIDE_HEADER.index("day")] for r in rows[1:]} == {"2025"}
    assert all(r[0].startswith("P-") for r in rows[1:])
    for secret in ("AB-17", "Anna", "Berg", "Maria", "0612345678", "2025-02"):
        assert secret not in data
    assert dialog.export_result is not None and dialog.export_result.sessions == 3
    assert "research.csv" in answers[0]
    assert [p.name for p in out.parent.iterdir()] == ["research.csv"]  # no partial file left beside it
    event = audit_entries(vault, action="export")[0]
    assert event.detail["format"] == "csv" and event.detail["dates"] == "year"


def test_pdf_export_of_several_clients_on_letter(qtbot, access, practice_vault, answers, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vault, choices = practice_vault
    dialog = _open(qtbot, access, choices, [cid for cid, _ in choices])
    assert dialog.scope_several.isChecked()
    _pick(dialog.format, "pdf")
    _pick(dialog.page_size, "Letter")
    out = tmp_path / "report"  # no extension typed: the dialog adds .pdf
    suggested = _save_to(monkeypatch, out)

    _export(qtbot, dialog)

    written = tmp_path / "report.pdf"
    assert suggested == [f"alliance-caseload-report-{dt.date.today().year}.pdf"]
    assert written.read_bytes().startswith(b"%PDF")
    assert b"AB-17" not in written.read_bytes()
    assert dialog.export_result is not None and dialog.export_result.clients == 2
    assert audit_entries(vault, action="export")[0].detail["format"] == "pdf"


def test_preview_shows_pseudonyms_and_never_a_client_code(qtbot, access, practice_vault) -> None:  # type: ignore[no-untyped-def]
    _vault, choices = practice_vault
    dialog = _open(qtbot, access, choices, [])
    assert dialog.scope_caseload.isChecked()
    _wait_preview(qtbot, dialog)
    text = dialog.preview_text.toPlainText()
    assert text.splitlines()[0] == "pseudonym,session,day,measure,value"
    assert len(text.splitlines()) == 21  # the header and the first 20 rows
    assert "P-" in text
    for secret in ("AB-17", "CD-4", "Anna", "Carl"):
        assert secret not in text
        assert secret not in dialog.preview_status.text()
    assert "2 clients, 5 sessions" in dialog.preview_status.text()

    _pick(dialog.format, "json")
    _wait_preview(qtbot, dialog)
    assert '"pseudonym": "P-' in dialog.preview_text.toPlainText()
    assert "AB-17" not in dialog.preview_text.toPlainText()

    _pick(dialog.format, "pdf")
    _wait_preview(qtbot, dialog)
    assert dialog.preview_stack.currentIndex() == dialog.IMAGE_PAGE
    assert not dialog.preview_image.pixmap().isNull()


def test_an_empty_selection_says_why_and_cannot_export(qtbot, access, practice_vault) -> None:  # type: ignore[no-untyped-def]
    _vault, choices = practice_vault
    dialog = _open(qtbot, access, choices, [])
    dialog.scope_several.setChecked(True)
    for i in range(dialog.client_list.count()):
        dialog.client_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    _wait_preview(qtbot, dialog)
    assert not dialog.export_button.isEnabled()
    assert dialog.general_error.text() == "Tick at least one client."
    dialog.use_dates.setChecked(True)
    dialog.scope_caseload.setChecked(True)
    dialog.date_from.setDate(dialog.date_to.date().addDays(1))
    assert dialog.general_error.text() == "The start of the date range is after its end."


def test_cancel_leaves_no_file(qtbot, access, practice_vault, answers, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vault, choices = practice_vault
    dialog = _open(qtbot, access, choices, [])
    _pick(dialog.format, "pdf")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    _save_to(monkeypatch, out_dir / "caseload.pdf")

    dialog.choose_file_and_export()
    dialog.cancel_export()  # at once, as a person pressing Cancel in the progress dialog
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=20_000)

    assert list(out_dir.iterdir()) == []
    assert dialog.export_result is None
    assert dialog.general_error.text() == "Export cancelled; nothing was written."
    assert answers == []
    assert audit_entries(vault, action="export") == []
    assert dialog.isVisible()  # the person may change something and export again


def test_scrubbed_notes_show_the_warning_and_the_reminder(qtbot, access, practice_vault, answers, monkeypatch,  # type: ignore[no-untyped-def]
                                                          tmp_path) -> None:
    _vault, choices = practice_vault
    dialog = _open(qtbot, access, choices, [choices[0][0]])
    assert not dialog.scrub_warning.isVisible()
    _pick(dialog.notes, "scrubbed")
    assert dialog.scrub_warning.isVisible()
    assert "Read every note before sharing" in dialog.scrub_warning_text.text()
    _pick(dialog.format, "csv-wide")
    _wait_preview(qtbot, dialog)
    preview = dialog.preview_text.toPlainText()
    assert "[NAME]" in preview and "Anna" not in preview and "0612345678" not in preview

    out = tmp_path / "notes.csv"
    _save_to(monkeypatch, out)
    _export(qtbot, dialog)
    assert "Read every note before sharing it" in answers[0]
    assert "Anna" not in out.read_text(encoding="utf-8")
    _pick(dialog.notes, "exclude")
    assert not dialog.scrub_warning.isVisible()


def test_shifted_dates_wait_for_the_limited_data_set_tick(qtbot, access, practice_vault, answers, monkeypatch,  # type: ignore[no-untyped-def]
                                                          tmp_path) -> None:
    _vault, choices = practice_vault
    dialog = _open(qtbot, access, choices, [choices[0][0]])
    assert not dialog.limited_data_set.isVisible()
    _pick(dialog.format, "json")
    _pick(dialog.dates, "shifted")
    assert dialog.limited_data_set.isVisible() and not dialog.export_button.isEnabled()
    assert "limited data set" in dialog.general_error.text()
    assert "NOT de-identified under HIPAA Safe Harbor" in dialog.describe.text()
    qtbot.mouseClick(dialog.limited_data_set, Qt.MouseButton.LeftButton)
    assert dialog.export_button.isEnabled() and not dialog.general_error.isVisible()
    out = tmp_path / "lds.json"
    _save_to(monkeypatch, out)
    _export(qtbot, dialog)
    assert "No notes are included." in answers[0]
    assert '"safe_harbor": false' in out.read_text(encoding="utf-8")


def test_notes_the_format_cannot_hold_are_refused_before_writing(qtbot, access, practice_vault) -> None:  # type: ignore[no-untyped-def]
    _vault, choices = practice_vault
    dialog = _open(qtbot, access, choices, [choices[0][0]])
    _pick(dialog.format, "csv-long")
    _pick(dialog.notes, "scrubbed")
    assert not dialog.export_button.isEnabled()
    assert "long CSV holds numbers only" in dialog.general_error.text()
    _pick(dialog.format, "csv-wide")
    assert dialog.export_button.isEnabled()
    dialog.scope_caseload.setChecked(True)
    _pick(dialog.format, "pdf")
    assert "holds no notes" in dialog.general_error.text() and not dialog.export_button.isEnabled()
