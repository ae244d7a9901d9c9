"""Search the notes: type words, see the matching sessions with the words highlighted, Enter opens the session.

Runs on the worker like every read; searches the client shown, or the whole caseload. Nothing typed here is kept:
no history, no settings, no log.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance.core.errors import ValidationError
from alliance.services.search import MARK_END, MARK_START, NoteHit, search_notes
from alliance.ui.operations.access import VaultAccess
from alliance.ui.widgets.formatting import date_text
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.text import error_text

TYPING_PAUSE_MS = 250  # search once typing pauses this long


def highlighted(snippet: str) -> str:
    """A snippet as rich text: the matches in bold on a highlight, the rest escaped."""
    out = html.escape(snippet)
    return out.replace(MARK_START, "<b style='background-color:#FFE58A;color:#000'>").replace(MARK_END, "</b>")


class SearchDialog(QDialog):
    """Emits ``open_session(session_id)`` for the match chosen."""

    open_session = Signal(int)

    def __init__(self, access: VaultAccess, client: tuple[int, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._client = client
        self.hits: list[NoteHit] = []
        self.setWindowTitle(self.tr("Search notes"))
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Words in the notes (each may be the start of a word)"))
        self.query.setAccessibleName(self.tr("Search the notes for"))
        self.query.setClearButtonEnabled(True)
        self.only_client = QCheckBox(self.tr("Only %1").replace("%1", client[1]) if client else "", self)
        self.only_client.setChecked(client is not None)
        self.only_client.setVisible(client is not None)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Sessions whose notes match"))
        self.results.setWordWrap(True)
        self.status = label("", "hint", parent=self)
        self.open_button = QPushButton(self.tr("&Open session"), self)
        self.open_button.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._open_current)
        self.results.itemActivated.connect(lambda _item: self._open_current())
        self.results.currentRowChanged.connect(lambda row: self.open_button.setEnabled(row >= 0))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.only_client.toggled.connect(lambda _on: self.search())
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.only_client)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(close)
        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addWidget(self.results, 1)
        col.addLayout(bottom)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(760, min(620, int(screen.height() * 0.85)) if screen is not None else 600)
        self.query.setFocus()

    def search(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        if not text:
            self._show([])
            self.status.setText("")
            return
        client_id = self._client[0] if self._client and self.only_client.isChecked() else None
        self.status.setText(self.tr("Searching\u2026"))
        self._access.query(lambda vault: search_notes(vault, text, client_id), self._show, self._failed,
                           owner=self, latest="note search")

    def _failed(self, exc: BaseException) -> None:
        self._show([])
        self.status.setText(error_text(exc) if isinstance(exc, ValidationError)
                            else self.tr("The search could not run."))

    def _show(self, hits: list[NoteHit]) -> None:
        self.hits = hits
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(self.results)
            text = QLabel(f"<b>{html.escape(hit.code)}</b> \u00b7 "
                          + self.tr("session %1").replace("%1", str(hit.number))
                          + f" \u00b7 {html.escape(date_text(hit.date))}<br>{highlighted(hit.snippet)}", self.results)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            text.setContentsMargins(6, 4, 6, 4)
            width = max(240, self.results.viewport().width() - 12)
            item.setSizeHint(QSize(width, text.heightForWidth(width) + 2))  # as tall as its wrapped text
            self.results.setItemWidget(item, text)
        if hits:
            self.results.setCurrentRow(0)
        if self.query.text().strip():
            self.status.setText(self.tr("Sessions that match: %n.", "", len(hits)) if hits
                                else self.tr("No note holds these words."))

    def _open_current(self) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self.hits):
            self.open_session.emit(self.hits[row].session_id)
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.query.hasFocus() and self.hits:
            self.results.setFocus()
            self.results.keyPressEvent(event)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.hits:
            self._open_current()
            return
        super().keyPressEvent(event)
