"""Regenerate python3-deps.json: the pinned wheels (URL + sha256) the Flatpak build installs offline.

    python packaging/flatpak/generate_python_deps.py [--python-version 3.13] [--out packaging/flatpak/python3-deps.json]

flatpak-builder builds without network access, so every wheel is a ``type: file`` source with its
checksum. The versions are the lock's (packaging/lock/runtime.txt, plus the build backend setuptools and
wheel from build.txt): the same versions as the desktop bundle. pip only picks the wheel file of each pinned
version for the runtime's Python and both Flatpak architectures (``pip install --dry-run --report
--no-deps --require-hashes``: PyPI, nothing installed), and the file must be one whose hash the lock lists.
`make lock` runs it after re-resolving the lock; run it by hand when the runtime's Python version changes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "packaging" / "lock"))
import lockfile  # noqa: E402  (packaging/lock/lockfile.py)

ARCHES = ("x86_64", "aarch64")
# manylinux levels the runtime's glibc (2.40+ in freedesktop 25.08) can load; pip needs them listed.
MANYLINUX = ("manylinux2014", "manylinux_2_17", "manylinux_2_27", "manylinux_2_28", "manylinux_2_31",
             "manylinux_2_34", "manylinux_2_35", "manylinux_2_38", "manylinux_2_39")
BUILD_BACKEND = ("setuptools", "wheel")  # `pip install .` of Alliance in the manifest needs them


def pins() -> list[lockfile.Pin]:
    """The Linux pins of the run-time lock, and the build backend's from the build lock."""
    runtime = [pin for pin in lockfile.read(lockfile.RUNTIME).values() if pin.applies("linux")]
    build = lockfile.read(lockfile.BUILD)
    return runtime + [build[name] for name in BUILD_BACKEND]


def requirements(tmp: Path) -> Path:
    """A requirements file of exact pins with the lock's hashes, for pip's --require-hashes."""
    lines = []
    for pin in pins():
        lines.append(f"{pin.name}=={pin.version} " + " ".join(f"--hash=sha256:{h}" for h in sorted(pin.hashes)))
    path = tmp / "requirements.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def resolve(arch: str, python_version: str) -> list[dict[str, str]]:
    short = python_version.replace(".", "")
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--dry-run", "--ignore-installed",
               "--only-binary=:all:", "--no-deps", "--require-hashes", "--python-version", python_version,
               "--implementation", "cp",
               "--abi", f"cp{short}", "--abi", "abi3", "--abi", "none", "--report", str(report)]
        for tag in MANYLINUX:
            cmd += ["--platform", f"{tag}_{arch}"]
        # PyPI only, whatever pip.conf, PIP_* variables or local mirrors this machine has: the URLs end up
        # in the manifest and must be fetchable by anyone who builds it.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
        env["PIP_CONFIG_FILE"] = os.devnull
        cmd += ["--index-url", "https://pypi.org/simple", "--no-cache-dir"]
        subprocess.run([*cmd, "-r", str(requirements(Path(tmp)))], check=True, env=env)
        data = json.loads(report.read_text(encoding="utf-8"))
    wheels = []
    for item in data["install"]:
        info = item["download_info"]
        hashes = info.get("archive_info", {}).get("hashes", {})
        sha256 = hashes.get("sha256") or info["archive_info"]["hash"].split("=", 1)[1]
        wheels.append({"name": item["metadata"]["name"], "url": info["url"], "sha256": sha256})
    return wheels


def module(python_version: str) -> dict[str, object]:
    per_arch = {arch: resolve(arch, python_version) for arch in ARCHES}
    sources: list[dict[str, object]] = []
    names: set[str] = set()
    seen: dict[str, dict[str, object]] = {}
    for arch, wheels in per_arch.items():
        for wheel in wheels:
            names.add(wheel["name"])
            if wheel["url"] in seen:
                seen[wheel["url"]]["_arches"].append(arch)  # type: ignore[union-attr]
                continue
            entry: dict[str, object] = {"type": "file", "url": wheel["url"], "sha256": wheel["sha256"],
                                        "_arches": [arch]}
            seen[wheel["url"]] = entry
            sources.append(entry)
    for entry in sources:
        arches = entry.pop("_arches")
        if sorted(arches) != sorted(ARCHES):  # type: ignore[arg-type]
            entry["only-arches"] = arches
    install = ("pip3 install --verbose --exists-action=i --no-index --find-links=\"file://${PWD}\" "
               "--prefix=${FLATPAK_DEST} --no-build-isolation " + " ".join(sorted(names)))
    return {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [install],
        "sources": sorted(sources, key=lambda s: str(s["url"]).rsplit("/", 1)[-1]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python-version", default="3.13", help="the Python of the Flatpak runtime")
    parser.add_argument("--out", type=Path, default=HERE / "python3-deps.json")
    args = parser.parse_args(argv)
    text = json.dumps(module(args.python_version), indent=2) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"generate_python_deps: wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
