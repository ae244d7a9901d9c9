"""The client page's timeline: chart and table against timeline_for's data, opening sessions from them,
acknowledging alerts, lazy loading of the chart and what a lock clears."""

from __future__ import annotations

import html
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt

from alliance.core.records import ClientStatus
from alliance.core.signals import Rule
from alliance.core.taxonomy import RESOLVED_AT
from alliance.services import clients
from alliance.services.audit_log import audit_entries
from alliance.services.caseload import caseload_view
from alliance.services.demo import DemoSummary
from alliance.services.timeline import timeline_for
from alliance.ui.client.acknowledge_dialog import AcknowledgeDialog
from alliance.ui.client.past_signals_dialog import PastSignalsDialog
from alliance.ui.client.why_dialog import WhyDialog
from alliance.ui.shell.preferences import PreferencesDialog
from tests.ui.conftest import all_visible_text, open_main_window, settle, unlock

ROOT = Path(__file__).resolve().parents[2]


def _richest(vault) -> int:  # type: ignore[no-untyped-def]
    """The active client with the most repairs."""
    rows = caseload_view(vault).rows
    return max(rows, key=lambda r: sum(len(p.repairs) for p in timeline_for(vault, r.client_id).ruptures)
               ).client_id


def test_the_chart_loads_only_when_a_client_is_shown(tmp_path: Path) -> None:
    code = f"""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from alliance.ui.shell.main_window import MainWindow
        from alliance.ui.shell.settings import UiSettings
        app = QApplication([])
        window = MainWindow(UiSettings.at(Path({str(tmp_path / "ui.ini")!r})))
        window.show()
        app.processEvents()
        assert window.client_page.chart is None
        print(sorted(m for m in ("pyqtgraph", "numpy", "alliance.ui.client.timeline_chart") if m in sys.modules))
    """
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_every_timeline_shows_every_rupture_repair_and_episode(qtbot, make_controller, created_vault,
                                                               demo_practice: DemoSummary) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    page = window.client_page
    everyone = caseload_view(vault, statuses=set(ClientStatus)).rows
    assert len(everyone) == 12
    for row in everyone:
        window.show_client(row.client_id)
        settle(qtbot, window)
        tl = timeline_for(vault, row.client_id)
        chart = page.chart
        assert chart is not None and chart.timeline == tl == page.timeline
        _, ys = chart.series["index"].getData()
        assert list(ys) == [s.alliance_index for s in tl.sessions]
        for key in ("safety", "trust", "attunement", "boundaries"):
            assert list(chart.series[key].getData()[1]) == [float(getattr(s.ratings, key)) for s in tl.sessions]
        assert [m.rupture_id for m in chart.rupture_info] == [r.rupture_id for r in tl.ruptures]
        assert len(chart.rupture_markers.points()) == len(tl.ruptures)
        repairs = sum(len(r.repairs) for r in tl.ruptures)
        assert len(chart.repair_info) == len(chart.repair_links) == len(chart.repair_markers.points()) == repairs
        last = tl.sessions[-1].number
        widths = [min([p.session_number for p in r.repairs if p.resolution >= RESOLVED_AT] or [last]) > r.session_number
                  for r in tl.ruptures]
        assert len(chart.open_spans) == sum(widths)
        assert len(chart.episode_spans) == sum(e.kind == "inferred" for e in tl.signals.repairs)
        page.timeline_switch.setCurrentIndex(1)  # the Table view is filled when it is shown
        assert page.timeline_model.rowCount() == len(tl.sessions)
        page.timeline_switch.setCurrentIndex(0)
        shown = page.page
        assert shown is not None and shown.client.id == row.client_id
        assert {a.key for a in tl.open_alerts} <= {a.key for a in shown.alerts}  # and the outcome measures'
        assert page.alerts_strip.alerts == shown.alerts
        assert page.alerts_strip.isVisibleTo(page) == bool(shown.alerts or shown.prompts or shown.past)
        assert [b.accessibleDescription() for b in page.alerts_strip.buttons] == [str(a.reason)
                                                                                 for a in shown.alerts]
        assert chart.legend["repairs"].isVisibleTo(chart) == (repairs > 0)
        assert chart.legend["ruptures"].isVisibleTo(chart) == bool(tl.ruptures)


