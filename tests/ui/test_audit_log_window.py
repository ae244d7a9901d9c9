"""The audit log window: events newest first, filters by action, record and text, and the chain check banner."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.services import clients, sessions
from alliance.store.models import AuditEventRow
from alliance.store.vault import Vault
from alliance.ui.operations.access import VaultAccess
from alliance.ui.vault_tools.audit_log_window import AuditLogWindow, AuditModel


def _some_events(vault: Vault) -> None:
    ab = clients.add_client(vault, ClientDraft(code="AB-17", display_name="Anna Berg"))
    clients.add_client(vault, ClientDraft(code="CD-4"))
    sessions.log_session(vault, SessionDraft(client_id=ab.id, date=dt.date(2025, 3, 3), ratings=Ratings(7, 6, 7, 8),
                                             note="private words"))


def _open(qtbot, access: VaultAccess) -> AuditLogWindow:  # type: ignore[no-untyped-def]
    window = AuditLogWindow(access)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.problems is not None and window.model.rowCount() > 0, timeout=10_000)
    return window


def _column(window: AuditLogWindow, column: int) -> list[str]:
    return [window.proxy.index(r, column).data() for r in range(window.proxy.rowCount())]


def test_events_newest_first_and_the_filters(qtbot, vault: Vault, access: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    _some_events(vault)
    window = _open(qtbot, access)
    assert window.banner_text.text().startswith("Audit trail intact \u2014 4 events")
    assert window.banner.property("role") == "banner-ok"
    assert _column(window, AuditModel.ACTION) == ["create", "create", "create", "vault created"]
    assert _column(window, AuditModel.SEQ) == ["4", "3", "2", "1"]
    text = "\n".join(_column(window, AuditModel.DETAILS))
    assert "private words" not in text and "Anna" not in text

    window.record.setCurrentIndex(window.record.findData("client"))
    qtbot.waitUntil(lambda: _column(window, AuditModel.RECORD) == ["client", "client"], timeout=10_000)
    window.record.setCurrentIndex(0)
    window.action.setCurrentIndex(window.action.findData("vault created"))
    qtbot.waitUntil(lambda: _column(window, AuditModel.ACTION) == ["vault created"], timeout=10_000)
    window.action.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=10_000)

    qtbot.keyClicks(window.search, "ruptures: 0")
    assert _column(window, AuditModel.RECORD) == ["session"]
    assert window.count.text() == "1 of 4 events match the search."


def test_a_tampered_event_shows_in_red(qtbot, vault: Vault, access: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    _some_events(vault)
    with vault.work.transaction() as db:  # someone edits an event behind the app's back
        row = db.execute(select(AuditEventRow).where(AuditEventRow.seq == 2)).scalar_one()
        row.detail = '{"note": "rewritten"}'
    window = _open(qtbot, access)
    assert window.problems == ["Audit event 2 has been altered."]
    assert window.banner.property("role") == "banner-problem"
    assert "altered or damaged" in window.banner_text.text()
    assert "Audit event 2 has been altered." in window.banner_text.text()
