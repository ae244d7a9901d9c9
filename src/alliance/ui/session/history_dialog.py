"""The edit history of one logged session: its earlier versions, and any one of them beside the current state.

It shows ``services.sessions.history_view`` (read before it opens); it never changes anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from alliance.core.records import Session
from alliance.services.sessions import SessionHistory, SessionVersion
from alliance.ui.session.history_compare import compare_rows, comparison_html
from alliance.ui.widgets.formatting import date_text, local_time_text
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.screen_fit import fit_to_screen


class HistoryDialog(QDialog):
    """Earlier versions newest first on the left; the selected one beside the current state, changes tinted."""

    def __init__(self, history: SessionHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Session = history.session
        self.versions: list[SessionVersion] = list(reversed(history.versions))
        self.changed_labels: list[str] = []  # the fields the shown version differs in (read by tests)
        self.setWindowTitle(self.tr("Edit history"))
        self.setMinimumSize(760, 480)
        fit_to_screen(self, 1060, 700)

        self.version_list = QListWidget(self)
        self.version_list.setAccessibleName(self.tr("Earlier versions"))
        self.version_list.setWordWrap(True)
        self.version_list.setMinimumWidth(300)
        self.version_list.setSpacing(4)
        self.comparison = QTextBrowser(self)
        self.comparison.setAccessibleName(self.tr("Selected version beside the current one"))
        self.comparison.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.version_list)
        splitter.addWidget(self.comparison)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 730])
        splitter.setChildrenCollapsible(False)

        self.only_changes = QCheckBox(self.tr("Show &only what differs"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setIcon(QIcon())  # plain text buttons, as everywhere in the app
        bottom = QHBoxLayout()
        bottom.addWidget(self.only_changes)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Edit history \u2014 {code}, session {n}, {date}").format(
            code=history.client_code, n=self.current.number,
            date=date_text(self.current.date)), "title", parent=self))
        self.summary = label(self._summary_text(), "hint", wrap=True, parent=self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._fill()
        self.version_list.currentRowChanged.connect(self.show_version)
        self.only_changes.toggled.connect(lambda _on: self.show_version(self.version_list.currentRow()))
        if self.versions:
            self.version_list.setCurrentRow(1)  # row 0 is the current version, shown for orientation
        else:
            self.show_version(-1)
        self.version_list.setFocus()

    def _summary_text(self) -> str:
        if not self.versions:
            return self.tr("This session has not been edited since it was logged.")
        return self.tr("{n} earlier versions are kept. Each edit keeps the version it replaced, with when and "
                       "what changed; earlier versions cannot be changed. Tinted rows differ from the current "
                       "version.").format(n=len(self.versions)) if len(self.versions) > 1 else self.tr(
            "1 earlier version is kept. Each edit keeps the version it replaced, with when and what changed; "
            "earlier versions cannot be changed. Tinted rows differ from the current version.")

    def _fill(self) -> None:
        current = QListWidgetItem(self.tr("Current \u2014 version {n}").format(n=len(self.versions) + 1))
        current.setFlags(Qt.ItemFlag.NoItemFlags)  # shown for orientation; the right side always has it
        if self.versions:
            self.version_list.addItem(current)
        for v in self.versions:
            text = self.tr("Version {n} \u2014 replaced {when}\nThe edit changed: {what}\nBy {actor}").format(
                n=v.version, when=local_time_text(v.changed_at), what=v.changed_text or self.tr("nothing recorded"),
                actor=v.actor)
            item = QListWidgetItem(text, self.version_list)
            item.setData(Qt.ItemDataRole.UserRole, v.version)
        if not self.versions:
            self.version_list.addItem(current)

    def selected_version(self) -> SessionVersion | None:
        item = self.version_list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return None
        number = int(item.data(Qt.ItemDataRole.UserRole))
        return next((v for v in self.versions if v.version == number), None)

    def show_version(self, _row: int) -> None:
        """Show the selected earlier version beside the current state (the current state alone if none)."""
        version = self.selected_version()
        after_title = self.tr("Current (version {n})").format(n=len(self.versions) + 1)
        if version is None:
            rows = compare_rows(self.current, self.current)
            before_title = after_title
        else:
            rows = compare_rows(version.session, self.current)
            before_title = self.tr("Version {n} (replaced {when})").format(
                n=version.version, when=local_time_text(version.changed_at))
        self.changed_labels = [r.label for r in rows if r.changed]
        if self.only_changes.isChecked() and self.changed_labels:
            rows = [r for r in rows if r.changed]
        self.comparison.setHtml(comparison_html(rows, before_title, after_title))
