"""Reliable and clinically significant change of every administration against the client's baseline (the first)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from alliance.core.messages import Msg, msg
from alliance.core.outcomes.model import Administration, Number, OutcomeInstrument
from alliance.core.outcomes.scoring import Score, score


class ChangeClass(StrEnum):
    BASELINE = "baseline"
    RELIABLE_IMPROVEMENT = "reliable improvement"
    RELIABLE_DETERIORATION = "reliable deterioration"
    NO_RELIABLE_CHANGE = "no reliable change"
    NOT_CLASSIFIED = "not classified"  # no total, or the instrument has no reliable change value


class CutoffCrossing(StrEnum):
    INTO_NON_CLINICAL = "into non-clinical range"
    INTO_CLINICAL = "into clinical range"


def change_label(change: ChangeClass) -> Msg:
    """The class in words."""
    labels = {
        ChangeClass.BASELINE: msg("Baseline"),
        ChangeClass.RELIABLE_IMPROVEMENT: msg("Reliable improvement"),
        ChangeClass.RELIABLE_DETERIORATION: msg("Reliable deterioration"),
        ChangeClass.NO_RELIABLE_CHANGE: msg("No reliable change"),
        ChangeClass.NOT_CLASSIFIED: msg("Not classified"),
    }
    return labels[change]


@dataclass(frozen=True)
class Classified:
    """One administration with its score and its change against the baseline.

    ``change`` is signed in score units (after minus baseline); ``worsening`` is the same amount in the
    instrument's direction (positive = worse). ``recovered`` = reliable improvement and moved from the clinical
    into the non-clinical range; ``clinically_significant`` = the cut-off was crossed in either direction.
    """

    administration: Administration
    score: Score
    baseline_id: str | None
    change: Number | None
    worsening: Number | None
    change_class: ChangeClass
    crossing: CutoffCrossing | None
    recovered: bool
    reason: Msg

    @property
    def clinically_significant(self) -> bool:
        return self.crossing is not None


def reliable_change_inputs(instrument: OutcomeInstrument) -> Msg | None:
    """Where the instrument's reliable change value comes from, with its inputs, for display."""
    rc = instrument.reliable_change
    if rc is None:
        return None
    if rc.value is not None:
        return msg("Reliable change: {value} points. Published value; source: {source}", value=rc.shown(),
                   source=rc.source)
    return msg("Reliable change: {value:.2f} points = 1.96 × SD {sd:.2f} × √(2 × (1 − reliability {r:.2f})) "
               "(Jacobson & Truax 1991). Source of the inputs: {source}", value=rc.approximate(), sd=rc.sd,
               r=rc.reliability, source=rc.source)


def classify_change(instrument: OutcomeInstrument, baseline: Number, current: Number) -> ChangeClass:
    """Reliable improvement / deterioration / no reliable change of ``current`` against ``baseline``."""
    rc = instrument.reliable_change
    if rc is None:
        return ChangeClass.NOT_CLASSIFIED
    worsening = instrument.worse(baseline, current)
    if worsening != 0 and rc.is_reliable(worsening):
        return ChangeClass.RELIABLE_DETERIORATION if worsening > 0 else ChangeClass.RELIABLE_IMPROVEMENT
    return ChangeClass.NO_RELIABLE_CHANGE


def crossing(instrument: OutcomeInstrument, baseline: Number, current: Number) -> CutoffCrossing | None:
    cut = instrument.cutoff
    if cut is None:
        return None
    before, after = cut.is_clinical(baseline), cut.is_clinical(current)
    if before and not after:
        return CutoffCrossing.INTO_NON_CLINICAL
    if after and not before:
        return CutoffCrossing.INTO_CLINICAL
    return None


def ordered(administrations: Sequence[Administration]) -> list[Administration]:
    """Administrations in time order (date, then session number, then id), so back-dated entries sort right."""
    return sorted(administrations, key=lambda a: (a.date, a.session_number, a.id))


def score_administration(instrument: OutcomeInstrument, administration: Administration) -> Score:
    return score(instrument, administration.answers, administration.entered_total)


def classify_series(instrument: OutcomeInstrument, administrations: Sequence[Administration],
                    scores: Mapping[str, Score] | None = None) -> list[Classified]:
    """Every administration of ``instrument`` in time order, classified against the first one with a total."""
    mine = ordered([a for a in administrations if a.instrument_id == instrument.id])
    out: list[Classified] = []
    base: tuple[str, Number] | None = None
    for adm in mine:
        sc = scores[adm.id] if scores is not None and adm.id in scores else score_administration(instrument, adm)
        if sc.total is None:
            out.append(Classified(adm, sc, None if base is None else base[0], None, None,
                                  ChangeClass.NOT_CLASSIFIED, None, False,
                                  sc.note or msg("No valid total, so no change can be computed.")))
            continue
        if base is None:
            base = (adm.id, sc.total)
            out.append(Classified(adm, sc, adm.id, 0, 0, ChangeClass.BASELINE, None, False,
                                  msg("First score with a valid total: the baseline ({total}).", total=sc.total)))
            continue
        base_id, base_total = base
        cls = classify_change(instrument, base_total, sc.total)
        cross = crossing(instrument, base_total, sc.total)
        recovered = cls is ChangeClass.RELIABLE_IMPROVEMENT and cross is CutoffCrossing.INTO_NON_CLINICAL
        worsening = instrument.worse(base_total, sc.total)
        if cls is ChangeClass.NOT_CLASSIFIED:
            reason = msg("{instrument} has no reliable change value, so change is not classified.",
                         instrument=instrument.short_name)
        else:
            assert instrument.reliable_change is not None
            reason = msg("From {baseline} to {total} ({change:+d}); reliable change needs {rc} points.",
                         baseline=base_total, total=sc.total, change=sc.total - base_total,
                         rc=instrument.reliable_change.shown())
        out.append(Classified(adm, sc, base_id, sc.total - base_total, worsening, cls, cross, recovered, reason))
    return out
