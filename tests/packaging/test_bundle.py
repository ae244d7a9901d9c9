"""The Linux one-folder bundle (dist/alliance) works on its own: no Python on PATH, nothing in temp.

Slow, and never builds by surprise. The tests run against ``$ALLIANCE_BUNDLE`` (``make package-test``
sets it after building), else against ``dist/alliance`` when it is newer than every source file,
else they skip with the reason. ``ALLIANCE_BUILD_BUNDLE=1`` builds the bundle first (about 30 s).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BUNDLE = ROOT / "dist" / "alliance"
PASSPHRASE = "correct horse battery staple"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle built and tested here is Linux"),
]


def _newest_source() -> float:
    paths = [*(ROOT / "src").rglob("*.py"), *(ROOT / "resources").rglob("*"), *(ROOT / "packaging").rglob("*")]
    return max(p.stat().st_mtime for p in paths if p.is_file())


def _build() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip("ALLIANCE_BUILD_BUNDLE=1 but PyInstaller is not installed: pip install -e '.[package]'")
    subprocess.run([sys.executable, "packaging/make_icons.py", "--out", "build/icons"], cwd=ROOT, check=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", "dist",
                    "--workpath", "build/pyinstaller", "packaging/alliance.spec"], cwd=ROOT, check=True)


@pytest.fixture(scope="module")
def bundle() -> Path:
    if os.environ.get("ALLIANCE_BUILD_BUNDLE") == "1":
        _build()
    explicit = os.environ.get("ALLIANCE_BUNDLE")
    folder = Path(explicit) if explicit else DEFAULT_BUNDLE
    if not folder.is_absolute():
        folder = ROOT / folder
    if not (folder / "alliance").is_file():
        pytest.skip(f"no bundle in {folder}: run `make package-test`, or set ALLIANCE_BUILD_BUNDLE=1 to build it")
    if not explicit and (folder / "alliance").stat().st_mtime < _newest_source():
        pytest.skip(f"the bundle in {folder} is older than the sources: run `make package-test` to rebuild and test")
    return folder


@pytest.fixture
def sandbox(tmp_path: Path) -> dict[str, Path]:
    """Fresh HOME, TMPDIR and XDG_RUNTIME_DIR, so the run can be checked for stray files."""
    dirs = {name: tmp_path / name for name in ("home", "tmp", "runtime")}
    for path in dirs.values():
        path.mkdir(mode=0o700)
    return dirs


def bare_env(sandbox: dict[str, Path], **extra: str) -> dict[str, str]:
    """No Python anywhere: PATH leads nowhere, and nothing from this venv or shell leaks in."""
    env = {
        "PATH": "/nonexistent",
        "HOME": str(sandbox["home"]),
        "TMPDIR": str(sandbox["tmp"]),
        "XDG_RUNTIME_DIR": str(sandbox["runtime"]),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.update(extra)
    return env


def run(bundle: Path, args: list[str], env: dict[str, str], stdin: str = "", timeout: float = 120
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bundle / "alliance"), *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=env["HOME"])


def test_the_environment_really_has_no_python(sandbox: dict[str, Path]) -> None:
    with pytest.raises(FileNotFoundError):
        subprocess.run(["python3", "-c", "pass"], env=bare_env(sandbox), check=False)


def test_bundle_layout(bundle: Path) -> None:
    for name in ("alliance", "alliance-gui"):
        assert os.access(bundle / name, os.X_OK), name
    for name in ("LICENSE", "COPYING", "THIRD_PARTY_NOTICES.txt"):
        assert (bundle / name).is_file(), name
    notices = (bundle / "THIRD_PARTY_NOTICES.txt").read_text(encoding="utf-8")
    for component in ("PySide6", "shiboken6", "SQLAlchemy", "alembic", "cryptography", "sqlcipher3", "platformdirs",
                      "Qt 6", "SQLCipher", "OpenSSL", "PyInstaller", "Python 3.11",
                      "GNU LESSER GENERAL PUBLIC LICENSE"):
        assert component in notices, component
    for dev_only in ("pytest ", "hypothesis ", "mypy ", "ruff "):
        assert f"\n  {dev_only}" not in notices, dev_only
    internal = bundle / "_internal"
    # Alembic reads its scripts from disk: they must be real files, every revision of the source tree.
    migrations = internal / "alliance" / "store" / "migrations"
    for name in ("env.py", "script.py.mako"):
        assert (migrations / name).is_file(), name
    source_versions = {p.name for p in (ROOT / "src/alliance/store/migrations/versions").glob("*.py")}
    assert {p.name for p in (migrations / "versions").glob("*.py")} == source_versions
    resources = internal / "alliance" / "resources"
    assert (resources / "__init__.py").is_file()
    assert (resources / "alliance.qss").is_file()
    assert list((resources / "instruments").glob("*.json"))
    # Alliance's translations and Qt's own for the same languages (OK, Cancel), beside the resources.
    assert {p.name for p in (resources / "translations").glob("*.qm")} == {
        "alliance_de.qm", "alliance_es.qm", "qtbase_de.qm", "qtbase_es.qm"}
    # What we leave out on purpose: networking, QML/Quick, WebEngine, 3D, Tk, and Qt's copy of the GTK theme.
    shipped = {p.name for p in internal.rglob("*") if p.is_file() or p.is_symlink()}
    for unwanted in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6WebEngineCore.so.6",
                     "libQt63DCore.so.6", "libqgtk3.so", "libqtuiotouchplugin.so", "libtk8.6.so"):
        assert unwanted not in shipped, unwanted
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()], "dangling symlinks"
    # No TLS and no host OpenSSL (the OpenSSL inside sqlcipher3 and cryptography is linked statically), no
    # stdlib sqlite3 beside SQLCipher, and only the Qt plugins a desktop app on X11/Wayland uses.
    for unwanted in ("libssl.so.3", "libcrypto.so.3", "libsqlite3.so.0"):
        assert unwanted not in shipped, unwanted
    stdlib_extensions = {p.name.split(".")[0] for p in (internal / "python3.11" / "lib-dynload").iterdir()}
    for unwanted in ("_ssl", "_hashlib", "_sqlite3"):  # (sqlcipher3's own extension is sqlcipher3/_sqlite3)
        assert unwanted not in stdlib_extensions, unwanted
    assert "_sha256" in stdlib_extensions  # what hashlib uses instead of OpenSSL
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert {p.name for p in (plugins / "imageformats").iterdir()} == {"libqsvg.so"}
    assert {p.name for p in (plugins / "wayland-shell-integration").iterdir()} == {"libxdg-shell.so"}
    assert not (plugins / "generic").exists() or not list((plugins / "generic").iterdir())
    for needed in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                   "platformthemes/libqxdgdesktopportal.so", "printsupport/libcupsprintersupport.so",
                   "iconengines/libqsvgicon.so"):
        assert (plugins / needed).is_file(), needed
    # The version travels as package metadata (alliance.__version__ reads it); the notices for the About box.
    assert (internal / f"alliance-{metadata.version('alliance')}.dist-info" / "METADATA").is_file()
    assert (resources / "THIRD_PARTY_NOTICES.txt").read_bytes() == (bundle / "THIRD_PARTY_NOTICES.txt").read_bytes()
    assert (bundle / "share" / "applications" / "alliance.desktop").is_file()
    # Named after the app id, as the .desktop file's Icon= says.
    assert (bundle / "share" / "icons" / "hicolor" / "256x256" / "apps" / "org.alliance.Alliance.png").is_file()
    assert not list((bundle / "share" / "icons").rglob("alliance.*"))


def test_bundle_holds_the_locked_versions(bundle: Path) -> None:
    """Built from packaging/lock/runtime.txt: every locked Linux distribution is listed in the notices with the
    locked version, and no test or build tool is."""
    sys.path.insert(0, str(ROOT / "packaging" / "lock"))
    try:
        import lockfile
    finally:
        sys.path.pop(0)
    notices = (bundle / "THIRD_PARTY_NOTICES.txt").read_text(encoding="utf-8")
    contents = notices.split("\n\n", 3)[2]
    listed = {lockfile.canonical(line.split()[0]): line.split()[1] for line in contents.splitlines()
              if line.startswith("  ") and " - " in line and not line.startswith("  Python runtime")}
    locked = {key: pin.version for key, pin in lockfile.read(lockfile.RUNTIME).items() if pin.applies("linux")}
    assert {key: listed.get(key) for key in locked} == locked
    assert set(listed) - set(locked) == set(), "bundled but not in the run-time lock"


def test_every_library_finds_its_dependencies_in_the_bundle(bundle: Path) -> None:
    """Each DT_NEEDED of each bundled ELF file is in the bundle, or one PyInstaller leaves to the host
    on purpose (glibc, libGL, X11 core…), or libcups (left to the host by alliance.spec)."""
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf is not installed (binutils)")
    try:
        from PyInstaller.depend import dylib
    except ImportError:
        pytest.skip("PyInstaller is not installed: its host-library list decides what may be missing")
    internal = bundle / "_internal"
    shipped = {p.name for p in internal.rglob("*.so*")}
    missing: dict[str, str] = {}
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        dynamic = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True).stdout
        for needed in re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic):
            host_ok = not dylib.include_library(needed) or needed.startswith(("ld-linux", "libcups.so"))
            if needed not in shipped and not host_ok:
                missing.setdefault(needed, str(path.relative_to(internal)))
    assert not missing, f"needed but not bundled: {missing}"


def test_cli_version(bundle: Path, sandbox: dict[str, Path]) -> None:
    result = run(bundle, ["--version"], bare_env(sandbox), timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"alliance {metadata.version('alliance')}"


def test_cli_demo_creates_a_vault_with_no_python_and_nothing_in_temp(bundle: Path, sandbox: dict[str, Path],
                                                                      tmp_path: Path) -> None:
    vault = tmp_path / "demo vault"
    env = bare_env(sandbox)
    # --passphrase-stdin reads one line; a second copy would serve a build that asks twice.
    result = run(bundle, ["demo", "--vault", str(vault), "--passphrase-stdin", "--clients", "4"], env,
                 stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert result.returncode == 0, result.stderr
    assert "Recovery key:" in result.stdout
    assert (vault / "keys.json").is_file()
    assert (vault / "alliance.db").is_file()
    # Unlock again (the migrations ran from the bundle's files) and check every layer of the vault.
    result = run(bundle, ["verify", "--vault", str(vault), "--passphrase-stdin"], env, stdin=f"{PASSPHRASE}\n")
    assert result.returncode == 0, result.stdout + result.stderr
    # A PDF needs QtGui, fonts and the PDF writer from the bundle.
    pdf = tmp_path / "report.pdf"
    result = run(bundle, ["export", "--format", "pdf", "--out", str(pdf), "--vault", str(vault),
                          "--passphrase-stdin"], env, stdin=f"{PASSPHRASE}\n")
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    # One folder, never one file: nothing unpacked to, or left in, the temporary folder.
    assert list(sandbox["tmp"].iterdir()) == []


def test_cli_wrong_passphrase_exit_code(bundle: Path, sandbox: dict[str, Path], tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    env = bare_env(sandbox)
    assert run(bundle, ["init", "--vault", str(vault), "--passphrase-stdin"], env,
               stdin=f"{PASSPHRASE}\n").returncode == 0
    result = run(bundle, ["verify", "--vault", str(vault), "--passphrase-stdin"], env, stdin="not the passphrase\n")
    assert result.returncode == 3
    assert "Traceback" not in result.stderr


@pytest.fixture
def gui_process() -> Iterator[list[subprocess.Popen[str]]]:
    """GUI processes a test started; stopped (SIGTERM, then SIGKILL) whatever the outcome."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _start_gui(bundle: Path, args: list[str], env: dict[str, str], into: list[subprocess.Popen[str]]
               ) -> subprocess.Popen[str]:
    proc = subprocess.Popen([str(bundle / "alliance-gui"), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=env["HOME"])
    into.append(proc)
    return proc


def _stays_up(proc: subprocess.Popen[str], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        time.sleep(0.1)
    return True


def test_gui_starts_offscreen_and_stays_up(bundle: Path, sandbox: dict[str, Path], tmp_path: Path,
                                           gui_process: list[subprocess.Popen[str]]) -> None:
    proc = _start_gui(bundle, ["--vault", str(tmp_path / "vault")], bare_env(sandbox), gui_process)
    if not _stays_up(proc, 3.0):
        _, err = proc.communicate()
        pytest.fail(f"alliance-gui exited with {proc.returncode} within 3 s:\n{err}")
    proc.terminate()
    _, err = proc.communicate(timeout=10)
    assert "Traceback" not in err, err
    assert list(sandbox["tmp"].iterdir()) == []


def test_gui_version(bundle: Path, sandbox: dict[str, Path], tmp_path: Path,
                     gui_process: list[subprocess.Popen[str]]) -> None:
    proc = _start_gui(bundle, ["--version", "--vault", str(tmp_path / "vault")], bare_env(sandbox), gui_process)
    try:
        out, err = proc.communicate(timeout=5)
    except subprocess.TimeoutExpired:
        pytest.skip("alliance-gui has no --version yet (its arguments went to Qt and it started the app)")
    assert proc.returncode == 0, err
    assert metadata.version("alliance") in out


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str] | None:
    read_end, write_end = os.pipe()
    try:
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0",
                                 "1280x900x24"], pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
    except FileNotFoundError:
        os.close(read_end)
        os.close(write_end)
        return None
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    return xvfb, f":{number}"


