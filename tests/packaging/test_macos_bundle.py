"""Alliance.app is a foreground app: a Dock icon and a menu bar (LSBackgroundOnly is not True).

PyInstaller only builds .app bundles on macOS, so on other systems the test does what the spec would do there:
it reads the spec (its syntax tree, not its text) for the executables handed to COLLECT and the arguments
handed to BUNDLE, derives ``console`` and ``CFBundleExecutable`` the way PyInstaller's BUNDLE does (``console``
from the COLLECT's last executable, the executable name from its first), and then runs PyInstaller's own
``BUNDLE.assemble`` up to the point where it has written ``Contents/Info.plist``. On macOS the plist of the
real bundle in ``dist/Alliance.app`` is checked as well.
"""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import sys
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "alliance.spec"
APP_ID = "org.alliance.Alliance"
VERSION = metadata.version("alliance")


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_alliance_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [node for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name]


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((kw.value for kw in call.keywords if kw.arg == name), None)


def _spec_bundle() -> dict[str, Any]:
    """What the spec hands to COLLECT and BUNDLE on macOS, read from its syntax tree."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    exes: dict[str, dict[str, Any]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name) \
                and node.value.func.id == "EXE":
            console = _keyword(node.value, "console")
            name = _keyword(node.value, "name")
            assert isinstance(console, ast.Constant), "EXE(console=...) must be a literal"
            assert isinstance(name, ast.Name), "EXE(name=...) must be GUI_NAME or CLI_NAME"
            exes[node.targets[0].id] = {"console": console.value, "name": name.id}  # type: ignore[attr-defined]
    (collect,) = _calls(tree, "COLLECT")
    collected = [arg.id for arg in collect.args if isinstance(arg, ast.Name) and arg.id in exes]
    (bundle,) = _calls(tree, "BUNDLE")
    plist_arg = _keyword(bundle, "info_plist")
    assert isinstance(plist_arg, ast.Name)
    # The variable passed as info_plist= is assigned from info_plist(VERSION) (packaging/macos/bundle_plist.py).
    sources = [node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
               and any(isinstance(t, ast.Name) and t.id == plist_arg.id for t in node.targets)]
    assert len(sources) == 1 and isinstance(sources[0], ast.Call) and isinstance(sources[0].func, ast.Name)
    assert sources[0].func.id == "info_plist"
    identifier = _keyword(bundle, "bundle_identifier")
    assert isinstance(identifier, ast.Name) and identifier.id == "APP_ID"
    names = {"GUI_NAME": "alliance-gui", "CLI_NAME": "alliance"}
    return {
        "first_executable": names[exes[collected[0]]["name"]],
        "console": exes[collected[-1]]["console"],  # COLLECT: the last EXE's console wins; BUNDLE inherits it
        "all_consoles": [exes[name]["console"] for name in collected],
    }


def _pyinstaller_info_plist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, override: bool = True
                            ) -> dict[str, Any]:
    """Run PyInstaller's BUNDLE.assemble with the spec's values until it has written Info.plist."""
    osx = pytest.importorskip("PyInstaller.building.osx", reason="PyInstaller is not installed (.[package])")
    from PyInstaller.config import CONF

    bundle_plist = _load(ROOT / "packaging" / "macos" / "bundle_plist.py")
    if not override:
        bundle_plist.FOREGROUND = {}
    make_icons = _load(ROOT / "packaging" / "make_icons.py")
    values = _spec_bundle()
    make_icons.make_icons(ROOT / "resources" / "alliance.svg", tmp_path / "icons", "alliance")

    for key, value in {"workpath": str(tmp_path / "work"), "specpath": str(SPEC.parent),
                       "distpath": str(tmp_path / "dist"), "spec": str(SPEC)}.items():
        monkeypatch.setitem(CONF, key, value)
    bundle = osx.BUNDLE.__new__(osx.BUNDLE)  # __init__ is a no-op off macOS; set what it would set
    bundle.name = str(tmp_path / "dist" / "Alliance.app")
    bundle.appname = "Alliance"
    bundle.version = VERSION
    bundle.console = values["console"]
    bundle.bundle_identifier = APP_ID
    bundle.exename = str(tmp_path / "dist" / "alliance" / values["first_executable"])
    bundle.icon = str(tmp_path / "icons" / "alliance.icns")
    bundle.info_plist = bundle_plist.info_plist(VERSION)
    bundle.toc = []
    bundle.tocbasename = "BUNDLE-00.toc"

    class _PlistWritten(Exception):
        pass

    def stop(*args: object, **kwargs: object) -> None:
        raise _PlistWritten

    monkeypatch.setattr(bundle, "_process_bundle_toc", stop)
    with pytest.raises(_PlistWritten):
        bundle.assemble()
    return plistlib.loads((tmp_path / "dist" / "Alliance.app" / "Contents" / "Info.plist").read_bytes())


def test_the_spec_puts_the_command_line_last() -> None:
    """The premise of the override: without it PyInstaller would write LSBackgroundOnly=True."""
    values = _spec_bundle()
    assert values["first_executable"] == "alliance-gui"
    assert values["all_consoles"] == [False, True]


def test_generated_info_plist_is_a_foreground_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    info = _pyinstaller_info_plist(tmp_path, monkeypatch)
    assert info["LSBackgroundOnly"] is False
    assert info.get("LSUIElement", False) is False
    assert info["CFBundleExecutable"] == "alliance-gui"
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundlePackageType"] == "APPL"
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == VERSION
    assert info["NSHighResolutionCapable"] is True
    assert info["CFBundleIconFile"] == "alliance.icns"


def test_without_the_override_pyinstaller_would_hide_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: with the spec's executables and no override the plist says background-only."""
    info = _pyinstaller_info_plist(tmp_path, monkeypatch, override=False)
    assert info.get("LSBackgroundOnly") is True


@pytest.mark.skipif(sys.platform != "darwin", reason="dist/Alliance.app is built on macOS only")
def test_built_app_info_plist() -> None:
    path = ROOT / "dist" / "Alliance.app" / "Contents" / "Info.plist"
    if not path.is_file():
        pytest.skip("no dist/Alliance.app: run pyinstaller packaging/alliance.spec first")
    info = plistlib.loads(path.read_bytes())
    assert info.get("LSBackgroundOnly", False) is False
    assert info["CFBundleExecutable"] == "alliance-gui"
    assert info["CFBundleShortVersionString"] == VERSION
    assert (path.parent / "Resources" / "THIRD_PARTY_NOTICES.txt").is_file()
