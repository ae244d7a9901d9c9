"""The timeline chart and table show exactly the data: series, markers, links and spans (not pixels); a real mouse
over a point or a rupture marker shows its session in a tooltip, and a click opens it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, RepairDraft, RuptureDraft, SessionDraft
from alliance.core.taxonomy import RuptureKind
from alliance.services import clients, sessions
from alliance.services.timeline import Timeline, timeline_for
from alliance.store.vault import Vault

pytest.importorskip("pyqtgraph")

from alliance.ui.client.timeline_chart import RUPTURE_SYMBOL, RUPTURE_Y, TimelineChart
from alliance.ui.client.timeline_table import TimelineTableModel

D0 = dt.date(2026, 1, 5)


@pytest.fixture
def timeline(vault: Vault) -> Timeline:
    cid = clients.add_client(vault, ClientDraft(code="TL-1")).id

    def log(n: int, v: int, **kw: object) -> sessions.Session:
        return sessions.log_session(vault, SessionDraft(client_id=cid, date=D0 + dt.timedelta(days=7 * n),
                                                        ratings=Ratings(v, v, v - 1, v), **kw))  # type: ignore[arg-type]

    log(0, 8, instruments={"checkin": {"understood": 7}})
    log(1, 8)
    log(2, 8, instruments={"checkin": {"understood": 9, "safe_in_body": 8}})
    s4 = log(3, 5, ruptures=(RuptureDraft(RuptureKind.CONFRONTATION, 4, ("rejects_intervention",)),),
             note="Client pushed back on the exposure task")
    log(4, 6, repairs=(RepairDraft(resolution=3, rupture_id=s4.ruptures[0].id),))
    s6 = log(5, 8, repairs=(RepairDraft(resolution=5, rupture_id=s4.ruptures[0].id),),
             ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 2),))
    assert s6.ruptures
    return timeline_for(vault, cid, today=D0 + dt.timedelta(days=40))


def test_series_match_the_sessions(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.set_timeline(timeline)
    assert set(chart.series) == {"safety", "trust", "attunement", "boundaries", "index", "checkin"}
    xs, ys = chart.series["index"].getData()
    assert list(ys) == [s.alliance_index for s in timeline.sessions]
    assert list(xs) == [chart.x_of(s) for s in timeline.sessions]
    _, att = chart.series["attunement"].getData()
    assert list(att) == [float(s.ratings.attunement) for s in timeline.sessions]
    cx, cy = chart.series["checkin"].getData()
    assert list(cy) == [7.0, 8.5]  # sessions without a check-in are left out, not drawn as zero
    assert len(cx) == 2


def test_rupture_and_repair_markers(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.set_timeline(timeline)
    assert [(m.session_number, m.kind) for m in chart.rupture_info] == [
        (4, RuptureKind.CONFRONTATION), (6, RuptureKind.WITHDRAWAL)]
    sizes = [m.size for m in chart.rupture_info]
    assert sizes[0] > sizes[1]  # intensity 4 drawn bigger than intensity 2
    symbols = [p.symbol() for p in chart.rupture_markers.points()]
    assert symbols == [RUPTURE_SYMBOL[RuptureKind.CONFRONTATION], RUPTURE_SYMBOL[RuptureKind.WITHDRAWAL]]
    assert [m.session_number for m in chart.repair_info] == [5, 6]
    assert len(chart.repair_links) == 2
    # the confrontation was open from session 4 until its resolving repair in 6; the withdrawal noticed in
    # the last session has no width yet and shows as its marker alone
    assert len(chart.open_spans) == 1
    lo, hi = chart.open_spans[0].getRegion()
    assert (lo, hi) == (chart.x_of(timeline.sessions[3]), chart.x_of(timeline.sessions[5]))
    inferred = [e for e in timeline.signals.repairs if e.kind == "inferred"]
    assert len(chart.episode_spans) == len(inferred) >= 1


def test_ruptures_and_repairs_have_their_own_lane_and_components_their_own_dash(  # type: ignore[no-untyped-def]
        qtbot, timeline: Timeline) -> None:
    from alliance.ui.client.timeline_chart import LANE_TOP
    from alliance.ui.client.timeline_style import LINE_STYLES

    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.set_timeline(timeline)
    marker_ys = [p.pos().y() for m in (chart.rupture_markers, chart.repair_markers) for p in m.points()]
    assert marker_ys and all(y < LANE_TOP for y in marker_ys)  # under the rule, never on a 0-10 rating
    ticks = chart.plot.getAxis("left")._tickLevels
    assert [v for v, _ in ticks[0]] == [0, 2, 4, 6, 8, 10]  # no rating ticks in the lane
    styles = {key: chart.series[key].opts["pen"].style() for key in ("safety", "trust", "attunement", "boundaries")}
    assert len(set(styles.values())) == 4 and styles == {k: LINE_STYLES[k] for k in styles}
    # A dashed pen wider than one pixel is stroked as a path, some fifty times slower to paint at 500 sessions.
    for item in chart.series.values():
        pen = item.opts["pen"]
        if pen is not None and pen.style() != Qt.PenStyle.SolidLine:
            assert pen.widthF() <= 1.0


def _shown_chart(qtbot, timeline: Timeline, height: int) -> TimelineChart:  # type: ignore[no-untyped-def]
    """A chart on screen, 900 pixels wide, showing the timeline."""
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(900, height)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_timeline(timeline)
    return chart


def test_the_chart_shows_every_session_until_the_clinician_zooms(  # type: ignore[no-untyped-def]
        qtbot, timeline: Timeline) -> None:
    chart = _shown_chart(qtbot, timeline, 360)
    first, last = chart.x_of(timeline.sessions[0]), chart.x_of(timeline.sessions[-1])
    view = chart.plot.getViewBox()

    def shown() -> tuple[float, float]:
        lo, hi = view.viewRange()[0]
        return lo, hi

    lo, hi = shown()
    assert lo < first and hi > last and (hi - lo) < 1.2 * (last - first)  # all of them, with a little room
    chart.resize(1200, 360)  # a wider chart keeps the same sessions in view
    qtbot.wait(20)
    assert shown() == (lo, hi)
    # The clinician zooms in with the wheel over the plot: new data or events keep that zoom ...
    viewport = chart.plot.viewport()
    centre = viewport.rect().center()
    wheel = QWheelEvent(QPointF(centre), QPointF(viewport.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    zoomed = shown()
    assert zoomed[1] - zoomed[0] < hi - lo
    chart.set_events(())
    assert shown() == zoomed
    # ... until Reset zoom.
    qtbot.mouseClick(chart.reset_button, Qt.MouseButton.LeftButton)
    assert shown() == (lo, hi)


def test_axis_switch_hover_click_and_clear(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.set_timeline(timeline)
    chart.x_mode.setCurrentIndex(1)
    xs, _ = chart.series["index"].getData()
    assert list(xs) == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
    s4 = timeline.sessions[3]
    text = chart.hover_text(chart.nearest_session(4.2))  # type: ignore[arg-type]
    assert "Session 4" in text and "confrontation" in text and "exposure task" in text
    with qtbot.waitSignal(chart.sessionActivated) as blocker:
        chart.sessionActivated.emit(chart.nearest_session(3.9).session_id)  # type: ignore[union-attr]
    assert blocker.args == [s4.session_id]
    chart.clear()
    assert chart.series == {} and chart.rupture_info == [] and chart.timeline is None


def test_export_png_and_svg_without_dates(qtbot, timeline: Timeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.set_timeline(timeline)
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    chart.export(str(png))
    chart.export(str(svg))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = svg.read_text()
    assert "<svg" in text and "2026" not in text
    assert chart.by_date  # switched back after export


def test_table_model_mirrors_chart(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    model = TimelineTableModel()
    model.set_timeline(timeline)
    assert model.rowCount() == 6
    row4 = [model.index(3, c).data() for c in range(model.columnCount())]
    assert row4[0] == "4" and row4[6] == f"{timeline.sessions[3].alliance_index:.2f}"
    assert model.index(3, 6).data(Qt.ItemDataRole.UserRole) == timeline.sessions[3].alliance_index
    assert "Confrontation (intensity 4)" in row4[9]
    assert model.index(5, 10).data() == "of session 4: 5/5"
    assert model.index(0, 8).data() == ""  # no SRS: blank, not "None"
    model.set_timeline(None)
    assert model.rowCount() == 0


def test_a_real_mouse_over_a_point_shows_its_session_and_a_click_opens_it(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    chart = _shown_chart(qtbot, timeline, 420)
    chart.x_mode.setCurrentIndex(1)  # by session number: session 4 sits at x = 4
    qtbot.wait(50)
    s4 = timeline.sessions[3]
    scene = chart.plot.getViewBox().mapViewToScene(QPointF(4.0, s4.alliance_index))
    where = chart.plot.mapFromScene(scene)
    QTest.mouseMove(chart.plot.viewport(), where)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Session 4" in QToolTip.text() and "exposure task" in QToolTip.text()
    QToolTip.hideText()
    marker = chart.plot.mapFromScene(chart.plot.getViewBox().mapViewToScene(QPointF(4.0, RUPTURE_Y)))
    QTest.mouseMove(chart.plot.viewport(), marker)  # the rupture's triangle in its lane under the ratings
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "confrontation" in QToolTip.text())
    with qtbot.waitSignal(chart.sessionActivated) as clicked:
        QTest.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert clicked.args == [s4.session_id]
