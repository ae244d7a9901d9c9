"""Decline and trend: a least-squares slope over the last sessions, tested exactly.

In quarter points over a window of n sessions at positions 0..n−1 with sums Σy, Σxy, Σy²:
``A = n·Σxy − Σx·Σy`` and ``B = n·Σx² − (Σx)² = n²(n²−1)/12``, so the slope is ``A / (4B)`` index points
per session; with ``C = n·Σy² − (Σy)²`` the t statistic of the slope satisfies ``t² = A²(n−2) / (C·B − A²)``.
"Slope < −s" is ``A·s_den < −4·B·s_num``; "one-sided p < α" is ``A²(n−2)·t_q² > t_p²·(C·B − A²)`` with the
tabulated critical value t_p/t_q for n−2 degrees of freedom. No float is involved.

Pooled scatter (``decline_pool_sessions`` = P > 0): the residual variance of the window (n−2 degrees of
freedom) is pooled with the scatter of the client's m0 ≤ P sessions just before the window about their own
mean (m0−1 degrees of freedom, ``C0 = m0·Σy² − (Σy)²``) and, with ``sd_prior_df`` = ν0 > 0, with the prior
spread (ν0 degrees of freedom at σ0²): ``s² = (SS_w + SS_0 + ν0·σ0²) / df`` with ``df = n − 2 + m0 − 1 + ν0``,
``SS_w = (C·B − A²)/(n·B)``, ``SS_0 = C0/m0``. Then ``t² = A²/(n·B·s²)``, and "p < α" is, with ν0·σ0² = P/R,
``A²·df·m0·R·t_q² > t_p²·(R·m0·(C·B − A²) + R·n·B·C0 + m0·n·B·P)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from itertools import accumulate
from operator import mul

from alliance.core.signals.model import Direction, Trend
from alliance.core.signals.settings import SignalSettings
from alliance.core.signals.tdist import MAX_DF, t_critical


@dataclass(frozen=True)
class Window:
    """The slope test of one window: the sums it was decided on."""

    first: int  # position
    last: int
    a: int
    b: int
    c: int
    significant: bool
    df: int  # degrees of freedom of the scatter the slope was judged against
    pooled: int  # that scatter's sum of squares, scaled: scatter = pooled / scale (0 for a window not tested)
    scale: int
    rebounding: bool  # the latest session is above the mean of the first half (down) / below it (up)

    @property
    def slope(self) -> Fraction:
        return Fraction(self.a, 4 * self.b)

    @property
    def scatter(self) -> Fraction:
        """The residual variance the slope was judged against, index points squared (0 if undefined)."""
        return Fraction(self.pooled, self.scale) if self.scale else Fraction(0)

    @property
    def n(self) -> int:
        return self.last - self.first + 1


_CRIT: dict[int, tuple[SignalSettings, dict[int, tuple[int, int]]]] = {}


def _criticals(s: SignalSettings) -> dict[int, tuple[int, int]]:
    """The decline test's critical t per degrees of freedom, squared, as (numerator², denominator²)."""
    hit = _CRIT.get(id(s))
    if hit is None or hit[0] is not s:
        if len(_CRIT) > 64:
            _CRIT.clear()
        hit = (s, {df: (c.numerator**2, c.denominator**2)
                  for df, c in ((df, t_critical(s.decline_p, df)) for df in range(1, MAX_DF + 1))})
        _CRIT[id(s)] = hit
    return hit[1]


