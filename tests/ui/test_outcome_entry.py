"""A PCL-5 entered in the session form with the keyboard shows its total and its change class on the client page,
in the outcome panel under the alliance chart; the critical session of a sudden gain opens beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from alliance.core.outcomes import load_outcome_instruments
from alliance.services import clients
from alliance.ui.client.critical_session_dialog import CriticalSessionDialog
from alliance.ui.client.outcome_panel import BAND_MILD, BAND_SEVERE, band_spans
from alliance.ui.session.outcome_fields import OutcomeFields
from tests.ui.conftest import open_form, open_main_window, save_form, settle

PCL5_ITEMS = [i.id for i in load_outcome_instruments()["pcl5"].items]


def _log_pcl5(qtbot, window, controller, client_id: int, answer: int) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, window, client_id)
    for spin in form.ratings.values():
        spin.set_score(8)
    section = form.instrument_sections["pcl5"]
    qtbot.mouseClick(section.header, Qt.MouseButton.LeftButton)  # open "PCL-5 — PTSD Checklist for DSM-5"
    fields = form.instrument_fields["pcl5"]
    assert isinstance(fields, OutcomeFields)
    for item in PCL5_ITEMS:  # choose the answer as the keyboard does: focus the item, type its number
        combo = fields.spins[item]
        combo.setFocus()
        QTest.keyClicks(combo, str(answer))
    assert fields.values() == dict.fromkeys(PCL5_ITEMS, answer)
    assert f"total {20 * answer}" in fields.total.text()
    save_form(qtbot, form, controller.worker)


def test_a_pcl5_logged_in_the_form_shows_on_the_client_page(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                                                            practice) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    client = clients.find_client(vault, "AB-17")
    assert client is not None
    window.show_client(client.id)
    settle(qtbot, window)
    for answer in (3, 3, 1):  # 60, 60, then 20: a reliable improvement below the cut-off
        _log_pcl5(qtbot, window, controller, client.id, answer)
        settle(qtbot, window)
    panel = window.client_page.outcome_panel
    assert panel is not None and panel.isVisibleTo(window.client_page)
    assert panel.choice.currentText() == "PCL-5"
    text = panel.summary.text()
    assert "latest 20" in text and "reliable improvement" in text.lower()
    assert len(panel.points.data) == 3
    # 60, 60 then 20: too few scores on each side to test stability, but a provisional sudden gain.
    assert "Sudden gain (provisional) after session" in text
    assert panel.critical_button.isVisibleTo(panel)
    qtbot.mouseClick(panel.critical_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.client_page.findChild(CriticalSessionDialog) is not None)
    dialog = window.client_page.findChild(CriticalSessionDialog)
    assert dialog is not None and "Critical session" in dialog.windowTitle()
    dialog.reject()


def test_severity_bands_are_tinted_from_mild_to_severe() -> None:
    ins = load_outcome_instruments()
    phq9 = band_spans(ins["phq9"])
    assert [(low, high) for low, high, _, _ in phq9] == [(0, 5), (5, 10), (10, 15), (15, 20), (20, 27)]
    assert phq9[0][3] == BAND_MILD and phq9[-1][3] == BAND_SEVERE
    assert [str(text) for _, _, text, _ in phq9][-1] == "Severe"
    # The PCL-5 has no bands, only a cut-off: two spans, the clinical one from the cut-off up, tinted severe.
    cut = ins["pcl5"].cutoff
    assert cut is not None
    pcl5 = band_spans(ins["pcl5"])
    assert [(low, high) for low, high, _, _ in pcl5] == [(0, cut.value), (cut.value, 80)]
    assert pcl5[1][3] == BAND_SEVERE and str(pcl5[1][2]).startswith("Clinical range")
    # The ORS: higher is better, the clinical range lies below the cut-off.
    ors = band_spans(ins["ors"])
    assert ors[0][3] == BAND_SEVERE and str(ors[0][2]).startswith("Clinical range")
    assert band_spans(ins["des2"]) == []  # no bands, no cut-off, no top: nothing to shade


def test_the_panel_shades_the_bands_of_the_measure_shown(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                                                         practice) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    client = clients.find_client(vault, "AB-17")
    assert client is not None
    window.show_client(client.id)
    settle(qtbot, window)
    _log_pcl5(qtbot, window, controller, client.id, 2)
    settle(qtbot, window)
    panel = window.client_page.outcome_panel
    assert panel.choice.currentText() == "PCL-5"
    assert panel.bands.spans == band_spans(load_outcome_instruments()["pcl5"])
    assert panel.bands.scene() is panel.plot.scene()
    # The bands span the visible width and never widen it; a real mouse move over the plot does not fail.
    view = panel.plot.getViewBox().viewRect()
    bounds = panel.bands.mapRectToView(panel.bands.boundingRect())
    assert bounds.left() < view.left() and bounds.right() > view.right()
    assert panel.bands.dataBounds(0) is None and panel.bands.dataBounds(1) == (0.0, 80.0)
    QTest.mouseMove(panel.plot.viewport(), panel.plot.viewport().rect().center())
    settle(qtbot, window)
    panel.plot.grab()  # paints the bands
