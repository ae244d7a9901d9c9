"""Saying that something did not work, in a sentence a clinician can act on (never a traceback, never the text
of a note: an unexpected error is named only by its type)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from alliance.store.errors import VaultError
from alliance.ui.widgets.text import error_text


def failure_text(exc: BaseException) -> str:
    """The sentence for a failure: a vault error says itself; anything else is named by its type only."""
    if isinstance(exc, VaultError):
        return error_text(exc)
    return QCoreApplication.translate("Failures", "Alliance hit an unexpected error ({name}); nothing more was "
                                                  "saved.").format(name=type(exc).__name__)


def tell_failure(parent: QWidget | None, title: str, exc: BaseException, advice: str = "") -> QMessageBox:
    """A warning box (window-modal, not blocking the caller) with the failure and what to do."""
    text = failure_text(exc) + (f"\n\n{advice}" if advice else "")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("failure")
    box.open()
    return box