def test_legend_switches_series_and_markers(qtbot, make_controller, created_vault, demo_practice) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    window.show_client(_richest(vault))
    settle(qtbot, window)
    chart = window.client_page.chart
    assert chart is not None and chart.repair_links and chart.open_spans
    trust = chart.legend["trust"]
    qtbot.mouseClick(trust, Qt.MouseButton.LeftButton, pos=QPoint(8, trust.height() // 2))  # on its box
    assert not chart.series["trust"].isVisible() and chart.series["safety"].isVisible()
    chart.legend["ruptures"].setChecked(False)
    assert chart.links is not None
    assert not chart.rupture_markers.isVisible() and not chart.links.isVisible()  # a link needs both ends
    assert not any(span.isVisible() for span in chart.open_spans)
    assert chart.repair_markers.isVisible()
    window.show_client(window.caseload.model.summary(0).client_id)  # the choice holds from client to client
    settle(qtbot, window)
    assert not chart.series["trust"].isVisible() and not chart.legend["trust"].isChecked()
    chart.legend["trust"].setChecked(True)
    chart.legend["ruptures"].setChecked(True)
    assert chart.series["trust"].isVisible() and chart.rupture_markers.isVisible()
    assert chart.links is not None and chart.links.isVisible()


def test_table_rows_and_chart_clicks_open_their_session(qtbot, make_controller, created_vault,
                                                         demo_practice) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    window.show_client(_richest(vault))
    settle(qtbot, window)
    page = window.client_page
    chart = page.chart
    assert chart is not None and chart.toolbar.isVisible()

    qtbot.mouseClick(page.timeline_switch, Qt.MouseButton.LeftButton, pos=page.timeline_switch.tabRect(1).center())
    assert page.timeline_stack.currentWidget() is page.timeline_table
    assert not chart.toolbar.isVisible()  # zoom and axis belong to the chart
    table = page.timeline_table
    table.setFocus()
    table.selectRow(2)
    with qtbot.waitSignal(window.session_form_opened):
        qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter opens, like "Open session…"
    form = window.session_form
    assert form is not None and form.session_id == page.timeline_model.session_id(2)
    form.reject()
    qtbot.waitUntil(lambda: window.session_form is None)

    last = page.timeline_model.rowCount() - 1  # the table opens scrolled to the latest session
    rect = table.visualRect(page.timeline_model.index(last, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.session_form_opened):
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = window.session_form
    assert form is not None and form.session_id == page.timeline_model.session_id(last)
    form.reject()
    qtbot.waitUntil(lambda: window.session_form is None)

    qtbot.mouseClick(page.timeline_switch, Qt.MouseButton.LeftButton, pos=page.timeline_switch.tabRect(0).center())
    assert chart.toolbar.isVisible()
    timeline = page.timeline
    assert timeline is not None
    target = timeline.sessions[len(timeline.sessions) // 2]

    def where() -> QPoint:
        return chart.plot.mapFromScene(chart.plot.getViewBox().mapViewToScene(QPointF(chart.x_of(target), 5.0)))

    qtbot.waitUntil(lambda: chart.plot.viewport().rect().contains(where()))  # the view range settles on paint
    with qtbot.waitSignal(chart.sessionActivated) as clicked, qtbot.waitSignal(window.session_form_opened):
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=where())
    assert clicked.args == [target.session_id]
    form = window.session_form
    assert form is not None and form.session_id == target.session_id
    form.reject()


def test_acknowledge_from_the_client_page(qtbot, make_controller, created_vault, demo_practice: DemoSummary) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    dropout = clients.find_client(vault, demo_practice.dropouts[0])
    assert dropout is not None
    window.show_client(dropout.id)
    settle(qtbot, window)
    page = window.client_page
    strip = page.alerts_strip
    alerts = strip.alerts
    assert alerts and alerts[0].rule is Rule.UNREPAIRED_RUPTURE and "no repair" in str(alerts[0].reason)
    assert strip.buttons[0].accessibleName().startswith("Acknowledge alert: ")
    past_before = page.timeline.signals.past if page.timeline else ()

    qtbot.mouseClick(strip.buttons[0], Qt.MouseButton.LeftButton)
    dialog = page.findChild(AcknowledgeDialog)
    assert dialog is not None and [a for _box, a in dialog.alert_boxes] == [alerts[0]]
    dialog.choose("expected")
    with qtbot.waitSignal(page.loaded):  # the page reloads because the change concerns its client
        dialog.save()
    settle(qtbot, window)
    assert strip.alerts == alerts[1:]
    assert len(strip.buttons) == len(alerts) - 1
    assert strip.past_button.isVisibleTo(strip) and str(len(past_before) + 1) in strip.past_button.text()

    # The acknowledged alert stays in the client's past alerts, with when and why.
    qtbot.mouseClick(strip.past_button, Qt.MouseButton.LeftButton)
    past = page.findChild(PastSignalsDialog)
    assert past is not None
    rows = [past.tree.topLevelItem(i) for i in range(past.tree.topLevelItemCount())]
    ended = {r.text(0): r.text(2) for r in rows if r is not None}
    assert any("Set aside" in text and "Expected at this stage of therapy" in text for text in ended.values())
    past.reject()

    window.show_caseload()  # the hidden caseload is read again when it is shown
    settle(qtbot, window)
    row = window.caseload.model.summary(window.caseload.model.row_of(dropout.id))  # type: ignore[arg-type]
    assert alerts[0].key not in {a.key for a in row.alerts}  # the overview was refreshed too
    (event,) = audit_entries(vault, action="acknowledge alert")
    assert event.detail == {"alert": alerts[0].key.split(":")[0], "reason": "expected"}


def test_why_am_i_seeing_this_explains_and_leads_to_the_thresholds(qtbot, make_controller, created_vault,
                                                                    demo_practice: DemoSummary) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    declining = clients.find_client(vault, demo_practice.declining[0])
    assert declining is not None
    window.show_client(declining.id)
    settle(qtbot, window)
    strip = window.client_page.alerts_strip
    (index,) = [i for i, s in enumerate(strip.signals) if s.rule is Rule.DECLINE]
    signal = strip.signals[index]
    qtbot.mouseClick(strip.why_buttons[index], Qt.MouseButton.LeftButton)
    why = window.client_page.findChild(WhyDialog)
    assert why is not None and why.signal == signal
    text = why.explanation.text()
    assert signal.why and all(html.escape(str(line)) in text for line in signal.why)
    assert why.rules_button is not None
    qtbot.mouseClick(why.rules_button, Qt.MouseButton.LeftButton)
    prefs = window.findChild(PreferencesDialog)
    assert prefs is not None and prefs.tabs.currentWidget() is prefs.rules
    qtbot.waitUntil(lambda: prefs.rules is not None and prefs.rules.isEnabled())  # the vault's values are in
    assert prefs.rules is not None
    assert set(prefs.rules.fields) >= set(signal.settings), "every threshold behind the signal can be changed"
    prefs.reject()


def test_lock_clears_the_overview_and_the_chart(qtbot, make_controller, created_vault,
                                                 demo_practice: DemoSummary) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    dropout = clients.find_client(vault, demo_practice.dropouts[0])
    assert dropout is not None
    window.show_client(dropout.id)
    settle(qtbot, window)
    page = window.client_page
    reasons = [str(a.reason) for a in page.alerts_strip.alerts]
    assert page.chart is not None and page.chart.series and reasons
    assert demo_practice.dropouts[0] in all_visible_text()

    controller.lock()

    assert window.caseload.model.rowCount() == 0 and window.caseload.proxy.rowCount() == 0
    chart = page.chart
    assert chart.timeline is None and chart.series == {} and chart.rupture_info == [] and chart.repair_links == []
    assert chart.plot.getPlotItem().listDataItems() == []
    assert page.timeline is None and page.timeline_model.rowCount() == 0
    assert page.alerts_strip.alerts == () and page.alerts_strip.isHidden()
    text = all_visible_text()
    for secret in (*demo_practice.declining, *demo_practice.dropouts, *reasons):
        assert secret not in text, secret

    unlock(qtbot, controller)  # and it all comes back
    assert window.caseload.model.rowCount() == 12 and window.caseload.proxy.rowCount() == 11
