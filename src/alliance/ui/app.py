"""Start the desktop app: the first window paints first, everything else loads behind it.

DESIGN.md's budget puts the unlock window's first paint within 1.3x of a bare QMainWindow, so this
module and what ``main`` needs before that paint import only Qt's widget classes and a few small modules:
the look (``look``, applied in the scheme the app saw last), the vault's instance lock and the unlock
window. Once the window has painted, ``main`` imports the ``AppController`` (which takes the window and
the lock over), the theme that follows the OS colour scheme, and starts loading the store in the
background while the passphrase is typed. Without a vault the controller starts at once (welcome).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from alliance import APP_NAME, __version__, paths
from alliance.store.errors import VaultError, VaultInUse
from alliance.store.instance_lock import VaultLock
from alliance.store.layout import KEYS_NAME
from alliance.ui import look

if TYPE_CHECKING:
    from alliance.ui.controller import AppController
    from alliance.ui.unlock import UnlockWindow

# The demo vault holds only made-up clients; its passphrase is shown on its unlock window.
DEMO_PASSPHRASE = "demo vault passphrase"
EXIT_VAULT_IN_USE = 5
SETTINGS_FILE = "ui.ini"
TAKE_OVER_AT_THE_LATEST_MS = 2000  # the controller takes the unlock window over at its first paint, or then


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def vault_exists(folder: Path) -> bool:
    """Whether folder holds a vault (its key file); ``alliance.store.vault.vault_exists`` without its imports."""
    return (Path(folder) / KEYS_NAME).is_file()


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """(--vault and --version, the arguments left for Qt). The usual starts (no arguments, or only
    ``--vault PATH`` as desktop launchers and ``alliance`` pass it) skip building the parser."""
    args = list(argv)
    if not args or (len(args) == 2 and args[0] == "--vault" and not args[1].startswith("-")):
        return argparse.Namespace(vault=Path(args[1]) if args else None, version=False), []
    parser = argparse.ArgumentParser(prog="alliance-gui", description=_tr("Alliance desktop app"))
    parser.add_argument("--vault", type=Path, metavar="PATH", help="vault folder (default: per-user data folder)")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser.parse_known_args(args)


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


def _in_use(message: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(None, _tr("Alliance is already open"), message)
    return EXIT_VAULT_IN_USE


def _first_unlock_window(folder: Path) -> UnlockWindow:
    from alliance.ui.unlock import UnlockWindow

    demo = folder.resolve() == paths.demo_vault_folder().resolve()
    window = UnlockWindow(folder, demo_passphrase=DEMO_PASSPHRASE if demo else None)
    window.show()
    window.activateWindow()
    return window


def main(argv: Sequence[str] | Path | None = None, vault_folder: Path | None = None) -> int:
    """Run the app. ``--vault PATH`` (or ``vault_folder``) opens another vault folder than the default."""
    if isinstance(argv, Path):  # main(Path(...)) from the command line front
        vault_folder, argv = argv, []
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        if sys.stdout is not None:  # a windowed Windows build has no stdout
            print(f"alliance-gui {__version__}")
        return 0
    folder = Path(vault_folder or args.vault or paths.default_vault_folder())
    config = paths.config_folder()
    config.mkdir(parents=True, exist_ok=True)
    settings_file = config / SETTINGS_FILE
    app = create_application(qt_args, look.remembered(settings_file))

    lock: VaultLock | None = None
    window: UnlockWindow | None = None
    if vault_exists(folder):
        lock = VaultLock(folder)
        try:
            lock.acquire()
        except VaultInUse as exc:
            return _in_use(str(exc))
        window = _first_unlock_window(folder)

    exit_code: list[int] = []
    controllers: list[AppController] = []

    def take_over() -> None:
        """After the first paint (or at once when there is no unlock window): the rest of the app."""
        if controllers:
            return
        from alliance.ui.controller import AppController
        from alliance.ui.settings import UiSettings
        from alliance.ui.theme import ThemeFollower

        ThemeFollower(app, settings_file)
        app.setWindowIcon(look.app_icon())
        controller = AppController(folder, UiSettings.at(settings_file))
        controllers.append(controller)
        controller.exit_requested.connect(exit_code.append)
        app.aboutToQuit.connect(controller.shutdown)
        if lock is not None and window is not None:
            controller.adopt(lock, window)
        elif not controller.start():
            exit_code.append(_in_use(controller.in_use_message))
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
    if lock is not None and not controllers:
        lock.release()  # quit before the controller took the lock over
    return exit_code[0] if exit_code else int(code)
