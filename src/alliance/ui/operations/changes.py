"""What a write changed, announced after it succeeds so each view refreshes only when the change concerns it.

After Anki's operations: a write returns a description of what changed, not a refreshed screen. ``client_id``
None means the change may concern every client (a restore, changed alert thresholds).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """Something in the vault changed."""

    client_id: int | None = None

    def concerns(self, client_id: int | None) -> bool:
        """Whether a view showing this client (None: showing every client) must refresh."""
        return self.client_id is None or client_id is None or self.client_id == client_id


@dataclass(frozen=True)
class SessionLogged(Change):
    """A new session was logged."""

    session_id: int = 0
    number: int = 0


@dataclass(frozen=True)
class SessionEdited(Change):
    """A logged session was changed."""

    session_id: int = 0
    number: int = 0


@dataclass(frozen=True)
class SessionDeleted(Change):
    """A session was deleted (its client's sessions were renumbered)."""

    session_id: int = 0


@dataclass(frozen=True)
class ClientChanged(Change):
    """A client was added, edited, paused, re-activated or discharged."""


@dataclass(frozen=True)
class AlertsAcknowledged(Change):
    """Alerts of a client were acknowledged."""

    keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class SignalSettingsChanged(Change):
    """The alert thresholds of the vault changed: every client may be judged anew."""
