"""Where a signal is in its life, and how urgent alerts are."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TypeVar

from alliance.core.signals.model import State
from alliance.core.signals.settings import SignalSettings

T = TypeVar("T")


def per_settings(fn: Callable[[SignalSettings], T]) -> Callable[[SignalSettings], T]:
    """Cache a function of the settings by the settings object's identity (hashing them costs more)."""
    memo: dict[int, tuple[SignalSettings, T]] = {}

    def cached(s: SignalSettings) -> T:
        hit = memo.get(id(s))
        if hit is not None and hit[0] is s:
            return hit[1]
        value = fn(s)
        if len(memo) > 64:
            memo.clear()
        memo[id(s)] = (s, value)
        return value

    return cached

# Base weights of the alerts (prompts weigh 0: they do not order the caseload).
WEIGHT_RUPTURE_OPEN = 40
WEIGHT_RUPTURE_PARTLY = 30
WEIGHT_SEVERE = 10
WEIGHT_DECLINE = 30
WEIGHT_DROP = 25
WEIGHT_SRS = 15
WEIGHT_GAP = 15


def state_of(key: str, ended: int | None, acknowledged: Collection[str]) -> State:
    """Recovered once its condition ended; otherwise acknowledged if the clinician said so; else active."""
    if ended is not None:
        return State.RECOVERED
    if key in acknowledged:
        return State.ACKNOWLEDGED
    return State.ACTIVE
