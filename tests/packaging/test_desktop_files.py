"""Packaging recipes: validated by their own tools where installed, and consistent with each other always.

``desktop-file-validate`` (apt: desktop-file-utils) and ``appstreamcli`` (apt: appstream) are not
installed by CI; those two tests skip with the reason when the tools are missing. The consistency
checks need nothing but the files.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest

import alliance

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.alliance.Alliance"
DESKTOP = PACKAGING / "linux" / "alliance.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
VERSION = metadata.version("alliance")


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


# --- the tools ------------------------------------------------------------------------------------------


def test_desktop_file_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout, result.stdout


def test_metainfo_validates() -> None:
    if tool := shutil.which("appstreamcli"):
        cmd = [tool, "validate", "--no-net", str(METAINFO)]
    elif tool := shutil.which("appstream-util"):
        cmd = [tool, "validate-relax", "--nonet", str(METAINFO)]
    else:
        pytest.skip("neither appstreamcli (apt-get install appstream) nor appstream-util is installed")
    result = subprocess.run(cmd, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --- consistency ----------------------------------------------------------------------------------------


def test_desktop_entry_matches_the_app() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "alliance-gui"  # the gui-script of pyproject.toml and of the bundle
    assert entry["Icon"] == APP_ID  # named after the app id: no other app's "alliance" icon can stand in
    assert entry["Categories"] == "Office;MedicalSoftware;"
    # Wayland matches windows to desktop files by QGuiApplication.desktopFileName (app_id) ...
    env = {k: v for k, v in os.environ.items() if k != "FLATPAK_ID"} | {"QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run([sys.executable, "-c", "from alliance.ui.shell.app import create_application; "
                            "print(create_application([]).desktopFileName())"],
                           capture_output=True, text=True, env=env, timeout=60)
    assert probe.stdout.strip() == "alliance", probe.stderr
    # ... X11 by WM_CLASS, whose class part Qt takes from the application name.
    assert entry["StartupWMClass"] == alliance.APP_NAME


def test_metainfo_matches_the_package() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    licence = metadata.metadata("alliance")["License-Expression"]
    assert root.findtext("project_license") == licence == "LGPL-3.0-or-later"
    assert root.findtext("launchable") == DESKTOP.name
    versions = [release.get("version") for release in root.iter("release")]
    assert VERSION in versions, f"metainfo has no <release> for {VERSION}"
    assert root.find("content_rating") is not None
    binaries = {b.text for b in root.iter("binary")}
    scripts = {ep.name for ep in metadata.distribution("alliance").entry_points}
    assert binaries == scripts == {"alliance", "alliance-gui"}
    homepage = dict(entry.split(", ", 1) for entry in metadata.metadata("alliance").get_all("Project-URL") or [])
    assert root.findtext("url[@type='homepage']") == homepage["Homepage"]
    assert root.findtext("icon[@type='stock']") == APP_ID == _desktop_entry()["Icon"]
    images = list(root.iter("image"))
    assert len(images) >= 3
    for image in images:
        url = image.text or ""
        assert url.startswith(f"{homepage['Homepage']}/docs/screenshots/"), url
        path = ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[-1]
        assert path.is_file(), f"screenshot {path.name} is not in docs/screenshots"
        assert not path.name.startswith("report-"), "screenshots show the app, not a PDF page"
        width, height = struct.unpack(">II", path.read_bytes()[16:24])  # PNG IHDR
        assert (image.get("width"), image.get("height")) == (str(width), str(height)), path.name


def test_macos_plists() -> None:
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleName"] == alliance.APP_NAME
    assert info["NSHighResolutionCapable"] is True
    assert float(info["LSMinimumSystemVersion"]) >= 13.0  # Qt 6.9+ needs macOS 13
    assert not [key for key in info if key.endswith("UsageDescription")]
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert not [key for key in entitlements if "network" in key], "Alliance is offline: no network entitlement"
    assert not [key for key, value in entitlements.items() if key.startswith("com.apple.security.cs.") and value]


def test_flatpak_manifest() -> None:
    text = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    assert re.search(rf"^id: {re.escape(APP_ID)}$", text, re.MULTILINE)
    assert re.search(r"^command: alliance-gui$", text, re.MULTILINE)
    granted = re.findall(r"^\s*- (--[a-z-]+=?\S*)", text, re.MULTILINE)
    assert granted, "no finish-args found"
    assert not [arg for arg in granted if arg.startswith("--share=network")], granted
    assert not [arg for arg in granted if arg.startswith("--filesystem")], granted
    assert "python3-deps.json" in text
    # The notices of everything installed go with the Flatpak too (and the About box reads them there).
    notices = "${FLATPAK_DEST}/share/licenses/${FLATPAK_ID}/THIRD_PARTY_NOTICES.txt"
    assert f"- python3 packaging/collect_notices.py --out {notices}" in text
    assert f"- grep -q '^SQLCipher (Community Edition' {notices}" in text
    deps = (PACKAGING / "flatpak" / "python3-deps.json").read_text(encoding="utf-8")
    for name in ("pyside6_essentials", "sqlcipher3", "sqlalchemy", "alembic", "cryptography", "platformdirs"):
        assert name in deps.lower(), name


def test_inno_setup_script() -> None:
    text = (PACKAGING / "windows" / "alliance.iss").read_text(encoding="utf-8")
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$", text, re.MULTILINE)
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.MULTILINE)
    assert re.search(r"^AppVersion=\{#AppVersion\}$", text, re.MULTILINE)
    assert "{autoprograms}" in text and "desktopicon" in text
    assert '#define AppExeName "alliance-gui.exe"' in text


def test_one_app_id_everywhere() -> None:
    spec = (PACKAGING / "alliance.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec
    assert APP_ID in (PACKAGING / "linux" / "install-desktop-entry.sh").read_text(encoding="utf-8")


# --- the build-time helpers -----------------------------------------------------------------------------


def test_make_icons(tmp_path: Path) -> None:
    make_icons = _load(PACKAGING / "make_icons.py")
    make_icons.make_icons(ROOT / "resources" / "alliance.svg", tmp_path, "alliance")
    for size in make_icons.THEME_SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "alliance.png"
        width, height = struct.unpack(">II", png.read_bytes()[16:24])  # PNG IHDR
        assert (width, height) == (size, size)
    ico = (tmp_path / "alliance.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(make_icons.ICO_SIZES))
    icns = (tmp_path / "alliance.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert (tmp_path / "hicolor" / "scalable" / "apps" / "alliance.svg").is_file()


def test_logo_png_matches_the_svg() -> None:
    """resources/alliance-logo.png (what the unlock window paints first) is the SVG rendered at 112 px;
    after changing the SVG run ``python packaging/make_icons.py --logo``."""
    from PySide6.QtGui import QImage

    make_icons = _load(PACKAGING / "make_icons.py")
    fresh = QImage.fromData(make_icons.render_pngs(ROOT / "resources" / "alliance.svg",
                                                   {make_icons.LOGO_SIZE})[make_icons.LOGO_SIZE])
    stored = QImage(str(make_icons.LOGO_PNG))
    assert stored.size() == fresh.size() and stored.width() == make_icons.LOGO_SIZE
    a = stored.convertToFormat(QImage.Format.Format_RGBA8888).constBits().tobytes()
    b = fresh.convertToFormat(QImage.Format.Format_RGBA8888).constBits().tobytes()
    mean_difference = sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)
    assert mean_difference < 1.0, "resources/alliance-logo.png is stale: run python packaging/make_icons.py --logo"


def test_collect_notices(tmp_path: Path) -> None:
    collect_notices = _load(PACKAGING / "collect_notices.py")
    text = collect_notices.write_notices(tmp_path / "notices.txt").read_text(encoding="utf-8")
    contents = text.split("\n\n", 3)[2]
    for name in ("PySide6", "SQLAlchemy", "alembic", "cryptography", "sqlcipher3", "platformdirs"):
        assert f"\n  {name}" in f"\n{contents}".replace("PySide6_Essentials", "PySide6"), name
    for dev_only in ("pytest", "hypothesis", "mypy", "ruff", "pyinstaller"):
        assert f"\n  {dev_only} " not in contents.lower(), dev_only
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "Permission is hereby granted" in text  # an MIT licence text, read from a dist-info
