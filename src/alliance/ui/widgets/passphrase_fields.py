"""New-passphrase entry: typed twice, with a strength hint and the minimum length enforced."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from alliance.ui.widgets.labels import label
from alliance.ui.widgets.strength import MIN_LENGTH, passphrase_strength


class NewPassphraseFields(QWidget):
    """Two password fields, a strength bar with a hint, and a mismatch message. ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.passphrase.setPlaceholderText(self.tr("At least {n} characters; a few unrelated words work well")
                                           .format(n=MIN_LENGTH))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = label("", "hint", wrap=True, parent=self)
        self.mismatch = label("", "error", wrap=True, parent=self)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("Repeat it"), self.repeat)
        form.addRow("", self.mismatch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        strength = passphrase_strength(self.passphrase.text())
        self.meter.setValue(strength.score)
        self.hint.setText(strength.hint if self.passphrase.text() else
                          self.tr("Use at least {n} characters.").format(n=MIN_LENGTH))
        repeat = self.repeat.text()
        show_mismatch = bool(repeat) and repeat != self.passphrase.text()
        self.mismatch.setText(self.tr("The two passphrases differ.") if show_mismatch else "")
        self.mismatch.setVisible(show_mismatch)
        self.changed.emit()

    def is_acceptable(self) -> bool:
        text = self.passphrase.text()
        return passphrase_strength(text).acceptable and text == self.repeat.text()

    def value(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
