"""Fuzzing the services with hypothesis: client and session drafts full of odd text, numbers and dates.

Whatever comes in, the only exception allowed is ValidationError (with a message for every problem),
a rejection writes nothing (row counts, audit events included, are unchanged), and what is accepted
reads back identical. SQL metacharacters are stored literally and matched literally by the caseload
search. One real vault serves every example; it only grows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from alliance.core.errors import ValidationError
from alliance.core.ratings import Ratings
from alliance.core.records import (
    ClientDraft,
    ClientStatus,
    Modality,
    NervousSystemState,
    RepairDraft,
    RuptureDraft,
    SessionDraft,
)
from alliance.core.taxonomy import CONFRONTATION_MARKERS, STRATEGY_LABELS, WITHDRAWAL_MARKERS, RaisedBy, RuptureKind
from alliance.services.caseload import CaseloadRow, caseload_view
from alliance.services.clients import add_client, edit_client, find_client, get_client
from alliance.services.sessions import get_session, log_session
from alliance.services.vault_access import unlock_vault
from alliance.store.vault import Vault
from tests.reliability.conftest import PASSPHRASE, Run, report, scaled

FUZZ = settings(max_examples=scaled(150), deadline=None, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TABLES = ("clients", "sessions", "ruptures", "repairs", "instrument_responses", "audit_events")

# Text that has broken apps before: bidi controls and RTL scripts, combining marks, emoji sequences,
# NUL and other controls, SQL and LIKE metacharacters, case-folding oddities, a BOM, non-characters.
SPECIALS = [
    "\u202e", "\u200f", "\u2066", "שלום", "مرحبا", "e\u0301", "\u0301\u0302\u0303", "Z\u0351\u0352\u0353",
    "👩‍⚕️", "🏳️‍🌈", "🙂", "\x00", "\x07", "\t", "\r\n", "\n", "'", '"', ";", "--", "%", "_", "\\", "/", "/*",
    "*/", "' OR '1'='1", "'); DROP TABLE clients;--", "%%", "_%_", "[a-z]", "*", "?", "\ufeff", "\uffff",
    "İ", "ß", "ﬁ", "Σ", "Ä", "K", "  ", "\u3000", "A", "7",
]
texts = st.one_of(
    st.text(max_size=120),  # any code point but surrogates
    st.lists(st.one_of(st.sampled_from(SPECIALS), st.text(max_size=4)), max_size=12).map("".join),
)
# Codes the validation may accept: letters of any script, digits, and the allowed punctuation.
codes = st.one_of(
    texts,
    st.from_regex(r"\A[\w][\w .\-/#]{0,40}\Z", fullmatch=True),
)
today = dt.date.today()
odd_dates = st.one_of(
    st.dates(),  # year 1 to 9999
    st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2024, 2, 29), dt.date(2000, 2, 29),
                     dt.date(1950, 1, 1), dt.date(1949, 12, 31), today, today + dt.timedelta(days=1),
                     today + dt.timedelta(days=2), dt.date(1970, 1, 1)]),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=today),
)
whole = st.one_of(st.integers(-3, 13), st.sampled_from([-(2**63), 2**63, 10**30, 0, 10]))
odd_numbers = st.one_of(whole, st.sampled_from([True, False, 7.0, 7.5, float("nan"), float("inf"), "7", None]))
MARKERS = [t.key for t in WITHDRAWAL_MARKERS + CONFRONTATION_MARKERS]
# Notes around the 100,000 character limit, of one- to four-byte characters.
long_notes = st.tuples(st.sampled_from(["a", "\u05d0", "🙂", "e\u0301"]), st.integers(49_990, 100_010)).map(
    lambda t: (t[0] * t[1])[: t[1]])


def _everyone(vault: Vault) -> tuple[CaseloadRow, ...]:
    return caseload_view(vault, set(ClientStatus)).rows


def _count(vault: Vault) -> dict[str, int]:
    with vault.work.transaction() as db:
        return {t: int(db.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in TABLES}


def _rejected_cleanly(vault: Vault, before: dict[str, int], exc: ValidationError) -> None:
    assert exc.problems, "a ValidationError must say what is wrong"
    for problem in exc.problems:
        assert problem.field and problem.message.strip(), problem
    assert _count(vault) == before, "a rejected draft wrote something"


def _run(check: Callable[..., None], strategy: dict[str, Any], examples: int | None = None) -> int:
    """Run a hypothesis check and return how many examples it was given."""
    calls = 0

    def counted(**kwargs: Any) -> None:
        nonlocal calls
        calls += 1
        check(**kwargs)

    wrapped = given(**strategy)(counted)
    (settings(FUZZ, max_examples=examples) if examples else FUZZ)(wrapped)()
    return calls


# --- clients -------------------------------------------------------------------------------------------------

no_nul = texts.map(lambda t: t.replace("\x00", ""))
client_drafts = st.one_of(
    st.builds(  # anything at all
        ClientDraft, code=codes, display_name=texts, email=st.one_of(texts, st.emails()), phone=texts,
        address=texts, other_names=texts, intake_date=st.one_of(st.none(), odd_dates),
        status=st.one_of(st.sampled_from(list(ClientStatus)), st.sampled_from(["active", "gone", "", "ACTIVE"])),
    ),
    st.builds(  # valid apart from the odd text, so that most of these get stored and read back
        ClientDraft, code=st.from_regex(r"\A[\w][\w .\-/#]{0,30}\Z", fullmatch=True), display_name=no_nul,
        email=st.one_of(st.just(""), st.emails()), phone=no_nul, address=no_nul, other_names=no_nul,
        intake_date=st.one_of(st.none(), st.dates(max_value=dt.date.today())),
        status=st.sampled_from(list(ClientStatus)),
    ),
)


def test_fuzz_client_drafts(module_vault: Vault, capsys: pytest.CaptureFixture[str]) -> None:
    vault = module_vault
    accepted = 0

    def check(draft: ClientDraft) -> None:
        nonlocal accepted
        before = _count(vault)
        try:
            client = add_client(vault, draft)
        except ValidationError as exc:
            _rejected_cleanly(vault, before, exc)
            return
        accepted += 1
        after = _count(vault)
        assert after["clients"] == before["clients"] + 1 and after["audit_events"] == before["audit_events"] + 1
        stored = get_client(vault, client.id)
        assert stored == client
        assert (stored.code, stored.display_name, stored.email, stored.phone, stored.address, stored.other_names) == (
            draft.code.strip(), draft.display_name.strip(), draft.email.strip(), draft.phone.strip(),
            draft.address.strip(), draft.other_names.strip())
        assert stored.intake_date == (draft.intake_date or dt.date.today())
        assert stored.status == ClientStatus(draft.status)
        # Any case finds the client, where upper-casing round-trips (not for "ß" -> "SS", say).
        shout = stored.code.upper() if stored.code.upper().lower() == stored.code.lower() else stored.code
        for code in (stored.code, stored.code.lower(), shout):
            found = find_client(vault, code)
            assert found is not None and found.id == client.id, f"client {stored.code!r} not found as {code!r}"
        for needle in {stored.code, stored.display_name, shout, stored.code[1:-1]} - {""}:
            assert client.id in {c.client_id for c in _everyone(vault) if c.matches(needle)}, needle
        # Editing with the same draft changes nothing but writes its audit event.
        assert edit_client(vault, client.id, draft) == stored

    n = _run(check, {"draft": client_drafts}, examples=scaled(150))
    report(capsys, f"fuzz: {n} client drafts ({accepted} accepted, {n - accepted} rejected cleanly)", fuzz_cases=n)


def test_fuzz_search_matches_sql_metacharacters_literally(module_vault: Vault,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    vault = module_vault
    meta = st.text(alphabet="%_\\/'\";-*[]^!aAbB .#(){}|=<>", min_size=1, max_size=12)
    serial = [0]

    def check(name: str, needle: str) -> None:
        serial[0] += 1
        add_client(vault, ClientDraft(code=f"meta-{serial[0]}", display_name=name))
        wanted = needle.strip().casefold()
        everyone = _everyone(vault)
        expected = {c.client_id for c in everyone
                    if wanted in c.code.casefold() or wanted in c.display_name.casefold()}
        got = {c.client_id for c in everyone if c.matches(needle)}
        assert got == expected, (name, needle)

    n = _run(check, {"name": meta, "needle": st.one_of(meta, st.sampled_from(["%", "_", "\\", "/", "'", "%_"]))},
             examples=scaled(80))
    report(capsys, f"fuzz: {n} searches with SQL/LIKE metacharacters matched literally", fuzz_cases=n)


def test_non_ascii_codes_are_found_in_any_case(module_vault: Vault) -> None:
    """SQLite's own lower() folds ASCII only; store/engine.py replaces it (the fuzzing found this)."""
    client = add_client(module_vault, ClientDraft(code="Élodie-Ä1", display_name="Ωmega"))
    assert find_client(module_vault, "élodie-ä1") == client
    assert [c.client_id for c in _everyone(module_vault) if c.matches("ÉLODIE")] == [client.id]
    assert [c.client_id for c in _everyone(module_vault) if c.matches("ωMEGA")] == [client.id]
    with pytest.raises(ValidationError):  # was a raw IntegrityError from the UNIQUE constraint
        add_client(module_vault, ClientDraft(code="Élodie-Ä1"))


