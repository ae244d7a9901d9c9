"""Sudden gains and losses (Tang & DeRubeis 1999) between consecutive administrations, decided exactly.

A gain from administration n to n+1 (in the instrument's better direction) counts when:
1. it is at least the instrument's reliable change value;
2. it is at least 25% of the pre-gain score (4 x gain >= pre-gain score);
3. it is stable: the mean of up to 3 scores before (n-2, n-1, n) and of up to 3 after (n+1, n+2, n+3) differ in a
   two-sample t-test (pooled variance, two-tailed p < .05), compared with exact critical values from the t table
   (t² >= t_crit², all in Fractions).
With fewer than 3 scores on either side the gain is ``provisional`` (Tang & DeRubeis used 3 and 3). A sudden loss
is the same in the worse direction. The pre-gain administration n is the critical session.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from alliance.core.messages import Msg, msg
from alliance.core.outcomes.change import ordered, score_administration
from alliance.core.outcomes.model import Administration, Number, OutcomeInstrument
from alliance.core.outcomes.scoring import exact

# Two-tailed critical t at p = .05 (standard t table), by degrees of freedom.
T_CRITICAL_05: dict[int, Fraction] = {
    1: Fraction("12.706"), 2: Fraction("4.303"), 3: Fraction("3.182"), 4: Fraction("2.776"),
}
WINDOW = 3


@dataclass(frozen=True)
class SuddenChange:
    """A sudden gain (``gain`` True) or loss between two consecutive administrations."""

    gain: bool
    before: Administration  # the critical session's administration (n)
    after: Administration  # n + 1
    size: Number  # in the better direction for a gain, the worse direction for a loss; always > 0
    pre_score: Number
    post_score: Number
    mean_before: Number
    mean_after: Number
    n_before: int
    n_after: int
    t_squared: Fraction | None  # None when the variance is 0 (means differ: counted as stable)
    t_critical: Fraction
    provisional: bool
    reason: Msg

    @property
    def critical_session_id(self) -> str:
        return self.before.session_id

    @property
    def critical_session_number(self) -> int:
        return self.before.session_number


def _mean(xs: Sequence[Number]) -> Fraction:
    return Fraction(sum(Fraction(x) for x in xs), len(xs))


def stable_difference(before: Sequence[Number], after: Sequence[Number]) -> tuple[bool, Fraction | None, Fraction]:
    """(significant, t², critical t) for a pooled two-sample t-test, two-tailed p < .05; exact.

    Needs at least one degree of freedom (3 scores in all); raises ValueError otherwise.
    """
    df = len(before) + len(after) - 2
    if df < 1:
        raise ValueError("a t-test needs at least 3 scores in all")
    crit = T_CRITICAL_05[df]
    m1, m2 = _mean(before), _mean(after)
    ss = sum(((Fraction(x) - m1) * (Fraction(x) - m1) for x in before), Fraction(0)) + sum(
        ((Fraction(x) - m2) * (Fraction(x) - m2) for x in after), Fraction(0))
    pooled = ss / df
    if pooled == 0:
        return m1 != m2, None, crit
    t_sq = (m1 - m2) * (m1 - m2) / (pooled * (Fraction(1, len(before)) + Fraction(1, len(after))))
    return t_sq >= crit * crit, t_sq, crit


def sudden_changes(instrument: OutcomeInstrument, administrations: Sequence[Administration],
                   totals: Mapping[str, Number | None] | None = None) -> list[SuddenChange]:
    """Every sudden gain and loss in the client's history of ``instrument`` (needs a reliable change value).
    ``totals``: each administration's total by id, when the caller has scored them already."""
    rc = instrument.reliable_change
    if rc is None:
        return []
    series: list[tuple[Administration, Number]] = []
    for a in ordered([a for a in administrations if a.instrument_id == instrument.id]):
        total = totals[a.id] if totals is not None and a.id in totals else score_administration(instrument, a).total
        if total is not None:
            series.append((a, total))
    out: list[SuddenChange] = []
    for n in range(len(series) - 1):
        (adm0, pre), (adm1, post) = series[n], series[n + 1]
        better = -Fraction(instrument.worse(pre, post))
        if better == 0:
            continue
        gain = better > 0
        size: Fraction = abs(better)
        pre_abs: Fraction = abs(Fraction(pre))
        if not rc.is_reliable(size) or 4 * size < pre_abs:
            continue
        before = [t for _, t in series[max(0, n - WINDOW + 1): n + 1]]
        after = [t for _, t in series[n + 1: n + 1 + WINDOW]]
        provisional = len(before) < WINDOW or len(after) < WINDOW
        stability: Msg
        if len(before) + len(after) < 3:
            t_sq, crit = None, T_CRITICAL_05[1]
            stability = msg("stability cannot be tested with only two scores")
        else:
            significant, t_sq, crit = stable_difference(before, after)
            if not significant:
                continue
            stability = msg("the means before and after differ (t test, p < .05)")
        kind = msg("Sudden gain") if gain else msg("Sudden loss")
        reason = msg("{kind} of {size} points from session {s0} to {s1} ({pre} to {post}); at least the reliable "
                     "change value and 25% of {pre}; {stability}.", kind=kind, size=exact(size),
                     s0=adm0.session_number, s1=adm1.session_number, pre=pre, post=post, stability=stability)
        if provisional:
            reason = msg("{reason} Provisional: fewer than 3 scores on one side.", reason=reason)
        out.append(SuddenChange(gain, adm0, adm1, exact(size), pre, post, exact(_mean(before)),
                                exact(_mean(after)), len(before), len(after), t_sq, crit, provisional, reason))
    return out
