"""A realistic synthetic practice, built only through the public services in one transaction.

Most clients' alliances grow towards the ceiling with noise; ruptures of every kind come with
taxonomy markers and are repaired in the same or a later session; two alliances decline slowly; one
client drops out (discharged) after a session whose rupture was never repaired. Deterministic for a
given seed and ``today``.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from enum import Enum

from alliance.core.instruments import load_instruments
from alliance.core.outcomes import Frequency, ScheduleEntry, load_outcome_instruments
from alliance.core.ratings import COMPONENT_KEYS, Ratings
from alliance.core.records import (
    ClientDraft,
    Modality,
    NervousSystemState,
    RepairDraft,
    RuptureDraft,
    SessionDraft,
    whole,
)
from alliance.core.taxonomy import (
    CONFRONTATION_MARKERS,
    REPAIR_STRATEGIES,
    WITHDRAWAL_MARKERS,
    RaisedBy,
    RuptureKind,
    markers_for,
)
from alliance.services import demo_text, signals
from alliance.services.clients import add_client, discharge_client
from alliance.services.context_events import add_event
from alliance.services.measures import set_schedule
from alliance.services.sessions import log_session
from alliance.store.vault import Vault

DECLINING_CLIENTS = 2
DROPOUT_CLIENTS = 1
MIN_DECLINING_SESSIONS = 8
MIN_DROPOUT_SESSIONS = 3
_KINDS = (RuptureKind.WITHDRAWAL, RuptureKind.CONFRONTATION, RuptureKind.MIXED)
_NS = (NervousSystemState.VENTRAL, NervousSystemState.SYMPATHETIC, NervousSystemState.DORSAL,
       NervousSystemState.UNCLEAR)


class Course(Enum):
    """How a demo client's alliance develops."""

    GROWTH = "growth"
    DECLINING = "declining"
    DROPOUT = "dropout"


@dataclass(frozen=True)
class DemoSummary:
    """What the demo generator wrote."""

    clients: int
    sessions: int
    ruptures: int
    repairs: int
    checkins: int
    declining: tuple[str, ...]
    dropouts: tuple[str, ...]


@dataclass
class _Pending:
    """A repair planned for a later session of the same client."""

    rupture_id: int
    resolution: int
    strategies: tuple[str, ...]


@dataclass
class _Counts:
    sessions: int = 0
    ruptures: int = 0
    repairs: int = 0
    checkins: int = 0
    declining: list[str] = field(default_factory=list)
    dropouts: list[str] = field(default_factory=list)


def generate_demo(vault: Vault, clients: int = 12, sessions: tuple[int, int] | int = (6, 60), seed: int = 0,
                  today: dt.date | None = None) -> DemoSummary:
    """Fill an open vault with a synthetic practice of ``clients`` clients.

    ``sessions`` is the number of sessions per client, or a (fewest, most) range drawn per client.
    Everything is written in one transaction: the vault gets all of it or none.
    """
    low, high = (sessions, sessions) if isinstance(sessions, int) else sessions
    if clients < 1 or low < 1 or high < low:
        raise ValueError("The demo needs at least one client and at least one session per client.")
    today = today or dt.date.today()
    rng = random.Random(seed)
    courses = _courses(clients, rng)
    checkin_items = _item_ids("checkin")
    srs_items = _item_ids("srs")
    counts = _Counts()
    used_codes: set[str] = set()
    with vault.work.transaction():
        growth_seen = 0
        for course in courses:
            person = demo_text.make_person(rng)
            code = _unique_code(person.initials, rng, used_codes)
            n = rng.randint(low, high)
            if course is Course.DECLINING:
                n = max(n, MIN_DECLINING_SESSIONS)
            elif course is Course.DROPOUT:
                n = max(n, MIN_DROPOUT_SESSIONS)
            writer = _ClientWriter(vault, rng, person, course, growth_seen, checkin_items, srs_items, counts)
            growth_seen += course is Course.GROWTH
            writer.write(code, _session_dates(rng, n, course, today))
            if course is Course.DECLINING:
                counts.declining.append(code)
            elif course is Course.DROPOUT:
                counts.dropouts.append(code)
    signals.forget(vault)
    return DemoSummary(clients, counts.sessions, counts.ruptures, counts.repairs, counts.checkins,
                       tuple(counts.declining), tuple(counts.dropouts))


