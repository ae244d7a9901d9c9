"""Caseload overview table: sorting, search, status and alerts filters, client dialogs and status changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt

from alliance.core.messages import msg
from alliance.core.records import ClientDraft, ClientStatus
from alliance.core.signals import Direction, Level, Rule, Signal, SignalText, State
from alliance.services import clients
from alliance.services.caseload import CaseloadRow
from alliance.ui.caseload.caseload_model import CaseloadFilter, CaseloadModel
from alliance.ui.caseload.caseload_page import CaseloadPage
from tests.ui.conftest import settle, unlock


def _summary(i: int, code: str, name: str, status: ClientStatus, n: int = 0,
             alerts: tuple[Signal, ...] = ()) -> CaseloadRow:
    spark = tuple(7.0 + (k % 3) / 2 for k in range(min(n, 12)))
    return CaseloadRow(i, code, name, status, n, dt.date(2025, 1, n + 1) if n else None, 7.5 if n else None,
                       spark, Direction.FLAT, 0.0 if n > 1 else None, n % 2, alerts)


def _alert(rule: Rule, sessions: tuple[int, ...], title: str, reason: str, key: str, weight: int) -> Signal:
    text = SignalText(msg(title), msg(reason), (msg("The rule in plain words."),))
    return Signal(key, rule, Level.ALERT, State.ACTIVE, sessions, sessions, sessions[0], None, {}, weight, (),
                  lambda: text)


DECLINE = _alert(Rule.DECLINE, (1, 2, 3), "Declining alliance", "Alliance declining over the last 6 sessions.",
                 "decline:3", 30)
OPEN = _alert(Rule.UNREPAIRED_RUPTURE, (2,), "Unrepaired rupture",
              "A withdrawal rupture; no repair logged after 3 further sessions.", "rupture:1", 40)


def test_models_pass_the_qt_model_tester(qtmodeltester) -> None:
    model = CaseloadModel()
    model.set_rows([_summary(1, "AB-1", "Anna", ClientStatus.ACTIVE, 3),
                    _summary(2, "CD-2", "", ClientStatus.PAUSED)])
    qtmodeltester.check(model)
    proxy = CaseloadFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_search_and_status_filter(qtbot) -> None:
    page = CaseloadPage()
    qtbot.addWidget(page)
    page.model.set_rows([
        _summary(1, "AB-1", "Anna Berg", ClientStatus.ACTIVE, 4),
        _summary(2, "CD-2", "Carl Dahl", ClientStatus.PAUSED, 2),
        _summary(3, "EF-3", "Eva Fors", ClientStatus.DISCHARGED, 9),
        _summary(4, "GA-4", "Gunnar Ahl", ClientStatus.ACTIVE, 1),
    ])
    page._filter_changed()
    assert page.visible_codes() == ["AB-1", "GA-4"]  # default: active
    assert page.count.text() == "2 of 4 clients"
    page.status_filter.setCurrentIndex(page.status_filter.findText("Active and paused"))
    assert page.visible_codes() == ["AB-1", "CD-2", "GA-4"]

    qtbot.keyClicks(page.search, "ab")  # code, any case
    assert page.visible_codes() == ["AB-1"]
    page.search.clear()
    qtbot.keyClicks(page.search, "GUNN")  # name, any case
    assert page.visible_codes() == ["GA-4"]
    page.search.clear()

    page.status_filter.setCurrentIndex(page.status_filter.findText("Discharged"))
    assert page.visible_codes() == ["EF-3"]
    page.status_filter.setCurrentIndex(page.status_filter.findText("All clients"))
    assert page.visible_codes() == ["AB-1", "CD-2", "EF-3", "GA-4"]

    page.table.sortByColumn(CaseloadModel.SESSIONS, Qt.SortOrder.DescendingOrder)
    assert page.visible_codes() == ["EF-3", "AB-1", "CD-2", "GA-4"]
    page.table.sortByColumn(CaseloadModel.NAME, Qt.SortOrder.AscendingOrder)
    assert page.visible_codes() == ["AB-1", "CD-2", "EF-3", "GA-4"]


def test_alerts_column_words_order_and_the_alerts_only_filter(qtbot) -> None:
    page = CaseloadPage()
    qtbot.addWidget(page)
    calm = _summary(1, "AB-1", "Anna", ClientStatus.ACTIVE, 8)
    declining = _summary(2, "CD-2", "Carl", ClientStatus.ACTIVE, 8, alerts=(DECLINE,))
    both = _summary(3, "EF-3", "Eva", ClientStatus.ACTIVE, 8, alerts=(OPEN, DECLINE))
    waiting = replace(_summary(4, "GH-4", "Gus", ClientStatus.ACTIVE, 8), judged=False, trend=None)
    page.model.set_rows([both, declining, calm, waiting])  # the service's order: need of attention
    page._filter_changed()
    model, alerts = page.model, CaseloadModel.ALERTS
    assert model.index(0, alerts).data() == "2 \u00b7 Unrepaired rupture"
    tip = model.index(0, alerts).data(Qt.ItemDataRole.ToolTipRole)
    assert "Unrepaired rupture: A withdrawal rupture" in tip and "Declining alliance: Alliance declining" in tip
    assert model.index(2, alerts).data() == "" and model.index(2, alerts).data(
        Qt.ItemDataRole.AccessibleTextRole) == "no alerts"
    assert model.index(3, alerts).data() == "\u2026", "not judged yet: shown as pending, not as no alerts"
    assert model.index(3, alerts).data(Qt.ItemDataRole.AccessibleTextRole) == "checking the alert rules"
    assert model.index(3, CaseloadModel.TREND).data() == ""
    assert "2 with alerts" in page.count.text()
    qtbot.mouseClick(page.alerts_only, Qt.MouseButton.LeftButton)
    assert page.visible_codes() == ["EF-3", "CD-2"]


def test_add_edit_pause_discharge_reactivate(qtbot, make_controller, created_vault, practice) -> None:
    folder, _key = created_vault
    controller = make_controller(folder)
    controller.start()
    vault = unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    page = window.caseload
    assert page.visible_codes() == ["AB-17", "CD-4"]
    row = page.model.summary(page.model.row_of(practice["ab"]) or 0)
    assert (row.session_count, row.open_ruptures, row.latest_alliance_index) == (2, 1, 7.5)

    # Add a client; a duplicate code is reported next to the code field.
    dialog = page.add_client()
    assert dialog is not None
    qtbot.keyClicks(dialog.code, "ab-17")
    dialog.save()
    settle(qtbot, controller.worker)
    assert "already exists" in dialog.errors.message_for("code")
    assert dialog.isVisible() and dialog.code.text() == "ab-17"
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "EF-9")
    qtbot.keyClicks(dialog.display_name, "Eli Falk")
    dialog.email.setText("not an address")
    dialog.save()
    assert "e-mail" in dialog.errors.message_for("email").lower()
    dialog.email.clear()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.code, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, controller.worker)
    assert page.visible_codes() == ["AB-17", "CD-4", "EF-9"]
    assert page.selected_summary() is not None and page.selected_summary().code == "EF-9"

    # Edit it.
    with qtbot.waitSignal(page.client_dialog_opened) as opened:
        page.edit_selected()
    dialog = opened.args[0]
    assert dialog.display_name.text() == "Eli Falk"
    dialog.display_name.setText("Eli Falck")
    dialog.save()
    settle(qtbot, controller.worker)
    assert clients.find_client(vault, "EF-9").display_name == "Eli Falck"  # type: ignore[union-attr]

    # Pause: the default view shows active clients only, so the row leaves it and the window says where it went.
    assert page.pause_button.text() == "&Pause"
    with qtbot.waitSignal(page.status_message) as message:
        qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    settle(qtbot, controller.worker)
    assert clients.find_client(vault, "EF-9").status is ClientStatus.PAUSED  # type: ignore[union-attr]
    assert "EF-9" not in page.visible_codes() and "paused" in message.args[0]
    page.status_filter.setCurrentIndex(page.status_filter.findText("Active and paused"))
    page.select_client(clients.find_client(vault, "EF-9").id)  # type: ignore[union-attr]
    assert page.pause_button.text() == "Re-&activate"
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    settle(qtbot, controller.worker)
    assert clients.find_client(vault, "EF-9").status is ClientStatus.ACTIVE  # type: ignore[union-attr]
    qtbot.mouseClick(page.discharge_button, Qt.MouseButton.LeftButton)
    settle(qtbot, controller.worker)
    assert clients.find_client(vault, "EF-9").status is ClientStatus.DISCHARGED  # type: ignore[union-attr]
    assert "EF-9" not in page.visible_codes()  # hidden by the default filter
    page.status_filter.setCurrentIndex(page.status_filter.findText("Discharged"))
    assert page.visible_codes() == ["EF-9"]
    page.select_client(clients.find_client(vault, "EF-9").id)  # type: ignore[union-attr]
    assert page.pause_button.text() == "Re-&activate" and not page.discharge_button.isEnabled()
    assert not page.log_button.isEnabled()
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    settle(qtbot, controller.worker)
    assert clients.find_client(vault, "EF-9").status is ClientStatus.ACTIVE  # type: ignore[union-attr]


def test_double_click_opens_the_client(qtbot, make_controller, created_vault, practice) -> None:
    folder, _key = created_vault
    controller = make_controller(folder)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    table = window.caseload.table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, controller.worker)
    assert window.pages.currentWidget() is window.client_page
    page = window.client_page
    assert page.code.text() == "AB-17" and page.status.text() == "Active"
    assert "Intake" in page.details.text() and "2 sessions" in page.details.text()
    assert page.name.text() == "Anna Berg"
    assert page.chart is not None and page.chart.timeline is not None  # built on first show
    page.timeline_switch.setCurrentIndex(1)  # the Table view is filled when it is shown
    assert page.timeline_model.rowCount() == 2
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.caseload


def test_new_client_appears_even_when_filtered_out(qtbot, make_controller, created_vault) -> None:
    folder, _key = created_vault
    controller = make_controller(folder)
    controller.start()
    vault = unlock(qtbot, controller)
    page = controller.main_window.caseload  # type: ignore[union-attr]
    qtbot.keyClicks(page.search, "zzz")
    dialog = page.add_client()
    assert dialog is not None
    dialog.code.setText("NEW-1")
    dialog.save()
    settle(qtbot, controller.worker)
    assert page.visible_codes() == ["NEW-1"]
    assert clients.count_clients(vault) == 1
    clients.add_client(vault, ClientDraft(code="X-2"))
