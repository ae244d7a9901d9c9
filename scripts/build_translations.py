"""Compile resources/translations/*.ts to .qm with pyside6-lrelease, and copy Qt's own translations of the same
languages (qtbase_<lang>.qm: OK, Cancel, the file and colour dialogs) beside them, so the wheel and the bundles
carry both. Run by ``make`` (run, test, bench, screenshots) and ``make package``; the .qm files are not committed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "translations"


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else "pyside6-lrelease"


def main() -> int:
    sources = sorted(FOLDER.glob("alliance_*.ts"))
    if not sources:
        print(f"no .ts files in {FOLDER}", file=sys.stderr)
        return 1
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease(), "-silent", "-removeidentical", str(ts), "-qm", str(qm)], check=True)
        language = ts.stem.split("_", 1)[1]
        qt_qm = qt_folder / f"qtbase_{language}.qm"
        if not qt_qm.exists():
            print(f"Qt's {qt_qm.name} is missing from {qt_folder}", file=sys.stderr)
            return 1
        shutil.copyfile(qt_qm, FOLDER / qt_qm.name)
    print(f"built {len(sources)} translations in {FOLDER}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
