"""Builders for outcome tests: administrations and answer sets with a chosen total."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from alliance.core.outcomes import Administration, OutcomeInstrument, load_outcome_instruments

START = dt.date(2026, 1, 5)


def instrument(ident: str) -> OutcomeInstrument:
    return load_outcome_instruments()[ident]


def answers_for_total(ins: OutcomeInstrument, total: int) -> dict[str, int | None]:
    """Answers (raw, before reversal) whose scored total is ``total``: fill items from the first, top value first."""
    out: dict[str, int | None] = {}
    left = total
    for item in ins.scored_items:
        value = min(item.max, left)
        left -= value
        out[item.id] = item.min + item.max - value if item.reversed else value
    assert left == 0, "total out of range"
    return out


def series(ins: OutcomeInstrument, totals: Sequence[int | None], *, start_number: int = 1,
           weekly: bool = True) -> list[Administration]:
    """One administration per total (None = all items unanswered but one, so no valid total)."""
    out = []
    for n, total in enumerate(totals):
        number = start_number + n
        if total is None:
            answers: dict[str, int | None] = {i.id: None for i in ins.scored_items}
            answers[ins.scored_items[0].id] = 0
        else:
            answers = answers_for_total(ins, total)
        out.append(Administration(id=f"a{number}", instrument_id=ins.id, session_id=f"s{number}",
                                  session_number=number, date=START + dt.timedelta(weeks=n if weekly else 0),
                                  answers=answers))
    return out
