"""Start the desktop app and run its lifecycle: welcome, create or unlock, main window, lock, quit.

Nothing happens at import time; ``main()`` creates the QApplication. One running instance per vault:
the app holds the vault's ``VaultLock`` for its whole life, and a second start says so and exits.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from alliance import APP_NAME, __version__, paths
from alliance.store.errors import VaultError, VaultInUse, WrongPassphrase
from alliance.store.instance_lock import VaultLock
from alliance.store.layout import KEYS_NAME
from alliance.ui import theme, warmup
from alliance.ui.clock import Clock
from alliance.ui.idle import IdleWatcher
from alliance.ui.os_lock import SystemLockMonitor
from alliance.ui.settings import UiSettings
from alliance.ui.tasks import Task, start_task
from alliance.ui.unlock import UnlockWindow
from alliance.ui.welcome import WelcomeWindow

# The first window paints before SQLAlchemy, Alembic, numpy and pyqtgraph are imported (DESIGN.md,
# "Performance budget"): modules that pull them in are imported where they are first needed, after
# ``warmup`` has loaded them while the passphrase is typed.
if TYPE_CHECKING:
    from alliance.store.kdf import KdfParams
    from alliance.store.vault import Vault
    from alliance.ui.create_vault import CreateVaultDialog
    from alliance.ui.main_window import MainWindow

# The demo vault holds only made-up clients; its passphrase is shown on its unlock window.
DEMO_PASSPHRASE = "demo vault passphrase"
EXIT_VAULT_IN_USE = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def vault_exists(folder: Path) -> bool:
    """Whether folder holds a vault (its key file); ``alliance.store.vault.vault_exists`` without its imports."""
    return (Path(folder) / KEYS_NAME).is_file()


def _flush_deletes() -> None:
    """Destroy widgets scheduled with deleteLater now, so nothing clinical lingers after a lock."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class AppController(QObject):
    """Moves between the windows; owns the open vault, the instance lock and the lock triggers.

    ``kdf`` is the Argon2id cost for new vaults (None: calibrate), ``clock`` drives the idle lock and
    the unlock back-off, ``demo_folder`` is where "Explore with demo data" puts its vault.
    """

    vault_opened = Signal(object)
    locked = Signal(str)
    exit_requested = Signal(int)

    def __init__(self, folder: Path, settings: UiSettings, *, demo_folder: Path | None = None,
                 kdf: KdfParams | None = None, clock: Clock | None = None, watch_system: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.settings = settings
        self.demo_folder = Path(demo_folder) if demo_folder else paths.demo_vault_folder()
        self.demo = self.folder.resolve() == self.demo_folder.resolve()
        self._kdf = kdf
        self._clock = clock
        self.instance_lock: VaultLock | None = None
        self.in_use_message = ""
        self.vault: Vault | None = None
        self.welcome: WelcomeWindow | None = None
        self.create_dialog: CreateVaultDialog | None = None
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        self._task: Task | None = None
        self._progress: QProgressDialog | None = None
        self.idle = IdleWatcher(settings.idle_lock_minutes * 60.0, clock, parent=self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self._idle_filtering = False  # the app-wide filter goes in at the first unlock: see _watch_activity
        self.system_lock = SystemLockMonitor(self)
        self.system_lock.lock_requested.connect(self.lock)
        if watch_system:
            self.system_lock.start()

    # --- start ---------------------------------------------------------------------------------

    def start(self) -> bool:
        """Show the first window; False when another instance holds the vault (message shown)."""
        if vault_exists(self.folder):
            if not self.claim(self.folder):
                return False
            self.show_unlock()
        else:
            self.show_welcome()
        return True

    def claim(self, folder: Path) -> bool:
        """Hold the vault's single-instance lock for the app's life."""
        if self.instance_lock is not None and self.instance_lock.folder == Path(folder).resolve():
            return True
        lock = VaultLock(folder)
        try:
            lock.acquire()
        except VaultInUse as exc:
            self.in_use_message = str(exc)
            if self._front() is not None:  # at start-up main() shows the message itself
                self._tell(_tr("Alliance is already open"), self.in_use_message)
            self.exit_requested.emit(EXIT_VAULT_IN_USE)
            return False
        if self.instance_lock is not None:
            self.instance_lock.release()
        self.instance_lock = lock
        return True

    def _tell(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self._front())
        box.setWindowTitle(title)
        box.open()
        return box

    def _front(self) -> QWidget | None:
        for w in (self.main_window, self.unlock_window, self.welcome):
            if w is not None and w.isVisible():
                return w
        return None

    # --- first run ---------------------------------------------------------------------------------

    def show_welcome(self) -> WelcomeWindow:
        if self.welcome is None:
            self.welcome = WelcomeWindow(self.folder)
            self.welcome.create_requested.connect(self.create_vault)
            self.welcome.demo_requested.connect(self.explore_demo)
            warmup.after_first_paint(self.welcome)
        self.welcome.show()
        return self.welcome

    def create_vault(self) -> CreateVaultDialog | None:
        if not self.claim(self.folder):
            return None
        warmup.wait()
        from alliance.ui.create_vault import CreateVaultDialog

        self.create_dialog = CreateVaultDialog(self.folder, self._kdf, self.welcome)
        self.create_dialog.vault_created.connect(self._opened)
        self.create_dialog.open()
        return self.create_dialog

    def explore_demo(self) -> None:
        """Open (or first create) the demo vault in its own folder."""
        self.folder = self.demo_folder
        self.demo = True
        if not self.claim(self.folder):
            return
        folder, kdf = self.folder, self._kdf

        def work() -> Vault:
            warmup.wait()
            from alliance.services.demo import generate_demo
            from alliance.store.vault import Vault

            if vault_exists(folder):
                return Vault.unlock(folder, DEMO_PASSPHRASE)

            vault, _recovery = Vault.create(folder, DEMO_PASSPHRASE, kdf=kdf)
            try:
                generate_demo(vault)
            except BaseException:
                vault.close()
                raise
            return vault

        self._progress = QProgressDialog(_tr("Preparing the demo vault\u2026"), "", 0, 0, self.welcome)
        self._progress.setWindowTitle(_tr("Demo"))
        self._progress.setCancelButton(None)
        self._progress.setMinimumDuration(0)
        self._progress.show()
        if self.welcome is not None:
            self.welcome.set_busy(True)
        warmup.start()
        self._task = start_task(work, self._demo_ready, self._demo_failed, self)
        warmup.import_ui_soon(self, self._prepare_main_window)

    def _demo_ready(self, vault: Vault) -> None:
        self._end_progress()
        self._opened(vault)

    def _demo_failed(self, exc: BaseException) -> None:
        self._end_progress()
        if isinstance(exc, WrongPassphrase):
            self.show_unlock()  # the demo vault was made elsewhere with another passphrase
            return
        self._tell(_tr("The demo could not be opened"), str(exc))

    def _end_progress(self) -> None:
        self._task = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if self.welcome is not None:
            self.welcome.set_busy(False)

    # --- unlock and lock -------------------------------------------------------------------------------

    def show_unlock(self) -> UnlockWindow:
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(self.folder, demo_passphrase=DEMO_PASSPHRASE if self.demo else None,
                                              clock=self._clock)
            self.unlock_window.unlocked.connect(self._opened)
            self.unlock_window.attempt_started.connect(lambda: warmup.import_ui_soon(self, self._prepare_main_window))
            self.unlock_window.confirm_close = self._may_quit_while_locked
            warmup.after_first_paint(self.unlock_window)
        else:
            self.unlock_window.reset()
        if self.welcome is not None:
            self.welcome.hide()
        self.unlock_window.show()
        self.unlock_window.activateWindow()
        return self.unlock_window

    def _may_quit_while_locked(self) -> bool:
        """Quitting from the unlock window would drop a session form kept across the lock: ask first."""
        if self.main_window is None or not self.main_window.has_kept_form():
            return True
        answer = QMessageBox.question(
            self.unlock_window, _tr("Discard the unsaved session?"),
            _tr("A session form you had not saved is kept until you unlock. Quit and discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _prepare_main_window(self) -> MainWindow:
        """The main window, built (hidden and empty) if it does not exist yet. Called while the key is derived,
        so that unlocking only has to load the vault's data into it."""
        if self.main_window is None:
            warmup.wait()  # normally long done: it started when the first window painted
            from alliance.ui.main_window import MainWindow

            self.main_window = MainWindow(self.settings, demo=self.demo)
            self.main_window.lock_requested.connect(lambda: self.lock("manual"))
            self.main_window.idle_minutes_changed.connect(lambda m: self.idle.set_timeout(m * 60.0))
        return self.main_window

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        self._prepare_main_window()
        assert self.main_window is not None
        for w in (self.welcome, self.unlock_window):
            if w is not None:
                w.hide()
        self.main_window.show()
        self.main_window.activateWindow()
        self.system_lock.watch_window(int(self.main_window.winId()))
        self.main_window.open_vault(vault)
        self.idle.set_timeout(self.settings.idle_lock_minutes * 60.0)
        self._watch_activity()
        self.idle.arm()
        self.vault_opened.emit(vault)
        if not vault.unlock_finished:
            start_task(vault.finish_unlock, lambda _: None, lambda exc: self._unlock_check_failed(vault, exc), self)

    def _unlock_check_failed(self, vault: Vault, exc: BaseException) -> None:
        """The deferred page check found damage (nothing was written): lock and offer a backup. Any other
        failure there (a full disk while auditing) is said in the status bar; the vault stays open."""
        if self.vault is not vault:
            return
        from alliance.store.errors import DatabaseDamaged, KeyFileDamaged

        if not isinstance(exc, DatabaseDamaged | KeyFileDamaged):
            if self.main_window is not None:
                self.main_window.statusBar().showMessage(str(exc), 15_000)
            return
        self.lock("damaged")
        from alliance.ui.restore_offer import offer_restore

        offer_restore(self._front(), self.folder, exc)

    def _watch_activity(self) -> None:
        """Let the idle watcher see every input event from now on. Only an open vault is idle-locked, so
        the filter is installed at the first unlock rather than at start, where a Python filter on
        every event would slow the first paint of the unlock window."""
        app = QCoreApplication.instance()
        if not self._idle_filtering and app is not None:
            app.installEventFilter(self.idle)
            self._idle_filtering = True

    def lock(self, reason: str = "manual") -> None:
        """Close the vault, clear every view of clinical data and show the unlock window."""
        if self.vault is None:
            return
        self.idle.disarm()
        if self.main_window is not None:
            self.main_window.close_vault()
            self.main_window.hide()
        for task in self.findChildren(Task):  # the deferred unlock check must not see the vault close under it
            task.wait(30_000)
        self.vault.close()
        self.vault = None
        _flush_deletes()
        self.show_unlock()
        self.locked.emit(reason)

    def shutdown(self) -> None:
        """At quit: let key derivation finish, close the vault and give the instance lock back."""
        self.idle.disarm()
        for owner in (self, self.welcome, self.create_dialog, self.unlock_window):
            if owner is not None:
                for task in owner.findChildren(Task):
                    task.wait(30_000)
        if self.main_window is not None:
            self.main_window.forget_kept_form()
            if self.vault is not None:
                self.main_window.close_vault()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        if self.instance_lock is not None:
            self.instance_lock.release()
            self.instance_lock = None


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="alliance-gui", description=_tr("Alliance desktop app"))
    parser.add_argument("--vault", type=Path, metavar="PATH", help="vault folder (default: per-user data folder)")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser.parse_known_args(list(argv))


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with names, icon and the look that follows the OS colour scheme."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    # Flatpak on Wayland matches windows to the desktop entry by the app id.
    app.setDesktopFileName(os.environ.get("FLATPAK_ID", "alliance"))
    app.setWindowIcon(theme.app_icon())
    theme.ThemeFollower(app)
    return app


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
    app = create_application(qt_args)
    config = paths.config_folder()
    config.mkdir(parents=True, exist_ok=True)
    settings = UiSettings.at(config / "ui.ini")
    controller = AppController(folder, settings)
    exit_code: list[int] = []
    controller.exit_requested.connect(exit_code.append)
    if not controller.start():
        QMessageBox.warning(None, _tr("Alliance is already open"), controller.in_use_message)
        return EXIT_VAULT_IN_USE
    app.aboutToQuit.connect(controller.shutdown)
    try:
        code = app.exec()
    except VaultError as exc:  # pragma: no cover - last resort: one clear line, no traceback
        print(str(exc), file=sys.stderr)
        code = exc.exit_code
    controller.shutdown()
    return exit_code[0] if exit_code else int(code)