def test_gui_starts_on_x11(bundle: Path, sandbox: dict[str, Path], tmp_path: Path,
                           gui_process: list[subprocess.Popen[str]]) -> None:
    """The xcb platform plugin loads: every X library it needs is in the bundle or on any X11 desktop."""
    started = _start_xvfb()
    if started is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    xvfb, display = started
    try:
        env = bare_env(sandbox, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        proc = _start_gui(bundle, ["--vault", str(tmp_path / "vault")], env, gui_process)
        if not _stays_up(proc, 3.0):
            _, err = proc.communicate()
            pytest.fail(f"alliance-gui exited with {proc.returncode} on X11:\n{err}")
        proc.terminate()
        _, err = proc.communicate(timeout=10)
        assert "Could not load the Qt platform plugin" not in err, err
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def test_install_desktop_entry(bundle: Path, tmp_path: Path) -> None:
    """The tarball's menu-entry script installs into XDG_DATA_HOME and removes what it installed."""
    data = tmp_path / "data"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
    script = bundle / "install-desktop-entry.sh"
    subprocess.run(["/bin/sh", str(script)], env=env, check=True, capture_output=True)
    entry = (data / "applications" / "alliance.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle.resolve() / "alliance-gui"}"' in entry
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "org.alliance.Alliance.png").is_file()
    subprocess.run(["/bin/sh", str(script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not (data / "applications" / "alliance.desktop").exists()
    assert not list((data / "icons").rglob("org.alliance.Alliance.*"))
