"""UI test helpers: an app controller on a real vault in tmp_path, a manual clock, a counting keyboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, RuptureDraft, SessionDraft
from alliance.core.taxonomy import RuptureKind
from alliance.services import clients, sessions
from alliance.services.demo import DemoSummary, generate_demo
from alliance.services.vault_access import unlock_vault
from alliance.store.kdf import KdfParams
from alliance.store.vault import Vault
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.worker import Worker
from alliance.ui.shell.clock import ManualClock
from alliance.ui.shell.controller import AppController
from alliance.ui.shell.settings import UiSettings
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from alliance.core.records import Session
    from alliance.ui.session.session_form import SessionForm
    from alliance.ui.shell.main_window import MainWindow

__all__ = ["PASSPHRASE", "open_form", "save_form", "settle"]


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    return UiSettings.at(tmp_path / "config" / "ui.ini")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def make_controller(qtbot, tmp_path: Path, fast_kdf: KdfParams, ui_settings: UiSettings,  # type: ignore[no-untyped-def]
                    clock: ManualClock) -> Iterator[Callable[[Path], AppController]]:
    made: list[AppController] = []

    def make(folder: Path) -> AppController:
        controller = AppController(folder, ui_settings, demo_folder=tmp_path / "demo", kdf=fast_kdf, clock=clock,
                                   watch_system=False)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        for w in (controller.main_window, controller.unlock_window, controller.welcome, controller.create_dialog):
            if w is not None:
                w.hide()
                w.deleteLater()
        controller.deleteLater()


def settle(qtbot, where: Worker | AppController | MainWindow, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the worker (of a controller, or of a main window's open vault) has run and delivered everything
    asked of it, and what that asked next."""
    if isinstance(where, Worker):
        worker = where
    elif isinstance(where, AppController):
        worker = where.worker
    else:
        if where.access is None:
            return
        worker = where.access.worker
    qtbot.waitUntil(lambda: worker.idle, timeout=timeout)
    qtbot.wait(1)  # deliveries queued by the last ones
    qtbot.waitUntil(lambda: worker.idle, timeout=timeout)


def open_form(qtbot, window: MainWindow, client_id: int | None,  # type: ignore[no-untyped-def]
              session_id: int | None = None) -> SessionForm:
    """Open the session form (its data is read on the worker first) and wait until it is shown."""
    with qtbot.waitSignal(window.session_form_opened, timeout=10_000) as opened:
        window.open_session_form(client_id, session_id=session_id)
    form: SessionForm = opened.args[0]
    return form


def save_form(qtbot, form: SessionForm, worker: Worker) -> Session:  # type: ignore[no-untyped-def]
    """Save the form as Ctrl+S would and wait until it is stored and every view has refreshed."""
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        form.save()
    settle(qtbot, worker)
    stored: Session = saved.args[0]
    return stored


