"""The demo practice: counts, determinism, growth, two declining alliances, one dropout, ruptures and repairs."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import statistics
from pathlib import Path

import pytest

from alliance.core.instruments import load_instruments
from alliance.core.records import ClientStatus, Session
from alliance.core.taxonomy import RuptureKind, RuptureStatus, markers_for
from alliance.services import clients, ruptures, sessions
from alliance.services.demo import DemoSummary, generate_demo
from alliance.services.vault_access import create_vault
from alliance.store.kdf import KdfParams
from alliance.store.vault import Vault
from tests.conftest import PASSPHRASE

TODAY = dt.date(2025, 6, 1)


def _slope(values: list[float]) -> float:
    n = len(values)
    mx, my = (n - 1) / 2, statistics.fmean(values)
    return sum((x - mx) * (y - my) for x, y in enumerate(values)) / sum((x - mx) ** 2 for x in range(n))


@pytest.fixture
def demo(vault: Vault) -> tuple[Vault, DemoSummary, dict[str, list[Session]]]:
    summary = generate_demo(vault, seed=0, today=TODAY)
    by_code = {c.code: sessions.list_sessions(vault, c.id) for c in clients.list_clients(vault)}
    return vault, summary, by_code


Demo = tuple[Vault, DemoSummary, dict[str, list[Session]]]


def test_counts_match_the_vault(demo: Demo) -> None:
    vault, summary, by_code = demo
    assert summary.clients == 12 == clients.count_clients(vault)
    assert summary.sessions == sum(len(s) for s in by_code.values())
    assert all(6 <= len(s) <= 60 for s in by_code.values())
    all_ruptures = [r for c in clients.list_clients(vault) for r in ruptures.ruptures_for_client(vault, c.id)]
    assert summary.ruptures == len(all_ruptures) > 12
    assert summary.repairs == sum(len(r.repairs) for r in all_ruptures)
    assert summary.checkins == sum("checkin" in s.instruments for ss in by_code.values() for s in ss)


def test_same_seed_same_practice_other_seed_other_practice(tmp_path: Path, fast_kdf: KdfParams) -> None:
    def build(name: str, seed: int) -> list[object]:
        vault, _ = create_vault(tmp_path / name, PASSPHRASE, kdf=fast_kdf)
        with vault:
            summary = generate_demo(vault, clients=5, sessions=(6, 12), seed=seed, today=TODAY)
            return [summary, clients.list_clients(vault),
                    [sessions.list_sessions(vault, c.id) for c in clients.list_clients(vault)]]

    assert build("a", 3) == build("b", 3)
    assert build("c", 4)[1] != build("d", 3)[1]


def test_dates_are_weekly_and_end_near_today(demo: Demo) -> None:
    _vault, summary, by_code = demo
    gaps = [(b.date - a.date).days for ss in by_code.values() for a, b in itertools.pairwise(ss)]
    assert statistics.median(gaps) == 7 and min(gaps) >= 3
    for code, ss in by_code.items():
        if code not in summary.dropouts:
            assert TODAY - dt.timedelta(days=7) <= ss[-1].date <= TODAY


def test_most_alliances_grow_and_ratings_stay_in_range(demo: Demo) -> None:
    _vault, summary, by_code = demo
    growth = {c: ss for c, ss in by_code.items() if c not in summary.declining + summary.dropouts}
    assert len(growth) == 9
    grew = [statistics.fmean(s.alliance_index for s in ss[-5:]) > statistics.fmean(s.alliance_index for s in ss[:3])
            for ss in growth.values()]
    assert sum(grew) >= 8
    for ss in by_code.values():
        for s in ss:
            assert all(isinstance(v, int) and 0 <= v <= 10 for v in s.ratings.as_dict().values())
    late = [s.alliance_index for ss in growth.values() for s in ss[len(ss) // 2:]]
    assert 7.5 <= statistics.fmean(late) <= 9.8  # near the ceiling, not pinned to it
    assert statistics.pstdev(late) > 0.3


def test_two_slowly_declining_alliances(demo: Demo) -> None:
    vault, summary, by_code = demo
    assert len(summary.declining) == 2
    for code in summary.declining:
        indices = [s.alliance_index for s in by_code[code][-6:]]
        assert _slope(indices) < -0.15
        assert all(b < a for a, b in itertools.pairwise(indices))  # slow and steady
        assert all(a - b <= 0.5 for a, b in itertools.pairwise(indices))
        client = clients.find_client(vault, code)
        assert client is not None and client.status is ClientStatus.ACTIVE


def test_one_dropout_whose_last_rupture_was_never_repaired(demo: Demo) -> None:
    vault, summary, by_code = demo
    discharged = [c for c in clients.list_clients(vault) if c.status is ClientStatus.DISCHARGED]
    assert [c.code for c in discharged] == list(summary.dropouts)
    last = by_code[summary.dropouts[0]][-1]
    assert (TODAY - last.date).days >= 30
    (rupture,) = last.ruptures
    assert rupture.repairs == () and rupture.status is RuptureStatus.OPEN
    assert rupture.id in {r.id for r in ruptures.open_ruptures(vault, discharged[0].id)}


def test_ruptures_of_every_kind_with_markers_and_repairs(demo: Demo) -> None:
    vault, _summary, _by_code = demo
    every = [r for c in clients.list_clients(vault) for r in ruptures.ruptures_for_client(vault, c.id)]
    resolved_kinds = {r.kind for r in every if r.status is RuptureStatus.RESOLVED}
    assert {RuptureKind.WITHDRAWAL, RuptureKind.CONFRONTATION} <= resolved_kinds
    assert any(r.kind is RuptureKind.MIXED for r in every)
    for r in every:
        assert r.markers and set(r.markers) <= {t.key for t in markers_for(r.kind)}
    same = [r for r in every if any(p.session_number == r.session_number for p in r.repairs)]
    later = [r for r in every if any(p.session_number > r.session_number for p in r.repairs)]
    assert same and later
    assert sum(r.status is RuptureStatus.RESOLVED for r in every) > len(every) / 2


def test_instruments_states_and_notes(demo: Demo) -> None:
    vault, _summary, by_code = demo
    every = [s for ss in by_code.values() for s in ss]
    checkin_items = {i.id for i in load_instruments()["checkin"].items}
    with_checkin = [s for s in every if "checkin" in s.instruments]
    assert len(with_checkin) > 0.7 * len(every)
    assert all(set(s.instruments["checkin"]) == checkin_items for s in with_checkin)
    srs = [s for s in every if "srs" in s.instruments]
    assert 0 < len(srs) < len(every)
    assert {s.ns_state_start for s in every if s.ns_state_start} >= {"ventral", "sympathetic"}
    notes = " ".join(s.note for s in every)
    assert re.search(r"\b555[- ]0\d{3}\b", notes) and re.search(r"@example\.(org|net|com)", notes)
    assert re.search(r"\d+ [A-Z][a-z]+ (Street|Lane|Avenue|Road|Court|Drive|Way|Row|Close|Terrace)", notes)
    for c in clients.list_clients(vault):
        client = clients.get_client(vault, c.id)
        assert client.display_name and client.email and client.phone and client.address and client.other_names
        assert re.fullmatch(r"[A-Z]{2}-\d+", client.code)
        assert any(client.display_name.split()[0] in s.note for s in by_code[c.code])


def test_exact_session_count_and_tiny_practices(tmp_path: Path, fast_kdf: KdfParams) -> None:
    vault, _ = create_vault(tmp_path / "v", PASSPHRASE, kdf=fast_kdf)
    with vault:
        summary = generate_demo(vault, clients=2, sessions=8, seed=1, today=TODAY)
        assert summary.clients == 2 and summary.sessions == 16
    with pytest.raises(ValueError):
        generate_demo(vault, clients=0)
