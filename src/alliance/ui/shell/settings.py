"""UI preferences, declared once (key, type, default, bounds, label). UI state only, never clinical data.

QSettings holds window geometry and preferences such as the idle-lock time. It must never hold a
client code, a name, a date of a session or anything else from the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings

from alliance import i18n


@dataclass(frozen=True)
class IntSetting:
    """A whole-number preference with bounds."""

    key: str
    default: int
    minimum: int
    maximum: int
    label: str

    def translated_label(self) -> str:
        return QCoreApplication.translate("Settings", self.label)

    def clamp(self, value: int) -> int:
        return max(self.minimum, min(self.maximum, value))


IDLE_LOCK_MINUTES = IntSetting(
    "security/idle_lock_minutes",
    10,
    1,
    120,
    str(QT_TRANSLATE_NOOP("Settings", "Lock after this many idle minutes")),
)


TEXT_SIZE_PERCENT = IntSetting(
    "look/text_size_percent",  # look.TEXT_SIZE_KEY: read by look.remembered_text_size before any window
    100,
    100,
    150,
    str(QT_TRANSLATE_NOOP("Settings", "Text size")),
)
CLIENT_RESULTS_KEY = "client_mode/show_results"
CLIENT_LARGER_KEY = "client_mode/larger_text"
CLIENT_CONTRAST_KEY = "client_mode/high_contrast"


class UiSettings:
    """Typed access to the app's QSettings. Pass an explicit store (an ini file) in tests."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def at(cls, path: Path) -> UiSettings:
        """Settings in an ini file at ``path`` (the per-user config folder in production)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get_int(self, setting: IntSetting) -> int:
        raw = self._store.value(setting.key, setting.default)
        try:
            value = int(raw)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return setting.default
        return setting.clamp(value)

    def set_int(self, setting: IntSetting, value: int) -> None:
        self._store.setValue(setting.key, setting.clamp(int(value)))
        self._store.sync()

    @property
    def idle_lock_minutes(self) -> int:
        return self.get_int(IDLE_LOCK_MINUTES)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        self.set_int(IDLE_LOCK_MINUTES, minutes)

    @property
    def text_size_percent(self) -> int:
        """The "Text size" preference: percent of the system font (look.TEXT_SIZES)."""
        return self.get_int(TEXT_SIZE_PERCENT)

    @text_size_percent.setter
    def text_size_percent(self, percent: int) -> None:
        self.set_int(TEXT_SIZE_PERCENT, percent)

    @property
    def language(self) -> str:
        """The "Language" preference: "system" or a shipped language code (``alliance.i18n.SHIPPED``)."""
        value = str(self._store.value(i18n.LANGUAGE_KEY, i18n.SYSTEM))
        return value if value in i18n.SHIPPED else i18n.SYSTEM

    @language.setter
    def language(self, choice: str) -> None:
        self._store.setValue(i18n.LANGUAGE_KEY, choice if choice in i18n.SHIPPED else i18n.SYSTEM)
        self._store.sync()

    def get_flag(self, key: str, default: bool = False) -> bool:
        raw = self._store.value(key, default)
        return raw.lower() in ("1", "true", "yes") if isinstance(raw, str) else bool(raw)

    def set_flag(self, key: str, on: bool) -> None:
        self._store.setValue(key, bool(on))
        self._store.sync()

    # Client mode: what the client sees at the end (their own answers over time: off unless switched on), and the
    # looks it starts in (the client can switch both there).
    @property
    def client_results(self) -> bool:
        return self.get_flag(CLIENT_RESULTS_KEY)

    @client_results.setter
    def client_results(self, on: bool) -> None:
        self.set_flag(CLIENT_RESULTS_KEY, on)

    @property
    def client_larger_text(self) -> bool:
        return self.get_flag(CLIENT_LARGER_KEY)

    @client_larger_text.setter
    def client_larger_text(self, on: bool) -> None:
        self.set_flag(CLIENT_LARGER_KEY, on)

    @property
    def client_high_contrast(self) -> bool:
        return self.get_flag(CLIENT_CONTRAST_KEY)

    @client_high_contrast.setter
    def client_high_contrast(self, on: bool) -> None:
        self.set_flag(CLIENT_CONTRAST_KEY, on)

    def geometry(self, name: str) -> QByteArray | None:
        raw = self._store.value(f"geometry/{name}")
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self._store.setValue(f"geometry/{name}", data)
        self._store.sync()

    def file_name(self) -> str:
        return self._store.fileName()
