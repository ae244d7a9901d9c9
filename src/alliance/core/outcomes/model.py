"""Outcome instruments and administrations as plain frozen dataclasses (no behaviour beyond look-ups)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from functools import cached_property
from types import MappingProxyType

Number = int | Fraction
"""An exact score: a whole number, or a Fraction for a mean or a pro-rated total."""


class Mode(StrEnum):
    """Whether the form's item text is shipped (``items``) or only the scores are entered."""

    ITEMS = "items"
    SCORE_ENTRY = "score_entry"


class Direction(StrEnum):
    """Which way is worse."""

    HIGHER_IS_WORSE = "higher_is_worse"
    HIGHER_IS_BETTER = "higher_is_better"


class Method(StrEnum):
    """How scored items combine into the total."""

    SUM = "sum"
    MEAN = "mean"


class MissingRule(StrEnum):
    """What the manual allows when items are unanswered."""

    NONE = "none"  # every scored item is needed
    PRORATE = "prorate"  # up to max_missing items: total = mean of answered x number of items


class Clinical(StrEnum):
    """Which side of the cut-off is the clinical range."""

    AT_OR_ABOVE = "at_or_above"
    BELOW = "below"


@dataclass(frozen=True)
class Source:
    citation: str
    url: str
    checked_against: str


@dataclass(frozen=True)
class Option:
    value: int
    label: str


@dataclass(frozen=True)
class Item:
    """One item; ``text`` is the form's wording (empty for score-entry instruments); ``heading`` is the form's
    section stem shown before it (e.g. the ITQ's "In the past month have the above problems:")."""

    id: str
    number: int
    label: str
    min: int
    max: int
    text: str = ""
    step: int = 1
    reversed: bool = False
    scored: bool = True
    options: tuple[Option, ...] = ()
    heading: str = ""

    def accepts(self, value: object) -> bool:
        """True for a whole number in range and on the item's step."""
        return (isinstance(value, int) and not isinstance(value, bool) and self.min <= value <= self.max
                and (value - self.min) % self.step == 0)


@dataclass(frozen=True)
class Criterion:
    """A cluster is met when at least ``count`` of its items are rated ``threshold`` or more."""

    count: int
    threshold: int


@dataclass(frozen=True)
class Cluster:
    id: str
    label: str
    items: tuple[str, ...]
    criterion: Criterion | None = None


@dataclass(frozen=True)
class DiagnosisRule:
    """Met when every cluster in ``requires`` is met and no diagnosis in ``excluded_by`` is."""

    id: str
    label: str
    requires: tuple[str, ...]
    excluded_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Band:
    """A severity band from ``lower`` (inclusive) up to the next band's lower bound."""

    id: str
    label: str
    lower: int


@dataclass(frozen=True)
class Cutoff:
    value: int
    clinical: Clinical
    source: str

    def is_clinical(self, score: Number) -> bool:
        """True when ``score`` lies in the clinical range (exact comparison)."""
        if self.clinical is Clinical.AT_OR_ABOVE:
            return score >= self.value
        return score < self.value


@dataclass(frozen=True)
class ReliableChange:
    """A published value, or Jacobson-Truax inputs (reliability and SD, kept exact) from which it follows."""

    source: str
    value: Fraction | None = None  # published
    reliability: Fraction | None = None  # Jacobson-Truax
    sd: Fraction | None = None

    @property
    def published(self) -> bool:
        return self.value is not None

    def threshold_squared(self) -> Fraction:
        """The squared smallest reliable change: value², or (1.96 x SD x sqrt(2(1 - r)))² exactly."""
        return self._threshold_squared

    @cached_property
    def _threshold_squared(self) -> Fraction:
        # Worked out once per instrument: every administration of every client is classified against it (exact
        # Fraction products cost about 16 µs, and a caseload export asks some 15,000 times).
        if self.value is not None:
            return self.value * self.value
        assert self.reliability is not None and self.sd is not None
        z = Fraction(196, 100)
        return z * z * self.sd * self.sd * 2 * (1 - self.reliability)

    def is_reliable(self, change: Number) -> bool:
        """True when the size of ``change`` reaches the reliable change value (on the value counts)."""
        size = change if isinstance(change, int) else Fraction(change)  # a whole total squares as an int, exactly
        return bool(size * size >= self._threshold_squared)

    def approximate(self) -> float:
        """The value for display only (never compared)."""
        return math.sqrt(self.threshold_squared())

    def shown(self) -> int | Fraction | float:
        """The value as shown to people: the published number exactly, or the Jacobson-Truax value (display)."""
        if self.value is not None:
            return self.value.numerator if self.value.denominator == 1 else self.value
        return self.approximate()


@dataclass(frozen=True)
class SafetyItem:
    """An item whose answer above ``above`` prompts the clinician at once."""

    item: str
    above: int


@dataclass(frozen=True)
class Scoring:
    method: Method
    missing: MissingRule
    missing_source: str
    max_missing: int = 0
    total_min: int | None = None
    total_max: int | None = None


@dataclass(frozen=True)
class OutcomeInstrument:
    """An outcome measure as loaded from ``resources/instruments/outcomes/<id>.json``."""

    id: str
    version: int
    name: str
    short_name: str
    mode: Mode
    direction: Direction
    source: Source
    licence: str
    items: tuple[Item, ...]
    scoring: Scoring
    attribution: str = ""
    instructions: str = ""
    stem: str = ""
    response_options: tuple[Option, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    diagnoses: tuple[DiagnosisRule, ...] = ()
    bands: tuple[Band, ...] = ()
    cutoff: Cutoff | None = None
    reliable_change: ReliableChange | None = None
    safety_items: tuple[SafetyItem, ...] = ()

    @cached_property
    def scored_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.scored)

    @cached_property
    def items_by_id(self) -> Mapping[str, Item]:
        """Every item by its id (made once)."""
        return MappingProxyType({i.id: i for i in self.items})

    def item(self, item_id: str) -> Item:
        """The item with this id; KeyError when there is none."""
        return self.items_by_id[item_id]

    def worse(self, before: Number, after: Number) -> Number:
        """How much worse ``after`` is than ``before`` (negative when better), in this instrument's direction."""
        diff = after - before
        return diff if self.direction is Direction.HIGHER_IS_WORSE else -diff


def _frozen(answers: Mapping[str, int | None] | None) -> Mapping[str, int | None] | None:
    return None if answers is None else MappingProxyType(dict(answers))


@dataclass(frozen=True)
class Administration:
    """One completed (or partly completed) measure in one session.

    Give ``answers`` (item id -> value, None for unanswered) or, for score entry, ``entered_total``.
    """

    id: str
    instrument_id: str
    session_id: str
    session_number: int
    date: dt.date
    answers: Mapping[str, int | None] | None = None
    entered_total: Number | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "answers", _frozen(self.answers))

    def __hash__(self) -> int:
        return hash((self.id, self.instrument_id, self.session_id, self.date))
