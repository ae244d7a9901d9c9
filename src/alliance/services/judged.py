"""What was worked out from each client's whole history while a vault is open: the signal rules' findings and
the outcome measures' scores, kept per client until something the client logged changes.

Reading every client's whole history costs far more than a save (30k sessions: some 0.5 s), so the caseload
keeps what it found. Every service that changes what these read (a session logged, edited or deleted, an import,
an acknowledgement, the demo) calls ``forget`` for that client after its unit of work; the conditions an entry
was worked out under (today's date, the thresholds, the acknowledgements) are stored with it and compared on
every read. One Alliance process holds a vault at a time (the instance lock), so no other writer can make an
entry stale.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Collection, Hashable
from typing import Any, TypeVar

from alliance.store.vault import Vault

T = TypeVar("T")


class _Shelves:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.shelves: dict[str, dict[int, tuple[Hashable, Any]]] = {}


_open: weakref.WeakKeyDictionary[Vault, _Shelves] = weakref.WeakKeyDictionary()
_open_lock = threading.Lock()


def _of(vault: Vault) -> _Shelves:
    with _open_lock:
        found = _open.get(vault)
        if found is None:
            found = _open[vault] = _Shelves()
        return found


def known(vault: Vault, shelf: str, conditions: dict[int, Hashable]) -> dict[int, Any]:
    """The entries of these clients worked out under exactly these conditions."""
    held = _of(vault)
    with held.lock:
        entries = held.shelves.setdefault(shelf, {})
        return {cid: entry[1] for cid, want in conditions.items()
                if (entry := entries.get(cid)) is not None and entry[0] == want}


def keep(vault: Vault, shelf: str, client_id: int, conditions: Hashable, value: object) -> None:
    held = _of(vault)
    with held.lock:
        held.shelves.setdefault(shelf, {})[client_id] = (conditions, value)


def worked_out(vault: Vault, shelf: str, conditions: dict[int, Hashable],
               work: Callable[[list[int]], dict[int, T]]) -> dict[int, T]:
    """Each client's entry: kept ones as they are, the others from ``work(client ids)`` and kept."""
    out: dict[int, T] = known(vault, shelf, conditions)
    missing = [cid for cid in conditions if cid not in out]
    if missing:
        for cid, value in work(missing).items():
            out[cid] = value
            keep(vault, shelf, cid, conditions[cid], value)
    return out


def forget(vault: Vault, client_ids: Collection[int] | None = None) -> None:
    """Everything worked out for these clients (all, with None) is out of date."""
    held = _of(vault)
    with held.lock:
        for entries in held.shelves.values():
            if client_ids is None:
                entries.clear()
            else:
                for cid in client_ids:
                    entries.pop(cid, None)
