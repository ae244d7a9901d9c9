"""The drop band: how far below the client's usual level a session must be, decided exactly.

All in quarter points (4 × the index, the sum of the four ratings). For a baseline of n sessions with sum
S and sum of squares SS, ``V = n·SS − S²`` is n(n−1) times the sample variance. A session with index
sum q is below the mean by ``D / n`` quarter points where ``D = S − n·q``.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from alliance.core.signals.settings import SignalSettings
from alliance.core.signals.tdist import t_critical

_Z_975 = Fraction("1.96")
_TAIL = Fraction("0.025")


def band_multiplier(n: int, s: SignalSettings) -> Fraction:
    """The multiplier of the spread for a baseline of n sessions: the setting, widened by t(n−1)/1.96 when
    the t correction is on (so the default 1.96 becomes Student's t at 97.5% for n−1 degrees of freedom)."""
    if s.drop_band_t and n >= 2:
        return s.drop_band_z * t_critical(_TAIL, n - 1) / _Z_975
    return s.drop_band_z


@dataclass(frozen=True)
class BandRule:
    """The band's constants for one baseline size, as integers for the hot loop."""

    n: int
    mp2: int  # multiplier numerator squared
    mq2: int  # multiplier denominator squared
    floor_num: int  # floor variance (quarter points squared) = floor_num / floor_den
    floor_den: int
    min_num: int  # the smallest drop in quarter points = min_num / min_den
    min_den: int

    def is_drop(self, d: int, v: int) -> bool:
        """Is a session D (n-scaled) below a baseline with V (n(n−1)-scaled variance) beyond the band?"""
        n = self.n
        if d <= 0 or d * self.min_den <= n * self.min_num:
            return False
        if v * self.floor_den >= self.floor_num * n * (n - 1):
            return d * d * (n - 1) * self.mq2 > self.mp2 * v * (n + 1)
        return d * d * self.mq2 * self.floor_den > self.mp2 * self.floor_num * n * (n + 1)

    def band_squared(self, v: int) -> Fraction:
        """The band, squared, in quarter points (for showing it)."""
        n = self.n
        if v * self.floor_den >= self.floor_num * n * (n - 1):  # the spread is above its floor
            num, den = self.mp2 * v * (n + 1), self.mq2 * n * n * (n - 1)
        else:
            num, den = self.mp2 * self.floor_num * (n + 1), self.mq2 * self.floor_den * n
        low_num, low_den = self.min_num**2, self.min_den**2
        return Fraction(num, den) if num * low_den >= low_num * den else Fraction(low_num, low_den)


def _band_rules(s: SignalSettings) -> dict[int, BandRule]:
    return {n: band_rule(n, s) for n in range(2, s.baseline_sessions + 1)}


_RULES: dict[int, tuple[SignalSettings, dict[int, BandRule]]] = {}


def band_rules(s: SignalSettings) -> dict[int, BandRule]:
    """The band's constants for every baseline size (2..k), made once per settings object."""
    hit = _RULES.get(id(s))
    if hit is None or hit[0] is not s:
        if len(_RULES) > 64:
            _RULES.clear()
        hit = (s, _band_rules(s))
        _RULES[id(s)] = hit
    return hit[1]


def band_rule(n: int, s: SignalSettings) -> BandRule:
    m = band_multiplier(n, s)
    floor = (s.sd_floor * 4) ** 2
    low = s.drop_band_min * 4
    return BandRule(n, m.numerator**2, m.denominator**2, floor.numerator, floor.denominator, low.numerator,
                    low.denominator)
