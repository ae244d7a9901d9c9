"""The per-user folders are the ones platformdirs gives, under any XDG environment; an explicit base wins."""

from __future__ import annotations

from pathlib import Path

import pytest
from platformdirs import user_config_path, user_data_path

from alliance import paths

ENVIRONMENTS = [
    {},  # neither XDG variable: ~/.local/share and ~/.config
    {"XDG_DATA_HOME": "/srv/data", "XDG_CONFIG_HOME": "/srv/config"},
    {"XDG_DATA_HOME": "relative/data", "XDG_CONFIG_HOME": "relative/config"},  # ignored, as the spec says
    {"XDG_DATA_HOME": "", "XDG_CONFIG_HOME": ""},
    {"HOME": "relative-home"},  # a relative HOME is read as unset: the account's home folder
    {"HOME": "/home/someone else"},
]


@pytest.mark.parametrize("env", ENVIRONMENTS, ids=lambda env: ",".join(f"{k}={v}" for k, v in env.items()) or "-")
def test_folders_are_platformdirs_folders(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    if "HOME" not in env:
        monkeypatch.setenv("HOME", "/home/clinician")
    assert paths.data_folder() == user_data_path(paths.APP_NAME, appauthor=False)
    assert paths.config_folder() == user_config_path(paths.APP_NAME, appauthor=False)
    assert paths.default_vault_folder() == user_data_path(paths.APP_NAME, appauthor=False) / "vault"


def test_explicit_base_wins(tmp_path: Path) -> None:
    assert paths.data_folder(tmp_path) == tmp_path
    assert paths.default_vault_folder(tmp_path) == tmp_path / "vault"
    assert paths.demo_vault_folder(tmp_path) == tmp_path / "demo-vault"
    assert paths.config_folder(tmp_path) == tmp_path
