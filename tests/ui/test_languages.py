"""With LANG=de_DE.UTF-8 (and es_ES.UTF-8) every window the walk opens speaks that language: tests/ui/language_walk.py
runs in a child pytest under English and under the language, and any visible text that reads the same in both is
an untranslated string, unless it is one of these, which stay as they are by design:

- data the user entered (the demo practice's made-up names, notes, goals and events are English);
- what a translator kept on purpose (a finished translation equal to its source in the .ts file: "Export",
  "Format", "Check-in");
- the audit trail's details ("format: pdf"), kept as they were recorded;
- text with no word in it (numbers, dates, codes such as AB-17, symbols);
- outcome instruments' wording and names (PHQ-9, PCL-5...), which are shown in English unless an official
  translation may be shipped (resources/instruments/outcomes/*.json);
- the names of the languages in Preferences (each in its own language).
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from alliance.services import demo_text

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"de": "de_DE.UTF-8", "es": "es_ES.UTF-8"}
WORD = re.compile(r"[A-Za-z]{3,}")
RECORDED = re.compile(r"^[a-z_]+: \S")  # the audit trail's details, "format: pdf", as they were recorded


@cache
def _walk(locale: str, out: Path) -> dict[str, object]:
    env = {**os.environ, "LANG": locale, "LC_ALL": locale, "LANGUAGE": "", "ALLIANCE_WALK_OUT": str(out)}
    child = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                            str(ROOT / "tests" / "ui" / "language_walk.py")],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert child.returncode == 0, child.stdout[-4000:] + child.stderr[-2000:]
    data: dict[str, object] = json.loads(out.read_text())
    return data


def _kept_on_purpose(language: str) -> set[str]:
    """Sources whose finished translation is the source itself (accelerators removed)."""
    kept = set()
    for message in ET.parse(TRANSLATIONS / f"alliance_{language}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        forms = [f.text or "" for f in message.iter("numerusform")] or [message.findtext("translation") or ""]
        if source in forms:
            kept.add(source.replace("&", ""))
    return kept


def _strings_in(path: Path) -> set[str]:
    """The string literals of a Python module, split at placeholders (pieces of 6 characters or more)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out |= {p.strip() for p in re.split(r"\{[^{}]*\}", node.value) if len(p.strip()) >= 6}
    return out


def _json_strings(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_json_strings(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_json_strings(v) for v in value)) if value else set()
    return set()


@cache
def _by_design() -> tuple[frozenset[str], frozenset[str]]:
    """(fragments of user data to look for inside a text, whole texts that stay English)."""
    services = ROOT / "src" / "alliance" / "services"
    data = _strings_in(services / "demo_text.py") | _strings_in(services / "demo.py")
    data |= {f"{first} {last}" for first in demo_text.FIRST_NAMES for last in demo_text.LAST_NAMES}
    whole: set[str] = {"English", "Deutsch", "Español"}
    for path in (ROOT / "resources" / "instruments" / "outcomes").glob("*.json"):
        whole |= _json_strings(json.loads(path.read_text()))
    return frozenset(data), frozenset(whole)


def untranslated(english: list[str], translated: list[str], language: str) -> list[str]:
    data, whole = _by_design()
    kept = _kept_on_purpose(language)
    same = sorted(set(translated) & set(english))
    out = []
    for text in same:
        plain = text.replace("&", "")
        if not WORD.search(plain) or plain in kept or text in whole:
            continue
        if any(fragment in plain for fragment in data) or any(plain in w for w in whole if len(plain) >= 8):
            continue
        if all(part in whole for part in plain.split(" \u2014 ")) or RECORDED.match(plain):
            continue
        words = WORD.findall(plain)
        if all(w in kept or w.upper() == w for w in words):  # "SRS", "PHQ-9 total"-like abbreviations, kept terms
            continue
        out.append(text)
    return out


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_window_speaks_the_language(language: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    english = _walk("en_US.UTF-8", tmp_path_factory.getbasetemp() / "walk-en.json")
    walked = _walk(LANGUAGES[language], tmp_path_factory.mktemp("walk") / f"walk-{language}.json")
    assert english["language"] == "en" and walked["language"] == language
    assert len(walked["texts"]) > 500  # type: ignore[arg-type]  # the walk saw the app, not an empty window
    missing = untranslated(english["texts"], walked["texts"], language)  # type: ignore[arg-type]
    assert missing == [], f"{len(missing)} texts read the same in English and {language}:\n" + "\n".join(missing)


def test_preferences_choose_the_language_for_the_next_start(qtbot, ui_settings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from alliance import i18n
    from alliance.ui.shell.preferences import PreferencesDialog

    dialog = PreferencesDialog(ui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.language.currentData() == i18n.SYSTEM and not dialog.language_note.isVisible()
    dialog.language.setFocus()
    for _ in range(3):  # As the system -> English -> Deutsch -> Español
        QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentText() == "Español"
    assert dialog.language_note.isVisible()  # "… from Alliance's next start"
    QTest.keyClick(dialog.language, Qt.Key.Key_Up)
    QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert ui_settings.language == "de"
    assert i18n.remembered(Path(ui_settings.file_name())) == "de"  # what the next start reads before its first window
