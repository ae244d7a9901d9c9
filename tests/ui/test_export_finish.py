"""After an export only the message that it was written shows; the save dialog starts in Documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from alliance.ui.widgets.places import documents_folder
from tests.ui.test_export_dialog import _open, _pick, _save_to, practice_vault  # noqa: F401 (a fixture)


def test_no_progress_box_is_left_over_the_message(qtbot, access, practice_vault, monkeypatch,  # type: ignore[no-untyped-def] # noqa: F811
                                                  tmp_path: Path) -> None:
    _vault, choices = practice_vault
    dialog = _open(qtbot, access, choices, [choices[0][0]])
    _pick(dialog.format, "pdf")  # the PDF writer reports 0 done first, which starts the box's timer
    _save_to(monkeypatch, tmp_path / "report.pdf")
    seen: list[list[QProgressDialog]] = []

    def box(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        # While "Export written" is up (a loop of its own, as a message box runs; qtbot.wait would also run
        # the deletes the app's loop keeps for later), for longer than the progress box's minimum duration.
        pause = QEventLoop()
        QTimer.singleShot(1000, pause.quit)
        pause.exec()
        seen.append([w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()])
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(box))
    # Inside a running event loop, as in the app: what is deleted later is not deleted while the box is up.
    loop = QEventLoop()
    dialog.finished.connect(loop.quit)
    QTimer.singleShot(0, lambda: qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton))
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    assert dialog.export_result is not None
    assert seen == [[]]


def test_the_save_dialog_starts_in_documents(qtbot, access, practice_vault, monkeypatch,  # type: ignore[no-untyped-def] # noqa: F811
                                             tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert documents_folder() == home / "Documents"
    _vault, choices = practice_vault
    dialog = _open(qtbot, access, choices, [choices[0][0]])
    started: list[Path] = []

    def chooser(_parent: object, _caption: str, directory: str, _filter: str) -> tuple[str, str]:
        started.append(Path(directory).parent)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chooser))
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert started == [home / "Documents"]


@pytest.mark.parametrize("made", [False])
def test_without_a_documents_folder_the_home_folder(monkeypatch, tmp_path: Path, made: bool) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    assert documents_folder() == tmp_path  # not the working folder, which Qt's dialog would fall back to
