"""Client mode (a check-in the client answers on this computer): what was predicted, what was answered, the gap.

Pure: the services read and write the hand-over (``services.handover``), the UI shows it. Predictions are made
on the client-rated alliance measures (the relationship check-in and the SRS, both 0-10 per item), so every gap
is in points of the same 0-10 scale and a therapist's calibration can be one number across sessions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from alliance.core.instruments import CHECKIN, SRS

PREDICTABLE: tuple[str, ...] = (CHECKIN, SRS)  # the instruments a prediction may be entered for
CALIBRATION_SESSIONS = 10  # the caseload's calibration: mean absolute error over this many predicted hand-overs


class HandoverEnd(StrEnum):
    """How the client's turn ended: handed back on the finish page, or an escape attempt locked the vault."""

    FINISHED = "finished"
    INTERRUPTED = "interrupted"


class InstrumentState(StrEnum):
    PENDING = "pending"
    DONE = "done"
    NOT_TODAY = "not today"


@dataclass(frozen=True)
class HandoverItem:
    """One item: the therapist's prediction (None: none entered), the client's answer (None: not given), and
    whether the client chose "Prefer not to answer"."""

    instrument: str
    item: str
    predicted: int | None = None
    answer: int | None = None
    skipped: bool = False

    @property
    def gap(self) -> int | None:
        """The client's answer minus the prediction (positive: the client rated it higher), when both exist."""
        if self.predicted is None or self.answer is None:
            return None
        return self.answer - self.predicted


@dataclass(frozen=True)
class Handover:
    """A whole hand-over as stored."""

    id: int
    client_id: int
    date: dt.date
    session_id: int | None
    ended: HandoverEnd | None
    revealed: bool
    instruments: tuple[tuple[str, InstrumentState], ...]  # in the order asked
    items: tuple[HandoverItem, ...]

    def items_of(self, instrument: str) -> tuple[HandoverItem, ...]:
        return tuple(i for i in self.items if i.instrument == instrument)

    def answers(self) -> dict[str, dict[str, int]]:
        """The client's answers by instrument and item (instruments declined "not today" and skipped items left
        out), as a session stores its instrument responses."""
        out: dict[str, dict[str, int]] = {}
        declined = {i for i, state in self.instruments if state is InstrumentState.NOT_TODAY}
        for it in self.items:
            if it.answer is not None and it.instrument not in declined:
                out.setdefault(it.instrument, {})[it.item] = it.answer
        return out

    def not_today(self) -> tuple[str, ...]:
        return tuple(i for i, state in self.instruments if state is InstrumentState.NOT_TODAY)

    @property
    def answered(self) -> int:
        return sum(1 for i in self.items if i.answer is not None)

    @property
    def predicted(self) -> bool:
        return any(i.predicted is not None for i in self.items)

    def mean_absolute_error(self) -> Fraction | None:
        return mean_absolute_error(self.items)

    def mean_signed_error(self, instrument: str) -> Fraction | None:
        """The prediction minus the answer, averaged over the items of ``instrument`` that have both (the sign
        the perspective-gap rule uses: positive when you expected more than the client said)."""
        gaps = [g for i in self.items_of(instrument) if (g := i.gap) is not None]
        return Fraction(-sum(gaps), len(gaps)) if gaps else None


def mean_absolute_error(items: Iterable[HandoverItem]) -> Fraction | None:
    """Mean |answer - prediction| over the items that have both; None when none has."""
    gaps = [abs(g) for i in items if (g := i.gap) is not None]
    return Fraction(sum(gaps), len(gaps)) if gaps else None


@dataclass(frozen=True)
class Calibration:
    """How close the therapist's predictions came: the mean absolute error (points on 0-10) of each of the last
    ``sessions`` predicted hand-overs, averaged."""

    error: Fraction
    sessions: int


def calibration(errors_newest_first: Sequence[Fraction], last: int = CALIBRATION_SESSIONS) -> Calibration | None:
    """The calibration over the newest ``last`` per-hand-over errors (None with none)."""
    recent = list(errors_newest_first[:last])
    if not recent:
        return None
    return Calibration(sum(recent, Fraction(0)) / len(recent), len(recent))


def prediction_for_gap(checkin_mean: Fraction | None, signed_error: Fraction | None) -> Fraction | None:
    """The "prediction" the perspective-gap rule compares with the check-in mean: chosen so that prediction -
    check-in equals the mean signed error on the items that were both predicted and answered."""
    if checkin_mean is None or signed_error is None:
        return None
    return checkin_mean + signed_error
