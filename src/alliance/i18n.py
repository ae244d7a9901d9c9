"""The language the app speaks: Qt translators for Alliance's own text and Qt's, installed once at start-up.

Alliance's messages live in ``resources/translations/alliance_<lang>.ts`` (made by ``make ts`` with
``pyside6-lupdate``) and are compiled to ``.qm`` by ``scripts/build_translations.py`` (run by ``make`` and the
package build; the ``.qm`` files are not committed). Qt's own (OK, Cancel, the colour and file dialogs) come
from ``qtbase_<lang>.qm``, copied beside them by the same script so the bundles carry them.

The language follows the system unless Preferences name one (``LANGUAGE_KEY`` in the settings file); a change
applies from the next start, as in most desktop apps, so no window is ever half in one language. Strings
marked with ``core.messages.msg``/``translatable`` or this module's ``translated`` have lupdate's empty
context; widgets' ``self.tr`` their class's name.

Only ``core`` and ``PySide6.QtCore`` are imported here, so the reports (PDFs made by the command line) can
speak the language too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, QTranslator

import alliance.resources as resources
from alliance.core.messages import DEFAULT_CONTEXT, Msg, english, render

LANGUAGE_KEY = "look/language"
SYSTEM = "system"
SHIPPED = ("en", "de", "es")
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}

_installed: list[QTranslator] = []
_current = ["en"]


def translations_folder() -> Path:
    """``resources/translations`` in a checkout, a wheel or a frozen bundle alike."""
    return Path(next(iter(resources.__path__))) / "translations"


def system_language() -> str:
    """The shipped language the system asks for (its first UI language we have), else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SHIPPED:
            return code
    return "en"


def chosen_language(choice: str) -> str:
    """The language a Preferences choice ("system", "de", …) means on this machine."""
    return choice if choice in SHIPPED else system_language()


def remembered(settings_file: Path) -> str:
    """The language choice saved in Preferences ("system" when none)."""
    value = QSettings(str(settings_file), QSettings.Format.IniFormat).value(LANGUAGE_KEY, SYSTEM)
    return str(value) if str(value) in (SYSTEM, *SHIPPED) else SYSTEM


def install(choice: str = SYSTEM) -> str:
    """Install the translators for ``choice`` on the running QCoreApplication; returns the language code.

    English needs none. When the language is not the system's own (German chosen on an English system), the
    default locale becomes that language's, so dates and numbers read as the words around them."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    language = chosen_language(choice)
    _current[0] = language
    if language != system_language():
        QLocale.setDefault(QLocale(language))
    if language == "en" or app is None:
        return language
    for stem in (f"qtbase_{language}", f"alliance_{language}"):
        translator = QTranslator(app)
        if translator.load(str(translations_folder() / f"{stem}.qm")):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return language


def current() -> str:
    """The language installed by ``install`` ("en" before it)."""
    return _current[0]


def translated(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A fixed label or sentence of the empty context in the installed language (the source text without a
    translation). Literal calls are found by lupdate (an alias of ``tr``)."""
    return QCoreApplication.translate(DEFAULT_CONTEXT, source, disambiguation, n)


def translated_msg(m: Msg) -> str:
    """A message's text in the installed language, ``%n`` replaced; the English plural without a translation."""
    out = QCoreApplication.translate(m.context, m.text, None, -1 if m.n is None else m.n)
    untranslated = m.text.replace("%n", str(m.n)) if m.n is not None else m.text
    return english(m) if out == untranslated else out


def locale_number(value: float, decimals: int, sign: bool) -> str:
    """A number as the user's locale writes it (1,5 in German), with a plus sign when asked and positive. Digits
    are grouped from 10 000 on (DIN 5008, and so a year or a count of 2026 never reads 2.026)."""
    locale = QLocale()
    if abs(value) < 10_000:
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", decimals)
    return f"+{text}" if sign and value > 0 else text


def date_format(locale: QLocale | None = None) -> str:
    """The one way the app writes (and first reads) a date: the locale's short date with the year in full, or
    ISO 8601 (2026-12-02) where the locale has no convention of its own (C/POSIX: "2 12 2026")."""
    loc = locale or QLocale()
    if loc.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def locale_date(day: dt.date) -> str:
    """A date as the user's locale writes it (``date_format``)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def shown(m: Msg) -> str:
    """The message in the installed language, numbers and dates in the user's locale."""
    return render(m, number=locale_number, date=locale_date, translate=translated_msg)