# --- sessions ------------------------------------------------------------------------------------------------

ruptures = st.builds(
    RuptureDraft, kind=st.one_of(st.sampled_from(list(RuptureKind)), st.sampled_from(["rupture", "", "MIXED"])),
    intensity=odd_numbers,
    markers=st.lists(st.one_of(st.sampled_from(MARKERS), texts), max_size=4).map(tuple),
    raised_by=st.one_of(st.sampled_from(list(RaisedBy)), st.sampled_from(["nobody", ""])),
    note=texts,
)
repairs = st.builds(
    RepairDraft, resolution=odd_numbers,
    strategies=st.lists(st.one_of(st.sampled_from(sorted(STRATEGY_LABELS)), texts), max_size=3).map(tuple),
    note=texts, rupture_id=st.one_of(st.none(), st.none(), st.integers(-1, 60)),
    new_rupture_index=st.one_of(st.none(), st.integers(-1, 3)),
)
instrument_answers: st.SearchStrategy[dict[str, dict[str, Any]]] = st.one_of(
    st.just({}),
    st.dictionaries(st.sampled_from(["checkin", "srs", "wai_sr", "ns_state", "nope", ""]),
                    st.dictionaries(st.one_of(st.sampled_from(["1", "2", "12", "13", "overall", "start", "understood"]),
                                              texts),
                                    odd_numbers, max_size=4),
                    max_size=3),
)


