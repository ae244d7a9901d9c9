"""``evaluate``: every signal rule over one client's whole history."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection
from fractions import Fraction
from itertools import accumulate
from operator import attrgetter, lt

from alliance.core.messages import Msg, msg
from alliance.core.signals import lifecycle as lc
from alliance.core.signals.decline import SlopeTest, Window
from alliance.core.signals.drops import (
    COMPONENT_NAMES,
    DropScan,
    Episode,
    depth_of,
    drop_episodes,
    inferred_repairs,
    scan_drops,
)
from alliance.core.signals.gap import gap_signals
from alliance.core.signals.history import ClientHistory, SessionObs
from alliance.core.signals.model import (
    BaselineSource,
    ClientSignals,
    Direction,
    Level,
    Rule,
    Signal,
    SignalText,
    rounded_sqrt,
)
from alliance.core.signals.ruptures import explicit_repairs, rupture_signals
from alliance.core.signals.settings import DEFAULT_SETTINGS, SignalSettings, fraction_text
from alliance.core.signals.srs import srs_signals

_FIELDS = attrgetter("number", "session_id", "ratings", "srs_total", "checkin", "prediction")
_RATINGS = attrgetter("safety", "trust", "attunement", "boundaries")
_DROP_SETTINGS = ("baseline_sessions", "baseline_min_sessions", "sd_sessions", "sd_floor", "drop_band_min",
                  "drop_band_z", "drop_band_t", "drop_band_tail", "drop_early", "sd_prior", "sd_prior_df")
_COMPONENT_SETTINGS = ("component_fall", "component_sessions", "component_confirm")
_DECLINE_SETTINGS = ("decline_window", "decline_min_sessions", "decline_slope", "decline_p", "decline_pool_sessions",
                     "decline_in_drop")


def _ordered(sessions: tuple[SessionObs, ...], numbers: tuple[int, ...]) -> tuple[SessionObs, ...] | None:
    """The sessions in number order, or None when they already are."""
    if all(map(lt, numbers, numbers[1:])):
        return None
    return tuple(sorted(sessions, key=lambda s: (s.number, s.date, s.session_id)))


def _drop_signal(ep: Episode, scan: DropScan, q: list[int], rows: list[tuple[int, int, int, int]],
                 numbers: tuple[int, ...], ids: tuple[int, ...], s: SignalSettings,
                 acknowledged: Collection[str], decline: Fraction | None = None) -> Signal:
    index_sessions = [d for d in ep.sessions if d.index_drop]
    n = ep.n
    mean = Fraction(ep.total, 4 * n)
    key = f"drop:{ids[ep.start]}"
    ended = None if ep.recovered is None else numbers[ep.recovered]
    first_no, last_no = numbers[ep.start], numbers[ep.sessions[-1].pos]
    length = len(ep.sessions)
    depth = depth_of(ep)
    nums: dict[str, Fraction | int] = {"baseline_mean": mean, "baseline_sessions": n, "depth": depth,
                                       "length": length}
    full = n >= s.baseline_min_sessions
    if full:
        band_q2 = scan.bands[n, ep.m].band_squared(ep.v)
        var = Fraction(ep.v, 16 * ep.m * (ep.m - 1))
        band = rounded_sqrt(band_q2 / 16)
        nums.update({"spread_sessions": ep.m, "baseline_variance": var,
                     "baseline_sd": max(s.sd_floor, rounded_sqrt(scan.bands[n, ep.m].variance(ep.v))),
                     "band": band, "band_squared": band_q2 / 16})
    else:
        band = s.drop_early
        nums["band"] = band
    if index_sessions:
        deepest = max(index_sessions, key=lambda d: d.d)
        rule = Rule.DROP
        nums["value"] = Fraction(q[deepest.pos], 4)
        settings = _DROP_SETTINGS + _COMPONENT_SETTINGS
    else:
        deepest = ep.sessions[0]
        rule = Rule.COMPONENT_DROP
        c, ref = deepest.components[0]
        nums.update({"component_value": rows[deepest.pos][c], "component_mean": Fraction(ref, s.component_sessions)})
        settings = _COMPONENT_SETTINGS + _DROP_SETTINGS

    def words() -> SignalText:
        limit = mean - band
        if full:
            baseline_text = msg("This client's usual index: {mean:.2f} over their %n sessions before session "
                                "{number}; spread {sd:.2f} over {m} sessions (at least {floor:.2f}); band {band:.2f}.",
                                None, n, mean=mean, m=ep.m, number=first_no, sd=nums["baseline_sd"], floor=s.sd_floor,
                                band=band, plural="This client's usual index: {mean:.2f} over their %n sessions "
                                "before session {number}; spread {sd:.2f} over {m} sessions (at least {floor:.2f}); "
                                "band {band:.2f}.")
        else:
            baseline_text = msg("Only %n earlier session: its mean {mean:.2f}; a drop needs {early:.2f} or more.",
                                None, n, mean=mean, early=s.drop_early,
                                plural="Only %n earlier sessions: their mean {mean:.2f}; a drop needs {early:.2f} "
                                "or more.")
        if rule is Rule.DROP:
            value = Fraction(q[deepest.pos], 4)
            title = msg("Alliance dropped")
            reason = msg("Session {number}'s index {value:.2f} is {fall:.2f} below this client's usual {mean:.2f} "
                         "(band {band:.2f}).", number=numbers[deepest.pos], value=value, fall=mean - value,
                         mean=mean, band=band)
        else:
            c, ref = deepest.components[0]
            cmean = Fraction(ref, s.component_sessions)
            value_c = rows[deepest.pos][c]
            title = msg("A component dropped")
            reason = msg("Session {number}: {component} {value} is {fall:.2f} below its mean {mean:.2f} over the "
                         "previous %n sessions.", None, s.component_sessions, number=numbers[deepest.pos],
                         component=COMPONENT_NAMES[c], value=value_c, fall=cmean - value_c, mean=cmean,
                         plural="Session {number}: {component} {value} is {fall:.2f} below its mean {mean:.2f} "
                         "over the previous %n sessions.")
        if length > 1:
            reason = msg("{reason} Sessions {first}-{last}: %n drop session in a row.", None, length, reason=reason,
                         first=first_no, last=last_no,
                         plural="{reason} Sessions {first}-{last}: %n drop sessions in a row.")
        why: tuple[Msg, ...] = (
            _drop_rule_text(s),
            baseline_text,
            msg("Drop sessions: {first} to {last}.", first=first_no, last=last_no) if length > 1
            else msg("Drop session: {first}.", first=first_no),
            msg("It ends when the index is back within the band (at or above {limit:.2f}) with no component "
                "still down.", limit=limit),
        )
        if decline is not None:
            why = (*why, msg("The index also fell significantly over these sessions ({slope:.2f} per session): the "
                             "same step down, so this alert stands for the decline too.", slope=-decline))
        if ended is not None:
            why = (*why, msg("Recovered in session {number}.", number=ended))
        return SignalText(title, reason, why)

    if decline is not None:
        nums["decline_slope"] = decline
    weight = lc.WEIGHT_DROP + min(10, int(depth * 2))
    return Signal(key, rule, Level.ALERT, lc.state_of(key, ended, acknowledged),
                  tuple(numbers[d.pos] for d in ep.sessions), tuple(ids[d.pos] for d in ep.sessions),
                  first_no, ended, nums, weight, settings, words)


@lc.per_settings
def _drop_rule_text(s: SignalSettings) -> Msg:
    return msg("A drop is a session whose index is further below the client's own usual level than their "
               "session-to-session spread explains (reliable change), or where one component is {fall} points "
               "or more below its own recent mean in %n sessions in a row.", None, s.component_confirm,
               fall=s.component_fall,
               plural="A drop is a session whose index is further below the client's own "
               "usual level than their session-to-session spread explains (reliable change), or where one "
               "component is {fall} points or more below its own recent mean in %n sessions in a row.")


@lc.per_settings
def _decline_rule_text(s: SignalSettings) -> Msg:
    return msg("A decline is a least-squares slope steeper than -{slope:.2f} per session over the last %n "
               "sessions, significant at one-sided p < {p} against the client's own scatter (the window's and that "
               "of up to {pool} sessions before it), with the latest session not above the mean of the window's "
               "first half (a rebound after a repair is not a decline). While a drop is open, the drop's alert "
               "stands for it.", None, s.decline_window, slope=s.decline_slope, p=fraction_text(s.decline_p),
               pool=s.decline_pool_sessions, plural="A decline is a least-squares slope steeper than "
               "-{slope:.2f} per session over the last %n sessions, significant at one-sided p < {p} against the "
               "client's own scatter (the window's and that of up to {pool} sessions before it), with the latest "
               "session not above the mean of the window's first half (a rebound after a repair is not a "
               "decline). While a drop is open, the drop's alert stands for it.")


def _decline_signals(test: SlopeTest, positions: list[int], numbers: tuple[int, ...], ids: tuple[int, ...],
                     s: SignalSettings, acknowledged: Collection[str]) -> list[Signal]:
    out: list[Signal] = []
    q = test.q
    j = 0
    while j < len(positions):
        run = [positions[j]]
        while j + 1 < len(positions) and positions[j + 1] == run[-1] + 1:
            j += 1
            run.append(positions[j])
        j += 1
        start, last = run[0], run[-1]
        win = test.window(last)
        assert win is not None
        slope = win.slope
        key = f"decline:{ids[start]}"
        end_pos = last + 1 if last + 1 < len(q) else None
        ended = numbers[end_pos] if end_pos is not None else None

        def words(win: Window = win, start: int = start, last: int = last, ended: int | None = ended) -> SignalText:
            reason = msg("Over sessions {first}-{last} the index fell {slope:.2f} per session, from {start:.2f} "
                         "to {end:.2f}.", first=numbers[win.first], last=numbers[last], slope=-win.slope,
                         start=Fraction(q[win.first], 4), end=Fraction(q[last], 4))
            why: tuple[Msg, ...] = (
                _decline_rule_text(s),
                msg("First seen in session {number}.", number=numbers[start]),
                msg("It ends when the slope is no longer a significant decline."),
            )
            if ended is not None:
                why = (*why, msg("Ended in session {number}.", number=ended))
            return SignalText(msg("Alliance declining"), reason, why)

        # t² of the slope against the scatter it was judged on (pooled; -1 when there is no scatter at all)
        t2 = Fraction(win.a * win.a, win.n * win.b * 16 * win.scatter) if win.scatter else Fraction(-1)
        weight = lc.WEIGHT_DECLINE + min(10, int(-slope * 20))
        out.append(Signal(key, Rule.DECLINE, Level.ALERT, lc.state_of(key, ended, acknowledged),
                          tuple(numbers[p] for p in run), tuple(ids[p] for p in run), numbers[start], ended,
                          {"slope": slope, "t_squared": t2, "window": win.n, "sessions": len(run),
                           "df": win.df, "scatter": win.scatter}, weight,
                          _DECLINE_SETTINGS, words))
    return out


def _not_recovering(found: list[int], test: SlopeTest, numbers: tuple[int, ...],
                    history: ClientHistory) -> list[int]:
    """Declines without those read while the index climbs back after a logged repair: a repair logged at or
    after the window's lowest session, with the latest session above that low, is a recovery (DOMAIN.md: "a
    recovery after a repair is not a decline"), even while the latest is still below the first half's mean."""
    repaired = sorted({p.session_number for r in history.ruptures for p in r.repairs})
    if not repaired:
        return found
    q = test.q
    kept = []
    for last in found:
        win = test.window(last)
        assert win is not None
        low = min(range(win.first, last + 1), key=lambda j: (q[j], -j))
        lo_no, last_no = numbers[low], numbers[last]
        if q[last] > q[low] and any(lo_no <= n <= last_no for n in repaired):
            continue
        kept.append(last)
    return kept


