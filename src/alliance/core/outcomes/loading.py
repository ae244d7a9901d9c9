"""Strict loading of the outcome instrument files: a malformed file raises ResourceError naming file and field."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from alliance.core.errors import ResourceError
from alliance.core.messages import msg
from alliance.core.outcomes.model import (
    Band,
    Clinical,
    Cluster,
    Criterion,
    Cutoff,
    DiagnosisRule,
    Direction,
    Item,
    Method,
    MissingRule,
    Mode,
    Option,
    OutcomeInstrument,
    ReliableChange,
    SafetyItem,
    Scoring,
    Source,
)

RESOURCE_PACKAGE = "alliance.resources"
OUTCOME_FOLDER = ("instruments", "outcomes")
SHIPPED_IDS: frozenset[str] = frozenset({"pcl5", "phq9", "gad7", "itq", "core10", "ors", "des2"})

_ID = re.compile(r"^[a-z0-9_]+$")
_E = TypeVar("_E", bound=StrEnum)

_KEYS: dict[str, tuple[set[str], set[str]]] = {
    "": ({"id", "version", "name", "short_name", "mode", "direction", "source", "licence", "items", "scoring"},
         {"attribution", "instructions", "stem", "response_options", "clusters", "diagnoses", "bands", "cutoff",
          "reliable_change", "safety_items"}),
    "source": ({"citation", "url", "checked_against"}, set()),
    "item": ({"id", "number", "label", "min", "max"}, {"text", "heading", "step", "reversed", "scored", "options"}),
    "option": ({"value", "label"}, set()),
    "scoring": ({"method", "missing"}, {"total_min", "total_max"}),
    "missing": ({"rule", "source"}, {"max_missing"}),
    "cluster": ({"id", "label", "items"}, {"criterion"}),
    "criterion": ({"count", "threshold"}, set()),
    "diagnosis": ({"id", "label", "requires"}, {"excluded_by"}),
    "band": ({"from", "id", "label"}, set()),
    "cutoff": ({"value", "clinical", "source"}, set()),
    "reliable_change": ({"method", "source"}, {"value", "reliability", "sd"}),
    "safety": ({"item", "above"}, set()),
}


def _kind(value: object) -> str:
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
    return "an object" if isinstance(value, dict) else type(value).__name__


class _Obj:
    """Typed access to one JSON object; every failure names the file and the dotted field."""

    def __init__(self, file: str, path: str, data: object, keys: str) -> None:
        self.file, self.path = file, path
        if not isinstance(data, dict):
            self.fail("", f"must be an object, not {_kind(data)}")
        self.data: dict[str, Any] = data
        required, optional = _KEYS[keys]
        missing = sorted(required - data.keys())
        if missing:
            self.fail(missing[0], "is missing")
        unknown = sorted(data.keys() - required - optional)
        if unknown:
            self.fail(unknown[0], "is not a known field (check the spelling)")

    def name(self, key: str) -> str:
        if not key:
            return self.path or "(top level)"
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, problem: str) -> NoReturn:
        raise ResourceError(msg("Outcome instrument file {file}: field '{value}' {problem}.",
                                file=self.file, value=self.name(key), problem=problem))

    def child(self, key: str, keys: str) -> _Obj:
        return _Obj(self.file, self.name(key), self.data[key], keys)

    def has(self, key: str) -> bool:
        return key in self.data

    def text(self, key: str, default: str | None = None) -> str:
        if key not in self.data and default is not None:
            return default
        value = self.data[key]
        if not isinstance(value, str):
            self.fail(key, f"must be text, not {_kind(value)}")
        if not value.strip():
            self.fail(key, "must not be empty")
        return value

    def ident(self, key: str) -> str:
        value = self.text(key)
        if not _ID.match(value):
            self.fail(key, f"'{value}' must use only lower-case letters, digits and '_'")
        return value

    def integer(self, key: str, default: int | None = None, minimum: int | None = None) -> int:
        if key not in self.data and default is not None:
            return default
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"must be a whole number, not {_kind(value)}")
        if minimum is not None and value < minimum:
            self.fail(key, f"must be {minimum} or more")
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            self.fail(key, f"must be true or false, not {_kind(value)}")
        return value

    def exact(self, key: str) -> Fraction:
        """A number given as a whole number or as decimal text ("0.90"), kept exact; floats are refused."""
        value = self.data[key]
        if isinstance(value, int) and not isinstance(value, bool):
            return Fraction(value)
        if isinstance(value, str):
            try:
                return Fraction(Decimal(value))
            except (InvalidOperation, ValueError):
                pass
        self.fail(key, "must be a whole number or a decimal written as text (e.g. \"0.90\"), not a float")

    def choice(self, key: str, enum: type[_E]) -> _E:
        value = self.text(key)
        for member in enum:
            if member.value == value:
                return member
        self.fail(key, f"is '{value}' but must be one of {', '.join(e.value for e in enum)}")

    def objects(self, key: str, keys: str, *, allow_empty: bool = True) -> list[_Obj]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            self.fail(key, f"must be a list, not {_kind(value)}")
        if not value and not allow_empty:
            self.fail(key, "must not be empty")
        return [_Obj(self.file, f"{self.name(key)}[{n}]", d, keys) for n, d in enumerate(value)]

    def ids(self, key: str, known: Iterable[str], what: str) -> tuple[str, ...]:
        value = self.data[key]
        if not isinstance(value, list) or not value:
            self.fail(key, f"must be a non-empty list of {what} ids")
        allowed = set(known)
        seen: list[str] = []
        for n, member in enumerate(value):
            if not isinstance(member, str) or member not in allowed:
                self.fail(f"{key}[{n}]", f"names '{member}', which is not a {what} of this instrument")
            if member in seen:
                self.fail(f"{key}[{n}]", f"lists '{member}' twice")
            seen.append(member)
        return tuple(seen)


def _unique(owner: _Obj, key: str, ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for n, ident in enumerate(ids):
        if ident in seen:
            owner.fail(f"{key}[{n}].id", f"repeats the id '{ident}'")
        seen.add(ident)


def _options(owner: _Obj, key: str, low: int, high: int) -> tuple[Option, ...]:
    options = tuple(Option(o.integer("value"), o.text("label")) for o in owner.objects(key, "option"))
    values = [o.value for o in options]
    if options and values != list(range(low, high + 1)):
        owner.fail(key, f"must give one option for each value from {low} to {high}, in order")
    return options


def _item(o: _Obj) -> Item:
    low, high = o.integer("min"), o.integer("max")
    if low > high:
        o.fail("min", f"({low}) must not be greater than max ({high})")
    step = o.integer("step", default=1, minimum=1)
    if (high - low) % step:
        o.fail("step", f"({step}) must divide the range {low} to {high}")
    return Item(id=o.ident("id"), number=o.integer("number", minimum=1), label=o.text("label"), min=low, max=high,
                text=o.text("text", default=""), step=step, reversed=o.flag("reversed"),
                scored=o.flag("scored") if o.has("scored") else True, options=_options(o, "options", low, high),
                heading=o.text("heading", default=""))


def _scoring(top: _Obj, items: tuple[Item, ...]) -> Scoring:
    s = top.child("scoring", "scoring")
    method = s.choice("method", Method)
    m = s.child("missing", "missing")
    rule = m.choice("rule", MissingRule)
    max_missing = m.integer("max_missing", default=0, minimum=0)
    if rule is MissingRule.PRORATE and max_missing < 1:
        m.fail("max_missing", "must be 1 or more when the rule is 'prorate'")
    if rule is MissingRule.NONE and m.has("max_missing"):
        m.fail("max_missing", "only applies when the rule is 'prorate'")
    scored = [i for i in items if i.scored]
    if max_missing >= len(scored):
        m.fail("max_missing", "must leave at least one answered item")
    total_min = total_max = None
    if method is Method.SUM:
        total_min, total_max = s.integer("total_min"), s.integer("total_max")
        if (total_min, total_max) != (sum(i.min for i in scored), sum(i.max for i in scored)):
            s.fail("total_min", f"and total_max must be the items' range {sum(i.min for i in scored)} to "
                                f"{sum(i.max for i in scored)}")
    elif s.has("total_min") or s.has("total_max"):
        s.fail("total_min", "only applies when the method is 'sum'")
    return Scoring(method, rule, m.text("source"), max_missing, total_min, total_max)


def _reliable_change(top: _Obj) -> ReliableChange | None:
    if not top.has("reliable_change"):
        return None
    r = top.child("reliable_change", "reliable_change")
    method = r.text("method")
    if method == "published":
        if not r.has("value") or r.has("reliability") or r.has("sd"):
            r.fail("value", "is needed (and only it) when the method is 'published'")
        value = r.exact("value")
        if value <= 0:
            r.fail("value", "must be above 0")
        return ReliableChange(source=r.text("source"), value=value)
    if method == "jacobson_truax":
        if r.has("value") or not r.has("reliability") or not r.has("sd"):
            r.fail("reliability", "and sd are needed (and no value) when the method is 'jacobson_truax'")
        reliability, sd = r.exact("reliability"), r.exact("sd")
        if not 0 <= reliability < 1:
            r.fail("reliability", "must be at least 0 and below 1")
        if sd <= 0:
            r.fail("sd", "must be above 0")
        return ReliableChange(source=r.text("source"), reliability=reliability, sd=sd)
    r.fail("method", f"is '{method}' but must be one of published, jacobson_truax")


def parse_outcome_instrument(data: object, file: str) -> OutcomeInstrument:
    """Build an instrument from decoded JSON, checking every field; ResourceError names file and field."""
    top = _Obj(file, "", data, "")
    ident = top.ident("id")
    mode = top.choice("mode", Mode)
    items = tuple(_item(o) for o in top.objects("items", "item", allow_empty=False))
    _unique(top, "items", (i.id for i in items))
    numbers = [i.number for i in items]
    if numbers != list(range(1, len(items) + 1)):
        top.fail("items", "must be numbered 1, 2, 3 ... in order")
    for n, item in enumerate(items):
        if mode is Mode.SCORE_ENTRY and item.text:
            top.fail(f"items[{n}].text", "must not be given for a score-entry instrument (licensed item text)")
        if mode is Mode.ITEMS and not item.text:
            top.fail(f"items[{n}].text", "is missing (an 'items' instrument ships the form's wording)")
    if not any(i.scored for i in items):
        top.fail("items", "must have at least one scored item")
    scored = [i for i in items if i.scored]
    response_options = _options(top, "response_options", min(i.min for i in scored), max(i.max for i in scored))
    if mode is Mode.ITEMS and not response_options:
        top.fail("response_options", "is missing (an 'items' instrument ships its response labels)")
    item_ids = [i.id for i in items]

    clusters: list[Cluster] = []
    for c in top.objects("clusters", "cluster"):
        criterion = None
        if c.has("criterion"):
            k = c.child("criterion", "criterion")
            criterion = Criterion(k.integer("count", minimum=1), k.integer("threshold"))
        members = c.ids("items", item_ids, "item")
        if criterion is not None and criterion.count > len(members):
            c.fail("criterion.count", f"({criterion.count}) is more than the cluster's {len(members)} items")
        clusters.append(Cluster(c.ident("id"), c.text("label"), members, criterion))
    _unique(top, "clusters", (c.id for c in clusters))
    with_criterion = [c.id for c in clusters if c.criterion is not None]

    diagnoses: list[DiagnosisRule] = []
    for d in top.objects("diagnoses", "diagnosis"):
        excluded = d.ids("excluded_by", [x.id for x in diagnoses], "diagnosis (listed earlier)") \
            if d.has("excluded_by") else ()
        diagnoses.append(DiagnosisRule(d.ident("id"), d.text("label"), d.ids("requires", with_criterion,
                                                                             "cluster with a criterion"), excluded))
    _unique(top, "diagnoses", (d.id for d in diagnoses))

    bands = tuple(Band(b.ident("id"), b.text("label"), b.integer("from")) for b in top.objects("bands", "band"))
    _unique(top, "bands", (b.id for b in bands))
    scoring = _scoring(top, items)
    if bands:
        lowers = [b.lower for b in bands]
        if lowers != sorted(set(lowers)):
            top.fail("bands", "must rise strictly from one band to the next")
        if scoring.total_min is not None and lowers[0] != scoring.total_min:
            top.fail("bands[0].from", f"must be the lowest total, {scoring.total_min}")

    cutoff = None
    if top.has("cutoff"):
        c = top.child("cutoff", "cutoff")
        cutoff = Cutoff(c.integer("value"), c.choice("clinical", Clinical), c.text("source"))

    safety: list[SafetyItem] = []
    for s in top.objects("safety_items", "safety"):
        member = s.text("item")
        if member not in item_ids:
            s.fail("item", f"names '{member}', which is not an item of this instrument")
        safety.append(SafetyItem(member, s.integer("above")))

    src = top.child("source", "source")
    return OutcomeInstrument(
        id=ident, version=top.integer("version", minimum=1), name=top.text("name"),
        short_name=top.text("short_name"), mode=mode, direction=top.choice("direction", Direction),
        source=Source(src.text("citation"), src.text("url"), src.text("checked_against")),
        licence=top.text("licence"), items=items, scoring=scoring,
        attribution=top.text("attribution", default=""), instructions=top.text("instructions", default=""),
        stem=top.text("stem", default=""), response_options=response_options, clusters=tuple(clusters),
        diagnoses=tuple(diagnoses), bands=bands, cutoff=cutoff, reliable_change=_reliable_change(top),
        safety_items=tuple(safety),
    )


def load_outcome_instruments_from(folder: Traversable | Path,
                                  required: Iterable[str] = ()) -> dict[str, OutcomeInstrument]:
    """Every ``*.json`` in ``folder`` by id; each file must be named ``<id>.json``."""
    if not folder.is_dir():
        raise ResourceError(msg("Outcome instrument folder {folder} is missing.", folder=folder))
    found: dict[str, OutcomeInstrument] = {}
    for entry in sorted((e for e in folder.iterdir() if e.name.endswith(".json")), key=lambda e: e.name):
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise ResourceError(msg("Outcome instrument file {name} is not UTF-8 text.", name=entry.name)) from exc
        except json.JSONDecodeError as exc:
            raise ResourceError(msg("Outcome instrument file {name} is not valid JSON (line {lineno}, column {colno}: "
                                    "{msg}).",
                                    name=entry.name, lineno=exc.lineno, colno=exc.colno, msg=exc.msg)) from exc
        instrument = parse_outcome_instrument(data, entry.name)
        if entry.name != f"{instrument.id}.json":
            raise ResourceError(msg("Outcome instrument file {name}: field 'id' is '{id}'; the file must be named "
                                    "{id}.json.",
                                    name=entry.name, id=instrument.id))
        found[instrument.id] = instrument
    missing = sorted(set(required) - found.keys())
    if missing:
        raise ResourceError(msg("Outcome instrument file {value}.json is missing from {folder}.",
                                value=missing[0], folder=folder))
    return found


@functools.cache
def load_outcome_instruments() -> Mapping[str, OutcomeInstrument]:
    """The shipped outcome instruments by id, loaded once (do not modify the result)."""
    folder = resources.files(RESOURCE_PACKAGE).joinpath(*OUTCOME_FOLDER)
    return load_outcome_instruments_from(folder, SHIPPED_IDS)
