"""Write THIRD_PARTY_NOTICES.txt: every third-party component the desktop bundle ships, with its licence.

    python packaging/collect_notices.py [--out build/THIRD_PARTY_NOTICES.txt] [--root alliance]

Walks ``importlib.metadata`` in the running environment (the build venv): the run-time dependency
closure of the ``alliance`` distribution (extras such as ``test`` and ``package`` are not followed),
plus whatever extra distributions the caller names (the PyInstaller spec adds the distributions of
every top-level module it actually bundled). For each one: name, version, licence (SPDX expression,
``License:`` field or licence classifiers), home page, and the text of every licence file the
distribution ships (PEP 639 ``License-File`` entries, else LICENSE/COPYING/NOTICE files in its
dist-info). Then the components no wheel metadata describes but the bundle still contains: the
CPython runtime, the PyInstaller bootloader, Qt (inside PySide6-Essentials, whose wheel ships no
licence text), and the SQLCipher and OpenSSL code linked into sqlcipher3 and cryptography.

Standard library only, so it runs before anything else is installed.
"""

from __future__ import annotations

import argparse
import re
import sys
import sysconfig
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LICENCE_TEXTS = HERE / "licenses"
RULE = "=" * 100
THIN = "-" * 100
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS|COPYRIGHT)", re.IGNORECASE)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_names(dist: metadata.Distribution) -> list[str]:
    """Names of the run-time requirements whose markers hold here, with no extra selected."""
    try:
        from packaging.requirements import Requirement  # present in every venv that has pip/PyInstaller
    except ImportError:  # pragma: no cover - crude fallback: drop anything that depends on an extra
        Requirement = None  # type: ignore[assignment,misc]
    names = []
    for line in dist.requires or []:
        if Requirement is None:
            if "extra ==" in line:
                continue
            names.append(re.split(r"[ ;<>=!~\[(]", line, maxsplit=1)[0])
            continue
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate({"extra": ""}):
            names.append(req.name)
    return names


def dependency_closure(root: str) -> list[metadata.Distribution]:
    """``root``'s installed run-time dependencies, transitively (``root`` itself excluded)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency that is not installed: not bundled either
        key = canonical(dist.metadata["Name"])
        if key in seen:
            continue
        seen[key] = dist
        todo.extend(_requirement_names(dist))
    seen.pop(canonical(root), None)
    return list(seen.values())


def distributions_of_modules(top_level_modules: Iterable[str]) -> list[metadata.Distribution]:
    """The installed distributions that provide these top-level modules (for what PyInstaller bundled)."""
    mapping = metadata.packages_distributions()
    found: dict[str, metadata.Distribution] = {}
    for module in top_level_modules:
        for dist_name in mapping.get(module, []):
            try:
                dist = metadata.distribution(dist_name)
            except metadata.PackageNotFoundError:
                continue
            found[canonical(dist.metadata["Name"])] = dist
    return list(found.values())


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) < 200:
        return field + (f" ({'; '.join(classifiers)})" if classifiers else "")
    if classifiers:
        return "; ".join(classifiers)
    if field or licence_files(dist):
        return "not named in the package metadata; see the licence text below"
    return "not stated in the package metadata"


def home_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("Home-page"):
        return meta["Home-page"]
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code", "code"}:
            return url.strip()
    urls = meta.get_all("Project-URL") or []
    return urls[0].partition(",")[2].strip() if urls else ""


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(label, text) of each licence file the distribution ships."""
    texts: list[tuple[str, str]] = []
    seen: set[str] = set()
    declared = dist.metadata.get_all("License-File") or []
    candidates: list[str] = []
    for name in declared:  # PEP 639: stored under <dist-info>/licenses/<path>; older tools: dist-info root
        candidates += [f"licenses/{name}", name, f"license_files/{name}"]
    for file in dist.files or []:
        parts = file.parts
        if parts and parts[0].endswith(".dist-info") and _LICENCE_FILE.match(parts[-1]):
            candidates.append("/".join(parts[1:]))
    for relative in candidates:
        if relative in seen:
            continue
        text = dist.read_text(relative)
        if text is None:
            continue
        seen.add(relative)
        label = relative.removeprefix("licenses/")
        if any(existing == text for _, existing in texts):
            continue
        texts.append((label, text.strip("\n")))
    field = dist.metadata.get("License") or ""
    if not texts and "\n" in field.strip():  # the whole licence pasted into the License: field
        texts.append(("License (from package metadata)", field.strip()))
    return texts


def _section(title: str, facts: list[tuple[str, str]], texts: list[tuple[str, str]]) -> str:
    lines = [RULE, title, RULE]
    lines += [f"{key}: {value}" for key, value in facts if value]
    for label, text in texts:
        lines += ["", f"{THIN}", f"{label}", THIN, text]
    if not texts:
        lines += ["", "(The package ships no licence file; its licence is named above.)"]
    return "\n".join(lines) + "\n\n"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip("\n")


