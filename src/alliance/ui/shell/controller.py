"""The app's lifecycle once its first window is up: welcome, create or unlock, main window, lock, quit.

``alliance.ui.shell.app.run`` shows the unlock window itself, before this module is imported (the start-up
budget in DESIGN.md), then hands it and the vault's instance lock to an ``AppController``. One running
instance per vault: the controller holds the vault's ``VaultLock`` for the app's whole life.

Every vault call runs on the app's one ``Worker``. Locking never waits on the UI thread: the windows forget
their clinical data at once, and the vault is closed (key wiped) by the worker's next job, right after the one
running; quitting waits for that, with progress when it takes long.
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from alliance import paths
from alliance.i18n import translated
from alliance.services.vault_folder import VaultLock, claim_vault, vault_exists
from alliance.store.errors import VaultInUse, WrongPassphrase
from alliance.ui.operations.worker import Worker
from alliance.ui.shell import warmup
from alliance.ui.shell.clock import Clock
from alliance.ui.shell.idle import IdleWatcher
from alliance.ui.shell.os_lock import SystemLockMonitor
from alliance.ui.shell.settings import UiSettings
from alliance.ui.shell.startup import DEMO_PASSPHRASE, EXIT_VAULT_IN_USE
from alliance.ui.unlock.unlock_window import UnlockWindow
from alliance.ui.widgets.failures import failure_text
from alliance.ui.widgets.text import error_text

# SQLAlchemy, Alembic, numpy and pyqtgraph load after the first window has painted (DESIGN.md,
# "Performance budget"): modules that pull them in are imported where they are first needed, after
# ``warmup`` has loaded them while the passphrase is typed.
if TYPE_CHECKING:
    from alliance.core.handover import Handover
    from alliance.services.handover import ClientForm, ResultSeries, Reveal
    from alliance.services.vault_access import KdfParams
    from alliance.store.vault import Vault
    from alliance.ui.client_mode.guard import ClientModeGuard
    from alliance.ui.first_run.create_vault_dialog import CreateVaultDialog
    from alliance.ui.first_run.welcome import WelcomeWindow
    from alliance.ui.operations.access import VaultAccess
    from alliance.ui.shell.main_window import MainWindow

SHUTDOWN_PROGRESS_AFTER_S = 0.5
SHUTDOWN_GIVE_UP_S = 120.0


def _tr(text: str) -> str:
    return translated(text)


def _flush_deletes() -> None:
    """Destroy widgets scheduled with deleteLater now, so nothing clinical lingers after a lock."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _open_or_create_demo(folder: Path, kdf: KdfParams | None) -> Vault:
    """On the worker: the demo vault, made (with its practice) the first time."""
    from alliance.services.demo import generate_demo
    from alliance.services.vault_access import create_vault, unlock_vault

    if vault_exists(folder):
        return unlock_vault(folder, DEMO_PASSPHRASE, defer_checks=True)
    vault, _recovery = create_vault(folder, DEMO_PASSPHRASE, kdf=kdf)
    try:
        generate_demo(vault)
    except BaseException:
        vault.close()
        raise
    return vault


