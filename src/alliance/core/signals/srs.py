"""SRS rules: a conversation prompt below the cue, alerts on a reliable fall, a ceiling prompt."""

from __future__ import annotations

from collections.abc import Callable, Collection
from fractions import Fraction

from alliance.core.messages import Msg, msg
from alliance.core.signals import lifecycle as lc
from alliance.core.signals.band import BandRule, band_multiplier
from alliance.core.signals.model import Level, Rule, Signal, SignalText
from alliance.core.signals.settings import SignalSettings

_ALERT_SETTINGS = ("srs_fall", "srs_run", "srs_low", "srs_baseline_min", "srs_sd_floor", "drop_band_z", "drop_band_t",
                  "srs_band_tail")


@lc.per_settings
def _srs_bands(s: SignalSettings) -> dict[int, BandRule]:
    floor = s.srs_sd_floor**2
    out = {}
    for n in range(2, s.baseline_sessions + 1):
        m = band_multiplier(n, s, tail=s.srs_band_tail)
        out[n] = BandRule(n, n, m.numerator**2, m.denominator**2, floor.numerator, floor.denominator, 0, 1)
    return out


@lc.per_settings
def _low_why(s: SignalSettings) -> tuple[Msg, ...]:
    return (msg("An SRS total below {low} suggests the client is not fully satisfied with the session: talk about "
                "it next session (PCOMS conversation cue).", low=s.srs_low),
            msg("It ends with the next SRS at {low} or more.", low=s.srs_low))


@lc.per_settings
def _ceiling_why(s: SignalSettings) -> tuple[Msg, ...]:
    return (msg("Clients are polite: %n or more sessions in a row at {ceiling} or more suggest inviting honest "
                "feedback.", None, s.srs_ceiling_run, ceiling=s.srs_ceiling),
            msg("It ends with an SRS below {ceiling}.", ceiling=s.srs_ceiling))


@lc.per_settings
def _alert_why(s: SignalSettings) -> tuple[Msg, ...]:
    return (msg("An SRS alert needs a fall of {fall} points or more from the previous SRS, or a first total below "
                "{low} after {run} at {low} or more.", fall=s.srs_fall, low=s.srs_low, run=s.srs_run),
            msg("The total must also lie below the client's own usual SRS (their last %n totals, at least "
                "{need}) by more than its session-to-session spread allows, as for the alliance index.",
                None, s.baseline_sessions, need=s.srs_baseline_min))


