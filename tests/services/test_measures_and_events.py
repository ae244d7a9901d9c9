"""Measurement schedules, declined measures and context events on a real vault: what is due, overdue or declined,
the session form's read model, the caseload, the edit history, the audit trail and the exports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from alliance.core.deid import DeidSettings, NotesMode
from alliance.core.errors import ValidationError
from alliance.core.outcomes import DueStatus, Frequency, ScheduleEntry, load_outcome_instruments
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.reports.exporting import ExportRequest, run_export
from alliance.services import clients, context_events, measures, sessions
from alliance.services.audit_log import audit_entries
from alliance.services.caseload import caseload_view
from alliance.services.client_page import client_page_view
from alliance.services.session_form import session_form_view
from alliance.store.vault import Vault

D0 = dt.date(2025, 3, 3)
PHQ9 = [i.id for i in load_outcome_instruments()["phq9"].items if i.scored]


def _log(vault: Vault, cid: int, week: int, **kw: object) -> int:
    draft = SessionDraft(client_id=cid, date=D0 + dt.timedelta(days=7 * week), ratings=Ratings(8, 8, 8, 8),
                         **kw)  # type: ignore[arg-type]
    return sessions.log_session(vault, draft).id


def test_a_measure_every_session_is_due_overdue_then_declined(vault: Vault) -> None:
    cid = clients.add_client(vault, ClientDraft(code="SC-1")).id
    measures.set_schedule(vault, cid, [ScheduleEntry("phq9", Frequency.EVERY_SESSION)], since=D0)
    assert measures.schedule_of(vault, cid) == (ScheduleEntry("phq9", Frequency.EVERY_SESSION),)
    (due,) = session_form_view(vault, cid).due
    assert due.instrument_id == "phq9" and due.status is DueStatus.DUE
    _log(vault, cid, 0, instruments={"phq9": dict.fromkeys(PHQ9, 1)})
    _log(vault, cid, 1)  # due, neither given nor declined
    (due,) = session_form_view(vault, cid).due
    assert due.status is DueStatus.OVERDUE and "session 2" in str(due.reason)
    (row,) = caseload_view(vault).rows
    assert [i.status for i in row.due] == [DueStatus.OVERDUE]
    sid = _log(vault, cid, 2, declined={"phq9": "client_declined"})
    assert sessions.get_session(vault, sid).declined == {"phq9": "client_declined"}
    (row,) = caseload_view(vault).rows  # declined in the latest session: told as declined, with its reason
    assert [(i.status, i.declined_in, i.decline_reason) for i in row.due] == [
        (DueStatus.DUE, 3, "client_declined")], "offered and declined after the missed session: not overdue"
    with pytest.raises(ValidationError) as both:
        _log(vault, cid, 3, instruments={"phq9": dict.fromkeys(PHQ9, 1)}, declined={"phq9": "other"})
    assert both.value.for_field("declined.phq9")
    events = [e for e in audit_entries(vault) if e.action == "set measurement schedule"]
    assert events and events[0].detail["measures"] == "phq9:every session"


def test_a_declined_measure_can_be_edited_away_and_shows_in_the_history(vault: Vault) -> None:
    cid = clients.add_client(vault, ClientDraft(code="SC-2")).id
    sid = _log(vault, cid, 0, declined={"pcl5": "not_today"})
    session = sessions.get_session(vault, sid)
    sessions.edit_session(vault, sid, SessionDraft(client_id=cid, date=session.date, ratings=session.ratings))
    (before,) = sessions.session_history(vault, sid)
    assert "declined" in before.changed_fields and before.session.declined == {"pcl5": "not_today"}
    assert sessions.get_session(vault, sid).declined == {}


def test_schedules_are_checked(vault: Vault) -> None:
    cid = clients.add_client(vault, ClientDraft(code="SC-3")).id
    with pytest.raises(ValidationError):
        measures.set_schedule(vault, cid, [ScheduleEntry("nope", Frequency.EVERY_SESSION)])
    with pytest.raises(ValidationError):
        measures.set_schedule(vault, cid, [ScheduleEntry("gad7", Frequency.EVERY_N_WEEKS, 60)])


def test_context_events_on_the_page_in_the_audit_and_in_exports(vault: Vault, tmp_path: Path) -> None:
    cid = clients.add_client(vault, ClientDraft(code="EV-1", display_name="Eve Example")).id
    _log(vault, cid, 0)
    _log(vault, cid, 2)
    event = context_events.add_event(vault, cid, D0 + dt.timedelta(days=8), "medication", "started sertraline")
    assert client_page_view(vault, cid).events == (event,)
    (audited,) = [e for e in audit_entries(vault) if e.action == "add context event"]
    assert audited.detail == {"kind": "medication"}, "the label never enters the audit log"
    with pytest.raises(ValidationError):
        context_events.add_event(vault, cid, dt.date.today() + dt.timedelta(days=1), "phase", "")
    with pytest.raises(ValidationError):
        context_events.add_event(vault, cid, D0, "holiday", "")

    plain, scrubbed = tmp_path / "plain.json", tmp_path / "scrubbed.json"
    run_export(vault, ExportRequest("json", plain))
    run_export(vault, ExportRequest("json", scrubbed, DeidSettings(notes=NotesMode.SCRUBBED)))
    (client,) = json.loads(plain.read_text())["clients"]
    assert client["events"] == [{"kind": "medication", "day": 8}], "relative days, no label by default"
    assert "sertraline" not in plain.read_text()
    (client,) = json.loads(scrubbed.read_text())["clients"]
    assert client["events"][0]["label"] == "started sertraline"

    context_events.delete_event(vault, event.id)
    assert client_page_view(vault, cid).events == ()


def test_sessions_before_a_measure_was_scheduled_never_missed_it(vault: Vault) -> None:
    cid = clients.add_client(vault, ClientDraft(code="SC-4")).id
    _log(vault, cid, 0)
    _log(vault, cid, 1)
    measures.set_schedule(vault, cid, [ScheduleEntry("gad7", Frequency.EVERY_SESSION)])  # from today on
    (due,) = session_form_view(vault, cid).due
    assert due.status is DueStatus.DUE, "due now, not overdue for the sessions before the schedule"


def test_the_export_audit_event_names_the_pseudonyms_exported_never_codes(vault: Vault, tmp_path: Path) -> None:
    cid = clients.add_client(vault, ClientDraft(code="AU-1", display_name="Ada Uno")).id
    _log(vault, cid, 0)
    out = tmp_path / "e.json"
    run_export(vault, ExportRequest("json", out))
    (pseudonym,) = [c["pseudonym"] for c in json.loads(out.read_text())["clients"]]
    (event,) = [e for e in audit_entries(vault) if e.action == "export"]
    assert event.detail["exported"] == pseudonym
    assert "AU-1" not in json.dumps(event.detail) and "Ada" not in json.dumps(event.detail)
