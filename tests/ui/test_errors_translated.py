"""Errors from the pure layers and the vault reach the clinician in their language: a wrong passphrase, a taken
client code and a validation problem read in German with German translators installed (the .qm built by make)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from alliance import i18n
from alliance.core.messages import render
from alliance.store.errors import WrongPassphrase
from tests.ui.conftest import settle, unlock


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    assert i18n.install("de") == "de"
    try:
        yield
    finally:
        i18n.install("en")
        QLocale.setDefault(before)


def test_a_wrong_passphrase_is_told_in_german(qtbot, make_controller, created_vault, german) -> None:  # type: ignore[no-untyped-def]
    folder, _key = created_vault
    controller = make_controller(folder)
    assert controller.start()
    window = controller.unlock_window
    assert window is not None
    qtbot.keyClicks(window.passphrase, "not the passphrase")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.failures == 1, timeout=10_000)
    said = window.message.text()
    assert said == i18n.shown(WrongPassphrase.default_message)
    assert said != render(WrongPassphrase.default_message) and "Passphrase" in said


def test_a_taken_client_code_is_told_in_german(qtbot, make_controller, created_vault, practice, german) -> None:  # type: ignore[no-untyped-def]
    folder, _key = created_vault
    controller = make_controller(folder)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    dialog = window.caseload.add_client()
    assert dialog is not None
    qtbot.keyClicks(dialog.code, "AB-17")
    dialog.save()
    settle(qtbot, controller.worker)
    said = dialog.errors.message_for("code")
    assert "AB-17" in said and "already exists" not in said  # the service's message, in German
    assert said == i18n.translated("A client with the code {value} already exists.").format(value="AB-17")
    assert dialog.isVisible() and dialog.code.text() == "AB-17"  # nothing typed is lost