def _item_ids(instrument_id: str) -> tuple[str, ...]:
    return tuple(item.id for item in load_instruments()[instrument_id].items)


def _courses(clients: int, rng: random.Random) -> list[Course]:
    if clients >= 1 + DECLINING_CLIENTS + DROPOUT_CLIENTS:
        courses = [Course.DROPOUT] * DROPOUT_CLIENTS + [Course.DECLINING] * DECLINING_CLIENTS
        courses += [Course.GROWTH] * (clients - len(courses))
    else:
        courses = [Course.GROWTH, Course.DECLINING, Course.DROPOUT][:clients]
    rng.shuffle(courses)
    return courses


def _unique_code(initials: str, rng: random.Random, used: set[str]) -> str:
    limit = 100
    while True:
        for _ in range(40):
            code = f"{initials}-{rng.randrange(1, limit)}"
            if code not in used:
                used.add(code)
                return code
        limit *= 10  # large synthetic practices run out of two-digit codes


def _session_dates(rng: random.Random, n: int, course: Course, today: dt.date) -> list[dt.date]:
    """Weekly-ish dates: mostly 7 days apart, some fortnights, short gaps and holidays."""
    gaps = [rng.choices((7, 14, rng.randint(3, 6), rng.randint(21, 35)), (70, 15, 5, 10))[0] for _ in range(n - 1)]
    last = today - dt.timedelta(days=rng.randint(45, 120) if course is Course.DROPOUT else rng.randint(0, 6))
    day = last - dt.timedelta(days=sum(gaps))
    dates = [day]
    for gap in gaps:
        day += dt.timedelta(days=gap)
        dates.append(day)
    return dates


# The range a demo client's first score is drawn from, per instrument (all above the clinical cut-off).
OUTCOME_BASELINES = {"pcl5": (42, 56), "phq9": (14, 20), "gad7": (11, 17)}


class _Outcome:
    """One outcome measure a demo client fills in every few sessions, following a course: the growing
    clients improve (the first of them with a sudden gain in the session after a rupture was repaired), the
    declining ones do not, the dropout stays where it began."""

    def __init__(self, instrument_id: str, course: Course, baseline: float, tau: float, sudden: bool) -> None:
        self.instrument_id, self.course, self.baseline, self.tau = instrument_id, course, baseline, tau
        self.sudden = sudden
        self.gained_at: int | None = None
        instrument = load_outcome_instruments()[instrument_id]
        # A safety item (PHQ-9 item 9) is answered above 0 only by a declining client: the demo shows the
        # safety prompt there and nowhere else.
        quiet = set() if course is Course.DECLINING else {s.item for s in instrument.safety_items}
        self.items = [(i.id, i.min, 0 if i.id in quiet else i.max) for i in instrument.items if i.scored]

    @classmethod
    def for_course(cls, course: Course, ordinal: int, rng: random.Random) -> _Outcome | None:
        if course is Course.GROWTH and rng.random() < 0.2 and ordinal != 0:
            return None  # most clients, not all, fill in an outcome measure (the first, with its gain, always)
        instrument_id = {Course.GROWTH: ("pcl5", "phq9")[ordinal % 2], Course.DECLINING: "phq9",
                         Course.DROPOUT: "gad7"}[course]
        low, high = OUTCOME_BASELINES[instrument_id]
        return cls(instrument_id, course, rng.uniform(low, high), rng.uniform(4.0, 10.0),
                   sudden=course is Course.GROWTH and ordinal == 0)

    def answers(self, i: int, n: int, resolved_now: int, rng: random.Random) -> dict[str, int]:
        """The items answered in session ``i`` (none in most sessions: every third, and the first and last)."""
        # Three scores on each side make the gain testable (not "provisional").
        if self.sudden and self.gained_at is None and resolved_now >= 4 and 6 <= i <= n - 8:
            self.gained_at = i + 1  # the session after the repair
        if not (i % 3 == 0 or i == n - 1 or i == self.gained_at):
            return {}
        if self.course is Course.GROWTH:
            level = self.baseline * (1 - 0.5 * (1 - math.exp(-i / self.tau)))
            if self.gained_at is not None and i >= self.gained_at:
                level -= self.baseline * 0.35
        elif self.course is Course.DECLINING:
            level = self.baseline + 0.25 * i
        else:
            level = self.baseline
        top = sum(high for _id, _low, high in self.items)
        total = max(0, min(top, round(level + rng.gauss(0, 1.2))))
        return self._spread(total, rng)

    def _spread(self, total: int, rng: random.Random) -> dict[str, int]:
        """Item answers that add up to ``total``."""
        values = {item: low for item, low, _high in self.items}
        room = [item for item, low, high in self.items if low < high]
        high_of = {item: high for item, _low, high in self.items}
        left = total - sum(values.values())
        while left > 0 and room:
            item = rng.choice(room)
            values[item] += 1
            left -= 1
            if values[item] >= high_of[item]:
                room.remove(item)
        return values


