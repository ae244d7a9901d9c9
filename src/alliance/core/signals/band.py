"""The drop band: how far below the client's usual level a session must be, decided exactly.

All in quarter points (4 × the index, the sum of the four ratings). The mean comes from the last n
sessions (sum S): a session with index sum q is below it by ``D / n`` where ``D = S − n·q``. The spread
comes from the last m ≥ n sessions (sum S_m, squares SS_m): ``V = m·SS_m − S_m²`` is m(m−1) times their
sample variance. "Below by more than t·sd·√(1 + 1/n)" is then ``D²·m(m−1) > t²·V·n(n+1)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from alliance.core.signals.settings import SignalSettings
from alliance.core.signals.tdist import MAX_DF, t_critical


def band_multiplier(n: int, s: SignalSettings, prior_df: int = 0, tail: Fraction | None = None) -> Fraction:
    """The multiplier of a spread estimated on n sessions (and a prior worth prior_df degrees of freedom):
    Student's t for n−1+prior_df degrees of freedom at the band's tail when the short-baseline allowance is on,
    else the fixed multiplier (DOMAIN.md: 1.96)."""
    if s.drop_band_t and n + prior_df >= 2:
        return t_critical(s.drop_band_tail if tail is None else tail, min(n - 1 + prior_df, MAX_DF))
    return s.drop_band_z


@dataclass(frozen=True)
class BandRule:
    """The band's constants for one baseline (n sessions for the mean, m for the spread), as integers."""

    n: int
    m: int
    mp2: int  # multiplier numerator squared
    mq2: int  # multiplier denominator squared
    floor_num: int  # floor variance (quarter points squared) = floor_num / floor_den
    floor_den: int
    min_num: int  # the smallest drop in quarter points = min_num / min_den
    min_den: int
    prior_df: int = 0  # ν0: what the prior for the spread is worth, in degrees of freedom (0: no prior)
    prior_num: int = 0  # ν0·σ0² in quarter points squared = prior_num / prior_den
    prior_den: int = 1

    def var_parts(self, v: int) -> tuple[int, int]:
        """The variance used, in quarter points squared, as (numerator, denominator): the spread sessions'
        sample variance V / (m(m−1)), shrunk toward the prior."""
        m = self.m
        return self.prior_num * m + v * self.prior_den, self.prior_den * m * (m - 1 + self.prior_df)

    def is_drop(self, d: int, v: int) -> bool:
        """Is a session D (n-scaled) below the mean beyond the band, the spread V (m(m−1)-scaled)?"""
        n = self.n
        if d <= 0 or d * self.min_den <= n * self.min_num:
            return False
        vn, vd = self.var_parts(v)
        if vn * self.floor_den >= self.floor_num * vd:
            return d * d * vd * self.mq2 > self.mp2 * vn * n * (n + 1)
        return d * d * self.mq2 * self.floor_den > self.mp2 * self.floor_num * n * (n + 1)

    def variance(self, v: int) -> Fraction:
        """The variance used (shrunk toward the prior, before the floor), index points squared."""
        vn, vd = self.var_parts(v)
        return Fraction(vn, 16 * vd)

    def band_squared(self, v: int) -> Fraction:
        """The band, squared, in quarter points (for showing it)."""
        n = self.n
        vn, vd = self.var_parts(v)
        if vn * self.floor_den >= self.floor_num * vd:  # the spread is above its floor
            num, den = self.mp2 * vn * (n + 1), self.mq2 * n * vd
        else:
            num, den = self.mp2 * self.floor_num * (n + 1), self.mq2 * self.floor_den * n
        low_num, low_den = self.min_num**2, self.min_den**2
        return Fraction(num, den) if num * low_den >= low_num * den else Fraction(low_num, low_den)


def _band_rules(s: SignalSettings) -> dict[tuple[int, int], BandRule]:
    return {(n, m): band_rule(n, m, s) for n in range(2, s.baseline_sessions + 1)
            for m in range(n, max(s.sd_sessions, s.baseline_sessions) + 1)}


_RULES: dict[int, tuple[SignalSettings, dict[tuple[int, int], BandRule]]] = {}


def band_rules(s: SignalSettings) -> dict[tuple[int, int], BandRule]:
    """The band's constants for every baseline (n, m), made once per settings object."""
    hit = _RULES.get(id(s))
    if hit is None or hit[0] is not s:
        if len(_RULES) > 64:
            _RULES.clear()
        hit = (s, _band_rules(s))
        _RULES[id(s)] = hit
    return hit[1]


def band_rule(n: int, m: int, s: SignalSettings) -> BandRule:
    nu = s.sd_prior_df
    mult = band_multiplier(m, s, nu)
    floor = (s.sd_floor * 4) ** 2
    low = s.drop_band_min * 4
    prior = nu * (s.sd_prior * 4) ** 2
    return BandRule(n, m, mult.numerator**2, mult.denominator**2, floor.numerator, floor.denominator, low.numerator,
                    low.denominator, nu, prior.numerator, prior.denominator)
