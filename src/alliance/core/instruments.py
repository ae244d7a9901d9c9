"""Optional per-session instruments (check-in, SRS, WAI-SR, nervous-system state), defined as data.

The definitions live in ``resources/instruments/*.json`` (packaged as ``alliance.resources``) so a
clinician can read them and they can be translated. They are validated strictly when loaded: a
malformed file raises :class:`ResourceError` naming the file and the field, never a ``KeyError``
somewhere in the UI later.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, NoReturn

from alliance.core.errors import FieldProblem, ResourceError, ValidationError
from alliance.core.messages import msg

RESOURCE_PACKAGE = "alliance.resources"
INSTRUMENT_FOLDER = "instruments"

CHECKIN = "checkin"
SRS = "srs"
WAI_SR = "wai_sr"
NS_STATE = "ns_state"
REQUIRED_IDS: frozenset[str] = frozenset({CHECKIN, SRS, WAI_SR, NS_STATE})

TOTAL_KEY = "total"

_ID_PATTERN = re.compile(r"^[a-z0-9_]+$")


class RatedBy(StrEnum):
    """Who fills the instrument in."""

    CLIENT = "client"
    THERAPIST = "therapist"


class InstrumentKind(StrEnum):
    """Numeric rating scale, or a choice among named categories."""

    SCALE = "scale"
    CATEGORICAL = "categorical"


class ScoringMethod(StrEnum):
    """How item values combine into a score."""

    SUM = "sum"
    MEAN = "mean"


@dataclass(frozen=True)
class InstrumentItem:
    """One item: a stable id (stored in the vault), a label, and its whole-number range."""

    id: str
    label: str
    min: int
    max: int

    def accepts(self, value: object) -> bool:
        """True when ``value`` is a whole number within the item's range."""
        return isinstance(value, int) and not isinstance(value, bool) and self.min <= value <= self.max


@dataclass(frozen=True)
class Subscale:
    """A named group of items scored together."""

    id: str
    label: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Anchor:
    """A label for one point of the scale, e.g. 1 = "seldom"."""

    value: int
    label: str


@dataclass(frozen=True)
class Category:
    """One choice of a categorical instrument; items store its position in the list."""

    id: str
    label: str
    description: str


@dataclass(frozen=True)
class Scoring:
    """How to score the instrument, and the thresholds that raise an alert."""

    method: ScoringMethod
    total_min: int | None = None
    total_max: int | None = None
    alert_below: int | None = None
    alert_drop: int | None = None


@dataclass(frozen=True)
class Instrument:
    """A questionnaire or observation form, as loaded from its data file."""

    id: str
    name: str
    short_name: str
    rated_by: RatedBy
    kind: InstrumentKind
    items: tuple[InstrumentItem, ...]
    version: int
    description: str = ""
    copyright: str = ""
    subscales: tuple[Subscale, ...] = ()
    anchors: tuple[Anchor, ...] = ()
    categories: tuple[Category, ...] = ()
    scoring: Scoring | None = None

    @property
    def item_ids(self) -> tuple[str, ...]:
        """Item ids in the order the form shows them."""
        return tuple(i.id for i in self.items)

    def item(self, item_id: str) -> InstrumentItem:
        """The item with this id; raises KeyError when there is none."""
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def has_item(self, item_id: str) -> bool:
        """True when the instrument has an item with this id."""
        return any(i.id == item_id for i in self.items)

    def anchor(self, value: int) -> str | None:
        """The anchor label of a scale point, or None when that point has none."""
        for a in self.anchors:
            if a.value == value:
                return a.label
        return None

    def category(self, value: int) -> Category:
        """The category a stored value of a categorical instrument stands for."""
        if self.kind is not InstrumentKind.CATEGORICAL:
            raise ValueError(f"{self.short_name} is not a categorical instrument")
        if not 0 <= value < len(self.categories):
            raise ValueError(f"{self.short_name} has no category number {value}")
        return self.categories[value]

    def category_value(self, category_id: str) -> int:
        """The stored value (position) of a category id; raises KeyError when unknown."""
        for n, c in enumerate(self.categories):
            if c.id == category_id:
                return n
        raise KeyError(category_id)


