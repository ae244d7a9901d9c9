"""An open vault as the GUI's widgets reach it: the vault and the worker, bound together.

A widget gets a ``VaultAccess`` (never the worker or the vault alone) and asks it to run service calls:
``access.query(lambda vault: caseload_view(vault), self._show)``. After a lock the access is closed: it runs
nothing more, so a widget left over from before the lock cannot reach the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, SignalInstance

from alliance.store.vault import Vault
from alliance.ui.operations.changes import Change
from alliance.ui.operations.worker import Failed, Job, Worker

T = TypeVar("T")


class VaultClosed(Exception):
    """The vault was locked before this work could run."""


class VaultAccess:
    """Service calls on an open vault, through the one worker thread."""

    def __init__(self, vault: Vault, worker: Worker) -> None:
        self._vault: Vault | None = vault
        self.worker = worker
        self.vault_id = vault.vault_id
        self.folder = vault.folder

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    @property
    def changed(self) -> SignalInstance:
        """``changed(change)`` after every operation that succeeded."""
        return self.worker.changed

    def close(self) -> None:
        """Refuse every later call (the controller closes the vault itself, on the worker)."""
        self._vault = None

    def _bind(self, work: Callable[[Vault], T]) -> Callable[[], T]:
        vault = self._vault

        def run() -> T:
            if vault is None or not vault.is_open:
                raise VaultClosed()
            return work(vault)

        return run

    def query(self, work: Callable[[Vault], T], done: Callable[[T], None] | None, failed: Failed | None = None, *,
              owner: QObject | None = None, latest: str | None = None) -> Job[T]:
        """Read ``work(vault)`` on the worker thread; ``done(result)`` on the UI thread."""
        return self.worker.query(self._bind(work), done, failed, owner=owner, latest=latest)

    def op(self, work: Callable[[Vault], T], done: Callable[[T], None] | None = None, failed: Failed | None = None,
           *, change: Change | Callable[[T], Change | None] | None = None, owner: QObject | None = None) -> Job[T]:
        """Write ``work(vault)``; then ``done(result)`` and the change announced."""
        return self.worker.op(self._bind(work), done, failed, change=change, owner=owner)

    def task(self, work: Callable[[Vault, Job[T]], T], done: Callable[[T], None] | None,
             failed: Failed | None = None, *, progress: Callable[[int, int], None] | None = None,
             owner: QObject | None = None, change: Change | Callable[[T], Change | None] | None = None) -> Job[T]:
        """Long ``work(vault, job)`` with progress and cancel."""
        vault = self._vault

        def run(job: Job[T]) -> T:
            if vault is None or not vault.is_open:
                raise VaultClosed()
            return work(vault, job)

        return self.worker.task(run, done, failed, progress=progress, owner=owner, change=change)
