"""Preferences: the idle time before the vault locks itself (this computer), and the alert rules (this vault)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alliance import i18n
from alliance.core.errors import ValidationError
from alliance.core.signals import SignalSettings
from alliance.services.signals import (
    safety_resources,
    save_safety_resources,
    save_signal_settings,
    signal_settings,
)
from alliance.store.vault import Vault
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.changes import SignalSettingsChanged
from alliance.ui.shell.settings import IDLE_LOCK_MINUTES, UiSettings
from alliance.ui.shell.signal_rules_page import SignalRulesPage
from alliance.ui.widgets import look
from alliance.ui.widgets.failures import tell_failure
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.text import error_text

GENERAL_TAB = 0
RULES_TAB = 1


class PreferencesDialog(QDialog):
    """Each preference of this computer is declared once in settings.py; the alert rules are read from and
    saved to the open vault on the worker. ``rules_saved(list of changed names)`` after a save."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None, access: VaultAccess | None = None,
                 on_rules_saved: Callable[[list[str]], None] | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._access = access
        self._on_rules_saved = on_rules_saved
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(IDLE_LOCK_MINUTES.minimum, IDLE_LOCK_MINUTES.maximum)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(IDLE_LOCK_MINUTES.translated_label())
        general = QWidget(self)
        form = QFormLayout()
        form.addRow(IDLE_LOCK_MINUTES.translated_label(), self.idle_minutes)
        column = QVBoxLayout(general)
        column.addWidget(label(self.tr("Security"), "subtitle", parent=general))
        column.addLayout(form)
        column.addWidget(label(self.tr("Alliance also locks when the computer goes to sleep or the screen is "
                                       "locked, where the system reports it."), "hint", wrap=True, parent=general))
        column.addWidget(label(self.tr("Appearance"), "subtitle", parent=general))
        self.text_size = QComboBox(general)
        for percent in look.TEXT_SIZES:
            self.text_size.addItem(self.tr("As the system") if percent == 100 else f"{percent}\u202f%", percent)
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setToolTip(self.tr("All of Alliance's text, as a share of the system's text size"))
        self.language = QComboBox(general)
        system_name = i18n.NATIVE_NAMES[i18n.system_language()]
        self.language.addItem(self.tr("As the system ({language})").format(language=system_name), i18n.SYSTEM)
        for code in i18n.SHIPPED:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        self.language.setAccessibleName(self.tr("Language"))
        looks = QFormLayout()
        looks.addRow(self.tr("Text si&ze"), self.text_size)
        looks.addRow(self.tr("&Language"), self.language)
        column.addLayout(looks)
        self.language_note = label(self.tr("A new language applies from Alliance's next start."), "hint", wrap=True,
                                   parent=general)
        self.language_note.hide()
        self.language.currentIndexChanged.connect(self._language_picked)
        column.addWidget(self.language_note)
        column.addWidget(label(self.tr("Client mode"), "subtitle", parent=general))
        self.client_results = QCheckBox(self.tr("At the end of a check-in, show the client their own answers "
                                                "&over time"), general)
        self.client_results.setToolTip(self.tr("Only their own questionnaires: never your ratings, notes or "
                                               "ruptures. Off unless you switch it on."))
        self.client_larger = QCheckBox(self.tr("Start client mode with larger te&xt"), general)
        self.client_contrast = QCheckBox(self.tr("Start client mode in high co&ntrast"), general)
        for box in (self.client_results, self.client_larger, self.client_contrast):
            column.addWidget(box)
        column.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("&General"))
        self.rules: SignalRulesPage | None = None
        if access is not None:
            self.rules = SignalRulesPage(self)
            self.rules.setEnabled(False)  # until the vault's values are in
            self.tabs.addTab(self.rules, self.tr("&Alert rules"))
        self.rules_error = label("", "error", wrap=True, parent=self)
        self.rules_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.rules_error)
        layout.addWidget(self.buttons)
        self.load()

    def show_rules(self) -> None:
        """Open on the alert rules (from "Why am I seeing this?")."""
        if self.rules is not None:
            self.tabs.setCurrentIndex(RULES_TAB)

    def load(self) -> None:
        self.idle_minutes.setValue(self._settings.idle_lock_minutes)
        self.client_results.setChecked(self._settings.client_results)
        self.client_larger.setChecked(self._settings.client_larger_text)
        self.client_contrast.setChecked(self._settings.client_high_contrast)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(self._settings.text_size_percent)))
        self.language.setCurrentIndex(max(0, self.language.findData(self._settings.language)))
        if self._access is not None and self.rules is not None:
            self._access.query(lambda vault: (signal_settings(vault), safety_resources(vault)), self._rules_loaded,
                               self._rules_failed, owner=self)

    def _language_picked(self) -> None:
        """The note that a new language waits for the next start, while the choice differs from the one saved."""
        self.language_note.setVisible(self.language.currentData() != self._settings.language)

    def _rules_loaded(self, loaded: tuple[SignalSettings, str]) -> None:
        assert self.rules is not None
        settings, resources = loaded
        self.rules.set_settings(settings)
        self.rules.resources.setPlainText(resources)
        self.rules.setEnabled(True)

    def _rules_failed(self, exc: BaseException) -> None:
        tell_failure(self, self.tr("Alert rules"), exc)

    def save(self) -> None:
        self._settings.idle_lock_minutes = self.idle_minutes.value()
        self._settings.client_results = self.client_results.isChecked()
        self._settings.client_larger_text = self.client_larger.isChecked()
        self._settings.client_high_contrast = self.client_contrast.isChecked()
        self._settings.language = str(self.language.currentData())
        percent = int(self.text_size.currentData())
        if percent != self._settings.text_size_percent:
            self._settings.text_size_percent = percent
            app = QApplication.instance()
            if isinstance(app, QApplication):
                look.set_text_size(app, percent)  # at once, in every window

    def accept(self) -> None:
        self.save()
        if self._access is None or self.rules is None or not self.rules.isEnabled():
            super().accept()
            return
        try:
            chosen = self.rules.settings()
        except ValidationError as exc:
            self.rules_error.setText(error_text(exc))
            self.rules_error.show()
            self.tabs.setCurrentIndex(RULES_TAB)
            return
        resources = self.rules.resources.toPlainText()

        def work(vault: Vault) -> list[str]:
            with vault.work.transaction():  # both or neither
                changed = save_signal_settings(vault, chosen)
                return changed + (["safety_resources"] if save_safety_resources(vault, resources) else [])

        self.buttons.setEnabled(False)
        self._access.op(work, self._rules_saved, self._save_failed, owner=self, change=SignalSettingsChanged())

    def _rules_saved(self, changed: list[str]) -> None:
        if self._on_rules_saved is not None:
            self._on_rules_saved(changed)
        super().accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        tell_failure(self, self.tr("Alert rules"), exc)