class AppController(QObject):
    """Moves between the windows; owns the open vault, the instance lock and the lock triggers.

    ``kdf`` is the Argon2id cost for new vaults (None: calibrate), ``clock`` drives the idle lock and
    the unlock back-off, ``demo_folder`` is where "Explore with demo data" puts its vault.
    """

    vault_opened = Signal(object)
    locked = Signal(str)
    exit_requested = Signal(int)

    def __init__(self, folder: Path, settings: UiSettings, *, worker: Worker | None = None,
                 demo_folder: Path | None = None, kdf: KdfParams | None = None, clock: Clock | None = None,
                 watch_system: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.settings = settings
        self.worker = worker or Worker(self)
        self.demo_folder = Path(demo_folder) if demo_folder else paths.demo_vault_folder()
        self.demo = self.folder.resolve() == self.demo_folder.resolve()
        self.own_folder = paths.default_vault_folder() if self.demo else self.folder  # "Open my own vault"
        self._kdf = kdf
        self._clock = clock
        self.instance_lock: VaultLock | None = None
        self.in_use_message = ""
        self.vault: Vault | None = None
        self.access: VaultAccess | None = None
        self.welcome: WelcomeWindow | None = None
        self.create_dialog: CreateVaultDialog | None = None
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        self.client_mode: ClientModeGuard | None = None  # while the client holds the computer
        self._progress: QProgressDialog | None = None
        self._shut_down = False
        self.worker.unhandled.connect(self._unhandled)
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
        try:
            lock = claim_vault(folder)
        except VaultInUse as exc:
            self.in_use_message = error_text(exc)
            if self._front() is not None:  # at start-up run() shows the message itself
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

    def _unhandled(self, exc: BaseException) -> None:
        """A background job failed with nobody to tell: say so in the main window (never the error's text
        unless it is a vault error, which names no clinical data)."""
        if self.main_window is not None and self.main_window.isVisible():
            self.main_window.statusBar().showMessage(failure_text(exc), 15_000)

    # --- first run ---------------------------------------------------------------------------------

    def show_welcome(self) -> WelcomeWindow:
        from alliance.ui.first_run.welcome import WelcomeWindow

        if self.welcome is None:
            self.welcome = WelcomeWindow(self.folder)
            self.welcome.create_requested.connect(self.create_vault)
            self.welcome.demo_requested.connect(self.explore_demo)
            self.welcome.first_painted.connect(lambda: warmup.start(self.worker))
        self.welcome.show()
        return self.welcome

    def create_vault(self) -> CreateVaultDialog | None:
        if not self.claim(self.folder):
            return None
        warmup.wait()
        from alliance.ui.first_run.create_vault_dialog import CreateVaultDialog

        self.create_dialog = CreateVaultDialog(self.worker, self.folder, self._kdf, self.welcome)
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
        self._progress = QProgressDialog(_tr("Preparing the demo vault\u2026"), "", 0, 0, self.welcome)
        self._progress.setWindowTitle(_tr("Demo"))
        self._progress.setCancelButton(None)
        self._progress.setMinimumDuration(0)
        self._progress.show()
        if self.welcome is not None:
            self.welcome.set_busy(True)
        warmup.start(self.worker)
        self.worker.op(lambda: _open_or_create_demo(folder, kdf), self._demo_ready, self._demo_failed, owner=self)
        warmup.import_ui_soon(self.worker, self, self._prepare_main_window)

    def _demo_ready(self, vault: Vault) -> None:
        self._end_progress()
        self._opened(vault)

    def _demo_failed(self, exc: BaseException) -> None:
        self._end_progress()
        if isinstance(exc, WrongPassphrase):
            self.show_unlock()  # the demo vault was made elsewhere with another passphrase
            return
        self._tell(_tr("The demo could not be opened"), failure_text(exc))

    def _end_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if self.welcome is not None:
            self.welcome.set_busy(False)

    def switch_practice(self, demo: bool) -> None:
        """File > Open demo practice (``demo``) or, from the demo, Open my own vault: the open vault is closed and its
        windows go (they were made for it); the demo is opened (made the first time), one's own vault asks for its
        passphrase. The other folder's instance lock is taken first, so a vault in use elsewhere changes nothing."""
        folder = self.demo_folder if demo else self.own_folder
        if folder.resolve() == self.folder.resolve():
            return
        try:
            lock = claim_vault(folder) if vault_exists(folder) or demo else None
        except VaultInUse as exc:
            self._tell(_tr("Alliance is already open"), error_text(exc))
            return
        self.idle.disarm()
        self._close_vault()
        for window in (self.main_window, self.unlock_window):
            if window is not None:
                window.hide()
                window.deleteLater()
        self.main_window = self.unlock_window = None
        _flush_deletes()
        if self.instance_lock is not None:
            self.instance_lock.release()
        self.instance_lock = lock
        if demo:
            self.explore_demo()
            return
        self.folder, self.demo = folder, False
        if lock is not None:
            self.show_unlock()
        else:
            self.show_welcome()

    # --- unlock and lock -------------------------------------------------------------------------------

    def adopt(self, lock: VaultLock, window: UnlockWindow) -> None:
        """Take over the instance lock and the unlock window that ``app.run`` showed before this controller
        existed; the window has painted, so the background imports start now."""
        self.instance_lock = lock
        self._wire_unlock(window)
        warmup.start(self.worker)

    def _wire_unlock(self, window: UnlockWindow) -> None:
        self.unlock_window = window
        window.unlocked.connect(self._opened)
        window.attempt_started.connect(lambda: warmup.import_ui_soon(self.worker, self, self._prepare_main_window))
        window.confirm_close = self._may_quit_while_locked

    def show_unlock(self, activate: bool = True) -> UnlockWindow:
        """The unlock window, shown; ``activate=False`` shows it behind whatever has the keyboard."""
        if self.unlock_window is None:
            window = UnlockWindow(self.folder, self.worker, demo_passphrase=DEMO_PASSPHRASE if self.demo else None,
                                  clock=self._clock)
            self._wire_unlock(window)
            window.first_painted.connect(lambda: warmup.start(self.worker))
        else:
            self.unlock_window.reset()
        if self.welcome is not None:
            self.welcome.hide()
        assert self.unlock_window is not None
        self.unlock_window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
        self.unlock_window.show()
        if activate:
            self.unlock_window.activateWindow()
        return self.unlock_window

    def _in_front(self) -> bool:
        """Whether the main window (or a window of it, such as the session form) has the keyboard."""
        active = QApplication.activeWindow()
        window = self.main_window
        return active is not None and window is not None and (active is window or window.isAncestorOf(active))

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
            from alliance.ui.shell.main_window import MainWindow

            self.main_window = MainWindow(self.settings, demo=self.demo)
            self.main_window.lock_requested.connect(lambda: self.lock("manual"))
            self.main_window.handover_started.connect(self.enter_client_mode)
            self.main_window.demo_requested.connect(self.switch_practice)
            self.main_window.idle_minutes_changed.connect(lambda m: self.idle.set_timeout(m * 60.0))
        return self.main_window

    def _opened(self, vault: Vault) -> None:
        from alliance.services.vault_access import finish_unlock
        from alliance.ui.operations.access import VaultAccess

        self.vault = vault
        self.access = VaultAccess(vault, self.worker)
        self._prepare_main_window()
        assert self.main_window is not None
        for w in (self.welcome, self.unlock_window):
            if w is not None:
                w.hide()
        self.main_window.show()
        self.main_window.activateWindow()
        self.system_lock.watch_window(int(self.main_window.winId()))
        self.main_window.open_vault(self.access)
        self.idle.set_timeout(self.settings.idle_lock_minutes * 60.0)
        self._watch_activity()
        self.idle.arm()
        self.vault_opened.emit(vault)
        self._offer_reveals()
        if not vault.pages_checked:  # after the caseload's read, on the same worker
            self.worker.op(lambda: finish_unlock(vault), None, lambda exc: self._unlock_check_failed(vault, exc),
                           owner=self)

    def _unlock_check_failed(self, vault: Vault, exc: BaseException) -> None:
        """The deferred page check found damage (nothing was written): lock and offer a backup. Any other
        failure there (a full disk while auditing) is said in the status bar; the vault stays open."""
        if self.vault is not vault:
            return
        from alliance.store.errors import DatabaseDamaged, KeyFileDamaged

        if not isinstance(exc, DatabaseDamaged | KeyFileDamaged):
            if self.main_window is not None:
                self.main_window.statusBar().showMessage(failure_text(exc), 15_000)
            return
        self.lock("damaged")
        from alliance.ui.unlock.restore_offer import offer_restore

        offer_restore(self._front(), self.worker, self.folder, exc)

    def _watch_activity(self) -> None:
        """Let the idle watcher see every input event from now on. Only an open vault is idle-locked, so
        the filter is installed at the first unlock rather than at start, where a Python filter on
        every event would slow the first paint of the unlock window."""
        app = QCoreApplication.instance()
        if not self._idle_filtering and app is not None:
            app.installEventFilter(self.idle)
            self._idle_filtering = True

    def _close_vault(self) -> None:
        """Forget the open vault everywhere at once; the worker closes it after the job it is running."""
        from alliance.services.vault_access import lock_vault
        from alliance.ui.operations.garbage import release_memory

        vault, self.vault = self.vault, None
        if self.main_window is not None:
            self.main_window.close_vault()
        if self.access is not None:
            self.access.close()
            self.access = None
        self.worker.discard_pending()
        if vault is not None:
            # Once closed, the objects and the page cache that held clinical text are freed and the memory trimmed.
            self.worker.op(lambda: lock_vault(vault), lambda _done: release_memory(),
                           lambda _exc: release_memory())

    # --- client mode -------------------------------------------------------------------------------

    def enter_client_mode(self, handover: Handover, forms: list[ClientForm],
                          results: tuple[ResultSeries, ...] | None = None) -> None:
        """Hand the computer over: the clinician's windows are hidden and cleared, the client window alone is shown;
        the vault stays open only for saving the client's answers. Every way out locks (``lock``)."""
        from alliance.ui.client_mode.guard import CLIENT_IDLE_S, ClientModeGuard

        if self.access is None or self.main_window is None or self.client_mode is not None:
            return
        self.main_window.hide()
        self.main_window.close_vault()  # unsaved form input is kept in memory, as across a lock
        _flush_deletes()
        self.idle.set_timeout(min(CLIENT_IDLE_S, self.settings.idle_lock_minutes * 60.0))
        guard = ClientModeGuard(self.access, handover, forms, results=results,
                                larger=self.settings.client_larger_text,
                                contrast=self.settings.client_high_contrast, parent=self)
        guard.escape.connect(lambda why: self.lock(f"client mode: {why}"))
        guard.handed_back.connect(lambda: self.lock("handed back"))
        self.client_mode = guard
        guard.start()

    def _leave_client_mode(self) -> None:
        """Before the vault closes: the client's last answers and how the hand-over ended are written (the worker
        runs that before anything else is dropped), then the client window goes."""
        guard, self.client_mode = self.client_mode, None
        if guard is None:
            return
        from alliance.core.handover import HandoverEnd

        guard.flush(HandoverEnd.INTERRUPTED)  # nothing more when it was handed back
        self.worker.wait_for_running(10.0)
        guard.close()

    def _offer_reveals(self) -> None:
        """After an unlock: the reveal card of every check-in the therapist has not seen yet."""
        access = self.access
        if access is None:
            return
        from alliance.services.handover import reveals_pending

        access.query(reveals_pending, self._show_reveals, lambda _exc: None, owner=self)

    def _show_reveals(self, reveals: tuple[Reveal, ...]) -> None:
        from alliance.services.handover import mark_revealed
        from alliance.ui.client_mode.reveal_dialog import RevealDialog

        access, window = self.access, self.main_window
        if access is None or window is None:
            return
        for reveal in reveals:
            dialog = RevealDialog(reveal, window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.use_answers.connect(window.take_client_answers)
            access.op(partial(mark_revealed, handover_id=reveal.handover.id), None, lambda _exc: None)
            dialog.show()
            dialog.raise_()

    def lock(self, reason: str = "manual") -> None:
        """Close the vault, clear every view of clinical data and show the unlock window."""
        if self.vault is None:
            return
        self._leave_client_mode()
        self.idle.disarm()
        # The unlock window takes the keyboard only from this app's own windows: an idle or system lock while
        # another program (another vault's Alliance) is in front must not catch what is typed there.
        in_front = self._in_front()
        if self.main_window is not None:
            self.main_window.hide()
        self._close_vault()
        _flush_deletes()
        self.show_unlock(activate=in_front)
        self.locked.emit(reason)

    def shutdown(self) -> None:
        """At quit: close the vault (after the job running, which must not be cut off), end the worker and give
        the instance lock back. A wait longer than half a second shows progress."""
        if self._shut_down:
            return
        self._shut_down = True
        self.idle.disarm()
        if self.main_window is not None:
            self.main_window.forget_kept_form()
        self._close_vault()
        self._wait_for_worker()
        self.worker.stop()
        if self.instance_lock is not None:
            self.instance_lock.release()
            self.instance_lock = None

    def _wait_for_worker(self) -> None:
        start = time.monotonic()
        progress: QProgressDialog | None = None
        while not self.worker.wait_for_running(0.05):
            waited = time.monotonic() - start
            if waited > SHUTDOWN_GIVE_UP_S:  # pragma: no cover - a hung job: quit without it
                break
            if progress is None and waited > SHUTDOWN_PROGRESS_AFTER_S:
                progress = QProgressDialog(_tr("Finishing what is being saved\u2026"), "", 0, 0)
                progress.setWindowTitle(_tr("Alliance"))
                progress.setCancelButton(None)
                progress.setMinimumDuration(0)
                progress.show()
            QCoreApplication.processEvents()
        if progress is not None:
            progress.close()
            progress.deleteLater()
