"""First run: welcome window, create-vault dialog with a real (cheap) key derivation, recovery key page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from alliance.services.vault_access import create_vault, recover_vault
from alliance.store.vault import vault_exists
from alliance.ui.first_run.create_vault_view import CreateVaultView
from tests.ui.conftest import PASSPHRASE, settle

KEY_PATTERN = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{1,4})+$")


def test_no_vault_shows_welcome(qtbot, make_controller, tmp_path: Path) -> None:
    controller = make_controller(tmp_path / "vault")
    assert controller.start()
    assert controller.welcome is not None and controller.welcome.isVisible()
    assert controller.unlock_window is None
    assert controller.welcome.create_button.text() == "Create my vault"
    assert controller.welcome.demo_button.text() == "E&xplore with demo data"


def test_create_vault_through_the_dialogs(qtbot, make_controller, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    controller = make_controller(folder)
    controller.start()
    assert controller.welcome is not None
    qtbot.mouseClick(controller.welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = controller.create_dialog
    assert dialog is not None and dialog.isVisible()
    fields = dialog.fields

    # Too short: refused, with the minimum named.
    qtbot.keyClicks(fields.passphrase, "short")
    qtbot.keyClicks(fields.repeat, "short")
    assert not dialog.create_button.isEnabled()
    assert "10 characters" in fields.hint.text()

    # Long enough but typed differently the second time.
    fields.passphrase.clear()
    fields.repeat.clear()
    qtbot.keyClicks(fields.passphrase, PASSPHRASE)
    qtbot.keyClicks(fields.repeat, PASSPHRASE + "x")
    assert not dialog.create_button.isEnabled()
    assert not fields.mismatch.isHidden() and "differ" in fields.mismatch.text()
    qtbot.keyClick(fields.repeat, Qt.Key.Key_Backspace)
    assert dialog.create_button.isEnabled()
    assert fields.meter.value() >= 3

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == CreateVaultView.WORKING
    assert dialog.progress.maximum() == 0  # busy indicator while the key is derived
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == CreateVaultView.RECOVERY, timeout=10_000)

    page = dialog.recovery_page
    key = page.key_label.text()
    assert KEY_PATTERN.match(key), key
    assert fields.passphrase.text() == ""  # the passphrase is not kept in the widgets

    # Copy, and save as PDF.
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key
    pdf = tmp_path / "recovery.pdf"
    page.save_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert key in text.replace(" ", "")

    # Continue needs the explicit confirmation; closing the dialog does not skip it.
    assert not page.continue_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    qtbot.mouseClick(page.stored, Qt.MouseButton.LeftButton)
    assert page.continue_button.isEnabled()
    with qtbot.waitSignal(controller.vault_opened, timeout=5000):
        qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert page.key_label.text() == ""  # shown once, then dropped

    assert vault_exists(folder)
    assert controller.main_window is not None and controller.main_window.isVisible()
    assert not controller.welcome.isVisible()
    assert controller.main_window.caseload.model.rowCount() == 0
    assert "DEMO" not in controller.main_window.windowTitle()

    # The recovery key really opens the vault.
    controller.lock()
    recover_vault(folder, key, "a brand new passphrase").close()


def test_create_failure_returns_to_passphrase_page(qtbot, tmp_path: Path, fast_kdf, worker) -> None:
    from alliance.ui.first_run.create_vault_dialog import CreateVaultDialog

    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, kdf=fast_kdf)[0].close()  # someone else made it meanwhile
    dialog = CreateVaultDialog(worker, folder, fast_kdf)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.passphrase.setText(PASSPHRASE)
    dialog.fields.repeat.setText(PASSPHRASE)
    dialog.start_creation()
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)
    assert dialog.stack.currentIndex() == CreateVaultView.PASSPHRASE
    assert "already exists" in dialog.error.text()
    assert dialog.fields.passphrase.text() == PASSPHRASE  # nothing typed is lost


@pytest.mark.slow
def test_explore_demo_opens_a_separate_demo_vault(qtbot, make_controller, tmp_path: Path) -> None:
    controller = make_controller(tmp_path / "vault")
    controller.start()
    assert controller.welcome is not None
    with qtbot.waitSignal(controller.vault_opened, timeout=120_000):
        qtbot.mouseClick(controller.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert vault_exists(tmp_path / "demo")
    assert not vault_exists(tmp_path / "vault")
    settle(qtbot, controller)
    window = controller.main_window
    assert window is not None and "DEMO" in window.windowTitle()
    assert window.caseload.model.rowCount() >= 10
    controller.lock()
    assert controller.unlock_window is not None and "DEMO" in controller.unlock_window.windowTitle()
    # Opening the demo again unlocks the existing demo vault.
    from alliance.ui.shell.startup import DEMO_PASSPHRASE

    assert DEMO_PASSPHRASE in controller.unlock_window.demo_hint.text()
