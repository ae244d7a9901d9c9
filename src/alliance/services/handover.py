"""Use cases of client mode: plan a hand-over, record each answer as it is given, end it, reveal it, and let the
session of that day take the answers in.

Every write is its own unit of work, committed with synchronous=FULL before it returns, like any save: an answer
the client gave survives a crash right after. The answers stay in the hand-over tables until a session of the same
client and date is saved (``pending_answers`` / ``attach_in``, called by ``services.sessions``); until then the
client page shows the hand-over as waiting, and the reveal card offers to open the session form with them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from alliance.core.errors import ValidationError
from alliance.core.handover import (
    CALIBRATION_SESSIONS,
    PREDICTABLE,
    Calibration,
    Handover,
    HandoverEnd,
    HandoverItem,
    InstrumentState,
    calibration,
)
from alliance.core.instruments import CHECKIN, SRS, load_instruments
from alliance.core.messages import msg, translatable
from alliance.core.outcomes import Mode, load_outcome_instruments
from alliance.services import judged
from alliance.services.measures import due_in
from alliance.services.signals import safety_resources_in
from alliance.store import audit
from alliance.store.models import HandoverRow
from alliance.store.repositories import Db
from alliance.store.repositories import clients as client_repo
from alliance.store.repositories import handovers as handover_repo
from alliance.store.repositories import sessions as session_repo
from alliance.store.vault import Vault


@dataclass(frozen=True)
class Option:
    value: int
    label: str  # "" for a point of a 0-10 scale without an anchor


@dataclass(frozen=True)
class Question:
    """One item as the client sees it."""

    item: str
    text: str
    options: tuple[Option, ...]
    heading: str = ""  # a section stem shown above the item (the ITQ's)
    safety_above: int | None = None  # an answer above this prompts the clinician at once (PHQ-9 item 9, CORE-10)


@dataclass(frozen=True)
class ClientForm:
    """One instrument as client mode asks it."""

    id: str
    name: str
    instructions: str
    questions: tuple[Question, ...]
    predictable: bool
    attribution: str = ""
    licence: str = ""
    source: str = ""  # the citation of the form the wording was checked against

    def question(self, item: str) -> Question | None:
        return next((q for q in self.questions if q.item == item), None)


@dataclass(frozen=True)
class HandoverPlan:
    """What may be handed over for a client today, and what is ticked by default (the check-in, the SRS, and
    every outcome measure due by the client's schedule that ships its item text)."""

    client_id: int
    code: str
    forms: tuple[ClientForm, ...]
    chosen: tuple[str, ...]
    due: Mapping[str, str]  # instrument id -> why it is due ("due", "overdue")


def _scale(low: int, high: int, anchors: Mapping[int, str]) -> tuple[Option, ...]:
    return tuple(Option(v, anchors.get(v, "")) for v in range(low, high + 1))


def _same(text: str) -> str:
    return text


def client_forms(words: Callable[[str], str] = _same) -> dict[str, ClientForm]:
    """Every instrument a client can answer in client mode, by id: the relationship check-in and the SRS (item
    labels; its scores are entered as on the licensed form), and the outcome measures that ship their item text.
    ``words`` translates the app's own wording of the check-in and the SRS (the GUI passes its translator);
    outcome measures keep the wording of their official form."""
    forms: dict[str, ClientForm] = {}
    basics = load_instruments()
    checkin = basics[CHECKIN]
    anchors = {a.value: words(a.label) for a in checkin.anchors}
    forms[CHECKIN] = ClientForm(CHECKIN, words(checkin.name),
                                words(translatable("How is our work together going for you? From 0 (not at all) to "
                                                   "10 (completely).")),
                                tuple(Question(i.id, words(i.label), _scale(i.min, i.max, anchors))
                                      for i in checkin.items),
                                predictable=True)
    srs = basics[SRS]
    srs_anchors = {0: words(translatable("not at all")), 10: words(translatable("fully"))}
    forms[SRS] = ClientForm(SRS, words(srs.name),
                            words(translatable("How was today's session for you? From 0 (not at all) to 10 (fully). "
                                               "Your therapist's paper form has the full wording of each line.")),
                            tuple(Question(i.id, words(i.label), _scale(i.min, i.max, srs_anchors))
                                  for i in srs.items),
                            predictable=True, attribution=words(srs.copyright))
    for inst in load_outcome_instruments().values():
        if inst.mode is not Mode.ITEMS:
            continue
        safety = {s.item: s.above for s in inst.safety_items}
        questions = []
        for item in inst.items:
            opts = item.options or inst.response_options
            questions.append(Question(item.id, item.text or item.label, tuple(Option(o.value, o.label) for o in opts),
                                      heading=item.heading, safety_above=safety.get(item.id)))
        forms[inst.id] = ClientForm(inst.id, f"{inst.short_name}: {inst.name}",
                                    " ".join(t for t in (inst.instructions, inst.stem) if t), tuple(questions),
                                    predictable=inst.id in PREDICTABLE, attribution=inst.attribution,
                                    licence=inst.licence, source=inst.source.citation)
    return forms


def plan_handover(vault: Vault, client_id: int, today: dt.date | None = None,
                  words: Callable[[str], str] = _same) -> HandoverPlan:
    """The instruments that can be handed over for this client, with the defaults ticked."""
    today = today or dt.date.today()
    forms = client_forms(words)
    with vault.work.transaction() as db:
        client = client_repo.get(db, client_id)
        if client is None:
            raise ValidationError.single("client", msg("This client no longer exists in the vault."))
        due_items = due_in(db, [client_id], today).get(client_id, ())
    due = {d.instrument_id: d.status.value for d in due_items
           if d.instrument_id in forms and d.status.value in ("due", "overdue")}
    ordered = [CHECKIN, SRS, *sorted(k for k in forms if k not in (CHECKIN, SRS))]
    chosen = tuple(k for k in ordered if k in (CHECKIN, SRS) or k in due)
    return HandoverPlan(client_id, client.code, tuple(forms[k] for k in ordered), chosen, due)


@dataclass(frozen=True)
class ResultSeries:
    """One of the client's own questionnaires over time, for the client to see (client-safe results)."""

    name: str
    low: float
    high: float
    points: tuple[tuple[dt.date, float], ...]  # oldest first


def client_results_in(db: Db, client_id: int) -> tuple[ResultSeries, ...]:
    """The client's own answers over time: the relationship check-in mean, the SRS total, and each outcome measure's
    total. Never a therapist rating, a note, a rupture, or anything of another client."""
    from alliance.services.outcomes import outcomes_for
    from alliance.services.signals import histories_in

    history = histories_in(db, [client_id])[client_id]
    out: list[ResultSeries] = []
    checkin = tuple((s.date, float(s.checkin)) for s in history.sessions if s.checkin is not None)
    if checkin:
        out.append(ResultSeries("Relationship check-in (0-10)", 0, 10, checkin))
    srs = tuple((s.date, float(total)) for s in history.sessions if (total := s.srs_total) is not None)
    if srs:
        out.append(ResultSeries("Session Rating Scale (0-40)", 0, 40, srs))
    for o in outcomes_for(db, [client_id], detail=False, with_signals=False).get(client_id, ()):
        points = tuple((c.administration.date, float(c.score.total)) for c in o.series if c.score.total is not None)
        if points:
            inst = o.instrument
            low = inst.scoring.total_min if inst.scoring.total_min is not None else min(v for _, v in points)
            high = inst.scoring.total_max if inst.scoring.total_max is not None else max(v for _, v in points)
            out.append(ResultSeries(f"{inst.short_name} ({low:g}-{high:g})", float(low), float(high), points))
    return tuple(out)


def client_results(vault: Vault, client_id: int) -> tuple[ResultSeries, ...]:
    with vault.work.transaction() as db:
        return client_results_in(db, client_id)


def _check_values(forms: Mapping[str, ClientForm], instrument: str, values: Mapping[str, int | None]) -> None:
    form = forms.get(instrument)
    if form is None:
        raise ValidationError.single("instrument", msg("Alliance does not know the instrument {instrument}.",
                                                       instrument=repr(instrument)))
    for item, value in values.items():
        q = form.question(item)
        if q is None:
            raise ValidationError.single("item", msg("{name} has no item {item}.", name=form.name, item=repr(item)))
        if value is not None and value not in {o.value for o in q.options}:
            raise ValidationError.single("item", msg("{name}, {text}: {value} is not one of its answers.",
                                                     name=form.name, text=q.text, value=value))


def start_handover(vault: Vault, client_id: int, instruments: Sequence[str],
                   predictions: Mapping[str, Mapping[str, int]] | None = None,
                   today: dt.date | None = None) -> Handover:
    """Begin a hand-over of ``instruments`` (in this order) with the therapist's predictions, saved durably before
    the computer is handed over."""
    forms = client_forms()
    predictions = {k: dict(v) for k, v in (predictions or {}).items() if v}
    if not instruments:
        raise ValidationError.single("instruments", msg("Choose at least one questionnaire to hand over."))
    for k, values in predictions.items():
        if k not in PREDICTABLE or k not in instruments:
            raise ValidationError.single("prediction", msg("Predictions are entered for the check-in and the SRS when "
                                                           "they are handed over, not for {k}.",
                                                           k=repr(k)))
        _check_values(forms, k, values)
    for k in instruments:
        _check_values(forms, k, {})
    with vault.work.transaction() as db:
        if client_repo.get(db, client_id) is None:
            raise ValidationError.single("client", msg("This client no longer exists in the vault."))
        row = handover_repo.create(db, client_id, today or dt.date.today(), list(dict.fromkeys(instruments)),
                                   predictions)
        audit.record(db, "hand over", "handover", row.id, client=client_id, instruments=",".join(instruments),
                     predicted=sum(len(v) for v in predictions.values()))
        return _read(db, row)


def record_answers(vault: Vault, handover_id: int, instrument: str, answers: Mapping[str, int | None],
                   skipped: Sequence[str] = (), state: InstrumentState | None = None) -> None:
    """Record answers the client gave (``skipped``: items where they chose "Prefer not to answer") and, when
    ``state`` is given, the instrument's state (done, or "not today"). Saved durably before this returns; giving
    the same answers again changes nothing."""
    _check_values(client_forms(), instrument, {**answers, **dict.fromkeys(skipped)})
    with vault.work.transaction() as db:
        row = handover_repo.get(db, handover_id)
        if row is None:
            raise ValidationError.single("handover", msg("This check-in is no longer in the vault."))
        if row.ended is not None:
            raise ValidationError.single("handover", msg("This check-in was handed back already."))
        for item, value in answers.items():
            handover_repo.set_answer(db, handover_id, instrument, item, value, skipped=False)
        for item in skipped:
            handover_repo.set_answer(db, handover_id, instrument, item, None, skipped=True)
        if state is not None:
            handover_repo.set_instrument_state(db, handover_id, instrument, state.value)
            audit.record(db, "check-in instrument", "handover", handover_id, instrument=instrument,
                         state=state.value)


def end_handover(vault: Vault, handover_id: int, ended: HandoverEnd) -> None:
    """The client's turn is over: handed back on the finish page, or interrupted by an escape (answers kept)."""
    with vault.work.transaction() as db:
        row = handover_repo.get(db, handover_id)
        if row is None or row.ended is not None:
            return
        row.ended = ended.value
        audit.record(db, "hand back", "handover", handover_id, ended=ended.value)
    judged.forget(vault, [row.client_id])


def handover_of(vault: Vault, handover_id: int) -> Handover:
    with vault.work.transaction() as db:
        row = handover_repo.get(db, handover_id)
        if row is None:
            raise ValidationError.single("handover", msg("This check-in is no longer in the vault."))
        return _read(db, row)


def handovers_to_reveal(vault: Vault) -> tuple[Handover, ...]:
    """Hand-overs the therapist has not seen the answers of yet (after a hand-back, an escape, or a crash)."""
    with vault.work.transaction() as db:
        return tuple(_read_all(db, handover_repo.to_reveal(db)))


def mark_revealed(vault: Vault, handover_id: int) -> None:
    with vault.work.transaction() as db:
        row = handover_repo.get(db, handover_id)
        if row is None or row.revealed:
            return
        row.revealed = True
        if row.ended is None:  # a crash or a kill while the client held the computer: it is over now
            row.ended = HandoverEnd.INTERRUPTED.value
        audit.record(db, "reveal check-in", "handover", handover_id)


@dataclass(frozen=True)
class Reveal:
    """What the reveal card shows after the hand-back: the hand-over, the client's code, each questionnaire's
    wording, the session of that day the answers can go into (None: a new one), and the safety answers."""

    handover: Handover
    code: str
    forms: Mapping[str, ClientForm]
    session_id: int | None
    safety: tuple[tuple[str, str, int], ...]  # (questionnaire name, question, answer) above the safety threshold
    resources: str  # the clinician's local crisis resources (Preferences)


def reveal_in(db: Db, handover: Handover) -> Reveal:
    forms = client_forms()
    client = client_repo.get(db, handover.client_id)
    safety = []
    for it in handover.items:
        form = forms.get(it.instrument)
        q = form.question(it.item) if form is not None else None
        if form is not None and q is not None and q.safety_above is not None and it.answer is not None \
                and it.answer > q.safety_above and it.instrument not in handover.not_today():
            safety.append((form.name, q.text, it.answer))
    return Reveal(handover, client.code if client is not None else "", forms,
                  handover.session_id or session_repo.newest_on(db, handover.client_id, handover.date),
                  tuple(safety), safety_resources_in(db))


def reveals_pending(vault: Vault) -> tuple[Reveal, ...]:
    """The reveal cards to show after an unlock: every hand-over not revealed yet (oldest first)."""
    with vault.work.transaction() as db:
        return tuple(reveal_in(db, h) for h in _read_all(db, handover_repo.to_reveal(db)))


def handovers_of_client(vault: Vault, client_id: int) -> tuple[Handover, ...]:
    with vault.work.transaction() as db:
        return tuple(_read_all(db, handover_repo.of_client(db, client_id)))


def calibration_in(db: Db, last: int = CALIBRATION_SESSIONS) -> Calibration | None:
    """The therapist's calibration: mean absolute prediction error over the newest ``last`` predicted hand-overs."""
    ids = handover_repo.predicted_latest(db, last)
    items = handover_repo.items_of(db, ids)
    errors = []
    for hid in ids:
        gaps = [abs(r.answer - r.predicted) for r in items.get(hid, [])
                if r.answer is not None and r.predicted is not None]
        if gaps:
            errors.append(Fraction(sum(gaps), len(gaps)))
    return calibration(errors, last)


def calibration_of(vault: Vault) -> Calibration | None:
    with vault.work.transaction() as db:
        return calibration_in(db)


def pending_answers(db: Db, client_id: int, day: dt.date) -> tuple[dict[str, dict[str, int]], tuple[str, ...]]:
    """The answers (and the instruments declined "not today") of this client's hand-overs on ``day`` that no
    session has taken in, newest answer winning."""
    answers: dict[str, dict[str, int]] = {}
    not_today: list[str] = []
    for h in _read_all(db, handover_repo.unattached(db, client_id, day)):
        for k, values in h.answers().items():
            answers.setdefault(k, {}).update(values)
        not_today += [k for k in h.not_today() if k not in not_today]
    return answers, tuple(k for k in not_today if k not in answers)


def attach_in(db: Db, client_id: int, day: dt.date, session_id: int) -> int:
    """The session ``session_id`` (of this client, on ``day``) takes in the hand-overs of that day not yet in a
    session; returns how many."""
    rows = handover_repo.unattached(db, client_id, day)
    for row in rows:
        row.session_id = session_id
        audit.record(db, "check-in into session", "handover", row.id, session=session_id)
    return len(rows)


def _read(db: Db, row: HandoverRow) -> Handover:
    return _read_all(db, [row])[0]


def _read_all(db: Db, rows: Sequence[HandoverRow]) -> list[Handover]:
    ids = [r.id for r in rows]
    instruments = handover_repo.instruments_of(db, ids)
    items = handover_repo.items_of(db, ids)
    return [Handover(row.id, row.client_id, row.date, row.session_id,
                     HandoverEnd(row.ended) if row.ended else None, row.revealed,
                     tuple((k, InstrumentState(s)) for k, s in instruments.get(row.id, [])),
                     tuple(HandoverItem(r.instrument, r.item, r.predicted, r.answer, r.skipped)
                           for r in items.get(row.id, [])))
            for row in rows]


def predictions_by_session(db: Db, client_ids: Sequence[int]) -> dict[int, Handover]:
    """For sessions that took in a hand-over with predictions: that hand-over (the newest, if several)."""
    out: dict[int, Handover] = {}
    for h in _read_all(db, handover_repo.of_clients_in_sessions(db, client_ids)):
        if h.predicted and h.session_id is not None:
            out[h.session_id] = h
    return out
