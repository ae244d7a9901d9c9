"""Rupture ageing: an unresolved rupture becomes an alert (or, mild and partly repaired, a prompt)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Collection
from fractions import Fraction

from alliance.core.messages import Msg, msg
from alliance.core.signals import lifecycle as lc
from alliance.core.signals.history import RuptureObs
from alliance.core.signals.model import Level, RepairEpisode, Rule, Signal, SignalText
from alliance.core.signals.settings import SignalSettings
from alliance.core.taxonomy import PARTLY_RESOLVED_AT, RESOLVED_AT, RuptureKind

KIND_NAMES: dict[RuptureKind, Msg] = {
    RuptureKind.WITHDRAWAL: msg("withdrawal"),
    RuptureKind.CONFRONTATION: msg("confrontation"),
    RuptureKind.MIXED: msg("mixed"),
}
_SETTINGS = ("rupture_sessions", "rupture_days", "rupture_prompt_intensity", "rupture_severe_intensity")


def explicit_repairs(ruptures: tuple[RuptureObs, ...]) -> list[RepairEpisode]:
    out = []
    for r in ruptures:
        done = [p for p in r.repairs if p.resolution >= RESOLVED_AT]
        if done:
            end = min(p.session_number for p in done)
            out.append(RepairEpisode("explicit", r.session_number, end, r.rupture_id))
    return out


def _repairs_text(repairs: list[tuple[int, int]]) -> Msg:
    if not repairs:
        return msg("no repair logged")
    parts = [msg("session {number} (resolution {resolution})", number=n, resolution=res) for n, res in repairs]
    text = parts[0]
    for p in parts[1:]:
        text = msg("{first}, {next}", first=text, next=p)
    return msg("repairs logged: {list}", list=text)


def rupture_signals(ruptures: tuple[RuptureObs, ...], numbers: tuple[int, ...], dates: tuple[dt.date, ...],
                    ids: tuple[int, ...], today: dt.date, s: SignalSettings,
                    acknowledged: Collection[str]) -> list[Signal]:
    out: list[Signal] = []
    for r in ruptures:
        repairs = sorted(r.repairs, key=lambda p: (p.session_number, p.date, p.repair_id))
        resolving = next((p for p in repairs if p.resolution >= RESOLVED_AT), None)
        first_later = bisect_right(numbers, r.session_number)
        further_now = len(numbers) - first_later
        nth = first_later + s.rupture_sessions - 1
        by_sessions = nth < len(numbers) and (resolving is None or resolving.session_number > numbers[nth])
        limit = r.date + dt.timedelta(days=s.rupture_days)
        by_days = limit <= today and (resolving is None or resolving.date >= limit)
        if not (by_sessions or by_days):
            continue
        trigger = "sessions" if by_sessions and (not by_days or dates[nth] <= limit) else "days"
        before = [p for p in repairs if resolving is None or (p is not resolving and p.session_number
                  <= resolving.session_number and p.resolution < RESOLVED_AT)]
        best = max((p.resolution for p in before), default=0)
        mild = PARTLY_RESOLVED_AT <= best < RESOLVED_AT and r.intensity <= s.rupture_prompt_intensity
        severe = r.kind is RuptureKind.CONFRONTATION or r.intensity >= s.rupture_severe_intensity
        key = f"rupture:{r.rupture_id}"
        ended = resolving.session_number if resolving is not None else None
        if ended is not None:
            further = sum(1 for n in numbers[first_later:] if n <= ended)
            days = (resolving.date - r.date).days if resolving is not None else 0
        else:
            further = further_now
            days = (today - r.date).days
        shown = [(p.session_number, p.resolution) for p in repairs if ended is None or p.session_number <= ended]
        if mild:
            rule, level, weight = Rule.PARTLY_REPAIRED_RUPTURE, Level.PROMPT, 0
        else:
            rule, level = Rule.UNREPAIRED_RUPTURE, Level.ALERT
            weight = (lc.WEIGHT_RUPTURE_PARTLY if best >= PARTLY_RESOLVED_AT else lc.WEIGHT_RUPTURE_OPEN)
            weight += lc.WEIGHT_SEVERE if severe else 0

        def words(r: RuptureObs = r, trigger: str = trigger, ended: int | None = ended, further: int = further,
                  days: int = days, shown: list[tuple[int, int]] = shown, mild: bool = mild) -> SignalText:
            what = msg("Rupture in session {number} ({kind}, intensity {intensity})", number=r.session_number,
                       kind=KIND_NAMES[r.kind], intensity=r.intensity)
            if trigger == "sessions":
                fired = msg("not resolved after %n further session", None, s.rupture_sessions,
                            plural="not resolved after %n further sessions")
            else:
                fired = msg("not resolved within the {limit}-day limit", limit=s.rupture_days)
            if ended is None and further == 0:
                status = msg("no further session yet")
            elif ended is None:
                status = msg("%n further session so far", None, further, plural="%n further sessions so far")
            else:
                status = msg("resolved in session {number}", number=ended)
            reason = msg("{what}: {fired}; {status}; {repairs}.", what=what, fired=fired, status=status,
                         repairs=_repairs_text(shown))
            dated = msg("{what}: open for %n day", None, days, what=what, plural="{what}: open for %n days")
            title = msg("Mild rupture only partly repaired") if mild else msg("Rupture not repaired")
            why = (
                msg("A rupture that no repair has resolved (resolution {resolved} or more) becomes an alert after "
                    "%n further session or {days} days, whichever comes first.", None, s.rupture_sessions,
                    days=s.rupture_days, resolved=RESOLVED_AT,
                    plural="A rupture that no repair has resolved (resolution {resolved} or more) becomes an alert "
                    "after %n further sessions or {days} days, whichever comes first."),
                msg("A partly repaired rupture (resolution {low} to {high}) of intensity {mild} or less is a prompt "
                    "to talk about it, not an alert.", low=PARTLY_RESOLVED_AT, high=RESOLVED_AT - 1,
                    mild=s.rupture_prompt_intensity),
                msg("Confrontations and ruptures of intensity {severe} or more weigh more in the caseload.",
                    severe=s.rupture_severe_intensity),
                msg("It ends when a repair reaches resolution {resolved}.", resolved=RESOLVED_AT),
            )
            return SignalText(title, reason, why, dated)

        session_numbers = (r.session_number, *(n for n, _ in shown))
        numbers_map: dict[str, Fraction | int] = {"intensity": r.intensity, "further_sessions": further,
                                                  "days": days, "best_resolution": max(
                                                      (res for _, res in shown), default=0),
                                                  "limit_sessions": s.rupture_sessions, "limit_days": s.rupture_days}
        out.append(Signal(key, rule, level, lc.state_of(key, ended, acknowledged),
                          tuple(dict.fromkeys(session_numbers)), (r.session_id,), r.session_number, ended,
                          numbers_map, weight, _SETTINGS, words))
    return out
