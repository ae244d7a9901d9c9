"""The release machinery that runs here without the bundle: the lock files, the Flatpak's wheels, the version's
one source, the macOS signing script (with stand-ins for Apple's tools), the Windows hooks, the release writer."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest

import alliance

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
VERSION = metadata.version("alliance")


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_alliance_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


lockfile = _load(PACKAGING / "lock" / "lockfile.py")


# --- the lock --------------------------------------------------------------------------------------------


def test_lock_covers_pyproject_and_pins_with_hashes() -> None:
    from packaging.requirements import Requirement

    runtime = lockfile.read(lockfile.RUNTIME)
    build = lockfile.read(lockfile.BUILD)
    assert all(pin.hashes for pin in [*runtime.values(), *build.values()]), "every pin needs its hashes"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for line in project["dependencies"]:
        req = Requirement(line)
        here = {"python_version": "3.11", "python_full_version": "3.11.7"}
        if req.marker is not None and not req.marker.evaluate(here):
            continue
        pin = runtime[lockfile.canonical(req.name)]
        assert req.specifier.contains(pin.version), f"{pin.name} {pin.version} does not satisfy {line}"
    assert not runtime["pyside6-essentials"].version.startswith("6.12."), "6.12 aborts on CPython 3.11"
    # The build lock is resolved under the run-time lock as a constraint: one version of everything.
    for key in set(runtime) & set(build):
        assert runtime[key].version == build[key].version, key
    for tool in ("pyinstaller", "pyinstaller-hooks-contrib", "setuptools", "wheel"):
        assert tool in build, tool
    for dev in ("pytest", "hypothesis", "mypy", "ruff", "pytest-qt"):
        assert dev not in runtime and dev not in build, dev


def test_flatpak_wheels_are_the_locked_versions() -> None:
    deps = json.loads((PACKAGING / "flatpak" / "python3-deps.json").read_text(encoding="utf-8"))
    pins = {**lockfile.read(lockfile.RUNTIME)}
    build = lockfile.read(lockfile.BUILD)
    pins.update({name: build[name] for name in ("setuptools", "wheel")})
    linux = {key for key, pin in pins.items() if pin.applies("linux")}
    found: dict[str, set[str]] = {}
    for source in deps["sources"]:
        filename = source["url"].rsplit("/", 1)[-1]
        name, version = filename.split("-")[:2]
        key = lockfile.canonical(name)
        assert key in pins, f"{filename} is not in the lock"
        assert version == pins[key].version, f"{filename}: the lock says {pins[key].version}"
        assert source["sha256"] in pins[key].hashes, f"{filename}: its sha256 is not one the lock lists"
        found.setdefault(key, set()).update(source.get("only-arches", ["x86_64", "aarch64"]))
    assert set(found) == linux
    assert all(arches == {"x86_64", "aarch64"} for arches in found.values()), found


# --- one version ------------------------------------------------------------------------------------------


def test_one_version_source() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert alliance.__version__ == VERSION == declared
    init = (ROOT / "src" / "alliance" / "__init__.py").read_text(encoding="utf-8")
    assert not re.search(r"__version__\s*=\s*['\"]\d+\.", init), "alliance.__version__ reads the metadata"
    spec = (PACKAGING / "alliance.spec").read_text(encoding="utf-8")
    assert not re.search(r"VERSION\s*=\s*['\"]\d", spec)
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    released = re.findall(r"^## \[(\d[^\]]*)\]", changelog, re.MULTILINE)
    assert released and released[0] == VERSION, "CHANGELOG.md: the newest release section is the package version"
    metainfo = ET.parse(PACKAGING / "linux" / "org.alliance.Alliance.metainfo.xml").getroot()
    assert next(r.get("version") for r in metainfo.iter("release")) == VERSION
    assert set(released) >= {r.get("version") for r in metainfo.iter("release")}


# --- macOS: signing and notarisation with stand-ins for codesign, xcrun, ditto, hdiutil, spctl -------------


def _fake_app(tmp_path: Path) -> Path:
    app = tmp_path / "dist" / "Alliance.app"
    for rel in ("Contents/MacOS/alliance-gui", "Contents/MacOS/alliance", "Contents/Frameworks/libpython3.11.dylib",
                "Contents/Frameworks/PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore",
                "Contents/Frameworks/PySide6/QtCore.abi3.so", "Contents/Resources/THIRD_PARTY_NOTICES.txt"):
        path = app / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\xcf\xfa\xed\xfe")
        if "Resources" not in rel:
            path.chmod(0o755)
    return app


def _stub_tools(tmp_path: Path) -> tuple[Path, Path]:
    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    bin_dir.mkdir()
    for tool in ("codesign", "xcrun", "ditto", "hdiutil", "spctl"):
        (bin_dir / tool).write_text(f'#!/bin/sh\necho "{tool} $*" >> "{log}"\n', encoding="utf-8")
        (bin_dir / tool).chmod(0o755)
    return bin_dir, log


def _run_signing(tmp_path: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    app = _fake_app(tmp_path)
    bin_dir, log = _stub_tools(tmp_path)
    environment = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path), **env}
    result = subprocess.run(["/bin/bash", str(PACKAGING / "macos" / "sign_and_notarize.sh"), str(app)],
                            capture_output=True, text=True, env=environment, timeout=60)
    calls = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return result, [call.replace(str(app), "APP") for call in calls]


def test_signing_is_skipped_without_credentials(tmp_path: Path) -> None:
    result, calls = _run_signing(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "unsigned" in result.stdout and calls == []


def test_signing_goes_inside_out_then_notarises_and_staples(tmp_path: Path) -> None:
    identity = "Developer ID Application: Example (TEAM123456)"
    result, calls = _run_signing(tmp_path, ALLIANCE_CODESIGN_IDENTITY=identity, ALLIANCE_NOTARY_PROFILE="alliance")
    assert result.returncode == 0, result.stderr
    signed = [call.rsplit(" ", 1)[-1] for call in calls if call.startswith("codesign --force")]
    app_calls = [call for call in calls if call.startswith("codesign --force") and "entitlements" in call]
    assert all(f"--sign {identity}" in call and "--options runtime" in call and "--timestamp" in call
               for call in app_calls)
    assert "--deep" not in " ".join(calls)
    inner = [path for path in signed if "/Contents/" in path]
    assert set(inner) == {"APP/Contents/MacOS/alliance-gui", "APP/Contents/MacOS/alliance",
                          "APP/Contents/Frameworks/libpython3.11.dylib",
                          "APP/Contents/Frameworks/PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore",
                          "APP/Contents/Frameworks/PySide6/QtCore.abi3.so"}
    assert "APP/Contents/Resources/THIRD_PARTY_NOTICES.txt" not in signed
    order = {path: i for i, path in enumerate(signed)}
    assert order["APP/Contents/Frameworks/PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore"] < order["APP"]
    assert max(order[p] for p in inner) < order["APP"], "the bundle is signed after everything inside it"
    steps = [call.split(" ")[0] + " " + call.split(" ")[1] for call in calls if not call.startswith("codesign --force")]
    assert steps == ["codesign --verify", "ditto -c", "xcrun notarytool", "xcrun stapler", "spctl --assess",
                     "hdiutil create", "xcrun notarytool", "xcrun stapler"]
    assert any(call.startswith("xcrun notarytool submit") and "--keychain-profile alliance" in call
               and "--wait" in call for call in calls)
    assert signed[-1].endswith("Alliance.dmg")


def test_signing_without_notary_credentials_signs_only(tmp_path: Path) -> None:
    result, calls = _run_signing(tmp_path, ALLIANCE_CODESIGN_IDENTITY="Developer ID Application: X (T)")
    assert result.returncode == 0, result.stderr
    assert "not notarised" in result.stdout
    assert not [call for call in calls if "notarytool" in call or "stapler" in call]


# --- Windows ----------------------------------------------------------------------------------------------


def test_inno_setup_signing_hooks_and_notices_page() -> None:
    text = (PACKAGING / "windows" / "alliance.iss").read_text(encoding="utf-8")
    block = re.search(r"^#ifdef SignTool\n(.*?)^#endif", text.split("[Setup]", 1)[1], re.MULTILINE | re.DOTALL)
    assert block is not None
    assert set(block[1].split()) == {"SignTool={#SignTool}", "SignedUninstaller=yes"}
    assert re.search(r'^#ifdef SignTool\n\s*#define SignFlag " signonce"\n#else\n\s*#define SignFlag ""\n#endif',
                     text, re.MULTILINE)
    for exe in ("alliance-gui.exe", "alliance.exe"):
        assert re.search(rf'^Source: "{{#BundleDir}}\\{re.escape(exe)}";.*Flags: ignoreversion{{#SignFlag}}$',
                         text, re.MULTILINE), exe
    assert re.search(r'^InfoBeforeFile=\{#BundleDir\}\\THIRD_PARTY_NOTICES\.txt$', text, re.MULTILINE)
    spec = (PACKAGING / "alliance.spec").read_text(encoding="utf-8")
    assert 'LEGAL = [ROOT / "LICENSE", ROOT / "COPYING", notices]' in spec  # the spec puts it in the bundle root
    script = (PACKAGING / "windows" / "build_installer.ps1").read_text(encoding="utf-8")
    assert '"/DSignTool=alliance", "/Salliance=$command"' in script


# --- make release's writer ----------------------------------------------------------------------------------


def test_release_tarball_is_reproducible_and_verified(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = _load(PACKAGING / "release.py")
    bundle = tmp_path / "alliance"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "alliance").write_bytes(b"#!/bin/sh\n")
    (bundle / "alliance").chmod(0o755)
    (bundle / "THIRD_PARTY_NOTICES.txt").write_text("notices\n", encoding="utf-8")
    (bundle / "_internal" / "libx.so.1").write_bytes(b"\x7fELF")
    os.symlink("libx.so.1", bundle / "_internal" / "libx.so")
    one, two = tmp_path / "one.tar.gz", tmp_path / "two.tar.gz"
    release.write_tarball(bundle, one, 1_700_000_000)
    os.utime(bundle / "alliance", (1, 1))  # time stamps of the folder do not reach the tarball
    release.write_tarball(bundle, two, 1_700_000_000)
    assert one.read_bytes() == two.read_bytes()
    assert release.verify_tarball(one, bundle) == 3
    with tarfile.open(one) as tar:
        members = {m.name: m for m in tar}
    assert members["alliance/_internal/libx.so"].issym()
    assert members["alliance/alliance"].mode & 0o111 and members["alliance/alliance"].uid == 0
    (bundle / "_internal" / "libx.so.1").write_bytes(b"changed")
    with pytest.raises(SystemExit, match="differs"):
        release.verify_tarball(one, bundle)
    assert hashlib.sha256(one.read_bytes()).hexdigest() == release.sha256(one)


def test_sbom_lists_every_locked_distribution_and_the_native_parts(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="the SBOM names the PyInstaller bootloader: pip install -e '.[package]'")
    release = _load(PACKAGING / "release.py")
    tarball = tmp_path / "Alliance.tar.gz"
    tarball.write_bytes(b"not really a tarball")
    bom = release.sbom(VERSION, tarball, 1_700_000_000)
    assert bom["bomFormat"] == "CycloneDX" and bom["specVersion"] == "1.5"
    assert bom["metadata"]["component"]["hashes"] == [{"alg": "SHA-256", "content": release.sha256(tarball)}]
    assert bom == release.sbom(VERSION, tarball, 1_700_000_000), "the same inputs give the same SBOM"
    locked = {f"pkg:pypi/{key}@{pin.version}" for key, pin in lockfile.read(lockfile.RUNTIME).items()
              if pin.applies("linux")}
    purls = {c.get("purl") for c in bom["components"] if c["type"] == "library"}
    assert locked <= purls
    native = {(c["name"], dict((p["name"], p["value"]) for p in c.get("properties", [])).get("alliance:inside"))
              : c["version"] for c in bom["components"] if c["bom-ref"].startswith("native:")}
    assert set(native) == {("CPython", None), ("Qt", "PySide6-Essentials"), ("SQLCipher", "sqlcipher3"),
                           ("OpenSSL", "sqlcipher3"), ("OpenSSL", "cryptography")}
    assert "unknown" not in native.values(), native
    assert native[("OpenSSL", "sqlcipher3")].startswith("OpenSSL ")
    refs = [c["bom-ref"] for c in bom["components"]]
    assert len(refs) == len(set(refs))
    assert bom["dependencies"][0]["dependsOn"] == refs
    for component in bom["components"]:
        assert component["licenses"], component["name"]
