"""The translation files are complete: every user-visible source string lupdate finds in src/ is in each
resources/translations/alliance_<lang>.ts, translated, with its placeholders, %n and accelerator kept. Run
``make ts`` after changing text, then translate what it marks unfinished."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "es")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
ALIASES = "tr+=msg,tr+=translatable,tr+=translated,tr+=_tr"  # as the Makefile's LUPDATE_FLAGS


def _lupdate() -> str:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate (PySide6) is missing"
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    numerus = [f.text or "" for f in translation.findall("numerusform")]
    return numerus or [translation.text or ""]


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?=\w)", text.replace("&&", "")))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    ts = tmp_path_factory.mktemp("lupdate") / "alliance_xx.ts"
    subprocess.run([_lupdate(), "-extensions", "py", "-tr-function-alias", ALIASES, "-locations", "none", "-silent",
                    str(ROOT / "src" / "alliance"), "-ts", str(ts)], check=True, timeout=300)
    return _messages(ts)


def test_lupdate_finds_the_app_s_text(extracted: dict[tuple[str, str], ET.Element]) -> None:
    assert len(extracted) > 1000
    assert ("", "Rupture not repaired") in extracted  # a core message (msg)
    assert ("", "Minimal response") in extracted  # a taxonomy term (translatable)
    assert any(ctx == "MainWindow" for ctx, _ in extracted)  # a widget's self.tr


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_is_in_the_ts_file(language: str,
                                               extracted: dict[tuple[str, str], ET.Element]) -> None:
    have = _messages(TRANSLATIONS / f"alliance_{language}.ts")
    missing = sorted(set(extracted) - set(have))
    assert missing == [], f"run `make ts`: {len(missing)} strings are not in alliance_{language}.ts: {missing[:20]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_keeps_its_placeholders(language: str) -> None:
    problems = []
    for (context, source), message in _messages(TRANSLATIONS / f"alliance_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        forms = _forms(message)
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or (source and not all(forms)):
            problems.append(f"untranslated [{context}] {source!r}")
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ [{context}] {source!r} -> {form!r}")
            if _accelerators(form) != _accelerators(source):
                problems.append(f"accelerator differs [{context}] {source!r} -> {form!r}")
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"needs two plural forms [{context}] {source!r}")
    assert problems == [], "\n".join(problems)
