"""Preferences: the idle time before the vault locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from alliance.ui.shell.settings import IDLE_LOCK_MINUTES, UiSettings
from alliance.ui.widgets.labels import label


class PreferencesDialog(QDialog):
    """Each preference is declared once in settings.py; this dialog loads and saves them."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(440)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(IDLE_LOCK_MINUTES.minimum, IDLE_LOCK_MINUTES.maximum)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(IDLE_LOCK_MINUTES.translated_label())
        form = QFormLayout()
        form.addRow(IDLE_LOCK_MINUTES.translated_label(), self.idle_minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Security"), "subtitle", parent=self))
        layout.addLayout(form)
        layout.addWidget(label(self.tr("Alliance also locks when the computer goes to sleep or the screen is "
                                       "locked, where the system reports it."), "hint", wrap=True, parent=self))
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        self.idle_minutes.setValue(self._settings.idle_lock_minutes)

    def save(self) -> None:
        self._settings.idle_lock_minutes = self.idle_minutes.value()

    def accept(self) -> None:
        self.save()
        super().accept()
