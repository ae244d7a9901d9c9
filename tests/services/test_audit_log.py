"""Every change leaves an audit event; the trail reads back filtered and verifies."""

from __future__ import annotations

import datetime as dt

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, ClientStatus, SessionDraft
from alliance.services import audit_log, clients, sessions
from alliance.store.vault import Vault


def test_changes_are_audited_without_text(vault: Vault) -> None:
    c = clients.add_client(vault, ClientDraft(code="AU-1", display_name="Secret Name"))
    s = sessions.log_session(vault, SessionDraft(client_id=c.id, date=dt.date(2026, 2, 2), ratings=Ratings(5, 5, 5, 5),
                                                 note="private words"))
    sessions.edit_session(vault, s.id, SessionDraft(client_id=c.id, date=dt.date(2026, 2, 2),
                                                    ratings=Ratings(6, 5, 5, 5), note="other private words"))
    clients.set_client_status(vault, c.id, ClientStatus.PAUSED)
    sessions.delete_session(vault, s.id)
    entries = audit_log.audit_entries(vault)
    kinds = [(e.action, e.entity) for e in reversed(entries)]
    assert kinds[0] == ("vault created", "")
    for expected in [("create", "client"), ("create", "session"), ("edit", "session"), ("status", "client"),
                     ("delete", "session")]:
        assert expected in kinds
    assert [e.seq for e in entries] == sorted((e.seq for e in entries), reverse=True)
    blob = repr(entries)
    assert "private words" not in blob and "Secret Name" not in blob and "AU-1" not in blob
    edits = audit_log.audit_entries(vault, action="edit", entity="session")
    assert len(edits) == 1 and edits[0].detail["changed"] == ["note", "safety"]
    assert "edit" in audit_log.audit_actions(vault)
    assert audit_log.audit_problems(vault) == []
