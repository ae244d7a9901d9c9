"""The signal rules on a real vault: whole histories, the caseload and the client page agreeing, thresholds kept
in the vault, and every write that changes what the rules read making the caseload judge that client anew."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from alliance.core.errors import ValidationError
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.core.signals import DEFAULT_SETTINGS, SETTING_SPECS, Level, State, settings_from_dict, settings_to_dict
from alliance.services import clients, sessions, signals
from alliance.services.audit_log import audit_entries
from alliance.services.caseload import caseload_view
from alliance.services.client_page import client_page_view
from alliance.store.vault import Vault

D0 = dt.date(2025, 1, 6)
STEADY = (8, 8, 9, 8, 8, 9, 8, 8)  # a stable client: one point of variation


def _client(vault: Vault, code: str) -> int:
    return clients.add_client(vault, ClientDraft(code=code)).id


def _log(vault: Vault, cid: int, week: int, value: int | tuple[int, int, int, int]) -> int:
    r = Ratings(*value) if isinstance(value, tuple) else Ratings(value, value, value, value)
    return sessions.log_session(vault, SessionDraft(client_id=cid, date=D0 + dt.timedelta(days=7 * week),
                                                    ratings=r)).id


def _today(weeks: int) -> dt.date:
    return D0 + dt.timedelta(days=7 * weeks)


def _alert_keys(vault: Vault, cid: int, today: dt.date) -> set[str]:
    row = next(r for r in caseload_view(vault, today=today).rows if r.client_id == cid)
    return {a.key for a in row.alerts}


def test_a_stable_client_raises_no_alert(vault: Vault) -> None:
    cid = _client(vault, "S1")
    for week, value in enumerate(STEADY * 3):
        _log(vault, cid, week, value)
    row = caseload_view(vault, today=_today(24)).rows[0]
    assert row.judged and row.alerts == ()
    assert client_page_view(vault, cid, today=_today(24)).timeline.signals.alerts == ()


def test_an_early_drop_that_never_recovered_shows_on_the_caseload_as_on_the_client_page(vault: Vault) -> None:
    """The old overview read the last 12 sessions only: an alert the client page showed was missing there."""
    cid = _client(vault, "D1")
    for week, value in enumerate(STEADY):
        _log(vault, cid, week, value)
    for week in range(8, 30):  # a fall of four points that stays: 22 sessions later, still not recovered
        _log(vault, cid, week, 4)
    today = _today(30)
    page = client_page_view(vault, cid, today=today)
    page_alerts = {a.key for a in page.timeline.signals.alerts}
    assert page_alerts, "a fall that never recovered keeps its alert"
    assert _alert_keys(vault, cid, today) == page_alerts


def test_logging_editing_and_deleting_a_session_judge_the_client_anew(vault: Vault) -> None:
    cid = _client(vault, "E1")
    for week, value in enumerate(STEADY):
        _log(vault, cid, week, value)
    today = _today(9)
    assert _alert_keys(vault, cid, today) == set()  # judged and kept
    dip = _log(vault, cid, 8, 4)
    assert _alert_keys(vault, cid, today), "the dip logged after the caseload was judged shows at once"
    session = sessions.get_session(vault, dip)
    draft = SessionDraft(client_id=cid, date=session.date, ratings=Ratings(8, 8, 9, 8))
    sessions.edit_session(vault, dip, draft)
    assert _alert_keys(vault, cid, today) == set(), "edited back up: no dip"
    sessions.edit_session(vault, dip, SessionDraft(client_id=cid, date=session.date, ratings=Ratings(4, 4, 4, 4)))
    assert _alert_keys(vault, cid, today)
    sessions.delete_session(vault, dip)
    assert _alert_keys(vault, cid, today) == set()


def test_an_acknowledged_alert_leaves_the_caseload_and_stays_in_the_history(vault: Vault) -> None:
    cid = _client(vault, "A1")
    for week, value in enumerate(STEADY):
        _log(vault, cid, week, value)
    _log(vault, cid, 8, 3)
    today = _today(9)
    (key,) = _alert_keys(vault, cid, today)
    signals.acknowledge_alert(vault, cid, key, "supervision", note="talked it through")
    assert _alert_keys(vault, cid, today) == set()
    page = client_page_view(vault, cid, today=today)
    past = [s for s in page.timeline.signals.past if s.key == key]
    assert [s.state for s in past] == [State.ACKNOWLEDGED]
    ack = page.acknowledgements[key]
    assert (ack.reason, ack.note) == ("supervision", "talked it through")
    with pytest.raises(ValidationError):
        signals.acknowledge_alert(vault, cid, key, "because")


def test_the_first_caseload_after_unlock_can_show_before_every_client_is_judged(vault: Vault) -> None:
    cids = [_client(vault, f"C{i}") for i in range(3)]
    for cid in cids:
        for week, value in enumerate(STEADY):
            _log(vault, cid, week, value)
    signals.forget(vault)
    quick = caseload_view(vault, today=_today(9), judge_at_most=10)
    assert not quick.complete and [r.judged for r in quick.rows].count(True) == 1, "8 sessions fit in 10, 16 not"
    assert [r.session_count for r in quick.rows] == [8, 8, 8], "the rest of the row is there at once"
    full = caseload_view(vault, today=_today(9))
    assert full.complete
    assert caseload_view(vault, today=_today(9), judge_at_most=0).complete, "judged once, known after"


def test_thresholds_are_kept_in_the_vault_audited_and_judge_every_client(vault: Vault) -> None:
    cid = _client(vault, "T1")
    for week, value in enumerate(STEADY):
        _log(vault, cid, week, value)
    _log(vault, cid, 8, 6)  # two points below a steady 8.25: a drop under the defaults?
    today = _today(9)
    before = _alert_keys(vault, cid, today)
    assert signals.signal_settings(vault) == DEFAULT_SETTINGS
    values = settings_to_dict(DEFAULT_SETTINGS)
    name = next(iter(values))
    assert signals.save_signal_settings(vault, DEFAULT_SETTINGS) == [], "nothing changed, nothing audited"
    # A very strict band (the largest allowed minimum drop) leaves nothing to alert on.
    spec = next(s for s in SETTING_SPECS if s.name == "drop_band_min")
    strict = settings_from_dict({**values, "drop_band_min": str(spec.maximum)})
    changed = signals.save_signal_settings(vault, strict)
    assert changed == ["drop_band_min"]
    assert signals.signal_settings(vault) == strict
    assert _alert_keys(vault, cid, today) <= before
    events = [e for e in audit_entries(vault) if e.action == "change signal settings"]
    assert len(events) == 1 and "drop_band_min" in json.dumps(events[0].detail)
    signals.save_signal_settings(vault, DEFAULT_SETTINGS)
    assert signals.signal_settings(vault) == DEFAULT_SETTINGS
    assert name in settings_to_dict(signals.signal_settings(vault))


def test_prompts_do_not_order_the_caseload(vault: Vault) -> None:
    cid = _client(vault, "P1")
    for week, value in enumerate(STEADY):
        srs = {"relationship": 8, "goals_topics": 8, "approach_method": 8, "overall": 8}  # total 32 < 36
        sessions.log_session(vault, SessionDraft(client_id=cid, date=D0 + dt.timedelta(days=7 * week),
                                                 ratings=Ratings(value, value, value, value),
                                                 instruments={"srs": srs}))
    row = caseload_view(vault, today=_today(9)).rows[0]
    found = client_page_view(vault, cid, today=_today(9)).timeline.signals
    assert found.prompts and all(p.level is Level.PROMPT for p in found.prompts)
    assert row.prompts == len(found.prompts) and row.attention == sum(a.weight for a in row.alerts)
