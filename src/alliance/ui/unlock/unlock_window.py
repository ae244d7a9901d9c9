"""Unlock the vault: key derivation on a worker thread, a growing delay after repeated failures, recovery."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from alliance.core.secret_memory import wipe
from alliance.store.errors import DatabaseDamaged, KeyFileDamaged, VaultError, WrongPassphrase
from alliance.ui.shell.clock import Clock, MonotonicClock
from alliance.ui.unlock.unlock_view import UnlockView
from alliance.ui.widgets.text import error_text

# This window paints first (DESIGN.md, "Performance budget"): what it needs only once a passphrase is typed
# (the worker thread, the start-up imports, the recovery dialog) is imported then.
if TYPE_CHECKING:  # the store (SQLAlchemy, Alembic) loads after this window has painted: see warmup
    from PySide6.QtGui import QCloseEvent

    from alliance.store.vault import Vault
    from alliance.ui.operations.worker import Worker
    from alliance.ui.unlock.recover import RecoverDialog

FREE_ATTEMPTS = 2
MAX_DELAY_S = 300


def _unlock(folder: Path, passphrase: str) -> Vault:
    """On the worker thread: wait for the start-up imports, then derive the key and open the vault."""
    from alliance.ui.shell import warmup
    warmup.wait()
    from alliance.services.vault_access import unlock_vault

    # Reads only: the page check, the audit event and the daily backup run after the caseload is shown.
    return unlock_vault(folder, passphrase, defer_checks=True)


def delay_after(failures: int) -> int:
    """Seconds to wait after this many failed attempts in a row: 0, 0, 1, 2, 4, 8, ... up to 5 minutes."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_S, 2 ** (failures - FREE_ATTEMPTS - 1)))


class UnlockWindow(UnlockView):
    """Emits ``unlocked(vault)`` once a passphrase (or the recovery key) opens the vault."""

    unlocked = Signal(object)
    attempt_started = Signal()  # the key derivation runs: a moment to prepare what unlocking will show

    def __init__(self, folder: Path, worker: Worker, *, demo_passphrase: str | None = None,
                 clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(folder, demo=demo_passphrase is not None, parent=parent)
        self._folder = folder
        self._worker = worker
        self._clock = clock or MonotonicClock()
        self._failures = 0
        self._typed = ""  # the passphrase of the attempt running
        self._wait_until = 0.0
        self._busy = False
        self.recovery_dialog: RecoverDialog | None = None
        self.confirm_close: Callable[[], bool] | None = None  # asked before the window closes
        if demo_passphrase is not None:
            self.demo_hint.setText(self.demo_hint.text().format(passphrase=demo_passphrase))
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self.refresh_lockout)
        self.passphrase.returnPressed.connect(self.attempt)
        self.unlock_button.clicked.connect(self.attempt)
        self.recovery_button.clicked.connect(self.open_recovery)
        self.passphrase.setFocus()

    @property
    def failures(self) -> int:
        return self._failures

    def seconds_left(self) -> int:
        return max(0, math.ceil(self._wait_until - self._clock.now()))

    def is_waiting(self) -> bool:
        return self.seconds_left() > 0

    def attempt(self) -> None:
        """Try the typed passphrase on a worker thread (ignored while waiting or busy)."""
        if self._busy or self.is_waiting() or self.passphrase.text() == "":
            return
        from alliance.ui.shell import warmup

        self._typed = passphrase = self.passphrase.text()  # a copy of its own, wiped once the attempt is over
        folder = self._folder
        self._set_busy(True)
        warmup.start(self._worker)
        self._worker.query(lambda: _unlock(folder, passphrase), self._succeeded, self._failed, owner=self)
        self.attempt_started.emit()

    def _forget_typed(self) -> None:
        wipe(self._typed)
        self._typed = ""

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.message.setVisible(False)

    def _succeeded(self, vault: Vault) -> None:
        self._forget_typed()
        self._failures = 0
        self.passphrase.clear()
        self._set_busy(False)
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._forget_typed()
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self._failures += 1
            self.passphrase.selectAll()
            self._wait_until = self._clock.now() + delay_after(self._failures)
        if isinstance(exc, DatabaseDamaged | KeyFileDamaged):
            from alliance.ui.unlock.restore_offer import offer_restore

            if offer_restore(self, self._worker, self._folder, exc):
                self.message.setText(self.tr("The vault was restored from a backup. Unlock it with the passphrase "
                                             "that backup was made with."))
                self.message.setVisible(True)
                self.passphrase.setFocus()
                return
        text = error_text(exc) if isinstance(exc, VaultError) else self.tr(
            "The vault could not be opened: {error}").format(error=error_text(exc))
        self.message.setText(text)
        self.message.setVisible(True)
        self.refresh_lockout()
        if self.is_waiting():
            self._ticker.start()
        else:
            self.passphrase.setFocus()

    def refresh_lockout(self) -> None:
        """Update the countdown; re-enable the field once the delay has passed."""
        left = self.seconds_left()
        waiting = left > 0
        self.passphrase.setEnabled(not waiting and not self._busy)
        self.unlock_button.setEnabled(not waiting and not self._busy)
        self.countdown.setVisible(waiting)
        if waiting:
            self.countdown.setText(self.tr("Several wrong attempts. You can try again in {n} s.").format(n=left))
        else:
            self._ticker.stop()
            if not self._busy:
                self.passphrase.setFocus()

    def reset(self) -> None:
        """Prepare for showing again after a lock."""
        self.passphrase.clear()
        self.message.setVisible(False)
        self.refresh_lockout()
        self.passphrase.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_close is not None and not self.confirm_close():
            event.ignore()
            return
        super().closeEvent(event)

    def open_recovery(self) -> RecoverDialog:
        from PySide6.QtCore import Qt

        from alliance.ui.unlock.recover import RecoverDialog

        dialog = RecoverDialog(self._worker, self._folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recovered.connect(self._recovered)
        dialog.finished.connect(lambda _r: setattr(self, "recovery_dialog", None))
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def _recovered(self, vault: Vault) -> None:
        self._failures = 0
        self._wait_until = 0.0
        self.refresh_lockout()
        self.unlocked.emit(vault)