def session_drafts(client_ids: list[int]) -> st.SearchStrategy[SessionDraft]:
    return st.one_of(_wild_session_drafts(client_ids), _plausible_session_drafts(client_ids))


@st.composite
def _plausible_rupture(draw: st.DrawFn) -> RuptureDraft:
    from alliance.core.taxonomy import markers_for

    kind = draw(st.sampled_from(list(RuptureKind)))
    markers = draw(st.lists(st.sampled_from([t.key for t in markers_for(kind)]), max_size=3, unique=True))
    return RuptureDraft(kind=kind, intensity=draw(st.integers(1, 5)), markers=tuple(markers),
                        raised_by=draw(st.sampled_from(list(RaisedBy))), note=draw(no_nul))


@st.composite
def _plausible_session_drafts(draw: st.DrawFn, client_ids: list[int]) -> SessionDraft:
    """Valid numbers, dates and choices with odd text, so that many are stored and read back."""
    rups = tuple(draw(st.lists(_plausible_rupture(), max_size=3)))
    targets = draw(st.lists(st.integers(0, len(rups) - 1), max_size=len(rups), unique=True)) if rups else []
    reps = tuple(RepairDraft(resolution=draw(st.integers(1, 5)), note=draw(no_nul), new_rupture_index=i,
                             strategies=tuple(draw(st.lists(st.sampled_from(sorted(STRATEGY_LABELS)), max_size=2,
                                                            unique=True))))
                 for i in targets)
    return SessionDraft(
        client_id=draw(st.sampled_from(client_ids)), date=draw(st.dates(dt.date(1950, 1, 1), dt.date.today())),
        ratings=Ratings(*(draw(st.integers(0, 10)) for _ in range(4))), duration_min=draw(st.integers(1, 600)),
        modality=draw(st.sampled_from(list(Modality))),
        ns_state_start=draw(st.one_of(st.none(), st.sampled_from(list(NervousSystemState)))),
        ns_state_end=draw(st.one_of(st.none(), st.sampled_from(list(NervousSystemState)))),
        corrective_experience=draw(st.booleans()), corrective_experience_text=draw(no_nul),
        note=draw(st.one_of(no_nul, long_notes, long_notes)),
        instruments=draw(st.one_of(st.just({}), st.fixed_dictionaries(
            {"srs": st.dictionaries(st.sampled_from(["relationship", "goals_topics", "approach_method", "overall"]),
                                    st.integers(0, 10), max_size=4)},
            optional={"wai_sr": st.dictionaries(st.sampled_from([str(i) for i in range(1, 13)]), st.integers(1, 5),
                                                max_size=12)}))),
        ruptures=rups, repairs=reps)


