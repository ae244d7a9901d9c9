"""First run: create a vault, or look around a demo vault first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from alliance.ui.widgets import theme
from alliance.ui.widgets.first_paint import FirstPaintWindow
from alliance.ui.widgets.labels import label


class WelcomeWindow(FirstPaintWindow):
    """The window shown when there is no vault at the default location; ``first_painted`` once."""

    create_requested = Signal()
    demo_requested = Signal()

    def __init__(self, vault_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Alliance"))
        self.setWindowIcon(theme.app_icon())
        self.setMinimumSize(620, 440)

        logo = QLabel(self)
        logo.setPixmap(theme.app_icon().pixmap(64, 64))
        logo.setAccessibleName(self.tr("Alliance logo"))
        title = label(self.tr("Welcome to Alliance"), "title", parent=self)
        intro = label(
            self.tr(
                "After each session, note how the relationship felt: safety, trust, attunement and "
                "boundaries; the ruptures you noticed and how they were repaired. Alliance keeps it all "
                "in an encrypted vault on this computer only. Nothing is ever sent anywhere."
            ),
            wrap=True,
            parent=self,
        )
        where = label(self.tr("Your vault will be created in {folder}").format(folder=vault_folder),
                      "hint", wrap=True, parent=self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.create_button = QPushButton(self.tr("Create my vault"), self)
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button = QPushButton(self.tr("E&xplore with demo data"), self)
        self.demo_button.clicked.connect(self.demo_requested)
        demo_hint = label(
            self.tr("The demo opens a separate vault of made-up clients. Your own vault stays untouched."),
            "hint", wrap=True, parent=self,
        )

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(demo_hint)
        layout.addStretch(1)
        layout.addWidget(where)
        self.create_button.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)