def _outside_drops(found: list[int], scan: DropScan, test: SlopeTest) -> tuple[list[int], dict[int, Fraction]]:
    """Declines without the sessions of a drop episode: a slope read while the index is already below the
    client's band is the same step down as the drop, and the drop's alert stands for it (one need of
    attention). A decline still read after the episode ends is raised from there. Also: per episode (its
    first position) that stood for a decline, the steepest slope read inside it."""
    inside = {d.pos: ep.start for ep in scan.episodes for d in ep.sessions}
    absorbed: dict[int, Fraction] = {}
    kept = []
    for p in found:
        start = inside.get(p)
        if start is None:
            kept.append(p)
            continue
        win = test.window(p)
        assert win is not None
        absorbed[start] = min(absorbed.get(start, win.slope), win.slope)
    return kept, absorbed


def evaluate(history: ClientHistory, settings: SignalSettings = DEFAULT_SETTINGS, *, today: dt.date,
             acknowledged: Collection[str] = ()) -> ClientSignals:
    """Every signal of one client over the whole history, as of ``today``.

    ``acknowledged``: keys of signals the clinician has acknowledged (an acknowledged signal that has not
    recovered is ``ACKNOWLEDGED``; one that recovered is ``RECOVERED`` either way).
    """
    s = settings
    sessions = history.sessions
    fields = list(map(_FIELDS, sessions))
    numbers: tuple[int, ...] = ()
    ids: tuple[int, ...] = ()
    if fields:
        numbers, ids, ratings, srs, checkins, predictions = zip(*fields, strict=True)
        resorted = _ordered(sessions, numbers)
        if resorted is not None:
            sessions = resorted
            numbers, ids, ratings, srs, checkins, predictions = zip(*map(_FIELDS, sessions), strict=True)
        rows: list[tuple[int, int, int, int]] = list(map(_RATINGS, ratings))
        q = list(map(sum, rows))
    else:
        srs = checkins = predictions = ()
        rows, q = [], []
    prefix = [0, *accumulate(q)]
    squares = [0, *accumulate([x * x for x in q])]
    scan = scan_drops(q, rows, s, prefix, squares)
    test = SlopeTest(q, s, prefix, squares)
    found = test.declines()
    trend = test.trend(numbers)
    if found and history.ruptures:
        kept = _not_recovering(found, test, numbers, history)
        if trend.direction is Direction.DOWN and found[-1] == len(q) - 1 and kept[-1:] != found[-1:]:
            trend = dataclasses.replace(trend, direction=Direction.FLAT)  # recovering after a repair
        found = kept
    absorbed: dict[int, Fraction] = {}
    if found and s.decline_in_drop == 0 and scan.episodes:
        found, absorbed = _outside_drops(found, scan, test)
    signals = [_drop_signal(ep, scan, q, rows, numbers, ids, s, acknowledged, absorbed.get(ep.start))
               for ep in scan.episodes]
    signals += _decline_signals(test, found, numbers, ids, s, acknowledged)
    dates = tuple(x.date for x in sessions) if history.ruptures else ()
    signals += rupture_signals(history.ruptures, numbers, dates, ids, today, s, acknowledged)
    srs_pos = [i for i, v in enumerate(srs) if v is not None]
    if srs_pos:
        signals += srs_signals(srs_pos, [srs[i] for i in srs_pos], numbers, ids, s, acknowledged)
    paired = [(i, q[i], c, predictions[i]) for i, c in enumerate(checkins) if c is not None]
    if paired:
        signals += gap_signals(paired, numbers, ids, s, acknowledged)
    signals.sort(key=lambda x: (x.started, x.key))
    repairs = explicit_repairs(history.ruptures) + inferred_repairs(scan, q, numbers, s)
    repairs.sort(key=lambda r: (r.start, r.kind))
    return ClientSignals(tuple(signals), trend, drop_episodes(scan, numbers, ids), tuple(repairs),
                         BaselineSource(q, scan.reference_end, numbers, s))


__all__ = ["Level", "evaluate"]
