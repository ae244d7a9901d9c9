"""The measurement schedule set on the client page makes the session form open what is due and ask why when it is
not filled in; a context event added on the client page is drawn on the chart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from alliance.core.outcomes import Frequency
from alliance.services import clients, sessions
from alliance.ui.caseload.caseload_model import CaseloadModel
from alliance.ui.client.event_dialog import EventDialog
from alliance.ui.client.schedule_dialog import ScheduleDialog
from alliance.ui.session.outcome_fields import OutcomeFields
from tests.ui.conftest import open_client_page, open_form, open_main_window, save_form, settle


def test_a_due_measure_opens_in_the_form_and_a_declined_one_is_recorded(qtbot, make_controller,  # type: ignore[no-untyped-def]
                                                                         created_vault, practice) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    client = clients.find_client(vault, "AB-17")
    assert client is not None
    window.show_client(client.id)
    settle(qtbot, window)
    page = window.client_page
    qtbot.mouseClick(page.measures_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ScheduleDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.buttons.isEnabled)  # the schedule is read first
    combo = dialog.frequency["gad7"]
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(Frequency.EVERY_SESSION.value))
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    form = open_form(qtbot, window, client.id)
    section, fields = form.instrument_sections["gad7"], form.instrument_fields["gad7"]
    assert isinstance(fields, OutcomeFields)
    assert section.header.text().endswith("(due)") and section.header.isChecked()
    assert fields.declined.isVisibleTo(form)
    for spin in form.ratings.values():
        spin.set_score(7)
    fields.declined.setFocus()
    QTest.keyClick(fields.declined, Qt.Key.Key_Down)  # "Not filled in: The client declined"
    assert fields.declined_reason() == "client_declined"
    saved = save_form(qtbot, form, controller.worker)
    assert sessions.get_session(vault, saved.id).declined == {"gad7": "client_declined"}

    # The caseload tells the decline as such, with its reason, not as an overdue measure.
    window.show_caseload()
    settle(qtbot, window)
    model = window.caseload.model
    row = model.row_of(client.id)
    assert row is not None
    cell = model.index(row, CaseloadModel.OUTCOME)
    assert str(cell.data()).endswith("declined")
    tip = str(cell.data(Qt.ItemDataRole.ToolTipRole))
    assert "GAD-7: Due again: declined in session" in tip and "The client declined" in tip


def test_an_event_added_on_the_client_page_is_drawn_on_the_chart(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                                                                  practice) -> None:
    _controller, window, _vault = open_client_page(qtbot, make_controller, created_vault)
    page = window.client_page
    qtbot.mouseClick(page.event_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(EventDialog)
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("absence"))
    QTest.keyClicks(dialog.text, "two weeks away")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.page is not None and [e.label for e in page.page.events] == ["two weeks away"]
    assert page.chart is not None and len(page.chart.event_lines) == 1
    assert page.chart.event_lines[0].toolTip() == "Therapist absence: two weeks away"
    first = page.ruptures.topLevelItem(0)
    assert first is not None and first.text(0).startswith("Event: Therapist absence")


def test_an_event_date_is_typed_whole_and_an_unreadable_one_is_refused(qtbot, make_controller,  # type: ignore[no-untyped-def]
                                                                        created_vault, practice) -> None:
    _controller, window, _vault = open_client_page(qtbot, make_controller, created_vault)
    page = window.client_page
    qtbot.mouseClick(page.event_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(EventDialog)
    assert dialog is not None
    dialog.date.selectAll()
    QTest.keyClicks(dialog.date, "not a date")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() and dialog.date.text() == "not a date"  # kept, not saved
    dialog.date.selectAll()
    QTest.keyClicks(dialog.date, "2025-01-15")
    dialog.kind.setCurrentIndex(dialog.kind.findData("phase"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.page is not None and [e.date for e in page.page.events] == [dt.date(2025, 1, 15)]
