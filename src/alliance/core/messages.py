"""Text for people, made in the pure layers and worded where it is shown.

``core`` and ``services`` never format user-visible sentences themselves: a reason, a validation problem or
a label is a ``Msg`` — an English source text with named placeholders, plus its arguments kept as values
(numbers as ``int``/``Fraction``/``float``, dates as ``datetime.date``). The GUI translates the source text
with Qt (``QCoreApplication.translate(msg.context, msg.text, None, n)``) and formats the numbers and dates
with the user's ``QLocale``; the command line and the reports without a translator use ``render`` below.

Placeholders are ``{name}`` or ``{name:spec}`` with a number spec such as ``.1f``, ``+.2f`` or ``d``. A
message that counts something passes the count as ``msg``'s third positional argument (after a disambiguation,
usually ``None``: the shape of Qt's ``tr``, so ``lupdate`` sees a plural) and writes ``%n`` where the count goes;
``plural`` holds the English plural form, used when no translation is installed and ``n != 1``.

Source texts are literals at the place they are made: ``make ts`` runs ``pyside6-lupdate`` with ``msg`` and
``translatable`` as aliases of ``tr``, so every one of them lands in ``resources/translations/*.ts``. Such calls
have lupdate's empty context, which is therefore ``DEFAULT_CONTEXT``.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from types import MappingProxyType
from typing import Any

DEFAULT_CONTEXT = ""

NumberFormat = Callable[[float, int, bool], str]
"""(value, decimals, always show the sign) -> text."""
DateFormat = Callable[[dt.date], str]
Translate = Callable[["Msg"], str]
"""Returns the translated source text (``%n`` already replaced) for a message."""

_formatter = string.Formatter()


def _freeze(args: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(args))


@dataclass(frozen=True)
class Msg:
    """A user-visible message: an English source text, its arguments, and how to translate it."""

    text: str
    args: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    n: int | None = None
    plural: str | None = None
    context: str = DEFAULT_CONTEXT

    def __post_init__(self) -> None:
        object.__setattr__(self, "args", _freeze(self.args))

    def __str__(self) -> str:
        return render(self)

    def __hash__(self) -> int:
        return hash((self.text, tuple(sorted(self.args.items(), key=lambda kv: kv[0])), self.n, self.plural,
                     self.context))

    def with_args(self, **args: object) -> Msg:
        """The same message with more (or replaced) arguments."""
        return Msg(self.text, {**self.args, **args}, self.n, self.plural, self.context)


def msg(text: str, disambiguation: None = None, n: int | None = None, /, *, plural: str | None = None,
        context: str = DEFAULT_CONTEXT, **args: object) -> Msg:
    """Shorthand: ``msg("Session {number}: index fell by {fall:.2f}", number=4, fall=Fraction(9, 4))``; with a
    count, ``msg("%n session", None, count, plural="%n sessions")``."""
    if "n" in args:  # a count given by keyword would be a plain argument, and lupdate would see no plural
        raise TypeError("msg: pass the count as the third positional argument, not as n=")
    return Msg(text, args, n, plural, context)


def translatable(text: str) -> str:
    """Marks a fixed label (a taxonomy term, a field name) for the translation files and returns it unchanged;
    the UI shows it with ``alliance.i18n.translated``."""
    return text


def plain_number(value: float, decimals: int, sign: bool) -> str:
    """A number with a decimal point, as the command line shows it."""
    text = f"{float(value):.{decimals}f}"
    return f"+{text}" if sign and float(value) > 0 else text


def iso_date(value: dt.date) -> str:
    return value.isoformat()


def english(m: Msg) -> str:
    """The source text with ``%n`` replaced, the English plural chosen when ``n != 1``."""
    text = m.plural if (m.plural is not None and m.n is not None and m.n != 1) else m.text
    return text.replace("%n", str(m.n)) if m.n is not None else text


def _spec_decimals(spec: str) -> tuple[int, bool] | None:
    """(decimals, sign) for a number spec such as '.2f', '+.1f', 'd'; None for another spec."""
    sign = spec.startswith("+")
    body = spec[1:] if sign else spec
    if body in ("", "d"):
        return 0, sign
    if body.startswith(".") and body.endswith("f") and body[1:-1].isdigit():
        return int(body[1:-1]), sign
    return None


def _rounded(value: Fraction, decimals: int) -> Fraction:
    """``value`` rounded to ``decimals`` places, halves away from zero."""
    scaled = abs(value) * 10**decimals
    whole_part = int(scaled + Fraction(1, 2))
    return Fraction(whole_part if value >= 0 else -whole_part, 10**decimals)


def _natural_decimals(value: float | Fraction) -> int:
    """Decimals to show a number given without a spec: as many as an exact decimal fraction has (up to 4),
    else 2 (0.01 -> 2, 0.025 -> 3, 1/3 -> 2)."""
    if isinstance(value, Fraction):
        for places in range(5):
            if (value * 10**places).denominator == 1:
                return places
    return 2


def format_value(value: object, spec: str, number: NumberFormat, date: DateFormat,
                 translate: Translate | None = None) -> str:
    """One argument as text: numbers and dates through the given formatters, nested messages rendered."""
    if isinstance(value, Msg):
        return render(value, number=number, date=date, translate=translate)
    if isinstance(value, dt.date):
        return date(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float | Fraction) and not spec:
        return number(float(value), _natural_decimals(value), False)
    if spec == "," and isinstance(value, int):  # a limit such as 4,000: grouped as the locale groups
        return f"{value:,}" if number is plain_number else number(value, 0, False)
    if isinstance(value, int | float | Fraction):
        parsed = _spec_decimals(spec)
        if parsed is not None:
            decimals, sign = parsed
            if isinstance(value, int) and not spec:
                return number(value, 0, False)
            if isinstance(value, Fraction):  # exact values round half away from zero, as people do (1.625 -> 1.63)
                value = _rounded(value, decimals)
            return number(float(value), decimals, sign)
        if isinstance(value, Fraction):
            return number(float(value), 2, False)
        return number(value, 0 if isinstance(value, int) else 2, False)
    return format(value, spec) if spec else str(value)


def fill(text: str, args: Mapping[str, Any], number: NumberFormat = plain_number, date: DateFormat = iso_date,
         translate: Translate | None = None) -> str:
    """Put the arguments into the placeholders of an (already translated) text."""
    out: list[str] = []
    for literal, name, spec, _conversion in _formatter.parse(text):
        out.append(literal)
        if name is None:
            continue
        if name not in args:
            out.append("{" + name + (":" + spec if spec else "") + "}")
            continue
        out.append(format_value(args[name], spec or "", number, date, translate))
    return "".join(out)


def render(m: Msg, *, number: NumberFormat = plain_number, date: DateFormat = iso_date,
           translate: Translate | None = None) -> str:
    """The message as text: translated by ``translate`` (English without one), arguments filled in."""
    text = translate(m) if translate is not None else english(m)
    return fill(text, m.args, number, date, translate)
