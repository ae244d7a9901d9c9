"""`make release`: the tested Linux bundle as a tarball, with SHA256SUMS and a CycloneDX SBOM.

    python packaging/release.py [--bundle dist/alliance] [--out dist]

Run by ``make release`` in the release venv (build/venv-release) after ``make package-test`` passed, so the
installed distributions are exactly what the bundle was built from. Writes into ``--out``:

- ``Alliance-<version>-linux-<machine>.tar.gz``: the bundle folder as ``alliance/``; members sorted, owner
  root, mode kept, every time stamp set to SOURCE_DATE_EPOCH (default: the last commit's time), gzip without
  a name or time, so the same bundle always gives the same tarball. The tarball is read back and compared,
  file by file, with the tested folder.
- ``Alliance-<version>.cdx.json``: CycloneDX 1.5 SBOM: every Python distribution of the run-time lock that
  the bundle was built from (name, version checked against the installed one, licence, purl) and the native
  components no wheel metadata names, with the versions the libraries report: CPython, Qt, SQLCipher and
  the OpenSSL copies inside sqlcipher3 and cryptography, the PyInstaller bootloader. The tarball's SHA-256
  is the main component's hash.
- ``SHA256SUMS``: ``sha256sum -c SHA256SUMS`` checks both files.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import platform
import subprocess
import sys
import tarfile
import uuid
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE / "lock"))
sys.path.insert(0, str(HERE))
import collect_notices  # noqa: E402
import lockfile  # noqa: E402


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def source_date_epoch() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return int((ROOT / "pyproject.toml").stat().st_mtime)


def write_tarball(bundle: Path, out: Path, epoch: int) -> None:
    top = "alliance"

    def members() -> list[Path]:
        return sorted(bundle.rglob("*"), key=lambda p: p.relative_to(bundle).as_posix())

    with out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for path in [bundle, *members()]:
            name = top if path == bundle else f"{top}/{path.relative_to(bundle).as_posix()}"
            info = tar.gettarinfo(str(path), arcname=name)
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            info.mtime = epoch
            info.mode = info.mode & 0o755 if not info.issym() else info.mode
            if info.isfile():
                with path.open("rb") as handle:
                    tar.addfile(info, handle)
            else:
                tar.addfile(info)


def verify_tarball(tarball: Path, bundle: Path) -> int:
    """Every file of the tested bundle is in the tarball with the same bytes, and nothing else is."""
    expected = {f"alliance/{p.relative_to(bundle).as_posix()}": p for p in bundle.rglob("*")
                if p.is_file() and not p.is_symlink()}
    seen = set()
    with tarfile.open(tarball, "r:gz") as tar:
        for member in tar:
            if not member.isfile():
                continue
            source = expected.get(member.name)
            if source is None:
                raise SystemExit(f"release: {member.name} is in the tarball but not in {bundle}")
            handle = tar.extractfile(member)
            assert handle is not None
            if hashlib.sha256(handle.read()).hexdigest() != sha256(source):
                raise SystemExit(f"release: {member.name} differs from {source}")
            seen.add(member.name)
    missing = set(expected) - seen
    if missing:
        raise SystemExit(f"release: missing from the tarball: {sorted(missing)[:5]}")
    return len(seen)


def _native_versions() -> dict[str, str]:
    """Versions of the native code inside the wheels, asked of the libraries themselves."""
    versions = {"python": platform.python_version()}
    try:
        from PySide6.QtCore import qVersion

        versions["qt"] = qVersion()
    except ImportError:  # pragma: no cover
        pass
    try:
        import sqlcipher3

        con = sqlcipher3.connect(":memory:")
        versions["sqlcipher"] = str(con.execute("PRAGMA cipher_version").fetchone()[0])
        # The provider answers only once a codec is attached: key the throw-away in-memory database.
        con.execute("PRAGMA key = 'sbom'")
        versions["sqlcipher-openssl"] = str(con.execute("PRAGMA cipher_provider_version").fetchone()[0])
        con.close()
    except Exception:  # pragma: no cover - reported as unknown rather than failing the release
        pass
    try:
        from cryptography.hazmat.backends.openssl.backend import backend

        versions["cryptography-openssl"] = backend.openssl_version_text()
    except Exception:  # pragma: no cover
        pass
    return versions


def _licence(dist: metadata.Distribution) -> list[dict[str, Any]]:
    expression = dist.metadata.get("License-Expression")
    if expression:
        return [{"expression": expression.strip()}]
    return [{"license": {"name": collect_notices.licence_of(dist)}}]


def sbom(version: str, tarball: Path, epoch: int) -> dict[str, Any]:
    runtime = {key: pin for key, pin in lockfile.read(lockfile.RUNTIME).items() if pin.applies("linux")}
    components: list[dict[str, Any]] = []
    for key, pin in sorted(runtime.items()):
        dist = metadata.distribution(pin.name)
        if dist.version != pin.version:
            raise SystemExit(f"release: {pin.name} {dist.version} is installed but the lock says {pin.version}")
        components.append({
            "type": "library", "bom-ref": f"pkg:pypi/{key}@{pin.version}", "name": dist.metadata["Name"],
            "version": pin.version, "purl": f"pkg:pypi/{key}@{pin.version}", "licenses": _licence(dist),
            "externalReferences": [{"type": "distribution", "url": f"https://pypi.org/project/{key}/{pin.version}/"}],
            "properties": [{"name": "alliance:lock", "value": "packaging/lock/runtime.txt"}],
        })
    native = _native_versions()
    pyinstaller = metadata.version("pyinstaller")

    def part(name: str, version_key: str, licence: str, inside: str, url: str) -> dict[str, Any]:
        found = native.get(version_key, "unknown")
        return {"type": "library", "bom-ref": f"native:{name}@{found}:{inside}", "name": name, "version": found,
                "licenses": [{"expression": licence}], "externalReferences": [{"type": "website", "url": url}],
                "properties": [{"name": "alliance:inside", "value": inside}]}

    components += [
        {"type": "application", "bom-ref": f"native:cpython@{native['python']}", "name": "CPython",
         "version": native["python"], "licenses": [{"expression": "PSF-2.0"}],
         "externalReferences": [{"type": "website", "url": "https://www.python.org/"}]},
        part("Qt", "qt", "LGPL-3.0-only", "PySide6-Essentials", "https://www.qt.io/"),
        part("SQLCipher", "sqlcipher", "BSD-3-Clause", "sqlcipher3", "https://www.zetetic.net/sqlcipher/"),
        part("OpenSSL", "sqlcipher-openssl", "Apache-2.0", "sqlcipher3", "https://www.openssl.org/"),
        part("OpenSSL", "cryptography-openssl", "Apache-2.0", "cryptography", "https://www.openssl.org/"),
        {"type": "application", "bom-ref": f"pkg:pypi/pyinstaller@{pyinstaller}#bootloader",
         "name": "PyInstaller bootloader", "version": pyinstaller,
         "licenses": [{"expression": "GPL-2.0-or-later WITH Bootloader-exception"}],
         "purl": f"pkg:pypi/pyinstaller@{pyinstaller}"},
    ]
    digest = sha256(tarball)
    return {
        "bomFormat": "CycloneDX", "specVersion": "1.5",
        "serialNumber": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'alliance:{version}:{digest}')}",
        "version": 1,
        "metadata": {
            "timestamp": _iso(epoch),
            "tools": {"components": [{"type": "application", "name": "packaging/release.py", "version": version}]},
            "component": {"type": "application", "bom-ref": f"pkg:pypi/alliance@{version}", "name": "Alliance",
                          "version": version, "purl": f"pkg:pypi/alliance@{version}",
                          "licenses": [{"expression": "LGPL-3.0-or-later"}],
                          "hashes": [{"alg": "SHA-256", "content": digest}],
                          "properties": [{"name": "alliance:artifact", "value": tarball.name}]},
        },
        "components": components,
        "dependencies": [{"ref": f"pkg:pypi/alliance@{version}", "dependsOn": [c["bom-ref"] for c in components]}],
    }


def _iso(epoch: int) -> str:
    import datetime

    return datetime.datetime.fromtimestamp(epoch, tz=datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "alliance")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    version = metadata.version("alliance")
    bundle = args.bundle.resolve()
    if not (bundle / "alliance").is_file() or not (bundle / "THIRD_PARTY_NOTICES.txt").is_file():
        raise SystemExit(f"release: {bundle} is not a built bundle with its notices (make package)")
    epoch = source_date_epoch()
    args.out.mkdir(parents=True, exist_ok=True)
    tarball = args.out / f"Alliance-{version}-linux-{platform.machine()}.tar.gz"
    write_tarball(bundle, tarball, epoch)
    files = verify_tarball(tarball, bundle)
    bom = args.out / f"Alliance-{version}.cdx.json"
    bom.write_text(json.dumps(sbom(version, tarball, epoch), indent=2) + "\n", encoding="utf-8")
    sums = args.out / "SHA256SUMS"
    sums.write_text("".join(f"{sha256(p)}  {p.name}\n" for p in (tarball, bom)), encoding="utf-8")
    print(f"release: {tarball} ({tarball.stat().st_size / 1e6:.1f} MB, {files} files, identical to {bundle})")
    print(f"release: {bom} ({len(json.loads(bom.read_text())['components'])} components)")
    print(f"release: {sums}\n" + io.StringIO(sums.read_text()).read(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
