"""View → Search notes (Ctrl+Shift+F): typed words find the sessions, the matches are highlighted, Enter opens
the session; on a client page the search starts with that client only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import open_main_window, settle


def test_typing_finds_highlights_and_opens_the_session(qtbot, make_controller, created_vault, practice) -> None:
    import datetime as dt

    from alliance.core.ratings import Ratings
    from alliance.core.records import SessionDraft
    from alliance.services import sessions

    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    target = sessions.log_session(vault, SessionDraft(client_id=practice["cd"], date=dt.date(2025, 2, 3),
                                                      ratings=Ratings(6, 6, 6, 6),
                                                      note="We practised the container exercise together."))
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.search_dialog
    assert dialog.isVisible() and not dialog.only_client.isVisible()  # from the caseload: everyone
    qtbot.keyClicks(dialog.query, "contain exerc")
    qtbot.waitUntil(lambda: len(dialog.hits) == 1, timeout=10_000)
    label = dialog.results.itemWidget(dialog.results.item(0))
    assert isinstance(label, QLabel) and "CD-4" in label.text() and "<b style=" in label.text()
    assert "container" in label.text() and "Sessions that match: 1" in dialog.status.text()
    with qtbot.waitSignal(window.session_form_opened, timeout=10_000) as opened:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened.args[0].session_id == target.id


def test_on_a_client_page_it_searches_that_client(qtbot, make_controller, created_vault, practice) -> None:
    import datetime as dt

    from alliance.core.ratings import Ratings
    from alliance.core.records import SessionDraft
    from alliance.services import sessions

    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    for cid in (practice["ab"], practice["cd"]):
        sessions.log_session(vault, SessionDraft(client_id=cid, date=dt.date(2025, 3, 3), ratings=Ratings(6, 6, 6, 6),
                                                 note="safe place imagery"))
    window.show_client(practice["ab"])
    settle(qtbot, controller)
    dialog = window.search_notes()
    assert dialog is not None and dialog.only_client.isChecked() and "AB-17" in dialog.only_client.text()
    qtbot.keyClicks(dialog.query, "imagery")
    qtbot.waitUntil(lambda: len(dialog.hits) == 1, timeout=10_000)
    qtbot.mouseClick(dialog.only_client, Qt.MouseButton.LeftButton)  # everyone
    qtbot.waitUntil(lambda: len(dialog.hits) == 2, timeout=10_000)
    qtbot.keyClicks(dialog.query, "zzz")
    qtbot.waitUntil(lambda: "No note" in dialog.status.text(), timeout=10_000)
