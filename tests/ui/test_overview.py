"""The caseload overview on the demo practice: attention order, reasons, filters, sparklines, acknowledging."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from alliance.core.records import ClientStatus
from alliance.core.signals import Direction, Rule
from alliance.services.audit_log import audit_entries
from alliance.services.caseload import caseload_view
from alliance.services.demo import DemoSummary
from alliance.ui.caseload.caseload_model import SPARKLINE_ROLE, CaseloadModel
from alliance.ui.caseload.sparkline import MIN_SPAN, sparkline_points
from tests.ui.conftest import open_main_window, settle


def _row(page, code: str):  # type: ignore[no-untyped-def]
    return next(r for r in (page.model.summary(i) for i in range(page.model.rowCount())) if r.code == code)


def _cell(page, code: str, column: int, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    row = page.visible_codes().index(code)
    return page.proxy.index(row, column).data(role)


def test_declining_clients_and_open_ruptures_come_first(qtbot, make_controller, created_vault,
                                                        demo_practice: DemoSummary) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault, until_active=False)
    page = window.caseload
    assert window.pages.currentWidget() is page  # the overview is the home screen
    assert page.status_filter.currentText() == "Active"
    codes = page.visible_codes()
    rows = {r.code: r for r in (page.model.summary(i) for i in range(page.model.rowCount()))}
    assert len(codes) == 11 and not set(demo_practice.dropouts) & set(codes)  # the dropout is discharged

    # Everyone with an open-rupture or a declining alert comes before everyone else, in attention order.
    # A decline read inside a drop episode is the drop's alert (core/signals, departure 9).
    pressing = [c for c in codes if any(a.rule in (Rule.UNREPAIRED_RUPTURE, Rule.DECLINE, Rule.DROP)
                                        for a in rows[c].alerts)]
    assert codes[:len(pressing)] == pressing and len(pressing) <= 4
    assert set(demo_practice.declining) <= set(pressing)
    assert {a.rule for a in rows[codes[0]].alerts} & {Rule.UNREPAIRED_RUPTURE, Rule.DECLINE, Rule.DROP}
    for code in demo_practice.declining:
        assert rows[code].trend is Direction.DOWN
        assert "declining" in _cell(page, code, CaseloadModel.ALERTS, Qt.ItemDataRole.ToolTipRole).lower()
        assert _cell(page, code, CaseloadModel.TREND) == "\u2193"
        assert _cell(page, code, CaseloadModel.TREND, Qt.ItemDataRole.AccessibleTextRole) == "falling"
        tip = _cell(page, code, CaseloadModel.ALERTS, Qt.ItemDataRole.ToolTipRole)
        assert all(str(a.reason) in tip for a in rows[code].alerts)
    assert _cell(page, codes[-1], CaseloadModel.ALERTS) == ""
    assert _cell(page, codes[-1], CaseloadModel.ALERTS, Qt.ItemDataRole.AccessibleTextRole) == "no alerts"
    assert "with alerts" in page.count.text()

    # All clients: the dropout, with its unrepaired rupture, heads the list; the rest keep the service's order.
    page.status_filter.setCurrentIndex(page.status_filter.findText("All clients"))
    everyone = caseload_view(vault, statuses=set(ClientStatus)).rows
    assert page.visible_codes() == [r.code for r in everyone]
    (dropout,) = demo_practice.dropouts
    # The dropout's unrepaired rupture puts it among the clients needing attention, before every calm one.
    shown = page.visible_codes()
    first_calm = next(i for i, c in enumerate(shown) if not _row(page, c).alerts)
    assert shown.index(dropout) < first_calm
    assert "no repair" in _cell(page, dropout, CaseloadModel.ALERTS, Qt.ItemDataRole.ToolTipRole)
    page.status_filter.setCurrentIndex(page.status_filter.findText("Discharged"))
    assert page.visible_codes() == [dropout]


def test_alerts_only_search_and_sorting(qtbot, make_controller, created_vault, demo_practice: DemoSummary) -> None:
    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault, until_active=False)
    page = window.caseload
    by_attention = page.visible_codes()
    with_alerts = [c for c in by_attention if _cell(page, c, CaseloadModel.ALERTS)]
    qtbot.mouseClick(page.alerts_only, Qt.MouseButton.LeftButton)
    assert page.visible_codes() == with_alerts
    qtbot.keyClicks(page.search, demo_practice.declining[0].lower())
    assert page.visible_codes() == [demo_practice.declining[0]]
    page.search.clear()
    page.alerts_only.setChecked(False)

    page.table.sortByColumn(CaseloadModel.INDEX, Qt.SortOrder.AscendingOrder)  # still sortable by any column
    indices = [float(_cell(page, c, CaseloadModel.INDEX)) for c in page.visible_codes()]
    assert indices == sorted(indices)
    page.table.sortByColumn(CaseloadModel.ALERTS, Qt.SortOrder.DescendingOrder)
    assert page.visible_codes() == by_attention


def test_sparkline_delegate_paints(qtbot, make_controller, created_vault, demo_practice: DemoSummary) -> None:
    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault, until_active=False)
    page = window.caseload
    index = page.proxy.index(0, CaseloadModel.RECENT)
    values = index.data(SPARKLINE_ROLE)
    assert values == list(page.model.summary(page.proxy.mapToSource(index).row()).sparkline)
    assert "Alliance index of the last" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert not page.table.grab().isNull()

    image = QImage(140, 34, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 140, 34)
    page.sparkline_delegate.paint(painter, option, index)
    painter.end()
    assert any(image.pixelColor(x, y).name() != "#ffffff" for x in range(140) for y in range(34))


def test_sparkline_scaling() -> None:
    rect = QRectF(0, 0, 100, 20)
    flat = sparkline_points([7.0, 7.1, 7.0], rect)
    assert [p.x() for p in flat] == [0, 50, 100]
    assert max(p.y() for p in flat) - min(p.y() for p in flat) <= 20 * 0.1 / MIN_SPAN + 1e-9  # noise stays small
    steep = sparkline_points([9.0, 5.0], rect)
    assert (steep[0].y(), steep[1].y()) == (0.0, 20.0)  # a real fall spans the cell
    assert [p.x() for p in sparkline_points([6.0], rect)] == [50.0]
    assert sparkline_points([], rect) == []


def test_acknowledge_from_the_overview(qtbot, make_controller, created_vault, demo_practice: DemoSummary) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault, until_active=False)
    page = window.caseload
    calm = page.visible_codes()[-1]
    page.select_client(_row(page, calm).client_id)
    assert not page.acknowledge_button.isEnabled()

    code = demo_practice.declining[0]
    row = _row(page, code)
    page.select_client(row.client_id)
    assert page.acknowledge_button.isEnabled()
    menu = page.context_menu()
    assert [a.text() for a in menu.actions()][:3] == ["&Open", "&Log session\u2026", "Ac&knowledge alert\u2026"]
    assert menu.actions()[2].isEnabled()

    dialog = page.acknowledge_selected()
    assert dialog is not None
    assert [box.isChecked() for box, _alert in dialog.alert_boxes] == [True] + [False] * (len(row.alerts) - 1)
    assert not dialog.ok_button.isEnabled()  # a reason must be chosen
    radio = dialog.reason_buttons["supervision"]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(10, radio.height() // 2))  # on its circle
    assert dialog.ok_button.isEnabled()
    dialog.note.setPlainText("Talked it through with M.")
    with qtbot.waitSignal(page.status_message):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    after = _row(page, code)
    assert row.alerts[0].key not in {a.key for a in after.alerts}
    assert [a.key for a in after.alerts] == [a.key for a in row.alerts[1:]]  # the others stay
    codes = page.visible_codes()
    alerting = [c for c in codes if _row(page, c).alerts]
    assert after.attention < row.attention  # it needs less attention: further down the overview
    if not after.alerts:
        assert codes.index(code) >= len(alerting)  # no longer among those needing attention
    (event,) = audit_entries(vault, action="acknowledge alert")
    assert event.entity_id == row.client_id and event.detail["reason"] == "supervision"
    assert "Talked" not in str(event.detail)  # the note stays in the vault, out of the audit log
