"""Read the hash-pinned lock files in this folder (runtime.txt, build.txt; written by `make lock` with uv).

Each entry is ``name==version ; marker`` followed by ``--hash=sha256:...`` lines, one per file PyPI has for
that version (every platform's wheel and the sdist). Used by the Flatpak generator, the SBOM writer and the
tests, so all of them see the same pins. Needs only ``packaging`` (in every venv that has pip's tools).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from packaging.markers import Marker

HERE = Path(__file__).resolve().parent
RUNTIME = HERE / "runtime.txt"
BUILD = HERE / "build.txt"
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?\s*$")
_HASH = re.compile(r"--hash=sha256:([0-9a-f]{64})")


@dataclass
class Pin:
    name: str
    version: str
    marker: str | None
    hashes: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return canonical(self.name)

    def applies(self, sys_platform: str = "linux", python_version: str = "3.11") -> bool:
        """Whether this pin is installed on that platform (the lock is resolved for CPython 3.11 only)."""
        if not self.marker:
            return True
        environment = {"sys_platform": sys_platform, "python_version": python_version,
                       "python_full_version": f"{python_version}.0", "implementation_name": "cpython",
                       "platform_python_implementation": "CPython",
                       "platform_system": {"linux": "Linux", "darwin": "Darwin", "win32": "Windows"}[sys_platform]}
        return Marker(self.marker).evaluate(environment)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read(path: Path) -> dict[str, Pin]:
    """The pins of one lock file by canonical name."""
    pins: dict[str, Pin] = {}
    current: Pin | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = _PIN.match(line)
        if match:
            current = Pin(match[1], match[2], match[3].strip() if match[3] else None)
            pins[current.key] = current
            continue
        hashes = _HASH.findall(stripped)
        if hashes and current is not None:
            current.hashes.update(hashes)
        elif stripped.startswith("-"):
            continue  # --index-url and similar options
        else:
            raise ValueError(f"{path.name}: cannot read {line!r}")
    return pins
