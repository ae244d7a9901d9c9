"""The Backups page and the damaged-vault offer, end to end on real vaults and real backup folders.

Only the questions a person answers are replaced (message boxes, the passphrase prompt).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from alliance.core.records import ClientDraft
from alliance.services import backups, clients
from alliance.services.vault_access import unlock_vault
from alliance.store.errors import DatabaseDamaged, VaultError
from alliance.store.vault import Vault
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.worker import Worker
from alliance.ui.vault_tools.backups_dialog import BackupsDialog, RestoreOfferDialog, offer_restore
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Yes to every question, the vault's passphrase at the prompt; what was shown is collected."""
    shown: dict[str, list[str]] = {"question": [], "information": [], "warning": [], "prompt": []}

    def asker(kind: str, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def box(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> QMessageBox.StandardButton:
            shown[kind].append(text)
            return answer
        return staticmethod(box)

    monkeypatch.setattr(QMessageBox, "question", asker("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", asker("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", asker("warning", QMessageBox.StandardButton.Ok))
    shown["passphrase"] = [PASSPHRASE]

    def prompt(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> tuple[str, bool]:
        shown["prompt"].append(text)
        return shown["passphrase"][-1], True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(prompt))
    return shown


def _dialog(qtbot, access: VaultAccess) -> BackupsDialog:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(access)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, access.worker)
    return dialog


def _back_up(qtbot, dialog: BackupsDialog, worker: Worker) -> None:  # type: ignore[no-untyped-def]
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)
    settle(qtbot, worker)


def test_back_up_now_lists_the_new_backup(qtbot, vault: Vault, access: VaultAccess,  # type: ignore[no-untyped-def]
        worker: Worker, answers) -> None:
    clients.add_client(vault, ClientDraft(code="AB-17"))
    dialog = _dialog(qtbot, access)
    assert dialog.table.topLevelItemCount() == 0
    assert "no backups yet" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()

    _back_up(qtbot, dialog, worker)

    listed = backups.list_backups(vault.folder)
    assert len(listed) == 1 and dialog.table.topLevelItemCount() == 1
    assert dialog.selected_backup() == listed[0]
    assert dialog.status.text().startswith("Backup written and verified: 1 client, 0 sessions.")
    assert dialog.table.topLevelItem(0).text(1) == "Regular"
    assert dialog.restore_button.isEnabled()
    assert answers["warning"] == []


def test_restore_replaces_the_vault_and_keeps_the_current_one(qtbot, vault: Vault, access: VaultAccess,  # type: ignore[no-untyped-def]
        worker: Worker, answers) -> None:
    clients.add_client(vault, ClientDraft(code="AB-17"))
    dialog = _dialog(qtbot, access)
    _back_up(qtbot, dialog, worker)
    clients.add_client(vault, ClientDraft(code="LATER-1"))  # after the backup: gone once it is restored
    restored: list[object] = []
    closed: list[bool] = []
    dialog.restored.connect(restored.append)
    dialog.vault_closed.connect(lambda: closed.append(True))

    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(closed), timeout=30_000)

    assert "kept" in answers["question"][0] or "keeps" in answers["question"][0]
    assert answers["warning"] == []
    assert "Alliance locks now" in answers["information"][0]
    assert not vault.is_open
    assert len(restored) == 1 and restored[0].restored.clients == 1  # type: ignore[attr-defined]
    kinds = sorted(b.label for b in backups.list_backups(vault.folder))
    assert kinds == ["", "pre-restore"]
    with unlock_vault(vault.folder, PASSPHRASE, daily_backup=False) as reopened:
        assert [c.code for c in clients.list_clients(reopened)] == ["AB-17"]


def test_a_wrong_backup_passphrase_keeps_the_vault_open(qtbot, vault: Vault, access: VaultAccess,  # type: ignore[no-untyped-def]
        worker: Worker, answers) -> None:
    dialog = _dialog(qtbot, access)
    _back_up(qtbot, dialog, worker)
    answers["passphrase"].append("not the passphrase")
    closed: list[bool] = []
    dialog.vault_closed.connect(lambda: closed.append(True))

    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(answers["warning"]), timeout=20_000)

    assert "does not open this backup" in answers["warning"][0]
    assert vault.is_open and closed == []
    assert [b.label for b in backups.list_backups(vault.folder)] == [""]


def _damaged_vault_with_a_backup(vault: Vault) -> tuple[Path, VaultError]:
    clients.add_client(vault, ClientDraft(code="AB-17"))
    backups.make_backup(vault)
    folder = vault.folder
    vault.close()
    db = folder / "alliance.db"
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    with pytest.raises(DatabaseDamaged) as caught:
        unlock_vault(folder, PASSPHRASE, daily_backup=False)
    return folder, caught.value


def test_offer_restore_brings_back_the_newest_backup_that_opens(qtbot, vault: Vault, worker: Worker) -> None:  # type: ignore[no-untyped-def]
    folder, error = _damaged_vault_with_a_backup(vault)
    damaged = (folder / "alliance.db").read_bytes()
    steps: list[str] = []

    def drive() -> None:  # plays the person at the modal dialog
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, RestoreOfferDialog) and w.isVisible()), None)
        if dialog is not None and not dialog.working:
            if not dialog.passphrase.text() and dialog.found is None:
                steps.append(dialog.explanation.text() + dialog.backups_text.text())
                dialog.passphrase.setText(PASSPHRASE)
                dialog.find_button.click()
            elif dialog.found is not None:
                steps.append(dialog.found_text.text())
                dialog.restore_button.click()
                return
        QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    assert offer_restore(None, worker, folder, error) is True

    assert "alliance.db" in steps[0] and "damaged" in steps[0] and "There is 1 backup" in steps[0]
    assert "1 client, 0 sessions" in steps[1]
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as reopened:
        assert [c.code for c in clients.list_clients(reopened)] == ["AB-17"]
    kept = [b for b in backups.list_backups(folder) if b.label == "pre-restore"]
    assert len(kept) == 1 and (kept[0].path / "alliance.db").read_bytes() == damaged


def test_offer_restore_with_a_wrong_passphrase_changes_nothing(qtbot, vault: Vault, worker: Worker) -> None:  # type: ignore[no-untyped-def]
    folder, error = _damaged_vault_with_a_backup(vault)
    dialog = RestoreOfferDialog(worker, folder, error, None, "not the passphrase")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.find_backup()
    qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)
    assert dialog.found is None and not dialog.restore_button.isEnabled()
    assert "No backup opens with this passphrase" in dialog.message.text()
    assert [b.label for b in backups.list_backups(folder)] == [""]


def test_offer_restore_without_backups_explains_and_offers_nothing(qtbot, vault: Vault, worker: Worker) -> None:  # type: ignore[no-untyped-def]
    folder = vault.folder
    vault.close()
    dialog = RestoreOfferDialog(worker, folder, DatabaseDamaged(), None)
    qtbot.addWidget(dialog)
    assert dialog.backups == []
    assert not dialog.restore_button.isVisibleTo(dialog) and not dialog.passphrase.isVisibleTo(dialog)
    assert dialog.backups_text.text().startswith("No backups of this vault were found")
    assert "alliance.db" in dialog.explanation.text()