def srs_signals(positions: list[int], totals: list[int], numbers: tuple[int, ...], ids: tuple[int, ...],
                s: SignalSettings, acknowledged: Collection[str]) -> list[Signal]:
    """All SRS signals over the history; ``positions``/``totals``: the sessions with an SRS, in order."""
    out: list[Signal] = []
    count = len(totals)
    low, ceiling = s.srs_low, s.srs_ceiling

    def add(key: str, rule: Rule, level: Level, start: int, end: int | None, members: list[int],
            nums: dict[str, Fraction | int], weight: int, settings: tuple[str, ...],
            words: Callable[[], SignalText]) -> None:
        ended = numbers[positions[end]] if end is not None else None
        out.append(Signal(key, rule, level, lc.state_of(key, ended, acknowledged),
                          tuple(numbers[positions[j]] for j in members), tuple(ids[positions[j]] for j in members),
                          numbers[positions[start]], ended, nums, weight, settings, words))

    # Prompt: totals below the cue, one prompt per run of them.
    j = 0
    while j < count:
        if totals[j] >= low:
            j += 1
            continue
        first = j
        while j + 1 < count and totals[j + 1] < low:
            j += 1
        length = j - first + 1
        number, total = numbers[positions[first]], totals[first]

        def low_words(number: int = number, total: int = total, length: int = length) -> SignalText:
            return SignalText(msg("SRS below the cue"),
                              msg("Session {number}: SRS total {total} is below {low}; %n session in a row.",
                                  None, length, number=number, total=total, low=low,
                                  plural="Session {number}: SRS total {total} is below {low}; %n sessions in a "
                                  "row."), _low_why(s))

        add(f"srs-low:{ids[positions[first]]}", Rule.SRS_LOW, Level.PROMPT, first, j + 1 if j + 1 < count else None,
            list(range(first, j + 1)), {"total": total, "low": low, "sessions": length}, 0, ("srs_low",), low_words)
        j += 1

    # Prompt: a run of totals at the ceiling.
    j = 0
    while j < count:
        if totals[j] < ceiling:
            j += 1
            continue
        first = j
        while j + 1 < count and totals[j + 1] >= ceiling:
            j += 1
        length = j - first + 1
        if length >= s.srs_ceiling_run:
            number = numbers[positions[first]]

            def ceiling_words(number: int = number, length: int = length) -> SignalText:
                return SignalText(msg("SRS at the ceiling"),
                                  msg("SRS at {ceiling} or more in %n sessions in a row from session {number}: "
                                      "invite honest feedback.", None, length, ceiling=ceiling, number=number),
                                  _ceiling_why(s))

            add(f"srs-ceiling:{ids[positions[first]]}", Rule.SRS_CEILING, Level.PROMPT,
                first + s.srs_ceiling_run - 1, j + 1 if j + 1 < count else None, list(range(first, j + 1)),
                {"sessions": length, "ceiling": ceiling}, 0, ("srs_ceiling", "srs_ceiling_run"), ceiling_words)
        j += 1

    # Alerts: a fall from the previous SRS, or a first fall below the cue after a run at or above it, each
    # also reliable against the client's own usual SRS (see the package docstring).
    k, need, run = s.baseline_sessions, s.srs_baseline_min, s.srs_run
    j = 1
    while j < count:
        cur, prev = totals[j], totals[j - 1]
        fall = prev - cur >= s.srs_fall
        below = cur < low and j >= run and all(t >= low for t in totals[j - run:j])
        if not (fall or below):
            j += 1
            continue
        nums: dict[str, Fraction | int] = {"total": cur, "previous": prev}
        if need:
            base = totals[max(0, j - k):j]
            n = len(base)
            total = sum(base)
            reliable = False
            if n >= need and n >= 2:
                v = n * sum(t * t for t in base) - total * total
                band = _srs_bands(s)[n]
                reliable = band.is_drop(total - n * cur, v)
                if reliable:
                    nums.update({"baseline_mean": Fraction(total, n), "baseline_sessions": n,
                                 "band_squared": band.band_squared(v)})
            if not reliable:
                j += 1
                continue
        rule = Rule.SRS_FALL if fall else Rule.SRS_FIRST_BELOW
        m = j + 1
        while m < count and (totals[m] <= prev - s.srs_fall if fall else totals[m] < low):
            m += 1
        number = numbers[positions[j]]
        mean = nums.get("baseline_mean")

        def alert_words(rule: Rule = rule, number: int = number, cur: int = cur, prev: int = prev,
                        mean: Fraction | int | None = mean) -> SignalText:
            usual = msg(" (this client's usual SRS {mean:.1f})", mean=mean) if mean is not None else msg("")
            if rule is Rule.SRS_FALL:
                return SignalText(msg("SRS fell"),
                                  msg("Session {number}: SRS total {total}, down {fall} from {previous}{usual}.",
                                      number=number, total=cur, fall=prev - cur, previous=prev, usual=usual),
                                  (*_alert_why(s), msg("It ends when the SRS is back above {limit}.",
                                                       limit=prev - s.srs_fall)))
            return SignalText(msg("SRS below the cue for the first time"),
                              msg("Session {number}: SRS total {total} is below {low} after %n sessions at {low} "
                                  "or more{usual}.", None, run, number=number, total=cur, low=low, usual=usual,
                                  plural="Session {number}: SRS total {total} is below {low} after %n sessions at "
                                  "{low} or more{usual}."),
                              (*_alert_why(s), msg("It ends with an SRS at {low} or more.", low=low)))

        add(f"srs-{'fall' if fall else 'below'}:{ids[positions[j]]}", rule, Level.ALERT, j, m if m < count else None,
            list(range(j, m)), nums, lc.WEIGHT_SRS, _ALERT_SETTINGS, alert_words)
        j = m
    return out
