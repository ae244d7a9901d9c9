"""The edit-history dialog: earlier versions after edits, each beside the current state with changes marked."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.services import clients, sessions
from alliance.store.vault import Vault
from alliance.ui.session.history_dialog import HistoryDialog
from alliance.ui.widgets.formatting import index_text


def _logged(vault: Vault) -> tuple[int, SessionDraft]:
    client = clients.add_client(vault, ClientDraft(code="AB-17"))
    draft = SessionDraft(client_id=client.id, date=dt.date(2025, 3, 3), ratings=Ratings(7, 6, 7, 8),
                         note="Talked about the move.")
    return sessions.log_session(vault, draft).id, draft


def test_two_edits_give_two_earlier_versions(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    session_id, draft = _logged(vault)
    edited = dataclasses.replace(draft, ratings=Ratings(7, 4, 7, 8))
    sessions.edit_session(vault, session_id, edited)
    sessions.edit_session(vault, session_id, dataclasses.replace(edited, note="Talked about the move; went quiet."))

    dialog = HistoryDialog(sessions.history_view(vault, session_id))
    qtbot.addWidget(dialog)
    dialog.show()

    items = [dialog.version_list.item(i).text() for i in range(dialog.version_list.count())]
    assert items[0] == "Current \u2014 version 3"
    assert items[1].startswith("Version 2 \u2014 replaced ") and "The edit changed: note" in items[1]
    assert items[2].startswith("Version 1 \u2014 replaced ") and "The edit changed: trust" in items[2]
    assert "2 earlier versions are kept" in dialog.summary.text()

    # Version 2 is selected first: it differs from the current state in the note only.
    assert dialog.selected_version() is not None and dialog.selected_version().version == 2
    assert dialog.changed_labels == ["Note"]
    page = dialog.comparison.toPlainText()
    assert "Version 2 (replaced" in page and "Current (version 3)" in page
    assert "went quiet" in page

    qtbot.keyClick(dialog.version_list, Qt.Key.Key_Down)  # the keyboard moves to version 1
    assert dialog.selected_version().version == 1
    assert dialog.changed_labels == ["Trust", "Alliance index", "Note"]
    page = dialog.comparison.toPlainText()
    assert index_text(7.0) in page and index_text(6.5) in page
    assert "<s " in dialog.comparison.toHtml() or "line-through" in dialog.comparison.toHtml()


def test_a_session_never_edited_says_so(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    session_id, _draft = _logged(vault)
    dialog = HistoryDialog(sessions.history_view(vault, session_id))
    qtbot.addWidget(dialog)
    assert dialog.versions == []
    assert dialog.summary.text() == "This session has not been edited since it was logged."
    assert dialog.changed_labels == []
    assert "Talked about the move." in dialog.comparison.toPlainText()
