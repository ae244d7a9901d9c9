"""CSV import: a valid file, every kind of broken file (named by line and column), all-or-nothing, dry run."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from alliance.core.handover import HandoverEnd, InstrumentState
from alliance.core.instruments import CHECKIN
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, ClientStatus, Modality, SessionDraft
from alliance.core.taxonomy import RuptureKind, RuptureStatus
from alliance.services import clients, handover, ruptures, sessions
from alliance.services.audit_log import audit_entries
from alliance.services.caseload import caseload_view
from alliance.services.importer import ImportProblem, ParsedFile, import_csv, import_rows, parse_csv, read_csv_text
from alliance.services.verify import verify_vault
from alliance.store.vault import Vault
from tests.conftest import PASSPHRASE

HEADER = "client_code,date,safety,trust,attunement,boundaries"
FULL_HEADER = (HEADER + ",client_name,duration_min,modality,rupture_kind,rupture_intensity,rupture_markers,"
               "repair_strategies,resolution,note")

VALID = f"""{FULL_HEADER}
AB-17,2025-01-06,7,6,8,7,Mara Lindqvist,50,in person,,,,,,First session.
AB-17,2025-01-13,8,7,8,8,Mara Lindqvist,60,Video,withdrawal,3,minimal_response;Deferential or appeasing,\
clarifies;Acknowledges own contribution,4,"Quiet, then talked; ""it helped""."
CD-4,2025-01-07,6,6,7,6,,,,confrontation,2,rejects_intervention,,,
CD-4,2025-01-14,7,7,7,7,,,phone,,,,,,
"""


def _only(text: str) -> list[str]:
    return [str(p) for p in parse_csv(text).problems]


def _session_count(vault: Vault) -> int:
    return sum(c.session_count for c in caseload_view(vault, set(ClientStatus)).rows)


def test_valid_file_parses_without_problems() -> None:
    parsed = parse_csv(VALID)
    assert parsed.problems == ()
    assert [r.line for r in parsed.rows] == [2, 3, 4, 5]
    second = parsed.rows[1]
    assert second.modality is Modality.VIDEO and second.duration_min == 60
    assert second.ruptures[0].markers == ("minimal_response", "deferential")
    assert second.repairs[0].strategies == ("clarifies", "acknowledges_contribution")
    assert second.repairs[0].new_rupture_index == 0
    assert second.note == 'Quiet, then talked; "it helped".'


def test_import_valid_file_creates_clients_and_sessions(vault: Vault) -> None:
    clients.add_client(vault, ClientDraft(code="cd-4"))  # existing code, other case
    report = import_csv(vault, VALID)
    assert report.ok and report.rows == 4 and report.sessions == 4
    assert report.new_clients == ("AB-17",)
    ab = clients.find_client(vault, "AB-17")
    assert ab is not None and ab.display_name == "Mara Lindqvist"
    assert ab.intake_date.isoformat() == "2025-01-06"
    logged = sessions.list_sessions(vault, ab.id)
    assert [s.number for s in logged] == [1, 2]
    assert logged[1].ratings.as_dict() == {"safety": 8, "trust": 7, "attunement": 8, "boundaries": 8}
    (rupture,) = ruptures.ruptures_for_client(vault, ab.id)
    assert rupture.kind is RuptureKind.WITHDRAWAL and rupture.status is RuptureStatus.RESOLVED
    cd = clients.find_client(vault, "CD-4")
    assert cd is not None
    (open_one,) = ruptures.open_ruptures(vault, cd.id)
    assert open_one.kind is RuptureKind.CONFRONTATION and open_one.status is RuptureStatus.OPEN


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode("utf-8"))
    parsed = parse_csv(read_csv_text(path))
    assert parsed.problems == () and len(parsed.rows) == 4


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(f"{HEADER}\nAB-1,2025-01-01,7,7,7,7\nAB-1,2025-01-02,7,7,7,7\n".encode() + "Zoë".encode("latin-1"))
    with pytest.raises(ValueError, match="line 4: The file is not UTF-8"):
        read_csv_text(path)


@pytest.mark.parametrize(
    ("row", "column", "fragment"),
    [
        ("AB-1,2025-01-06,7,11,8,7", "trust", "Trust must be a whole number from 0 to 10."),
        ("AB-1,2025-01-06,7,x,8,7", "trust", "Trust must be a whole number from 0 to 10."),
        ("AB-1,2025-01-06,7,7.5,8,7", "trust", "Trust must be a whole number from 0 to 10."),
        ("AB-1,06/01/2025,7,7,8,7", "date", "YYYY-MM-DD"),
        ("AB-1,2025-02-30,7,7,8,7", "date", "not a date in the calendar"),
        ("AB-1,2999-01-01,7,7,8,7", "date", "in the future"),
        (",2025-01-06,7,7,8,7", "client_code", "Enter a client code"),
    ],
)
def test_bad_cells_name_line_and_column(row: str, column: str, fragment: str) -> None:
    problems = _only(f"{HEADER}\nAB-1,2025-01-05,7,7,7,7\n{row}\n")
    assert len(problems) == 1, problems
    assert problems[0].startswith(f'line 3, column "{column}": ')
    assert fragment in problems[0]


@pytest.mark.parametrize(
    ("cells", "column", "fragment"),
    [
        ("withdrawal,3,no_such_marker,,", "rupture_markers", 'Unknown rupture marker "no_such_marker"'),
        ("withdrawal,3,rejects_intervention,,", "rupture_markers", "do not fit a withdrawal rupture"),
        ("withdrawal,3,,hugging,4", "repair_strategies", 'Unknown repair strategy "hugging"'),
        ("sulking,3,,,", "rupture_kind", "withdrawal, confrontation or mixed"),
        ("withdrawal,,,,", "rupture_intensity", "intensity"),
        ("withdrawal,9,,,", "rupture_intensity", "from 1 to 5"),
        (",,minimal_response,,", "rupture_kind", "enter its kind"),
        ("withdrawal,2,,clarifies,", "resolution", "how far it resolved"),
        ("withdrawal,2,,clarifies,7", "resolution", "from 1 to 5"),
        (",,,clarifies,4", "repair_strategies", "needs the rupture it repairs in the same row"),
    ],
)
def test_rupture_and_repair_cells(cells: str, column: str, fragment: str) -> None:
    header = HEADER + ",rupture_kind,rupture_intensity,rupture_markers,repair_strategies,resolution"
    problems = _only(f"{header}\nAB-1,2025-01-06,7,7,8,7,{cells}\n")
    assert any(p.startswith(f'line 2, column "{column}": ') and fragment in p for p in problems), problems


def test_every_problem_in_the_file_is_reported() -> None:
    text = (f"{HEADER},duration_min,modality\nAB-1,2025-01-06,7,7,7,7,50,\nAB-1,bad,7,7,7,12,abc,zoom\n\n"
            "AB-1,2025-01-20,-1,7,7,7,,\n")
    problems = _only(text)
    assert problems == [
        'line 3, column "date": Write the date as YYYY-MM-DD, for example 2024-03-07.',
        'line 3, column "boundaries": Boundaries must be a whole number from 0 to 10.',
        'line 3, column "duration_min": Duration must be a whole number of minutes.',
        'line 3, column "modality": Modality must be in person, video or phone.',
        'line 5, column "safety": Safety must be a whole number from 0 to 10.',
    ]


def test_header_problems() -> None:
    problems = _only("client_code,date,safety,trust,trust,colour\nAB-1,2025-01-06,7,7,7,red\n")
    assert 'line 1, column "trust": The column "trust" appears more than once; keep one.' in problems
    assert any(p.startswith('line 1, column "colour": Unknown column "colour"') for p in problems)
    assert 'line 1, column "attunement": The required column "attunement" is missing from the header.' in problems
    assert 'line 1, column "boundaries": The required column "boundaries" is missing from the header.' in problems


def test_header_names_are_forgiving() -> None:
    parsed = parse_csv("Client Code, Date ,SAFETY,trust,attunement,boundaries,client-name\nAB-1,2025-01-06,7,7,7,7,X\n")
    assert parsed.problems == () and parsed.rows[0].client_name == "X"


def test_empty_files_and_semicolon_files() -> None:
    assert _only("") == [f"line 1: The file is empty. The first line must be the header: {HEADER.replace(',', ', ')}."]
    assert _only(HEADER + "\n") == ["line 2: The file has a header but no sessions below it."]
    assert "separated by semicolons" in _only(HEADER.replace(",", ";") + "\n")[0]


def test_too_many_cells_and_conflicting_names() -> None:
    text = (f"{HEADER},client_name\nAB-1,2025-01-06,7,7,7,7,Mara\nAB-1,2025-01-13,7,7,7,7,Maria,extra\n"
            "ab-1,2025-01-20,7,7,7,7,Mara L\n")
    problems = _only(text)
    assert "line 3: This row has 8 cells but the header names 7 columns." in problems
    assert 'line 4, column "client_name": Client ab-1 is named differently on line 2.' in problems


def test_multiline_note_counts_as_one_spreadsheet_line() -> None:
    text = f'{HEADER},note\nAB-1,2025-01-06,7,7,7,7,"two\nlines"\nAB-1,2025-01-13,7,7,7,99,\n'
    assert _only(text) == ['line 3, column "boundaries": Boundaries must be a whole number from 0 to 10.']


def test_problem_text_format() -> None:
    assert str(ImportProblem(7, "trust", "Bad.")) == 'line 7, column "trust": Bad.'
    assert str(ImportProblem(2, None, "Bad.")) == "line 2: Bad."


def test_one_bad_row_at_the_end_writes_nothing(vault: Vault) -> None:
    good = "\n".join(f"NEW-{i % 3},2025-01-{i + 1:02d},7,7,8,8" for i in range(20))
    report = import_csv(vault, f"{HEADER}\n{good}\nNEW-1,2025-02-01,7,7,8,42\n")
    assert not report.ok and report.sessions == 0 and report.new_clients == ()
    assert [str(p) for p in report.problems] == [
        'line 22, column "boundaries": Boundaries must be a whole number from 0 to 10.']
    assert clients.count_clients(vault) == 0


def test_row_refused_by_the_vault_rolls_back_the_rows_before_it(vault: Vault) -> None:
    # Rows built by hand skip the parser, so the refusal comes from log_session inside the transaction.
    parsed = parse_csv(f"{HEADER}\nXY-9,2025-01-06,7,7,7,7\nXY-9,2025-01-13,7,7,7,7\n")
    bad_row = replace(parsed.rows[1], line=3, ratings=Ratings(7, 7, 7, 42))
    report = import_rows(vault, ParsedFile((parsed.rows[0], bad_row), ()))
    assert [str(p) for p in report.problems] == [
        'line 3, column "boundaries": Boundaries must be a whole number from 0 to 10.']
    assert report.sessions == 0 and report.new_clients == ()
    assert clients.count_clients(vault) == 0 and _session_count(vault) == 0


def test_dry_run_writes_nothing_but_reports_counts(vault: Vault) -> None:
    report = import_csv(vault, VALID, dry_run=True)
    assert report.ok and report.dry_run
    assert report.sessions == 4 and set(report.new_clients) == {"AB-17", "CD-4"}
    assert clients.count_clients(vault) == 0
    real = import_csv(vault, VALID)
    assert real.ok and _session_count(vault) == 4


def test_instrument_columns_and_a_repair_of_an_earlier_session_come_in_whole(vault: Vault) -> None:
    pcl5 = ",".join(f"pcl5_{n}" for n in range(1, 21))
    header = (f"client_code,date,safety,trust,attunement,boundaries,rupture_kind,rupture_intensity,resolution,"
              f"repair_of,srs_overall,{pcl5}")
    answers = ",".join(["3"] * 20)
    text = "\n".join([
        header,
        f"HX-1,2025-01-06,8,8,8,8,withdrawal,3,,,9,{answers}",
        f"HX-1,2025-01-13,6,6,7,6,,,,,8,{','.join([''] * 20)}",
        f"HX-1,2025-01-20,8,8,8,8,,,4,2025-01-06,9,{','.join(['1'] * 20)}",
    ]) + "\n"
    report = import_csv(vault, text)
    assert report.ok, report.problems
    client = clients.find_client(vault, "HX-1")
    assert client is not None
    first, _second, third = sessions.list_sessions(vault, client.id)
    assert first.instruments["pcl5"] == {f"q{n}": 3 for n in range(1, 21)}
    assert first.instruments["srs"] == {"overall": 9}
    (rupture,) = ruptures.ruptures_for_client(vault, client.id)
    assert rupture.session_number == 1 and rupture.status is RuptureStatus.RESOLVED
    assert [(p.session_number, p.resolution) for p in rupture.repairs] == [(3, 4)]
    assert sum(third.instruments["pcl5"].values()) == 20


def test_bad_instrument_cells_and_an_unknown_earlier_rupture_are_named() -> None:
    text = ("client_code,date,safety,trust,attunement,boundaries,pcl5_1,phq9_9,repair_of,resolution\n"
            "HX-2,2025-01-06,8,8,8,8,7,,,\n"
            "HX-2,2025-01-13,8,8,8,8,,x,,\n"
            "HX-2,2025-01-20,8,8,8,8,,,20 Jan,4\n")
    problems = [str(p) for p in parse_csv(text).problems]
    assert any(p.startswith('line 2, column "pcl5_1": ') and "from 0 to 4" in p for p in problems), problems
    assert any(p.startswith('line 3, column "phq9_9": ') for p in problems), problems
    assert any(p.startswith('line 4, column "repair_of": ') and "YYYY-MM-DD" in p for p in problems), problems


def test_a_repair_of_a_session_without_an_open_rupture_is_refused_whole(vault: Vault) -> None:
    text = ("client_code,date,safety,trust,attunement,boundaries,repair_of,resolution\n"
            "HX-3,2025-01-06,8,8,8,8,,\n"
            "HX-3,2025-01-13,8,8,8,8,2025-01-06,4\n")
    report = import_csv(vault, text)
    assert not report.ok and report.sessions == 0
    assert any(p.line == 3 and p.column == "repair_of" and "No unresolved rupture" in p.message
               for p in report.problems), report.problems
    assert clients.find_client(vault, "HX-3") is None  # all or nothing


def test_unsorted_dates_are_numbered_by_date_once_at_the_end(vault: Vault) -> None:
    """Back-dated rows no longer renumber the client on every row (quadratic): each client is renumbered once
    when all rows are in; the result is the same as importing the rows sorted, around the sessions already there."""
    existing = clients.add_client(vault, ClientDraft(code="UN-1"))
    sessions.log_session(vault, SessionDraft(client_id=existing.id, date=dt.date(2025, 1, 15),
                                             ratings=Ratings(6, 6, 6, 6)))
    days = [20, 3, 11, 1, 30, 7, 15, 2]
    rows = "\n".join(f"{code},2025-01-{day:02d},{day % 10},7,7,7" for day in days for code in ("UN-1", "UN-2"))
    report = import_csv(vault, f"{HEADER}\n{rows}\n")
    assert report.ok, report.problems
    for code in ("UN-1", "UN-2"):
        client = clients.find_client(vault, code)
        assert client is not None
        listed = sessions.list_sessions(vault, client.id)
        assert [s.number for s in listed] == list(range(1, len(listed) + 1))
        assert [s.date for s in listed] == sorted(s.date for s in listed)
    assert len(sessions.list_sessions(vault, existing.id)) == len(days) + 1


def test_an_import_writes_one_audited_event_per_session_and_verifies(vault: Vault, vault_folder: Path) -> None:
    """The import's sessions are flushed and audited together (``SessionBatch``): still one "create" event per
    session, each with the digest of what the session holds, in file order, so verify finds nothing amiss."""
    days = [9, 2, 27, 14, 5, 21]
    rows = "\n".join(f"{code},2025-03-{day:02d},{day % 10},7,7,7,,,,,,,,,note {day}"
                     for day in days for code in ("BA-1", "BA-2"))
    report = import_csv(vault, f"{FULL_HEADER}\n{rows}\n")
    assert report.ok, report.problems
    created = [e for e in audit_entries(vault, action="create", entity="session")]
    assert len(created) == len(days) * 2
    assert all(e.detail.get("content") for e in created)
    assert sorted(e.entity_id for e in created) == [e.entity_id for e in reversed(created)]  # in file order
    vault.close()
    verified = verify_vault(vault_folder, PASSPHRASE)
    assert verified.ok, verified.problems


def test_an_imported_row_on_a_hand_over_day_takes_in_the_clients_answers(vault: Vault) -> None:
    client = clients.add_client(vault, ClientDraft(code="HO-1"))
    day = dt.date(2025, 4, 2)
    h = handover.start_handover(vault, client.id, [CHECKIN], {}, today=day)
    handover.record_answers(vault, h.id, CHECKIN, {"understood": 6}, state=InstrumentState.DONE)
    handover.end_handover(vault, h.id, HandoverEnd.FINISHED)
    rows = "HO-1,2025-04-09,7,7,7,7\nHO-1,2025-04-02,6,6,6,6\nHO-2,2025-04-02,5,5,5,5"
    assert import_csv(vault, f"{HEADER}\n{rows}\n").ok
    first, second = sessions.list_sessions(vault, client.id)
    assert first.date == day and first.instruments == {CHECKIN: {"understood": 6}}
    assert second.instruments == {}
    assert handover.handover_of(vault, h.id).session_id == first.id
    events = [e.action for e in reversed(audit_entries(vault))
              if e.entity == "session" or e.action == "check-in into session"]
    assert events == ["create", "create", "check-in into session", "create"]  # in the order they happened
