"""The whole history, every rule at once: random real histories never break the rules' promises."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from fractions import Fraction

from alliance.core.ratings import Ratings
from alliance.core.signals import (
    ClientHistory,
    Level,
    RepairObs,
    RuptureObs,
    SessionObs,
    State,
    evaluate,
    settings_from_dict,
    settings_to_dict,
)
from alliance.core.taxonomy import RuptureKind
from tests.core.signals.build import START


def random_history(rng: random.Random, n: int) -> ClientHistory:
    base = rng.randint(4, 9)
    sessions = []
    for i in range(1, n + 1):
        shift = -rng.randint(2, 4) if rng.random() < 0.08 else 0
        r = Ratings(*(max(0, min(10, base + shift + rng.choice((-1, 0, 0, 1)))) for _ in range(4)))
        sessions.append(SessionObs(1000 + i, i, START + dt.timedelta(days=7 * (i - 1)), r,
                                   checkin=Fraction(rng.randint(30, 60), 6) if rng.random() < 0.5 else None,
                                   srs_total=rng.randint(30, 40) if rng.random() < 0.6 else None,
                                   prediction=Fraction(rng.randint(20, 40), 4) if rng.random() < 0.1 else None))
    ruptures = []
    for j in range(rng.randint(0, 3) if n else 0):
        at = rng.randint(1, n)
        reps = tuple(RepairObs(j * 10 + k, m, START + dt.timedelta(days=7 * (m - 1)), rng.randint(1, 5))
                     for k, m in enumerate(sorted(rng.sample(range(at, n + 1), min(2, n + 1 - at)))))
        ruptures.append(RuptureObs(j, 1000 + at, at, START + dt.timedelta(days=7 * (at - 1)),
                                   rng.choice(list(RuptureKind)), rng.randint(1, 5), reps[: rng.randint(0, 2)]))
    return ClientHistory(tuple(sessions), tuple(ruptures))


def test_random_histories_keep_every_promise() -> None:
    rng = random.Random(13)
    for _ in range(150):
        n = rng.randint(0, 60)
        h = random_history(rng, n)
        today = START + dt.timedelta(days=7 * n + rng.randint(0, 60))
        cs = evaluate(h, today=today)
        keys = [s.key for s in cs.signals]
        assert len(keys) == len(set(keys))
        assert len(cs.baselines) == n
        for s in cs.signals:
            assert all(isinstance(v, int | Fraction) for v in s.numbers.values())
            assert (s.state is State.RECOVERED) == (s.ended is not None)
            assert s.ended is None or s.ended >= s.started
            assert s.level is Level.ALERT or s.weight == 0
            assert str(s.title) and str(s.reason) and s.why
            assert "day" not in str(s.reason).replace("-day limit", "")  # no day counts in the reason
        for e in cs.episodes:
            assert e.length >= 1 and e.start <= e.end and (e.recovered_at is None or e.recovered_at > e.end)
        # acknowledging every active alert leaves no attention, the same signals otherwise
        ack = evaluate(h, today=today, acknowledged={s.key for s in cs.signals})
        assert ack.attention == 0 and ack.alerts == ()
        assert [s.key for s in ack.signals] == keys
        # the order sessions come in does not matter (back-dated sessions are renumbered by date)
        shuffled = list(h.sessions)
        rng.shuffle(shuffled)
        again = evaluate(dataclasses.replace(h, sessions=tuple(shuffled)), today=today)
        assert [(s.key, s.state, s.ended, s.numbers) for s in again.signals] == \
            [(s.key, s.state, s.ended, s.numbers) for s in cs.signals]


def test_evaluation_is_the_same_with_settings_read_back_from_storage() -> None:
    rng = random.Random(7)
    h = random_history(rng, 40)
    stored = settings_from_dict(settings_to_dict(dataclasses.replace(
        settings_from_dict({}), sd_floor=Fraction(3, 4), rupture_days=10)))
    a = evaluate(h, stored, today=START + dt.timedelta(days=400))
    b = evaluate(h, dataclasses.replace(settings_from_dict({}), sd_floor=Fraction(3, 4), rupture_days=10),
                 today=START + dt.timedelta(days=400))
    assert [(s.key, s.state) for s in a.signals] == [(s.key, s.state) for s in b.signals]
