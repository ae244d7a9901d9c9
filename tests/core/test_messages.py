"""Messages made in the pure layers: English rendering, numbers and dates through formatters, plurals."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from alliance.core.messages import Msg, msg, render


def test_placeholders_take_numbers_with_their_spec() -> None:
    m = msg("Index fell from {before:.2f} to {after:.2f} ({slope:+.2f} per session)",
            before=Fraction(31, 4), after=6, slope=Fraction(-3, 10))
    assert render(m) == "Index fell from 7.75 to 6.00 (-0.30 per session)"


def test_a_locale_number_format_is_used_for_every_number() -> None:
    m = msg("{a:.1f} and {b}", a=2.5, b=3)
    comma = render(m, number=lambda v, d, s: f"{v:.{d}f}".replace(".", ","))
    assert comma == "2,5 and 3"


def test_dates_go_through_the_date_format() -> None:
    m = msg("since {when}", when=dt.date(2026, 3, 4))
    assert render(m) == "since 2026-03-04"
    assert render(m, date=lambda d: d.strftime("%d.%m.%Y")) == "since 04.03.2026"


def test_plural_forms_follow_n() -> None:
    one = msg("open for %n session", None, 1, plural="open for %n sessions")
    many = msg("open for %n session", None, 3, plural="open for %n sessions")
    assert (str(one), str(many)) == ("open for 1 session", "open for 3 sessions")


def test_nested_messages_are_rendered_and_translated_too() -> None:
    inner = msg("withdrawal")
    outer = msg("A {kind} rupture", kind=inner)
    german = {"withdrawal": "Rückzug", "A {kind} rupture": "Ein Bruch: {kind}"}
    assert render(outer, translate=lambda m: german.get(m.text, m.text)) == "Ein Bruch: Rückzug"


def test_messages_are_values() -> None:
    a = Msg("x {y}", {"y": 1})
    assert a.with_args(y=2).args["y"] == 2 and a.args["y"] == 1
    assert msg("x {y}", y=1) == a


def test_a_fraction_without_a_spec_shows_the_decimals_it_has() -> None:
    assert render(msg("p < {p}", p=Fraction(1, 100))) == "p < 0.01"
    assert render(msg("{x}", x=Fraction(1, 40))) == "0.025"
    assert render(msg("{x}", x=Fraction(3))) == "3"
    assert render(msg("{x}", x=Fraction(1, 3))) == "0.33"
    assert render(msg("{x}", x=0.5)) == "0.50"
    assert render(msg("{count}", count=7)) == "7"


def test_exact_halves_round_away_from_zero_on_every_front() -> None:
    assert render(msg("{x:.2f}", x=Fraction(13, 8))) == "1.63"  # 1.625 (a float would round it to 1.62)
    assert render(msg("{x:+.2f}", x=Fraction(-13, 8))) == "-1.63"
    assert render(msg("{x:.1f}", x=Fraction(1, 4))) == "0.3"
