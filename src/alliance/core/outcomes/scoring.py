"""Scoring one administration exactly: total, clusters, diagnostic rules, band, cut-off and safety items."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from alliance.core.messages import Msg, msg
from alliance.core.outcomes.model import Band, Item, Method, MissingRule, Number, OutcomeInstrument


def data_label(instrument: OutcomeInstrument, text: str) -> Msg:
    """A label that comes from an instrument file, as a Msg translated in that instrument's context."""
    return Msg(text, context=f"Alliance outcome instrument {instrument.id}")


def exact(value: Fraction) -> Number:
    """A whole-valued Fraction as an int, otherwise the Fraction itself."""
    return value.numerator if value.denominator == 1 else value


class OutcomeInputError(ValueError):
    """Answers that cannot be scored (unknown item, value out of range, no answers at all)."""

    def __init__(self, problems: list[Msg]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class ClusterScore:
    """A cluster's sum (None unless every item is answered) and whether its criterion is met (None: unknown)."""

    id: str
    label: Msg
    total: int | None
    answered: int
    items: int
    met: bool | None


@dataclass(frozen=True)
class DiagnosisResult:
    """A diagnostic rule's outcome: True, False, or None when the unanswered items could decide it."""

    id: str
    label: Msg
    met: bool | None


@dataclass(frozen=True)
class SafetyFlag:
    item_id: str
    item_number: int
    value: int
    above: int


@dataclass(frozen=True)
class Score:
    """The result of scoring one administration; ``total`` is None when the manual gives no valid total."""

    instrument_id: str
    total: Number | None
    answered: int
    missing: tuple[str, ...]
    prorated: bool
    entered: bool
    clusters: tuple[ClusterScore, ...]
    diagnoses: tuple[DiagnosisResult, ...]
    band: Band | None
    band_label: Msg | None
    clinical: bool | None
    safety: tuple[SafetyFlag, ...]
    note: Msg | None

    def cluster(self, cluster_id: str) -> ClusterScore:
        for c in self.clusters:
            if c.id == cluster_id:
                return c
        raise KeyError(cluster_id)

    def diagnosis(self, diagnosis_id: str) -> DiagnosisResult:
        for d in self.diagnoses:
            if d.id == diagnosis_id:
                return d
        raise KeyError(diagnosis_id)


def band_for(instrument: OutcomeInstrument, total: Number) -> Band | None:
    """The band whose lower bound is the highest one at or below ``total`` (exact)."""
    chosen: Band | None = None
    for band in instrument.bands:
        if total >= band.lower:
            chosen = band
    return chosen


def _check(instrument: OutcomeInstrument, answers: Mapping[str, int | None]) -> list[Msg]:
    problems: list[Msg] = []
    for item_id, value in answers.items():
        item = instrument.items_by_id.get(item_id)
        if item is None:
            problems.append(msg("{instrument} has no item '{item}'.", instrument=instrument.short_name,
                                item=item_id))
        elif value is not None and not item.accepts(value):
            problems.append(msg("{instrument} item {number} must be a whole number from {low} to {high}.",
                                instrument=instrument.short_name, number=item.number, low=item.min,
                                high=item.max))
    return problems


def _scored_value(item: Item, value: int) -> int:
    return item.min + item.max - value if item.reversed else value


def _criterion_met(count: int, threshold: int, values: list[int | None]) -> bool | None:
    present = sum(1 for v in values if v is not None and v >= threshold)
    unknown = sum(1 for v in values if v is None)
    if present >= count:
        return True
    if present + unknown < count:
        return False
    return None


def _clusters(instrument: OutcomeInstrument, answers: Mapping[str, int | None]) -> tuple[ClusterScore, ...]:
    out: list[ClusterScore] = []
    for cluster in instrument.clusters:
        raw = [answers.get(i) for i in cluster.items]
        answered = [(instrument.item(i), v) for i, v in zip(cluster.items, raw, strict=True) if v is not None]
        total = sum(_scored_value(item, v) for item, v in answered) if len(answered) == len(raw) else None
        met = None if cluster.criterion is None else _criterion_met(cluster.criterion.count,
                                                                      cluster.criterion.threshold, raw)
        out.append(ClusterScore(cluster.id, data_label(instrument, cluster.label), total, len(answered), len(raw),
                                met))
    return tuple(out)


def _diagnoses(instrument: OutcomeInstrument, clusters: tuple[ClusterScore, ...]) -> tuple[DiagnosisResult, ...]:
    met = {c.id: c.met for c in clusters}
    results: dict[str, bool | None] = {}
    out: list[DiagnosisResult] = []
    for rule in instrument.diagnoses:
        needed = [met[c] for c in rule.requires]
        candidate: bool | None = False if False in needed else (True if all(needed) else None)
        excluded = [results[d] for d in rule.excluded_by]
        result: bool | None
        if candidate is False or True in excluded:
            result = False
        elif candidate is True and all(e is False for e in excluded):
            result = True
        else:
            result = None
        results[rule.id] = result
        out.append(DiagnosisResult(rule.id, data_label(instrument, rule.label), result))
    return tuple(out)


def _total(instrument: OutcomeInstrument, answers: Mapping[str, int | None]) -> tuple[Number | None, bool, Msg | None]:
    scored = instrument.scored_items
    values = [(i, answers.get(i.id)) for i in scored]
    given = [_scored_value(i, v) for i, v in values if v is not None]
    missing = len(scored) - len(given)
    rule = instrument.scoring
    if missing == 0:
        if rule.method is Method.MEAN:
            return exact(Fraction(sum(given), len(given))), False, None
        return sum(given), False, None
    if rule.missing is MissingRule.PRORATE and missing <= rule.max_missing:
        total = Fraction(sum(given), len(given))
        if rule.method is Method.SUM:
            total *= len(scored)
        return exact(total), True, msg("Pro-rated: %n item unanswered, total = mean of the answered items × {items}.",
                                       None, missing, items=len(scored),
                                       plural="Pro-rated: %n items unanswered, total = mean of the answered items "
                                       "× {items}.")
    if rule.missing is MissingRule.PRORATE:
        return None, False, msg("No total: %n item is unanswered and the manual allows at most {allowed}.",
                                None, missing, allowed=rule.max_missing,
                                plural="No total: %n items are unanswered and the manual allows at most {allowed}.")
    return None, False, msg("No total: %n item is unanswered and the manual allows no pro-rating.", None, missing,
                            plural="No total: %n items are unanswered and the manual allows no pro-rating.")


def _entered(instrument: OutcomeInstrument, total: Number) -> Score:
    scored = instrument.scored_items
    if instrument.scoring.method is Method.SUM:
        low, high = sum(i.min for i in scored), sum(i.max for i in scored)
    else:
        low, high = min(i.min for i in scored), max(i.max for i in scored)
    if isinstance(total, bool) or not isinstance(total, int | Fraction) or not low <= total <= high:
        raise OutcomeInputError([msg("{instrument} score must be from {low} to {high}.",
                                     instrument=instrument.short_name, low=low, high=high)])
    value = exact(Fraction(total))
    band = band_for(instrument, value)
    return Score(instrument.id, value, 0, (), False, True, (), (), band,
                 None if band is None else data_label(instrument, band.label),
                 None if instrument.cutoff is None else instrument.cutoff.is_clinical(value), (), None)


def score(instrument: OutcomeInstrument, answers: Mapping[str, int | None] | None = None,
          entered_total: Number | None = None, *, detail: bool = True) -> Score:
    """Score one administration from item answers (None = unanswered) or, for score entry, an entered total.
    Without ``detail`` the clusters and diagnoses are left out (empty): the total, band and safety items only.

    Raises :class:`OutcomeInputError` for unknown items, values out of range or step, both or neither input.
    """
    if (answers is None) == (entered_total is None):
        raise OutcomeInputError([msg("Give either the item answers or the total score, not both or neither.")])
    if entered_total is not None:
        return _entered(instrument, entered_total)
    assert answers is not None
    problems = _check(instrument, answers)
    if problems:
        raise OutcomeInputError(problems)
    if all(answers.get(i.id) is None for i in instrument.items):
        raise OutcomeInputError([msg("{instrument} has no answers.", instrument=instrument.short_name)])
    total, prorated, note = _total(instrument, answers)
    clusters = _clusters(instrument, answers) if detail else ()
    band = None if total is None else band_for(instrument, total)
    safety = tuple(
        SafetyFlag(s.item, instrument.item(s.item).number, value, s.above)
        for s in instrument.safety_items
        if (value := answers.get(s.item)) is not None and value > s.above
    )
    return Score(
        instrument_id=instrument.id, total=total,
        answered=sum(1 for i in instrument.scored_items if answers.get(i.id) is not None),
        missing=tuple(i.id for i in instrument.scored_items if answers.get(i.id) is None),
        prorated=prorated, entered=False, clusters=clusters,
        diagnoses=_diagnoses(instrument, clusters) if detail else (),
        band=band, band_label=None if band is None else data_label(instrument, band.label),
        clinical=None if total is None or instrument.cutoff is None else instrument.cutoff.is_clinical(total),
        safety=safety, note=note,
    )
