"""What the rules say about one client: signals (alerts and prompts), trend, baselines and episodes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from functools import cached_property
from math import isqrt
from types import MappingProxyType

from alliance.core.messages import Msg
from alliance.core.signals.band import band_rules
from alliance.core.signals.settings import SignalSettings


class Level(StrEnum):
    """Alerts need attention and order the caseload; prompts suggest a conversation in the next session."""

    ALERT = "alert"
    PROMPT = "prompt"


class Rule(StrEnum):
    """Which rule raised a signal."""

    DROP = "drop"
    COMPONENT_DROP = "component drop"
    DECLINE = "decline"
    UNREPAIRED_RUPTURE = "unrepaired rupture"
    PARTLY_REPAIRED_RUPTURE = "partly repaired rupture"
    SRS_LOW = "srs low"
    SRS_FALL = "srs fall"
    SRS_FIRST_BELOW = "srs first below"
    SRS_CEILING = "srs ceiling"
    PERSPECTIVE_GAP = "perspective gap"
    OUTCOME = "outcome measure"  # raised by core.outcomes (reliable deterioration, not on track, safety item)


class State(StrEnum):
    """Where a signal is in its life: still active, recovered (the condition ended), or acknowledged."""

    ACTIVE = "active"
    RECOVERED = "recovered"
    ACKNOWLEDGED = "acknowledged"


class Direction(StrEnum):
    """Direction of the alliance index over the last sessions."""

    UP = "up"
    FLAT = "flat"
    DOWN = "down"


def _frozen(m: Mapping[str, Fraction | int]) -> Mapping[str, Fraction | int]:
    return MappingProxyType(dict(m))


@dataclass(frozen=True)
class SignalText:
    """The words of a signal: a short title, the reason with its numbers, and "Why am I seeing this?"."""

    title: Msg
    reason: Msg  # never carries a day count (de-identified exports may show it)
    why: tuple[Msg, ...]
    reason_dated: Msg | None = None  # where a rule counts days: the reason with the day count


SAFETY_KEY_PREFIX = "outcome-safety"  # the key of core.outcomes' safety prompts (OutcomeSignalKind.SAFETY)


@dataclass(frozen=True)
class Signal:
    """One alert or prompt, with its numbers, its sessions and why it is shown.

    The words (``title``, ``reason``, ``why``, ``reason_dated``) are made on first use: the caseload
    evaluates every client and reads only the alerts' weights. ``numbers`` holds the exact values behind
    them (a day count, where a rule counts days, only as ``"days"`` and in ``reason_dated``).
    """

    key: str
    rule: Rule
    level: Level
    state: State
    session_numbers: tuple[int, ...]
    session_ids: tuple[int, ...]
    started: int
    ended: int | None
    numbers: Mapping[str, Fraction | int]
    weight: int
    settings: tuple[str, ...]
    words: Callable[[], SignalText] = field(repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "numbers", _frozen(self.numbers))

    @cached_property
    def text(self) -> SignalText:
        return self.words()

    @property
    def is_safety(self) -> bool:
        """A safety prompt: a risk item answered above 0 on an outcome measure. Shown before everything else."""
        return self.key.startswith(SAFETY_KEY_PREFIX)

    @property
    def title(self) -> Msg:
        return self.text.title

    @property
    def reason(self) -> Msg:
        return self.text.reason

    @property
    def why(self) -> tuple[Msg, ...]:
        return self.text.why

    @property
    def reason_dated(self) -> Msg | None:
        return self.text.reason_dated

    @property
    def active(self) -> bool:
        return self.state is State.ACTIVE


@dataclass(frozen=True)
class Trend:
    """Direction of the index over the last window: a significant least-squares slope, or flat."""

    direction: Direction
    slope: Fraction | None  # index points per session; None with fewer than two sessions
    window: tuple[int, ...]  # session numbers
    significant: bool


_SD_SCALE = 10_000


def rounded_sqrt(value: Fraction) -> Fraction:
    """The square root of a non-negative fraction to 4 decimals, nearest (for showing an SD; never compared)."""
    num, den = value.numerator * _SD_SCALE * _SD_SCALE, value.denominator
    root = isqrt(num // den)
    # round to nearest: root + 1/2 squared against num/den, in integers (times 4·den)
    if 4 * num >= (2 * root + 1) ** 2 * den:
        root += 1
    return Fraction(root, _SD_SCALE)


@dataclass(frozen=True)
class Baseline:
    """The reference a session is judged against: the client's own recent sessions.

    ``mean`` and ``variance`` are exact; ``sd`` (with the floor) and ``band`` are shown to 4 decimals —
    the rules decide on squared quantities, never on these roundings.
    """

    mean: Fraction
    variance: Fraction  # sample variance of the index over the spread sessions, before the floor
    sd: Fraction  # max(floor, sqrt(variance shrunk toward the prior, if any)), rounded to 4 decimals
    band: Fraction  # how far below the mean a session must be to count as a drop, rounded to 4 decimals
    k: int  # sessions in the baseline mean
    session_numbers: tuple[int, ...]  # the baseline sessions (mean)
    sd_sessions: int  # sessions the spread was estimated on (the k above and up to sd_sessions - k before them)


@dataclass(frozen=True)
class DropEpisode:
    """Consecutive drop sessions: one episode, with its depth and length."""

    start: int  # session number
    end: int  # last drop session number
    depth: Fraction  # largest fall below the baseline mean, index points (0 for a component-only episode)
    length: int  # drop sessions
    recovered_at: int | None  # session number where the index was back within the band; None while open
    baseline_mean: Fraction | None
    session_ids: tuple[int, ...]


@dataclass(frozen=True)
class RepairEpisode:
    """A rupture-repair episode: explicit (a logged repair resolved a rupture) or an inferred V."""

    kind: str  # "explicit" or "inferred"
    start: int  # session number
    end: int  # session number of the resolving repair, or of the return to within the margin
    rupture_id: int | None = None
    depth: Fraction | None = None  # inferred: how far the index fell below the baseline mean


@dataclass(frozen=True)
class BaselineSource:
    """What is needed to make the per-session baselines on demand (the caseload never asks for them)."""

    quarters: Sequence[int]  # 4 × index per session (not changed after evaluate)
    reference_end: Mapping[int, int]  # position -> end of its reference sessions, where an open episode froze it
    session_numbers: tuple[int, ...]
    settings: SignalSettings

    def baselines(self) -> tuple[Baseline | None, ...]:
        s = self.settings
        k, nmin, big_m, q = s.baseline_sessions, s.baseline_min_sessions, s.sd_sessions, self.quarters
        rules = band_rules(s)
        out: list[Baseline | None] = []
        for i in range(len(q)):
            e = self.reference_end.get(i, i)
            a = max(0, e - k)
            n = e - a
            if n < nmin or n < 2:
                out.append(None)
                continue
            total = sum(q[a:e])
            spread = q[max(0, e - big_m):e]
            m = len(spread)
            tm = sum(spread)
            v = m * sum(x * x for x in spread) - tm * tm
            var = Fraction(v, 16 * m * (m - 1))
            rule = rules[n, m]
            sd = max(s.sd_floor, rounded_sqrt(rule.variance(v)))  # shrunk toward the prior, if one is set
            band = rounded_sqrt(rule.band_squared(v) / 16)
            out.append(Baseline(Fraction(total, 4 * n), var, sd, band, n, self.session_numbers[a:e], m))
        return tuple(out)


@dataclass(frozen=True)
class ClientSignals:
    """Everything the rules say about one client over the whole history."""

    signals: tuple[Signal, ...]
    trend: Trend
    episodes: tuple[DropEpisode, ...]
    repairs: tuple[RepairEpisode, ...]
    baseline_source: BaselineSource | None = field(default=None, repr=False, compare=False)

    @cached_property
    def baselines(self) -> tuple[Baseline | None, ...]:
        """Per session: the baseline it was judged against (None with fewer than the minimum earlier sessions)."""
        return () if self.baseline_source is None else self.baseline_source.baselines()

    @property
    def alerts(self) -> tuple[Signal, ...]:
        """Active alerts, most urgent first."""
        found = [s for s in self.signals if s.level is Level.ALERT and s.state is State.ACTIVE]
        return tuple(sorted(found, key=lambda s: -s.weight))

    @property
    def prompts(self) -> tuple[Signal, ...]:
        """Active prompts."""
        return tuple(s for s in self.signals if s.level is Level.PROMPT and s.state is State.ACTIVE)

    @property
    def past(self) -> tuple[Signal, ...]:
        """Recovered and acknowledged signals: the client's history of them."""
        return tuple(s for s in self.signals if s.state is not State.ACTIVE)

    @property
    def attention(self) -> int:
        """Sum of the active alerts' weights: orders the caseload."""
        return sum(s.weight for s in self.alerts)
