"""Start the desktop app: the first window paints first, everything else loads behind it.

DESIGN.md's budget puts the unlock window's first paint within 1.5x of a bare QMainWindow, so this module and
what ``run`` needs before that paint import only Qt's widget classes and a few small modules: the look
(``look``, applied in the scheme the app saw last), the vault folder's instance lock, the worker and the unlock
window. Once the window has painted, ``run`` imports the ``AppController`` (which takes the window and the lock
over) and the theme that follows the OS colour scheme; the worker loads the store in the background while the
passphrase is typed. Without a vault the controller starts at once (welcome).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from alliance import APP_NAME, i18n, paths
from alliance.arguments import parse_gui_arguments
from alliance.hardening import harden_process
from alliance.i18n import translated
from alliance.services.vault_folder import VaultLock, claim_vault, vault_exists
from alliance.store.errors import VaultError, VaultInUse
from alliance.ui.operations.worker import Worker
from alliance.ui.shell.startup import DEMO_PASSPHRASE, EXIT_VAULT_IN_USE, SETTINGS_FILE
from alliance.ui.widgets import look
from alliance.ui.widgets.text import error_text

if TYPE_CHECKING:
    from alliance.ui.shell.controller import AppController
    from alliance.ui.unlock.unlock_window import UnlockWindow

TAKE_OVER_AT_THE_LATEST_MS = 2000  # the controller takes the unlock window over at its first paint, or then


def _tr(text: str) -> str:
    return translated(text)


def fusion_application(argv: Sequence[str]) -> QApplication:
    """The QApplication (the one already made, in tests and scripts), on the Fusion style everywhere, so the
    colours look the same on every system."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):  # made elsewhere: its style may be another
        existing.setStyle("Fusion")
        return existing
    # Asked for on the command line: setStyle() from Python would build PySide6's QStyle type, with all
    # its enums, before the first window paints.
    return QApplication([sys.argv[0], "-style", "fusion", *argv])


def create_application(argv: Sequence[str], colours: look.Colours = look.LIGHT) -> QApplication:
    """The QApplication with names, icon and the look in ``colours`` (``theme.ThemeFollower`` then follows
    the OS colour scheme)."""
    app = fusion_application(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    # Flatpak on Wayland matches windows to the desktop entry by the app id.
    app.setDesktopFileName(os.environ.get("FLATPAK_ID", "alliance"))
    app.setWindowIcon(look.logo_icon())  # the SVG one follows once the first window has painted
    look.apply(app, colours)
    return app


def _cannot_start(title: str, message: str, code: int) -> int:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(None, title, message)
    return code


def _first_unlock_window(folder: Path, worker: Worker) -> UnlockWindow:
    from alliance.ui.unlock.unlock_window import UnlockWindow

    demo = folder.resolve() == paths.demo_vault_folder().resolve()
    window = UnlockWindow(folder, worker, demo_passphrase=DEMO_PASSPHRASE if demo else None)
    window.show()
    window.activateWindow()
    return window


def main(argv: Sequence[str] | None = None) -> int:
    """The ``alliance-gui`` command: ``--vault PATH`` and ``--version`` (the command line's own parser), the rest
    for Qt."""
    harden_process()  # before anything secret is in memory: no core dumps, no debugger attach
    parsed = parse_gui_arguments(sys.argv[1:] if argv is None else argv)
    if isinstance(parsed, int):
        return parsed
    vault, qt_args = parsed
    return run(vault, qt_args)


def run(vault_folder: Path | None = None, qt_args: Sequence[str] = ()) -> int:
    """Run the app on a vault folder (default: the per-user one)."""
    folder = Path(vault_folder or paths.default_vault_folder())
    config = paths.config_folder()
    config.mkdir(parents=True, exist_ok=True)
    settings_file = config / SETTINGS_FILE
    app = create_application(qt_args, look.remembered(settings_file))
    i18n.install(i18n.remembered(settings_file))  # before the first window: every text in one language
    if (text_size := look.remembered_text_size(settings_file)) != 100:
        look.set_text_size(app, text_size)  # the "Text size" preference, before the first window
    worker = Worker()

    lock: VaultLock | None = None
    window: UnlockWindow | None = None
    try:
        if vault_exists(folder):
            lock = claim_vault(folder)
            window = _first_unlock_window(folder, worker)
    except VaultInUse as exc:
        return _cannot_start(_tr("Alliance is already open"), error_text(exc), EXIT_VAULT_IN_USE)
    except VaultError as exc:  # an unsearchable folder, a read-only disk: one clear sentence, no traceback
        return _cannot_start(_tr("Alliance cannot open the vault"), f"{error_text(exc)}\n\n{folder}", exc.exit_code)

    exit_code: list[int] = []
    controllers: list[AppController] = []

    def take_over() -> None:
        """After the first paint (or at once when there is no unlock window): the rest of the app."""
        if controllers:
            return
        from alliance.ui.shell.controller import AppController
        from alliance.ui.shell.settings import UiSettings
        from alliance.ui.widgets.theme import ThemeFollower

        ThemeFollower(app, settings_file)
        app.setWindowIcon(look.app_icon())
        controller = AppController(folder, UiSettings.at(settings_file), worker=worker)
        controllers.append(controller)
        controller.exit_requested.connect(exit_code.append)
        app.aboutToQuit.connect(controller.shutdown)
        if lock is not None and window is not None:
            controller.adopt(lock, window)
        elif not controller.start():
            exit_code.append(_cannot_start(_tr("Alliance is already open"), controller.in_use_message,
                                           EXIT_VAULT_IN_USE))
            app.quit()

    if window is not None:
        window.first_painted.connect(take_over)
        # A window that is not on screen yet (another virtual desktop) paints only when it is shown there.
        QTimer.singleShot(TAKE_OVER_AT_THE_LATEST_MS, take_over)
    else:
        take_over()
        if exit_code:
            return exit_code[0]
    try:
        code = app.exec()
    except VaultError as exc:  # pragma: no cover - last resort: one clear line, no traceback
        print(str(exc), file=sys.stderr)
        code = exc.exit_code
    for controller in controllers:
        controller.shutdown()
    if not controllers:
        worker.stop()
        if lock is not None:
            lock.release()  # quit before the controller took the lock over
    return exit_code[0] if exit_code else int(code)
