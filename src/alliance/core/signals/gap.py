"""Perspective gap: the therapist's view against the client's, relative to the dyad's own usual gap."""

from __future__ import annotations

from collections.abc import Collection
from fractions import Fraction
from math import lcm

from alliance.core.messages import Msg, msg
from alliance.core.signals import lifecycle as lc
from alliance.core.signals.model import Level, Rule, Signal, SignalText
from alliance.core.signals.settings import SignalSettings

_SETTINGS = ("gap_min_sessions", "gap_min", "gap_sd_factor")


@lc.per_settings
def _why(s: SignalSettings) -> tuple[Msg, ...]:
    return (msg("The gap between your rating and the client's check-in (both 0-10) is compared with this "
                "dyad's own usual gap over at least %n earlier sessions with a check-in (your predictions are "
                "compared with your earlier predictions).", None, s.gap_min_sessions),
            msg("It is an alert when it differs from the usual gap by {low} points or more and by at least "
                "{factor} times the spread of the gap.", low=s.gap_min, factor=s.gap_sd_factor),
            msg("It ends at the next check-in back within those limits."))


def gap_signals(paired: list[tuple[int, int, Fraction, Fraction | None]], numbers: tuple[int, ...],
                ids: tuple[int, ...], s: SignalSettings, acknowledged: Collection[str]) -> list[Signal]:
    """``paired``: (position, quarter-point index, check-in mean, prediction) for every session with a check-in.

    The gap is the therapist's index (or prediction) minus the client's check-in mean. Each kind of gap is
    compared with the dyad's earlier gaps of the same kind (index gaps and prediction errors differ). Decided
    in integers: every gap times the common denominator L of all of them.
    """
    out: list[Signal] = []
    scale = lcm(4, s.gap_min.denominator, *(c.denominator for _, _, c, _ in paired),
                *(p.denominator for _, _, _, p in paired if p is not None))
    quarter = scale // 4
    ints = [(pos, (q * quarter if p is None else p.numerator * (scale // p.denominator))
             - c.numerator * (scale // c.denominator), p is not None) for pos, q, c, p in paired]
    gn, gd = s.gap_min.numerator, s.gap_min.denominator
    fn2, fd2 = s.gap_sd_factor.numerator ** 2, s.gap_sd_factor.denominator ** 2
    need = s.gap_min_sessions
    seen = {False: [0, 0, 0], True: [0, 0, 0]}  # n, sum, sum of squares
    current: list[tuple[int, int, int, int, int, bool]] = []  # pos, g, n, total, squares, pred

    def close(end_pos: int | None) -> None:
        pos, g, n, total, squares, pred = current[0]
        key = f"gap:{ids[pos]}"
        ended = numbers[end_pos] if end_pos is not None else None
        gap = Fraction(g, scale)
        mean = Fraction(total, n * scale)
        var = Fraction(n * squares - total * total, n * (n - 1) * scale * scale)

        def words() -> SignalText:
            who = msg("you rate the relationship higher") if gap > mean else msg("the client rates it higher")
            what = msg("your prediction") if pred else msg("your alliance index")
            reason = msg("Session {number}: {what} and the client's check-in differ by {gap:+.2f}, against this "
                         "dyad's usual {mean:+.2f} over %n sessions ({who}).", None, n, number=numbers[pos], what=what,
                         gap=gap, mean=mean, who=who, plural="Session {number}: {what} and the client's "
                         "check-in differ by {gap:+.2f}, against this dyad's usual {mean:+.2f} over %n sessions "
                         "({who}).")
            return SignalText(msg("Perspectives differ"), reason, _why(s))

        out.append(Signal(key, Rule.PERSPECTIVE_GAP, Level.ALERT, lc.state_of(key, ended, acknowledged),
                          tuple(numbers[c[0]] for c in current), tuple(ids[c[0]] for c in current), numbers[pos],
                          ended, {"gap": gap, "usual_gap": mean, "variance": var, "sessions": n},
                          lc.WEIGHT_GAP, _SETTINGS, words))
        current.clear()

    for pos, g, pred in ints:
        acc = seen[pred]
        n, total, squares = acc
        flagged = False
        if n >= need:
            e = n * g - total  # n × (gap − usual gap), in 1/scale
            flagged = (abs(e) * gd >= n * gn * scale
                       and e * e * (n - 1) * fd2 >= fn2 * (n * squares - total * total) * n)
        if flagged:
            current.append((pos, g, n, total, squares, pred))
        elif current:
            close(pos)
        acc[0], acc[1], acc[2] = n + 1, total + g, squares + g * g
    if current:
        close(None)
    return out