def _wild_session_drafts(client_ids: list[int]) -> st.SearchStrategy[SessionDraft]:
    return st.builds(
        SessionDraft,
        client_id=st.one_of(st.sampled_from(client_ids), st.sampled_from([0, -1, 10**6])),
        date=odd_dates,
        ratings=st.builds(Ratings, safety=odd_numbers, trust=whole, attunement=whole, boundaries=whole),
        duration_min=st.one_of(st.integers(-5, 700), st.sampled_from([1, 600, 601, 0, 50.0, True])),
        modality=st.one_of(st.sampled_from(list(Modality)), st.sampled_from(["in-person", "zoom", ""])),
        ns_state_start=st.one_of(st.none(), st.sampled_from(list(NervousSystemState)), st.sampled_from(["calm"])),
        ns_state_end=st.one_of(st.none(), st.sampled_from(list(NervousSystemState))),
        corrective_experience=st.booleans(),
        corrective_experience_text=texts,
        note=st.one_of(texts, long_notes),
        instruments=instrument_answers,
        ruptures=st.lists(ruptures, max_size=3).map(tuple),
        repairs=st.lists(repairs, max_size=2).map(tuple),
    )


def _same_as_draft(got: Any, draft: SessionDraft) -> None:
    assert (got.client_id, got.date, got.ratings, got.duration_min, got.modality) == (
        draft.client_id, draft.date, draft.ratings, draft.duration_min, Modality(draft.modality))
    assert (got.ns_state_start, got.ns_state_end) == (draft.ns_state_start, draft.ns_state_end)
    assert (got.corrective_experience, got.corrective_experience_text, got.note) == (
        draft.corrective_experience, draft.corrective_experience_text, draft.note)
    assert got.instruments == {k: dict(v) for k, v in draft.instruments.items() if v}
    assert [(r.kind, r.intensity, tuple(r.markers), r.raised_by, r.note) for r in got.ruptures] == [
        (RuptureKind(r.kind), r.intensity, tuple(r.markers), RaisedBy(r.raised_by), r.note) for r in draft.ruptures]