def unlock(qtbot, controller: AppController, passphrase: str = PASSPHRASE) -> Vault:  # type: ignore[no-untyped-def]
    """Type the passphrase into the unlock window and wait for the main window and what it loads."""
    window = controller.unlock_window
    assert window is not None
    window.passphrase.setText(passphrase)
    with qtbot.waitSignal(controller.vault_opened, timeout=10_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    settle(qtbot, controller.worker)
    assert controller.vault is not None
    return controller.vault


@contextmanager
def app_font(points: float, reapply: Callable[[QApplication], object] | None = None) -> Iterator[QApplication]:
    """The application font at ``points`` (as a system font of that size gives it) for the block, then the one
    before; ``reapply`` runs after each change (the look, when no ThemeFollower re-applies it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    big = QFont(before)
    big.setPointSizeF(points)
    app.setFont(big)
    if reapply is not None:
        reapply(app)
    try:
        yield app
    finally:
        app.setFont(before)
        if reapply is not None:
            reapply(app)


def open_client_page(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                     code: str = "AB-17") -> tuple[AppController, MainWindow, Vault]:
    """The app unlocked on the created vault, showing the page of the client with this code."""
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    client = clients.find_client(vault, code)
    assert client is not None
    window.show_client(client.id)
    settle(qtbot, window)
    return controller, window, vault


def open_main_window(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                     until_active: bool = True) -> tuple[AppController, MainWindow, Vault]:
    """Start the app on the created vault and unlock it: (controller, main window, vault). With
    ``until_active`` it waits until the main window is the active one."""
    folder, _key = created_vault
    controller = make_controller(folder)
    assert controller.start()
    vault = unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    if until_active:
        qtbot.waitUntil(window.isActiveWindow)
    return controller, window, vault


@pytest.fixture
def worker() -> Iterator[Worker]:
    """A worker of its own, stopped after the test."""
    w = Worker()
    yield w
    w.stop()


@pytest.fixture
def access(vault: Vault, worker: Worker) -> VaultAccess:
    """The test's open vault as the GUI's widgets reach it."""
    return VaultAccess(vault, worker)


@pytest.fixture
def practice(created_vault: tuple[Path, str]) -> dict[str, int]:
    """Two clients in the locked vault; AB-17 has two sessions, the first with an open rupture."""
    folder, _key = created_vault
    vault = unlock_vault(folder, PASSPHRASE)
    try:
        ab = clients.add_client(vault, ClientDraft(code="AB-17", display_name="Anna Berg",
                                                   intake_date=dt.date(2025, 1, 6)))
        cd = clients.add_client(vault, ClientDraft(code="CD-4", display_name="Carl Dahl"))
        s1 = sessions.log_session(vault, SessionDraft(
            client_id=ab.id, date=dt.date(2025, 1, 13), ratings=Ratings(7, 6, 7, 8),
            ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 3, ("minimal_response",)),)))
        sessions.log_session(vault, SessionDraft(client_id=ab.id, date=dt.date(2025, 1, 20),
                                                 ratings=Ratings(8, 7, 7, 8)))
        return {"ab": ab.id, "cd": cd.id, "rupture": s1.ruptures[0].id}
    finally:
        vault.close()


@pytest.fixture
def demo_practice(created_vault: tuple[Path, str]) -> DemoSummary:
    """The demo practice (12 clients, two declining, one dropout) in the locked vault."""
    folder, _key = created_vault
    vault = unlock_vault(folder, PASSPHRASE)
    try:
        return generate_demo(vault, clients=12, sessions=(6, 60), seed=0)
    finally:
        vault.close()


class Keyboard:
    """Sends each key to whatever widget has the focus, as a person would, and counts the presses."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self._qtbot = qtbot
        self.count = 0

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for ch in text:
            self._qtbot.keyClick(self.focus(), ch)
            self.count += 1

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self._qtbot.keyClick(self.focus(), key, modifier)
        self.count += 1

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)


@pytest.fixture
def keyboard(qtbot) -> Keyboard:  # type: ignore[no-untyped-def]
    return Keyboard(qtbot)


def all_visible_text() -> str:
    """The text of every widget that exists, visible or not: labels, fields, titles, items, tooltips."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    parts: list[str] = []
    for w in QApplication.allWidgets():
        parts += [w.windowTitle(), w.toolTip(), w.accessibleName()]
        if isinstance(w, QLabel | QLineEdit | QAbstractButton):
            parts.append(w.text())
        if isinstance(w, QPlainTextEdit):
            parts.append(w.toPlainText())
        if isinstance(w, QTextEdit):
            parts.append(w.toPlainText())
        if isinstance(w, QComboBox):
            parts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            parts += _model_text(w.model(), QModelIndex())
    return "\n".join(parts)


def _model_text(model, parent: QModelIndex) -> list[str]:  # type: ignore[no-untyped-def]
    """Every cell of an item model, children included."""
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models keep columnCount private
        columns = 1
    out: list[str] = []
    for r in range(model.rowCount(parent)):
        for c in range(columns):
            index = model.index(r, c, parent)
            out.append(str(index.data() or ""))
            if c == 0 and model.rowCount(index) > 0:
                out += _model_text(model, index)
    return out


def opened_window(qtbot, opener) -> QWidget:  # type: ignore[no-untyped-def]
    """Call ``opener`` (a menu action's slot) and return the window it showed: its result when that is a widget
    now visible, else the new visible top-level window."""
    before = set(QApplication.topLevelWidgets())
    result = opener()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in set(QApplication.topLevelWidgets()) - before)
                    or (isinstance(result, QWidget) and result.isVisible()))
    if isinstance(result, QWidget) and result.isVisible():
        return result
    return next(w for w in set(QApplication.topLevelWidgets()) - before if w.isVisible())