def _python_licence() -> str | None:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for candidate in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt", stdlib / "LICENSE"):
        if candidate.is_file():
            return _read(candidate)
    return None


def extra_sections(names: set[str]) -> list[str]:
    """Components inside the bundle that no distribution's metadata describes."""
    out = []
    py = _python_licence()
    out.append(_section(
        f"Python {sys.version.split()[0]} (the CPython interpreter and standard library)",
        [("Licence", "PSF-2.0 (Python Software Foundation License Version 2)"), ("Home", "https://www.python.org/")],
        [("LICENSE", py)] if py else [("LICENSE", "See https://docs.python.org/3/license.html")],
    ))
    try:
        pyi = metadata.distribution("pyinstaller")
    except metadata.PackageNotFoundError:
        pyi = None
    if pyi is not None:
        out.append(_section(
            f"PyInstaller {pyi.version} bootloader and run-time hooks (the launcher programs of this bundle)",
            [("Licence", "GPL-2.0-or-later WITH Bootloader-exception; run-time hooks Apache-2.0"),
             ("Home", "https://pyinstaller.org/")],
            licence_files(pyi),
        ))
    if "pyside6-essentials" in names or "shiboken6" in names:
        out.append(_section(
            "Qt 6 (libraries and plugins inside PySide6-Essentials, used under the GNU LGPL version 3)",
            [("Licence", "LGPL-3.0-only (Qt also offers GPL-2.0/GPL-3.0 and commercial terms)"),
             ("Source", "https://download.qt.io/official_releases/qt/ and https://code.qt.io/ "
                        "(PySide6: https://code.qt.io/cgit/pyside/pyside-setup.git/)"),
             ("Replacing Qt", "The Qt libraries are ordinary shared libraries in this folder (_internal/PySide6/Qt/"
                              "lib on Linux, _internal/PySide6 on Windows, Contents/Frameworks on macOS); you may "
                              "replace them with compatible builds of your own, as the LGPL allows."),
             ("Third-party code in Qt", "https://doc.qt.io/qt-6/licenses-used-in-qt.html")],
            [("GNU LESSER GENERAL PUBLIC LICENSE, Version 3", _read(LICENCE_TEXTS / "LGPL-3.0.txt")),
             ("GNU GENERAL PUBLIC LICENSE, Version 3 (incorporated by the LGPL)",
              _read(LICENCE_TEXTS / "GPL-3.0.txt"))],
        ))
    if "sqlcipher3" in names:
        out.append(_section(
            "SQLCipher (Community Edition, statically linked into sqlcipher3)",
            [("Licence", "BSD-3-Clause"), ("Home", "https://www.zetetic.net/sqlcipher/")],
            [("LICENSE", _read(LICENCE_TEXTS / "SQLCipher-BSD-3-Clause.txt"))],
        ))
    if "sqlcipher3" in names or "cryptography" in names:
        out.append(_section(
            "OpenSSL (statically linked into sqlcipher3 and cryptography)",
            [("Licence", "Apache-2.0"), ("Home", "https://www.openssl.org/")],
            [("LICENSE", _read(LICENCE_TEXTS / "Apache-2.0.txt"))],
        ))
    return out


def render(dists: Iterable[metadata.Distribution], app: str = "Alliance") -> str:
    unique = {canonical(d.metadata["Name"]): d for d in dists}
    unique.pop("pyinstaller", None)  # only its bootloader ships; covered by its own section
    unique.pop("pyinstaller-hooks-contrib", None)
    ordered = sorted(unique.values(), key=lambda d: canonical(d.metadata["Name"]))
    head = (
        f"THIRD-PARTY SOFTWARE NOTICES for {app}\n\n"
        f"{app} itself is licensed under the GNU Lesser General Public License v3.0 or later (see LICENSE).\n"
        f"This bundle contains the following third-party software, each under its own licence.\n"
        f"Generated at build time from the installed packages by packaging/collect_notices.py.\n\n"
        "Contents:\n"
    )
    index = [f"  {d.metadata['Name']} {d.version} - {licence_of(d)}" for d in ordered]
    index += ["  Python runtime, PyInstaller bootloader, Qt, SQLCipher, OpenSSL - see the sections at the end"]
    body = [
        _section(f"{d.metadata['Name']} {d.version}",
                 [("Licence", licence_of(d)), ("Home", home_of(d)), ("Summary", d.metadata.get("Summary") or "")],
                 licence_files(d))
        for d in ordered
    ]
    return head + "\n".join(index) + "\n\n" + "".join(body) + "".join(extra_sections(set(unique)))


def write_notices(out: Path, root: str = "alliance", extra: Iterable[metadata.Distribution] = ()) -> Path:
    dists = dependency_closure(root) + [d for d in extra if canonical(d.metadata["Name"]) != canonical(root)]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(dists), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "THIRD_PARTY_NOTICES.txt")
    parser.add_argument("--root", default="alliance", help="distribution whose run-time closure is listed")
    args = parser.parse_args(argv)
    path = write_notices(args.out, args.root)
    print(f"collect_notices: wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
