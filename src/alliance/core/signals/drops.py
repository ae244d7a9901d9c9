"""Drops against the client's own baseline, component drops, drop episodes and inferred V episodes.

Quarter points throughout (the sum of the four ratings). The baseline of a session is the client's last
k sessions before it, skipping the sessions of a drop episode still open (so an open episode is judged
against the level before it). The scan screens all sessions with whole-list sums and judges one by one
only the candidates and the sessions of an open episode.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from itertools import accumulate

from alliance.core.messages import Msg, msg
from alliance.core.signals.band import BandRule, band_rules
from alliance.core.signals.model import DropEpisode, RepairEpisode
from alliance.core.signals.settings import SignalSettings

COMPONENT_NAMES: tuple[Msg, ...] = (msg("Safety"), msg("Trust"), msg("Attunement"), msg("Boundaries"))


@dataclass
class DropSession:
    """One drop session: its position, D (n-scaled fall of the index) and the components that fell."""

    pos: int
    d: int
    index_drop: bool
    components: tuple[tuple[int, int], ...]  # (component, sum of its reference sessions)


@dataclass
class Episode:
    """A drop episode as found: positions, the frozen reference, its sessions."""

    start: int
    ref_end: int
    n: int
    total: int
    v: int  # m(m−1) × the sample variance of the m spread sessions
    m: int
    sessions: list[DropSession] = field(default_factory=list)
    recovered: int | None = None


@dataclass(frozen=True)
class DropScan:
    episodes: tuple[Episode, ...]
    reference_end: dict[int, int]
    bands: dict[tuple[int, int], BandRule]


LANE = 32  # bits per component in a packed session: four ratings in one integer
_MASK = (1 << LANE) - 1


def packed(rows: list[tuple[int, int, int, int]]) -> list[int]:
    """Each session's four ratings in one integer, 32 bits apiece, so one sum adds all four at once."""
    return [a | b << 32 | c << 64 | d << 96 for a, b, c, d in rows]


def _lanes(value: int) -> int:
    """The same value in each of the four lanes."""
    return value | value << LANE | value << 2 * LANE | value << 3 * LANE


