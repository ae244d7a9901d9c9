"""Repeat, take the median and the spread."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    """Seconds per run: median and spread (min..max) over the repetitions."""

    median: float
    low: float
    high: float
    runs: int

    def ms(self) -> str:
        return f"{self.median * 1000:.1f} ms ({self.low * 1000:.1f}–{self.high * 1000:.1f})"

    def as_dict(self) -> dict[str, float | int]:
        return {"median_s": self.median, "min_s": self.low, "max_s": self.high, "runs": self.runs}


def of_samples(samples: list[float]) -> Measure:
    """The Measure of samples already taken (seconds)."""
    return Measure(statistics.median(samples), min(samples), max(samples), len(samples))


def measure(fn: Callable[[], object], runs: int = 7, warmup: int = 1,
            setup: Callable[[], object] | None = None, teardown: Callable[[], object] | None = None) -> Measure:
    """Time fn over runs repetitions after warmup ones; setup and teardown (untimed) run around each."""
    samples = []
    for i in range(warmup + runs):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - start
        if teardown:
            teardown()
        if i >= warmup:
            samples.append(elapsed)
    return of_samples(samples)
