"""Messages from the pure layers (``core.messages.Msg``) as the user reads them: translated by Qt, numbers and
dates in the user's locale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from alliance.core.messages import Msg, english, render
from alliance.ui.widgets.formatting import date_text


def _translated(m: Msg) -> str:
    n = -1 if m.n is None else m.n
    out = QCoreApplication.translate(m.context, m.text, None, n)
    untranslated = m.text.replace("%n", str(m.n)) if m.n is not None else m.text
    return english(m) if out == untranslated else out  # no translation: the English plural rule


def _number(value: float, decimals: int, sign: bool) -> str:
    text = QLocale().toString(float(value), "f", decimals)
    return f"+{text}" if sign and value > 0 else text


def _date(value: dt.date) -> str:
    return date_text(value)


def shown(m: Msg) -> str:
    """The message in the user's language and locale."""
    return render(m, number=_number, date=_date, translate=_translated)
