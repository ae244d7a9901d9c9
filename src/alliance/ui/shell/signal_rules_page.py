"""Preferences → Alert rules: the thresholds of the signal rules, kept in the vault (not in this computer's
settings), each with its default and what it decides."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alliance.core.signals import (
    DEFAULT_SETTINGS,
    SETTING_SPECS,
    SettingSpec,
    SignalSettings,
    settings_from_dict,
    settings_to_dict,
)
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.text import shown


def _decimals(spec: SettingSpec) -> int:
    """How many decimals a decimal threshold needs to show its default and its bounds exactly (1 to 3)."""
    for places in (1, 2, 3):
        if all((Fraction(v) * 10**places).denominator == 1 for v in (spec.default, spec.minimum, spec.maximum)):
            return places
    return 3


class SignalRulesPage(QWidget):
    """One field per threshold; ``settings()`` reads them back, ``restore_defaults`` puts the defaults in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in SETTING_SPECS:
            field: QSpinBox | QDoubleSpinBox
            if spec.kind == "int":
                field = QSpinBox(self)
                field.setRange(int(spec.minimum), int(spec.maximum))
            else:
                field = QDoubleSpinBox(self)
                places = _decimals(spec)
                field.setDecimals(places)
                field.setSingleStep(10 ** -places if places > 1 else 0.1)
                field.setRange(float(spec.minimum), float(spec.maximum))
            field.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            field.setAccessibleName(shown(spec.label))
            field.setAccessibleDescription(shown(spec.explanation))
            field.setToolTip(self.tr("Default: {value}").format(value=self._text(spec, spec.default)))
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 6)
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(label(self.tr("{explanation} Default: {value}.").format(
                explanation=shown(spec.explanation), value=self._text(spec, spec.default)), "hint", wrap=True,
                parent=box))
            form.addRow(shown(spec.label), box)
            self.fields[spec.name] = field
        inner = QWidget(self)
        inner.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.restore_button = QPushButton(self.tr("&Restore defaults"), self)
        self.restore_button.clicked.connect(self.restore_defaults)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "Alerts are judged against each client's own usual level and its variation. These thresholds are "
            "kept in this vault and apply to every client; changes are recorded in the audit log."),
            "hint", wrap=True, parent=self))
        layout.addWidget(scroll, 1)
        layout.addWidget(label(self.tr("Local crisis resources, shown to you with every safety prompt (for example "
                                       "PHQ-9 item 9 above 0); never shown to the client:"), wrap=True, parent=self))
        self.resources = QPlainTextEdit(self)
        self.resources.setTabChangesFocus(True)
        self.resources.setFixedHeight(70)
        self.resources.setAccessibleName(self.tr("Local crisis resources"))
        self.resources.setPlaceholderText(self.tr("e.g. crisis line, on-call psychiatrist, emergency department"))
        layout.addWidget(self.resources)
        layout.addLayout(buttons)
        self.set_settings(DEFAULT_SETTINGS)

    @staticmethod
    def _text(spec: SettingSpec, value: int | Fraction) -> str:
        if spec.kind == "int":
            return QLocale().toString(int(value))
        return QLocale().toString(float(value), "f", _decimals(spec))

    def set_settings(self, settings: SignalSettings) -> None:
        values = settings_to_dict(settings)
        for name, field in self.fields.items():
            if isinstance(field, QSpinBox):
                field.setValue(int(values[name]))
            else:
                field.setValue(float(Fraction(values[name])))

    def restore_defaults(self) -> None:
        self.set_settings(DEFAULT_SETTINGS)

    def settings(self) -> SignalSettings:
        """The thresholds as entered (the fields keep them within their bounds)."""
        values: dict[str, str] = {}
        for name, field in self.fields.items():
            if isinstance(field, QSpinBox):
                values[name] = str(field.value())
            else:
                values[name] = f"{field.value():.{field.decimals()}f}"
        return settings_from_dict(values)