def _clamp(value: float, low: int = 0, high: int = 10) -> int:
    return max(low, min(high, round(value)))


class _ClientWriter:
    """Writes one client and their sessions."""

    def __init__(self, vault: Vault, rng: random.Random, person: demo_text.Person, course: Course,
                 ordinal: int, checkin_items: tuple[str, ...], srs_items: tuple[str, ...], counts: _Counts) -> None:
        self.vault, self.rng, self.person, self.course = vault, rng, person, course
        self.ordinal, self.checkin_items, self.srs_items, self.counts = ordinal, checkin_items, srs_items, counts
        self.offsets = {"safety": rng.uniform(-0.5, 0.5), "trust": rng.uniform(-0.9, 0.2),
                        "attunement": rng.uniform(-0.3, 0.6), "boundaries": rng.uniform(-0.2, 0.7)}
        self.start = rng.uniform(4.8, 6.2) if course is Course.DROPOUT else rng.uniform(5.2, 7.2)
        self.ceiling = self.start + rng.uniform(0.5, 1.2) if course is Course.DROPOUT else rng.uniform(8.4, 9.4)
        self.tau = rng.uniform(3.0, 12.0)
        self.modality = rng.choices(list(Modality), (65, 28, 7))[0]
        self.duration = rng.choice((50, 50, 50, 60, 45))
        self.checkin_rate = rng.uniform(0.75, 0.98)
        # A declining alliance shows on the client's SRS too: declining clients always fill it in.
        self.uses_srs = rng.random() < 0.35 or course is Course.DECLINING
        # Clients rate the session a little above the therapist's index; how far differs from client to client,
        # so a few clients sit below the SRS cue of 36 (a prompt) while most are satisfied.
        self.srs_offset = rng.uniform(0.6, 1.7)
        self.outcome = _Outcome.for_course(course, ordinal, rng)
        self.pending: dict[int, list[_Pending]] = {}
        self.declining_from: int | None = None
        self.declining_values: dict[str, int] = {}
        self.last_ratings: Ratings | None = None

    def write(self, code: str, dates: list[dt.date]) -> None:
        p = self.person
        others = ", ".join(name for _rel, name in p.others)
        client = add_client(self.vault, ClientDraft(
            code=code, display_name=p.name, email=p.email, phone=p.phone, address=p.address, other_names=others,
            intake_date=dates[0] - dt.timedelta(days=self.rng.randint(0, 14))))
        n = len(dates)
        if self.course is Course.DECLINING:
            self.declining_from = n - min(n - 2, self.rng.randint(7, 10))
        forced = self.rng.randint(1, n - 2) if self.course is Course.GROWTH and n >= 4 else None
        for i, day in enumerate(dates):
            self._write_session(client.id, i, n, day, forced)
        if self.outcome is not None:  # the measure the client fills in, every third week or so
            set_schedule(self.vault, client.id, [ScheduleEntry(self.outcome.instrument_id, Frequency.EVERY_N_WEEKS,
                                                               3)], since=dates[0])
        if n >= 8 and self.rng.random() < 0.3:  # something outside the room that helps read the chart
            kind, label = self.rng.choice((("medication", "Medication changed"), ("absence", "Therapist away"),
                                           ("life_event", "Moved house"), ("setting", "Moved to video")))
            add_event(self.vault, client.id, dates[n // 2] - dt.timedelta(days=2), kind, label)
        if self.course is Course.DROPOUT:
            discharge_client(self.vault, client.id)

    # --- one session -------------------------------------------------------------------------

    def _write_session(self, client_id: int, i: int, n: int, day: dt.date, forced: int | None) -> None:
        rng = self.rng
        rupture = self._rupture_for(i, n, forced)
        repair_now, later = self._plan_repair(rupture, i, n)
        repairs = [RepairDraft(resolution=p.resolution, strategies=p.strategies, rupture_id=p.rupture_id)
                   for p in self.pending.pop(i, [])]
        if repair_now is not None:
            repairs.append(repair_now)
        ratings = self._ratings(i, rupture, repair_now)
        dip = 0.0 if rupture is None else whole(rupture.intensity, "intensity") * (0.35 if repair_now else 0.7)
        instruments: dict[str, dict[str, int]] = {}
        best_so_far = max((whole(r.resolution, "resolution") for r in repairs), default=0)
        if self.outcome is not None:
            answers = self.outcome.answers(i, n, best_so_far, rng)
            if answers:
                instruments[self.outcome.instrument_id] = answers
        if rng.random() < self.checkin_rate:
            # Clients rate higher than therapists; withdrawal ruptures often go unreported by the client.
            hidden = rupture is not None and rupture.kind is RuptureKind.WITHDRAWAL and rng.random() < 0.5
            level = ratings.alliance_index + rng.uniform(0.3, 1.1) + (dip if hidden else 0.0)
            instruments["checkin"] = {item: _clamp(level + rng.gauss(0, 0.7)) for item in self.checkin_items}
        if self.uses_srs:
            level = min(9.6, ratings.alliance_index + self.srs_offset) - dip * 0.6
            instruments["srs"] = {item: _clamp(level + rng.gauss(0, 0.5)) for item in self.srs_items}
        best = max((whole(r.resolution, "resolution") for r in repairs), default=0)
        corrective = best >= 4 and rng.random() < 0.4
        is_dropout_end = self.course is Course.DROPOUT and i == n - 1
        note = ""
        if is_dropout_end:
            note = demo_text.dropout_note(rng, self.person, day)
        elif rupture is not None or rng.random() < 0.75:
            note = demo_text.session_note(rng, self.person, day, rupture.kind.value if rupture else None,
                                          bool(repairs))
        recorded_ns = rng.random() < 0.7
        session = log_session(self.vault, SessionDraft(
            client_id=client_id, date=day, ratings=ratings,
            duration_min=self.duration if rng.random() < 0.9 else rng.choice((60, 75, 90)),
            modality=self.modality if rng.random() < 0.85 else rng.choice(list(Modality)),
            ns_state_start=self._ns_start(ratings, rupture) if recorded_ns else None,
            ns_state_end=self._ns_end(rupture, repairs) if recorded_ns else None,
            corrective_experience=corrective,
            corrective_experience_text="Could disagree with me and stay connected." if corrective else "",
            note=note, instruments=instruments,
            ruptures=(rupture,) if rupture else (), repairs=tuple(repairs)))
        if later is not None and session.ruptures:
            later.rupture_id = session.ruptures[0].id
            self.pending.setdefault(i + rng.randint(1, min(2, n - 1 - i)), []).append(later)
        c = self.counts
        c.sessions += 1
        c.ruptures += len(session.ruptures)
        c.repairs += len(session.repairs)
        c.checkins += "checkin" in instruments

    def _rupture_for(self, i: int, n: int, forced: int | None) -> RuptureDraft | None:
        rng = self.rng
        if self.course is Course.DROPOUT and i == n - 1:
            return RuptureDraft(kind=RuptureKind.CONFRONTATION, intensity=4,
                                markers=("complaints_progress", "complaints_parameters"), raised_by=RaisedBy.CLIENT)
        if self.course is Course.DECLINING and i == n - 2:
            # The slow slide carries a quiet withdrawal rupture that is only partly repaired.
            return RuptureDraft(kind=RuptureKind.WITHDRAWAL, intensity=2, markers=("minimal_response", "deferential"),
                                raised_by=RaisedBy.UNSPOKEN)
        if i == forced:
            kind = _KINDS[self.ordinal % len(_KINDS)]
        elif i > 0 and rng.random() < (0.12 if i < n / 3 else 0.06):
            kind = rng.choices(_KINDS, (50, 35, 15))[0]
        else:
            return None
        if self.declining_from is not None and i >= self.declining_from:
            return None  # keep the decline itself smooth
        return RuptureDraft(kind=kind, intensity=rng.choices((1, 2, 3, 4, 5), (25, 35, 25, 10, 5))[0],
                            markers=self._markers(kind),
                            raised_by=rng.choices(list(RaisedBy), (50, 40, 10))[0])

    def _markers(self, kind: RuptureKind) -> tuple[str, ...]:
        if kind is RuptureKind.MIXED:
            return (self.rng.choice(WITHDRAWAL_MARKERS).key, self.rng.choice(CONFRONTATION_MARKERS).key)
        return tuple(t.key for t in self.rng.sample(markers_for(kind), self.rng.randint(1, 2)))

    def _plan_repair(self, rupture: RuptureDraft | None, i: int, n: int) -> tuple[RepairDraft | None, _Pending | None]:
        """A repair in this session, and/or one planned for a later session."""
        if rupture is None or (self.course is Course.DROPOUT and i == n - 1):
            return None, None
        rng = self.rng
        strategies = tuple(t.key for t in rng.sample(REPAIR_STRATEGIES, rng.randint(1, 3)))
        if self.course is Course.DECLINING and i == n - 2:
            return None, _Pending(0, 2, ("invites_relationship_talk",))
        # Growing alliances repair their ruptures: in the session, or partly now and fully a session or two
        # later. The demo's open ruptures are the dropout's and the declining clients' (a newcomer should see a
        # few real alerts, not one on every client).
        draw = rng.random()
        if draw < 0.45 or i >= n - 1:
            return RepairDraft(resolution=rng.choice((4, 4, 4, 5, 5, 5, 5)), strategies=strategies,
                               new_rupture_index=0), None
        first = (RepairDraft(resolution=rng.choice((2, 3)), strategies=strategies[:1], new_rupture_index=0)
                 if draw < 0.55 or draw >= 0.95 else None)
        return first, _Pending(0, rng.choice((4, 4, 5, 5, 5)), strategies)

    # --- ratings and states --------------------------------------------------------------------

    def _level(self, i: int) -> float:
        return self.ceiling - (self.ceiling - self.start) * math.exp(-i / self.tau)

    def _ratings(self, i: int, rupture: RuptureDraft | None, repair_now: RepairDraft | None) -> Ratings:
        if self.declining_from is not None and i >= self.declining_from:
            return self._declining_ratings(i)
        rng = self.rng
        level = self._level(i)
        values = {k: level + self.offsets[k] + rng.gauss(0, 0.55) for k in COMPONENT_KEYS}
        if rupture is not None:
            size = whole(rupture.intensity, "intensity") * (
                0.35 if repair_now is not None and whole(repair_now.resolution, "resolution") >= 3 else 0.65)
            hit = {RuptureKind.WITHDRAWAL: ("attunement", "trust"), RuptureKind.CONFRONTATION: ("boundaries", "trust"),
                   RuptureKind.MIXED: ("attunement", "boundaries", "trust")}[rupture.kind]
            for k in COMPONENT_KEYS:
                values[k] -= size if k in hit else size * 0.4
        if self.course is Course.DROPOUT:
            values = {k: v + rng.gauss(0, 0.6) for k, v in values.items()}
        self.last_ratings = Ratings(**{k: _clamp(v) for k, v in values.items()})
        return self.last_ratings

    def _declining_ratings(self, i: int) -> Ratings:
        """A slow, steady slide: each session one or two components lose a point."""
        if not self.declining_values:  # the slide starts where the client is, from the last session's ratings
            start = self.last_ratings.scores() if self.last_ratings else {
                k: _clamp(self._level(i) + self.offsets[k]) for k in COMPONENT_KEYS}
            self.declining_values = {k: max(3, v) for k, v in start.items()}
        for _ in range(self.rng.choice((1, 1, 2))):
            candidates = [k for k, v in self.declining_values.items() if v > 1] or list(COMPONENT_KEYS)
            key = max(candidates, key=lambda k: (self.declining_values[k], self.rng.random()))
            self.declining_values[key] = max(0, self.declining_values[key] - 1)
        return Ratings(**self.declining_values)

    def _ns_start(self, ratings: Ratings, rupture: RuptureDraft | None) -> NervousSystemState:
        ventral = min(0.85, max(0.2, (ratings.alliance_index - 4) / 6))
        if rupture is not None:
            ventral *= 0.5
        rest = 1 - ventral
        return self.rng.choices(_NS, (ventral, rest * 0.5, rest * 0.3, rest * 0.2))[0]

    def _ns_end(self, rupture: RuptureDraft | None, repairs: list[RepairDraft]) -> NervousSystemState:
        if rupture is not None and not repairs:
            return self.rng.choices(_NS, (20, 35, 35, 10))[0]
        return self.rng.choices(_NS, (80, 8, 6, 6))[0]