def scan_drops(q: list[int], rows: list[tuple[int, int, int, int]], s: SignalSettings,
               prefix: list[int], squares: list[int] | None = None) -> DropScan:
    """Every drop episode of the history, and which sessions had their reference frozen by an open one."""
    n_sessions = len(q)
    k, nmin, cs, big_m = s.baseline_sessions, s.baseline_min_sessions, s.component_sessions, s.sd_sessions
    bands = band_rules(s)
    sq = squares if squares is not None else [0, *accumulate([x * x for x in q])]
    early = s.drop_early * 4
    en, ed = early.numerator, early.denominator
    confirm = s.component_confirm
    fall = cs * s.component_fall
    # Components in packed lanes: over cs sessions a lane sums to at most 10·cs, so "sum − cs·c + 10·cs" lies in
    # 0..20·cs and "down by the fall" is that lane reaching 10·cs + cs·fall, read from the lane's top bit.
    pk = packed(rows) if rows else []
    pc = [0, *accumulate(pk)]
    offset = _lanes(10 * cs)
    probe = _lanes((1 << (LANE - 1)) - (10 * cs + fall))
    top_bits = _lanes(1 << (LANE - 1))

    overrides: dict[int, int] = {}
    episodes: list[Episode] = []
    cur: Episode | None = None

    def step(i: int) -> None:
        nonlocal cur
        e = cur.ref_end if cur is not None else i
        if e != i:
            overrides[i] = e
        a = e - k if e > k else 0
        n = e - a
        if n == 0:
            return
        total = prefix[e] - prefix[a]
        d = total - n * q[i]
        v = m = 0
        if n >= nmin:
            am = e - big_m if e > big_m else 0
            m = e - am
            band = bands[n, m]
            index_drop = False
            if d > 0 and d * band.min_den > n * band.min_num:  # only then is the spread needed
                tm = prefix[e] - prefix[am]
                v = m * (sq[e] - sq[am]) - tm * tm
                index_drop = band.is_drop(d, v)
        else:
            index_drop = d * ed > n * en
        fallen: tuple[tuple[int, int], ...] = ()
        # A component is down in the `confirm` sessions up to this one, against its mean over the cs sessions
        # before the first of them (or before the open episode).
        r = e if e < i else i - confirm + 1
        if r >= cs:
            ref = pc[r] - pc[r - cs] + offset
            since = max(r, i - confirm + 1)
            down = top_bits
            for j in range(since, i + 1):
                down &= ref - cs * pk[j] + probe
            if down:
                sums = pc[r] - pc[r - cs]
                fallen = tuple((c, (sums >> LANE * c) & _MASK) for c in range(4) if down >> (LANE * c + LANE - 1) & 1)
        if index_drop or fallen:
            if cur is None:
                if n >= nmin and not index_drop:  # a component drop: the spread, for showing the band
                    tm = prefix[e] - prefix[e - m]
                    v = m * (sq[e] - sq[e - m]) - tm * tm
                cur = Episode(i, e, n, total, v, m)
            cur.sessions.append(DropSession(i, d, index_drop, fallen))
        elif cur is not None:
            cur.recovered = i
            episodes.append(cur)
            cur = None

    first_full = min(k, n_sessions)
    i = 1
    while i < first_full or (cur is not None and i < n_sessions):
        step(i)
        i += 1
    if n_sessions > k:
        rule = bands[k, k]
        # Screen: with a full baseline (n = k, nothing frozen) a session can only be an index drop when it is
        # below the baseline mean by more than the smallest band; a component drop when the component is down
        # (against the cs sessions before the first confirming session) in the sessions that confirm it.
        lim, den = k * rule.min_num, rule.min_den
        cands = {j for j, (p1, p0, x) in enumerate(zip(prefix[k:], prefix, q[k:], strict=False), start=k)
                 if (p1 - p0 - k * x) * den > lim}
        top = max(k, cs + confirm - 1)
        # down at j against the cs sessions before j - confirm + 1 (the sessions between are checked in step)
        cands.update([j for j, (c1, c0, y) in enumerate(zip(pc[top - confirm + 1:], pc[top - confirm + 1 - cs:],
                                                            pk[top:], strict=False), start=top)
                      if (c1 - c0 + offset - cs * y + probe) & top_bits])
        for c in sorted(cands):
            if c < i:
                continue
            i = c
            step(i)
            i += 1
            while cur is not None and i < n_sessions:
                step(i)
                i += 1
    if cur is not None:
        episodes.append(cur)
    return DropScan(tuple(episodes), overrides, bands)


def depth_of(ep: Episode) -> Fraction:
    """The largest fall of the index below the episode's baseline mean, index points (0 if none)."""
    return Fraction(max(0, max(ds.d for ds in ep.sessions)), 4 * ep.n)


def drop_episodes(scan: DropScan, numbers: tuple[int, ...], ids: tuple[int, ...]) -> tuple[DropEpisode, ...]:
    return tuple(DropEpisode(numbers[ep.start], numbers[ep.sessions[-1].pos], depth_of(ep), len(ep.sessions),
                             None if ep.recovered is None else numbers[ep.recovered], Fraction(ep.total, 4 * ep.n),
                             tuple(ids[ds.pos] for ds in ep.sessions))
                 for ep in scan.episodes)


def inferred_repairs(scan: DropScan, q: list[int], numbers: tuple[int, ...],
                     s: SignalSettings) -> list[RepairEpisode]:
    """Drop episodes that came back to within the margin of the baseline mean within v_sessions of the start."""
    margin = s.v_margin * 4
    mn, md = margin.numerator, margin.denominator
    out: list[RepairEpisode] = []
    for ep in scan.episodes:
        if ep.recovered is None or ep.recovered - ep.start > s.v_sessions:
            continue
        for j in range(ep.recovered, min(ep.start + s.v_sessions, len(q) - 1) + 1):
            if (ep.total - ep.n * q[j]) * md <= ep.n * mn:
                out.append(RepairEpisode("inferred", numbers[ep.start], numbers[j], None, depth_of(ep)))
                break
    return out
