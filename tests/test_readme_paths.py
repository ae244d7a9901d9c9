"""README's "Where things live" table is what the code computes on each system (and in the Flatpak)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from alliance import paths
from alliance.ui.shell.startup import SETTINGS_FILE

README = Path(__file__).resolve().parents[1] / "README.md"
HOME = "/home/someone"
LOCAL = r"C:\Users\someone\AppData\Local"
SYSTEMS = ("Linux", "macOS", "Windows", "Flatpak")


def _table() -> dict[str, dict[str, str]]:
    section = README.read_text(encoding="utf-8").split("## Where things live", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    assert header[1:] == list(SYSTEMS)
    table = {}
    for line in rows[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        table[cells[0].split(" (")[0]] = {system: cells[i + 1].strip("`") for i, system in enumerate(SYSTEMS)}
    return table


def _platformdirs(system: str, monkeypatch: pytest.MonkeyPatch) -> object:
    """platformdirs' class for that system, as it would run there, computing paths on this machine."""
    from platformdirs import macos, unix, windows

    monkeypatch.setenv("HOME", HOME)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    if system == "Flatpak":  # what flatpak sets for every app
        app = f"{HOME}/.var/app/org.alliance.Alliance"
        monkeypatch.setenv("XDG_DATA_HOME", f"{app}/data")
        monkeypatch.setenv("XDG_CONFIG_HOME", f"{app}/config")
        monkeypatch.setenv("XDG_STATE_HOME", f"{app}/.local/state")
    if system == "Windows":
        monkeypatch.setattr(windows, "get_win_folder", lambda csidl: {"CSIDL_LOCAL_APPDATA": LOCAL}[csidl])
        monkeypatch.setattr("os.path.normpath", lambda p: p)  # keep the backslashes on this POSIX machine
        return windows.Windows
    return macos.MacOS if system == "macOS" else unix.Unix


def _expand(text: str) -> str:
    return text.replace("%LOCALAPPDATA%", LOCAL).replace("~", HOME, 1)


@pytest.mark.parametrize("system", SYSTEMS)
def test_where_things_live(system: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    cls = _platformdirs(system, monkeypatch)
    for name in ("user_data_path", "user_config_path", "user_state_path"):
        kind = name.split("_")[1]
        monkeypatch.setattr(platformdirs, name, lambda app, appauthor=None, kind=kind: Path(
            getattr(cls(app, appauthor=appauthor), f"user_{kind}_dir")))  # type: ignore[operator]
    sep = "\\" if system == "Windows" else "/"

    def show(path: Path) -> str:
        return str(path).replace("/", sep) if system == "Windows" else str(path)

    rows = {key: _expand(value[system]) for key, value in _table().items()}
    assert rows["vault"] == show(paths.default_vault_folder())
    assert rows["demo vault"] == show(paths.demo_vault_folder())
    assert rows["preferences"] == show(paths.config_folder() / SETTINGS_FILE)
    assert rows["a copy of each vault's high-water mark"] == show(paths.state_folder() / "marks")


def test_preferences_are_an_ini_file_everywhere() -> None:
    """The table says "ini file on every system": the settings are opened in QSettings' ini format only."""
    src = Path(paths.__file__).resolve().parent
    formats = set()
    for path in src.rglob("*.py"):
        formats |= set(re.findall(r"QSettings\.Format\.(\w+)", path.read_text(encoding="utf-8")))
    assert formats == {"IniFormat"}
