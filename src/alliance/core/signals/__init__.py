"""Signal rules (DOMAIN.md, "Signals"): alerts and prompts judged against each client's own baseline.

Pure and exact: ratings are whole numbers, so the alliance index is handled in quarter points (the sum of
the four ratings) and every boundary is decided with integers or fractions, never a float.
"""

from __future__ import annotations

from alliance.core.signals.evaluate import evaluate
from alliance.core.signals.history import ClientHistory, RepairObs, RuptureObs, SessionObs
from alliance.core.signals.model import (
    Baseline,
    ClientSignals,
    Direction,
    DropEpisode,
    Level,
    RepairEpisode,
    Rule,
    Signal,
    State,
    Trend,
)
from alliance.core.signals.settings import (
    DEFAULT_SETTINGS,
    SETTING_SPECS,
    SettingKind,
    SettingSpec,
    SignalSettings,
    settings_from_dict,
    settings_to_dict,
)

__all__ = [
    "DEFAULT_SETTINGS",
    "SETTING_SPECS",
    "Baseline",
    "ClientHistory",
    "ClientSignals",
    "Direction",
    "DropEpisode",
    "Level",
    "RepairEpisode",
    "RepairObs",
    "Rule",
    "RuptureObs",
    "SessionObs",
    "SettingKind",
    "SettingSpec",
    "Signal",
    "SignalSettings",
    "State",
    "Trend",
    "evaluate",
    "settings_from_dict",
    "settings_to_dict",
]
