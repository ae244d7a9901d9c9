"""The client page at 1280x768: the chart keeps its height and the sessions column beside it shows at least eight
sessions; the column's table holds date, number and index (every rating is in the Table tab, not twice); the
goals tab shows what Edit goals… saved."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest

from alliance.core.records import ClientStatus
from alliance.services import clients
from alliance.services.caseload import caseload_view
from alliance.services.demo import DemoSummary
from alliance.ui.client.goals_dialog import GoalsDialog
from alliance.ui.client.sessions_model import SessionsModel
from tests.ui.conftest import open_main_window, settle


def _rows_fully_shown(page) -> int:  # type: ignore[no-untyped-def]
    view = page.sessions
    area = view.viewport().rect()
    return sum(area.contains(view.visualRect(page.sessions_model.index(r, 0)).adjusted(0, 0, 0, -1))
               for r in range(page.sessions_model.rowCount()))


def test_at_1280x768_the_chart_and_eight_sessions_show(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                                                       demo_practice: DemoSummary) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    window.resize(1280, 768)
    richest = max(caseload_view(vault, set(ClientStatus)).rows, key=lambda r: r.session_count)
    assert richest.session_count >= 10
    window.show_client(richest.client_id)
    settle(qtbot, window)
    page = window.client_page
    qtbot.waitUntil(lambda: page.page is not None)
    assert _rows_fully_shown(page) >= 8
    chart = page.chart
    assert chart is not None and chart.height() >= 180
    plot = QRect(chart.mapTo(page, chart.rect().topLeft()), chart.size())
    side = QRect(page.vsplitter.mapTo(page, page.vsplitter.rect().topLeft()), page.vsplitter.size())
    assert not plot.intersects(side) and page.rect().contains(side)
    model = page.sessions_model
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
             if not page.sessions.isColumnHidden(c)]
    assert shown == ["Date", "No.", "Index", "Ruptures", "Repairs"]  # the ratings are the Table tab's
    assert all(page.sessions.isColumnHidden(c) for c in range(SessionsModel.FIRST_RATING, SessionsModel.INDEX))


def test_goals_are_edited_and_shown_on_the_page(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                                                practice) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    window.show_client(practice["ab"])
    settle(qtbot, window)
    page = window.client_page
    page.side_tabs.setCurrentIndex(1)
    assert "No goals yet" in page.goals_text.toPlainText()
    with qtbot.waitSignal(window.client_page.goals_button.clicked):
        qtbot.mouseClick(page.goals_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(d, GoalsDialog) and d.isVisible() for d in page.findChildren(GoalsDialog)))
    dialog = next(d for d in page.findChildren(GoalsDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.goals.hasFocus())
    QTest.keyClicks(dialog.goals, "Sleep through most nights")
    QTest.keyClick(dialog.goals, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.goals, "Say no without panicking")
    QTest.keyClick(dialog.goals, Qt.Key.Key_Tab)  # Tab leaves the field for the formulation
    assert dialog.formulation.hasFocus()
    QTest.keyClicks(dialog.formulation, "Shame keeps her quiet when hurt.")
    QTest.keyClick(dialog.formulation, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())  # saved, closed, deleted
    settle(qtbot, window)
    client = clients.get_client(vault, practice["ab"])
    assert client.goals == ("Sleep through most nights", "Say no without panicking")
    assert client.formulation == "Shame keeps her quiet when hurt."
    qtbot.waitUntil(lambda: "Say no without panicking" in page.goals_text.toPlainText())
    assert "Shame keeps her quiet" in page.goals_text.toPlainText()


def test_too_many_goals_are_refused_and_kept(qtbot, make_controller, created_vault, practice) -> None:  # type: ignore[no-untyped-def]
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    window.show_client(practice["ab"])
    settle(qtbot, window)
    dialog = window.client_page.edit_goals()
    assert dialog is not None
    typed = "\n".join(f"goal {n}" for n in range(20))
    dialog.goals.setPlainText(typed)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "12 goals at most" in dialog.error.text() and dialog.goals.toPlainText() == typed
    assert clients.get_client(vault, practice["ab"]).goals == ()