class SlopeTest:
    """The decline/trend test on one client's quarter-point indexes."""

    def __init__(self, q: list[int], s: SignalSettings, prefix: list[int] | None = None,
                 squares: list[int] | None = None) -> None:
        self.q = q
        self.s = s
        self.prefix = prefix if prefix is not None else [0, *accumulate(q)]
        self.weighted = [0, *accumulate(map(mul, range(len(q)), q))]
        self.squares = squares if squares is not None else [0, *accumulate([y * y for y in q])]
        self.crit2 = _criticals(s)
        nu = s.sd_prior_df
        prior = nu * (s.sd_prior * 4) ** 2  # ν0·σ0², quarter points squared
        self.prior_df, self.prior_num, self.prior_den = nu, prior.numerator, prior.denominator

    def window(self, last: int, up: bool = False) -> Window | None:
        """The test of the window ending at position ``last`` (None with too few sessions)."""
        s = self.s
        first = max(0, last + 1 - s.decline_window)
        n = last + 1 - first
        if n < 2:
            return None
        p, w = self.prefix, self.weighted
        sy = p[last + 1] - p[first]
        sxy = (w[last + 1] - w[first]) - first * sy
        a = n * sxy - (n * (n - 1) // 2) * sy
        b = n * n * (n * n - 1) // 12
        sq = self.squares
        c = n * (sq[last + 1] - sq[first]) - sy * sy
        # the scatter: the window's residuals, pooled with the sessions before it and the prior
        m0 = min(first, s.decline_pool_sessions) if s.decline_pool_sessions > 0 else 0
        if m0 < 2:
            m0 = 0
        df = n - 2 + (m0 - 1 if m0 else 0) + self.prior_df
        significant = False
        pooled = scale = 0  # only made for a window that is tested (n large enough, the right sign)
        if n >= s.decline_min_sessions and n >= 3 and (a > 0 if up else a < 0):
            c0 = m0 * (sq[first] - sq[first - m0]) - (p[first] - p[first - m0]) ** 2 if m0 else 0
            mm = m0 if m0 else 1  # SS_0 = C0 / m0 (0 without earlier sessions)
            pn, pd = self.prior_num, self.prior_den
            # n·B·s²·df·mm·R, i.e. the pooled sum of squares scaled by n·B·mm·R
            pooled = pd * mm * (c * b - a * a) + pd * n * b * c0 + mm * n * b * pn
            cn2, cd2 = self.crit2[min(df, MAX_DF)]
            significant = a * a * df * mm * pd * cd2 > cn2 * pooled
            scale = 16 * n * b * mm * pd * df
        h = n // 2
        first_half = p[first + h] - p[first]
        latest = self.q[last] * h
        rebounding = latest < first_half if up else latest > first_half
        return Window(first, last, a, b, c, significant, df, pooled, scale, rebounding)

    def steep(self, win: Window, up: bool = False) -> bool:
        sl = self.s.decline_slope
        if up:
            return win.a * sl.denominator > 4 * win.b * sl.numerator
        return win.a * sl.denominator < -4 * win.b * sl.numerator

    def is_decline(self, last: int) -> Window | None:
        """The window ending at ``last`` when it shows a decline (steep, significant, not rebounding)."""
        win = self.window(last)
        if win is None or not (win.significant and self.steep(win) and not win.rebounding):
            return None
        return win

    def declines(self) -> list[int]:
        """Positions whose window shows a decline (screened on the slope alone, then tested)."""
        s = self.s
        w, m = s.decline_window, s.decline_min_sessions
        q = self.q
        n_sessions = len(q)
        sl = s.decline_slope
        out: list[int] = []
        for last in range(m - 1, min(w - 1, n_sessions)):
            if self.is_decline(last) is not None:
                out.append(last)
        if n_sessions >= w:
            p, wt = self.prefix, self.weighted
            sx = w * (w - 1) // 2
            b = w * w * (w * w - 1) // 12
            lim = -4 * b * sl.numerator
            den = sl.denominator
            # A for the full window ending at last = first + w - 1
            cands = [first + w - 1 for first, (w1, w0, p1, p0) in enumerate(zip(wt[w:], wt, p[w:], p, strict=False))
                     if (w * (w1 - w0) - (w * first + sx) * (p1 - p0)) * den < lim]
            out += [c for c in cands if self.is_decline(c) is not None]
        return out

    def trend(self, numbers: tuple[int, ...]) -> Trend:
        """Direction over the latest window, by the same test."""
        if not self.q:
            return Trend(Direction.FLAT, None, (), False)
        last = len(self.q) - 1
        down = self.window(last)
        if down is None:
            return Trend(Direction.FLAT, None, numbers[:1], False)
        span = numbers[down.first:last + 1]
        if down.significant and self.steep(down) and not down.rebounding:
            return Trend(Direction.DOWN, down.slope, span, True)
        up = self.window(last, up=True)
        if up is not None and up.significant and self.steep(up, up=True) and not up.rebounding:
            return Trend(Direction.UP, up.slope, span, True)
        return Trend(Direction.FLAT, down.slope, span, down.significant or (up is not None and up.significant))