# --- parsing -------------------------------------------------------------------------------------

_INSTRUMENT_KEYS = {
    "required": {"id", "name", "short_name", "rated_by", "kind", "items", "version"},
    "optional": {"description", "copyright", "subscales", "anchors", "categories", "scoring"},
}
_ITEM_KEYS = {"required": {"id", "label", "min", "max"}, "optional": set[str]()}
_SUBSCALE_KEYS = {"required": {"id", "label", "items"}, "optional": set[str]()}
_CATEGORY_KEYS = {"required": {"id", "label", "description"}, "optional": set[str]()}
_SCORING_KEYS = {
    "required": {"method"},
    "optional": {"total_min", "total_max", "alert_below", "alert_drop"},
}


class _Reader:
    """Typed access to one JSON object, raising ResourceError that names file and field."""

    def __init__(self, source: str, path: str, data: object, keys: Mapping[str, set[str]]) -> None:
        self.source = source
        self.path = path
        if not isinstance(data, dict):
            self.fail(path or "(top level)", f"must be an object, not {_json_type(data)}")
        self.data: dict[str, Any] = data
        missing = sorted(keys["required"] - data.keys())
        if missing:
            self.fail(self.field(missing[0]), "is missing")
        unknown = sorted(data.keys() - keys["required"] - keys["optional"])
        if unknown:
            self.fail(self.field(unknown[0]), "is not a known field (check the spelling)")

    def field(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, field: str, message: str) -> NoReturn:
        raise ResourceError(msg("Instrument file {source}: field '{field}' {message}.",
                                source=self.source, field=field, message=message))

    def has(self, key: str) -> bool:
        return key in self.data

    def text(self, key: str, *, default: str | None = None) -> str:
        if key not in self.data and default is not None:
            return default
        value = self.data[key]
        if not isinstance(value, str):
            self.fail(self.field(key), f"must be text, not {_json_type(value)}")
        if not value.strip():
            self.fail(self.field(key), "must not be empty")
        return value

    def ident(self, key: str) -> str:
        value = self.text(key)
        if not _ID_PATTERN.match(value):
            self.fail(self.field(key), f"'{value}' must use only lower-case letters, digits and '_'")
        return value

    def integer(self, key: str) -> int:
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(self.field(key), f"must be a whole number, not {_json_type(value)}")
        return value

    def optional_integer(self, key: str) -> int | None:
        return self.integer(key) if key in self.data else None

    def items_list(self, key: str, *, allow_empty: bool = False) -> list[Any]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            self.fail(self.field(key), f"must be a list, not {_json_type(value)}")
        if not value and not allow_empty:
            self.fail(self.field(key), "must not be empty")
        return value

    def choice(self, key: str, enum: type[StrEnum]) -> str:
        value = self.text(key)
        allowed = [e.value for e in enum]
        if value not in allowed:
            self.fail(self.field(key), f"is '{value}' but must be one of {', '.join(allowed)}")
        return value


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _check_unique(reader: _Reader, key: str, ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for n, ident in enumerate(ids):
        if ident in seen:
            reader.fail(f"{reader.field(key)}[{n}].id", f"repeats the id '{ident}'")
        seen.add(ident)


def _parse_item(source: str, path: str, data: object) -> InstrumentItem:
    r = _Reader(source, path, data, _ITEM_KEYS)
    item = InstrumentItem(id=r.ident("id"), label=r.text("label"), min=r.integer("min"), max=r.integer("max"))
    if item.min > item.max:
        r.fail(r.field("min"), f"({item.min}) must not be greater than max ({item.max})")
    return item


def _parse_subscale(source: str, path: str, data: object, item_ids: set[str]) -> Subscale:
    r = _Reader(source, path, data, _SUBSCALE_KEYS)
    members: list[str] = []
    for n, member in enumerate(r.items_list("items")):
        field = f"{r.field('items')}[{n}]"
        if not isinstance(member, str):
            r.fail(field, f"must be an item id as text, not {_json_type(member)}")
        if member not in item_ids:
            r.fail(field, f"names the item '{member}', which the instrument does not have")
        if member in members:
            r.fail(field, f"lists the item '{member}' twice")
        members.append(member)
    return Subscale(id=r.ident("id"), label=r.text("label"), items=tuple(members))


def _parse_category(source: str, path: str, data: object) -> Category:
    r = _Reader(source, path, data, _CATEGORY_KEYS)
    return Category(id=r.ident("id"), label=r.text("label"), description=r.text("description"))


def _parse_anchors(r: _Reader, items: tuple[InstrumentItem, ...]) -> tuple[Anchor, ...]:
    raw = r.data.get("anchors", {})
    if not isinstance(raw, dict):
        r.fail("anchors", f"must be an object mapping scale points to labels, not {_json_type(raw)}")
    low = min(i.min for i in items)
    high = max(i.max for i in items)
    anchors: list[Anchor] = []
    for key, label in raw.items():
        field = f"anchors.{key}"
        try:
            value = int(key)
        except ValueError:
            r.fail(field, "must be keyed by a whole number (the scale point)")
        if not low <= value <= high:
            r.fail(field, f"is outside the scale ({low} to {high})")
        if not isinstance(label, str) or not label.strip():
            r.fail(field, "must be a non-empty text label")
        anchors.append(Anchor(value, label))
    return tuple(sorted(anchors, key=lambda a: a.value))


def _parse_scoring(r: _Reader, items: tuple[InstrumentItem, ...]) -> Scoring | None:
    if not r.has("scoring"):
        return None
    s = _Reader(r.source, "scoring", r.data["scoring"], _SCORING_KEYS)
    scoring = Scoring(
        method=ScoringMethod(s.choice("method", ScoringMethod)),
        total_min=s.optional_integer("total_min"),
        total_max=s.optional_integer("total_max"),
        alert_below=s.optional_integer("alert_below"),
        alert_drop=s.optional_integer("alert_drop"),
    )
    if scoring.method is ScoringMethod.SUM:
        # The stated range documents the form; it must agree with the items or a total is mislabelled.
        expected = {"total_min": sum(i.min for i in items), "total_max": sum(i.max for i in items)}
        for key, value in expected.items():
            stated = getattr(scoring, key)
            if stated is None:
                s.fail(s.field(key), "is missing (needed when the method is 'sum')")
            if stated != value:
                s.fail(s.field(key), f"is {stated} but the items add up to {value}")
    else:
        for key in ("total_min", "total_max"):
            if s.has(key):
                s.fail(s.field(key), "only applies when the method is 'sum'")
    if scoring.alert_below is not None:
        low = scoring.total_min if scoring.total_min is not None else min(i.min for i in items)
        high = scoring.total_max if scoring.total_max is not None else max(i.max for i in items)
        if not low < scoring.alert_below <= high:
            s.fail(s.field("alert_below"), f"must lie above {low} and at most {high}")
    if scoring.alert_drop is not None and scoring.alert_drop < 1:
        s.fail(s.field("alert_drop"), "must be 1 or more")
    return scoring


def parse_instrument(data: Mapping[str, Any], source: str) -> Instrument:
    """Build an :class:`Instrument` from decoded JSON, checking every field.

    ``source`` names where the data came from (a file name) for the error message. Raises
    :class:`ResourceError` on the first problem, naming the file and the field.
    """
    r = _Reader(source, "", dict(data) if isinstance(data, Mapping) else data, _INSTRUMENT_KEYS)
    ident = r.ident("id")
    version = r.integer("version")
    if version < 1:
        r.fail("version", "must be 1 or more")
    kind = InstrumentKind(r.choice("kind", InstrumentKind))
    rated_by = RatedBy(r.choice("rated_by", RatedBy))

    items = tuple(_parse_item(source, f"items[{n}]", d) for n, d in enumerate(r.items_list("items")))
    _check_unique(r, "items", (i.id for i in items))
    item_ids = {i.id for i in items}

    subscales = tuple(
        _parse_subscale(source, f"subscales[{n}]", d, item_ids)
        for n, d in enumerate(r.items_list("subscales", allow_empty=True))
    )
    _check_unique(r, "subscales", (s.id for s in subscales))
    if any(s.id == TOTAL_KEY for s in subscales):
        r.fail("subscales", f"must not use the id '{TOTAL_KEY}' (it is reserved for the total score)")
    if subscales:
        # Subscale scores add up to the total only if each item sits in exactly one subscale.
        counts = {i: sum(i in s.items for s in subscales) for i in item_ids}
        for item in items:
            if counts[item.id] != 1:
                where = "no subscale" if counts[item.id] == 0 else f"{counts[item.id]} subscales"
                r.fail("subscales", f"put item '{item.id}' in {where}; each item belongs to exactly one")

    categories = tuple(
        _parse_category(source, f"categories[{n}]", d)
        for n, d in enumerate(r.items_list("categories", allow_empty=True))
    )
    _check_unique(r, "categories", (c.id for c in categories))
    if kind is InstrumentKind.CATEGORICAL:
        if not categories:
            r.fail("categories", "must list the choices of a categorical instrument")
        for n, item in enumerate(items):
            if (item.min, item.max) != (0, len(categories) - 1):
                r.fail(
                    f"items[{n}].max",
                    f"must give the range 0 to {len(categories) - 1} (one value per category)",
                )
        for key in ("subscales", "scoring", "anchors"):
            if r.has(key):
                r.fail(key, "does not apply to a categorical instrument")
    elif r.has("categories"):
        r.fail("categories", "only applies when kind is 'categorical'")

    return Instrument(
        id=ident,
        name=r.text("name"),
        short_name=r.text("short_name"),
        rated_by=rated_by,
        kind=kind,
        items=items,
        version=version,
        description=r.text("description", default=""),
        copyright=r.text("copyright", default=""),
        subscales=subscales,
        anchors=_parse_anchors(r, items),
        categories=categories,
        scoring=_parse_scoring(r, items),
    )


# --- loading -------------------------------------------------------------------------------------


def load_instruments_from(folder: Traversable | Path, required: Iterable[str] = ()) -> dict[str, Instrument]:
    """Load every ``*.json`` file in ``folder``; each file's name must match its instrument id.

    Raises :class:`ResourceError` for unreadable or malformed files, duplicate ids, or when an id in
    ``required`` has no file.
    """
    if not folder.is_dir():
        raise ResourceError(msg("Instrument folder {folder} is missing.", folder=folder))
    found: dict[str, Instrument] = {}
    for entry in sorted((e for e in folder.iterdir() if e.name.endswith(".json")), key=lambda e: e.name):
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise ResourceError(msg("Instrument file {name} is not UTF-8 text.", name=entry.name)) from exc
        except json.JSONDecodeError as exc:
            raise ResourceError(
                msg("Instrument file {name} is not valid JSON (line {lineno}, column {colno}: {msg}).",
                    name=entry.name, lineno=exc.lineno, colno=exc.colno, msg=exc.msg)
            ) from exc
        instrument = parse_instrument(data, entry.name)
        if instrument.id in found:
            raise ResourceError(msg("Instrument file {name}: field 'id' repeats '{id}'.",
                                    name=entry.name, id=instrument.id))
        if entry.name != f"{instrument.id}.json":
            raise ResourceError(
                msg("Instrument file {name}: field 'id' is '{id}'; the file must be named {id}.json.",
                    name=entry.name, id=instrument.id)
            )
        found[instrument.id] = instrument
    missing = sorted(set(required) - found.keys())
    if missing:
        raise ResourceError(msg("Instrument file {value}.json is missing from {folder}.",
                                value=missing[0], folder=folder))
    return found


@functools.cache
def load_instruments() -> dict[str, Instrument]:
    """The shipped instruments by id (``checkin``, ``srs``, ``wai_sr``, ``ns_state``), loaded once.

    The returned dict is shared; do not modify it.
    """
    folder = resources.files(RESOURCE_PACKAGE).joinpath(INSTRUMENT_FOLDER)
    return load_instruments_from(folder, REQUIRED_IDS)


# --- responses -----------------------------------------------------------------------------------


def _value_problem(instrument: Instrument, item: InstrumentItem) -> str:
    if instrument.kind is InstrumentKind.CATEGORICAL:
        labels = [c.label for c in instrument.categories]
        choices = ", ".join(labels[:-1]) + f" or {labels[-1]}" if len(labels) > 1 else labels[0]
        return f"{instrument.short_name} '{item.label}' must be one of {choices}."
    return (
        f"{instrument.short_name} item '{item.label}' must be a whole number from {item.min} to {item.max}."
    )


def validate_responses(
    instruments: Mapping[str, Instrument], responses: Mapping[str, Mapping[str, object]]
) -> list[FieldProblem]:
    """Every problem with a session's instrument responses (instrument id -> item id -> value).

    Items may be left out (a client need not answer every item); unknown instruments, unknown items
    and values that are not whole numbers in the item's range are reported, one problem per field,
    with field names ``instruments.<id>`` or ``instruments.<id>.<item>``.
    """
    problems: list[FieldProblem] = []
    for instrument_id, values in responses.items():
        instrument = instruments.get(instrument_id)
        if instrument is None:
            problems.append(
                FieldProblem(f"instruments.{instrument_id}", msg("There is no questionnaire called '{instrument_id}'.",
                                                                 instrument_id=instrument_id))
            )
            continue
        if not isinstance(values, Mapping):
            problems.append(
                FieldProblem(
                    f"instruments.{instrument_id}",
                    msg("{short_name} answers must be given item by item.", short_name=instrument.short_name),
                )
            )
            continue
        for item_id, value in values.items():
            field = f"instruments.{instrument_id}.{item_id}"
            if not isinstance(item_id, str) or not instrument.has_item(item_id):
                problems.append(FieldProblem(field, msg("{short_name} has no item '{item_id}'.",
                                                        short_name=instrument.short_name, item_id=item_id)))
                continue
            item = instrument.item(item_id)
            if not item.accepts(value):
                problems.append(FieldProblem(field, _value_problem(instrument, item)))
    return problems


# --- scoring -------------------------------------------------------------------------------------


def _checked(instrument_id: str, values: Mapping[str, object], instrument: Instrument | None) -> Instrument:
    """The instrument to score with, after checking ``values`` against it (ValidationError if bad)."""
    chosen = instrument if instrument is not None else load_instruments()[instrument_id]
    problems = validate_responses({chosen.id: chosen}, {chosen.id: values})
    if problems:
        raise ValidationError(problems)
    return chosen


def srs_total(values: Mapping[str, int], instrument: Instrument | None = None) -> int | None:
    """SRS total (0-40): the sum of the four items, or None unless all four are answered.

    Raises :class:`ValidationError` for unknown items or out-of-range values.
    """
    srs = _checked(SRS, values, instrument)
    if any(i not in values for i in srs.item_ids):
        return None
    return sum(values[i] for i in srs.item_ids)


def wai_sr_scores(values: Mapping[str, int], instrument: Instrument | None = None) -> dict[str, int | None]:
    """WAI-SR scores: each subscale's sum (``task``, ``bond``, ``goal``) and the ``total`` (12-60).

    A score is None when any item it needs is unanswered, rather than a misleadingly low sum.
    Raises :class:`ValidationError` for unknown items or out-of-range values.
    """
    wai = _checked(WAI_SR, values, instrument)
    scores: dict[str, int | None] = {}
    for subscale in wai.subscales:
        complete = all(i in values for i in subscale.items)
        scores[subscale.id] = sum(values[i] for i in subscale.items) if complete else None
    complete = all(i in values for i in wai.item_ids)
    scores[TOTAL_KEY] = sum(values[i] for i in wai.item_ids) if complete else None
    return scores


def checkin_mean(values: Mapping[str, int], instrument: Instrument | None = None) -> float | None:
    """Mean (0-10) of the answered relationship check-in items; None when none is answered.

    Raises :class:`ValidationError` for unknown items or out-of-range values.
    """
    _checked(CHECKIN, values, instrument)
    if not values:
        return None
    return sum(values.values()) / len(values)