def test_fuzz_session_drafts(module_vault: Vault, capsys: pytest.CaptureFixture[str]) -> None:
    vault = module_vault
    client_ids = [add_client(vault, ClientDraft(code=f"S-{i}")).id for i in range(3)]
    accepted = 0

    def check(draft: SessionDraft) -> None:
        nonlocal accepted
        before = _count(vault)
        try:
            logged = log_session(vault, draft)
        except ValidationError as exc:
            _rejected_cleanly(vault, before, exc)
            return
        accepted += 1
        after = _count(vault)
        assert after["sessions"] == before["sessions"] + 1
        assert after["ruptures"] == before["ruptures"] + len(draft.ruptures)
        assert after["repairs"] == before["repairs"] + len(draft.repairs)
        stored = get_session(vault, logged.id)
        _same_as_draft(stored, draft)
        _same_as_draft(logged, draft)
        assert sorted((r.resolution, tuple(r.strategies), r.note) for r in stored.repairs) == sorted(
            (r.resolution, tuple(r.strategies), r.note) for r in draft.repairs)

    n = _run(check, {"draft": session_drafts(client_ids)}, examples=scaled(150))
    report(capsys, f"fuzz: {n} session drafts ({accepted} accepted, {n - accepted} rejected cleanly)", fuzz_cases=n)
    assert accepted > 0


def test_ten_megabyte_note_is_refused_and_nothing_written(module_vault: Vault, tmp_path: Path) -> None:
    vault = module_vault
    client = add_client(vault, ClientDraft(code="BIG-1"))
    huge = "Ω" * 10_000_000
    before = _count(vault)
    for draft in (
        SessionDraft(client_id=client.id, date=dt.date(2024, 5, 1), ratings=Ratings(5, 5, 5, 5), note=huge),
        SessionDraft(client_id=client.id, date=dt.date(2024, 5, 1), ratings=Ratings(5, 5, 5, 5),
                     ruptures=(RuptureDraft(kind=RuptureKind.MIXED, intensity=3, note=huge),)),
        SessionDraft(client_id=client.id, date=dt.date(2024, 5, 1), ratings=Ratings(5, 5, 5, 5),
                     corrective_experience_text=huge),
    ):
        with pytest.raises(ValidationError) as err:
            log_session(vault, draft)
        assert any("shorten" in p.message for p in err.value.problems), err.value.problems
    with pytest.raises(ValidationError) as err:
        add_client(vault, ClientDraft(code="BIG-2", display_name=huge))
    assert err.value.for_field("display_name")
    assert _count(vault) == before


def test_ten_megabyte_note_from_the_command_line(run: Run, created_vault: tuple[Path, str], pass_file: Path,
                                                 tmp_path: Path) -> None:
    folder, _ = created_vault
    note = tmp_path / "note.txt"
    note.write_text("Ω" * 10_000_000, encoding="utf-8")
    result = run("log", "--client", "AB-17", "--safety", "7", "--trust", "7", "--attunement", "8", "--boundaries",
                 "8", "--note-file", note, "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 1
    assert result.err == ("alliance: Nothing was saved: The note is longer than 100,000 characters; "
                          "shorten it.\n")
    with unlock_vault(folder, PASSPHRASE) as vault:
        assert _count(vault)["sessions"] == 0 and _count(vault)["clients"] == 0


def test_datetime_where_a_date_belongs_is_a_validation_error(module_vault: Vault) -> None:
    when = dt.datetime(2024, 1, 1, 10, 30)
    before = _count(module_vault)
    with pytest.raises(ValidationError):
        add_client(module_vault, ClientDraft(code="DT-1", intake_date=when))
    client = add_client(module_vault, ClientDraft(code="DT-2"))
    with pytest.raises(ValidationError):
        log_session(module_vault, SessionDraft(client_id=client.id, date=when, ratings=Ratings(5, 5, 5, 5)))
    assert _count(module_vault)["sessions"] == before["sessions"]
