"""Unlock window: wrong passphrase, growing delay, success, recovery key; one running instance per vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from alliance.services.vault_access import unlock_vault
from alliance.store.instance_lock import VaultLock
from alliance.ui.unlock.unlock_window import UnlockWindow, delay_after
from tests.ui.conftest import PASSPHRASE, settle, unlock


def _fail_once(qtbot, window: UnlockWindow, text: str = "not the passphrase") -> None:  # type: ignore[no-untyped-def]
    failures = window.failures
    window.passphrase.setText(text)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.failures == failures + 1, timeout=10_000)


def test_delay_grows_after_repeated_failures() -> None:
    assert [delay_after(n) for n in range(1, 9)] == [0, 0, 1, 2, 4, 8, 16, 32]
    assert delay_after(100) == 300


def test_wrong_passphrase_then_growing_delay_then_success(qtbot, make_controller, created_vault, clock) -> None:
    folder, _key = created_vault
    controller = make_controller(folder)
    assert controller.start()
    window = controller.unlock_window
    assert window is not None and window.isVisible()
    assert controller.welcome is None

    _fail_once(qtbot, window)
    assert "not correct" in window.message.text() and not window.message.isHidden()
    assert window.passphrase.isEnabled() and not window.is_waiting()
    assert controller.vault is None

    _fail_once(qtbot, window)
    assert window.passphrase.isEnabled()

    _fail_once(qtbot, window)  # third failure: 1 s
    assert window.is_waiting()
    assert not window.passphrase.isEnabled() and not window.unlock_button.isEnabled()
    assert "1 s" in window.countdown.text()
    window.attempt()  # ignored while waiting
    clock.advance(1.0)
    window.refresh_lockout()
    assert window.passphrase.isEnabled() and window.countdown.isHidden()

    _fail_once(qtbot, window)  # fourth failure: 2 s
    assert window.seconds_left() == 2
    clock.advance(1.0)
    window.refresh_lockout()
    assert not window.passphrase.isEnabled() and "1 s" in window.countdown.text()
    clock.advance(1.0)
    window.refresh_lockout()
    assert window.passphrase.isEnabled()

    vault = unlock(qtbot, controller)
    assert vault.is_open
    assert window.failures == 0
    assert not window.isVisible()
    assert window.passphrase.text() == ""


def test_recovery_key_sets_a_new_passphrase(qtbot, make_controller, created_vault) -> None:
    folder, recovery_key = created_vault
    controller = make_controller(folder)
    controller.start()
    window = controller.unlock_window
    assert window is not None
    qtbot.mouseClick(window.recovery_button, Qt.MouseButton.LeftButton)
    dialog = window.recovery_dialog
    assert dialog is not None and dialog.isVisible()

    qtbot.keyClicks(dialog.recovery_key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.keyClicks(dialog.fields.passphrase, "a new and long passphrase")
    qtbot.keyClicks(dialog.fields.repeat, "a new and long passphrase")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=10_000)
    assert "recovery key is not correct" in dialog.message.text()
    assert dialog.fields.passphrase.text() == "a new and long passphrase"  # nothing typed is lost

    dialog.recovery_key.setText(recovery_key.lower())
    with qtbot.waitSignal(controller.vault_opened, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    controller.lock()
    with pytest.raises(Exception, match="not correct"):
        unlock_vault(folder, PASSPHRASE)
    unlock(qtbot, controller, "a new and long passphrase")


def test_second_instance_is_refused(qtbot, make_controller, created_vault) -> None:
    folder, _key = created_vault
    first = make_controller(folder)
    assert first.start()
    second = make_controller(folder)
    codes: list[int] = []
    second.exit_requested.connect(codes.append)
    assert not second.start()
    assert codes == [5]
    assert "open in another Alliance" in second.in_use_message
    assert second.unlock_window is None and second.main_window is None


def test_main_exits_with_a_message_when_the_vault_is_in_use(qtbot, created_vault, monkeypatch,
                                                            tmp_path: Path) -> None:
    from alliance.ui.shell import app as app_module
    folder, _key = created_vault
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    with VaultLock(folder):  # as if another Alliance held it
        assert app_module.main(["--vault", str(folder)]) == 5
    assert shown and "open in another Alliance" in shown[0]


def test_damage_found_after_unlock_locks_and_offers_a_backup(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                                                             monkeypatch) -> None:
    """The page check runs after the caseload is shown; damage there locks the vault, writes nothing and
    offers the newest backup."""
    from alliance.services.demo import generate_demo
    from alliance.store.vault import DB_NAME
    from tests.conftest import PASSPHRASE

    folder, _ = created_vault
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as v:
        generate_demo(v, clients=4, sessions=30)
    db = folder / DB_NAME
    data = bytearray(db.read_bytes())
    page = len(data) // 4096 - 2  # a late page: unlock's reads never touch it
    data[page * 4096 + 100] ^= 0x01
    db.write_bytes(bytes(data))
    offered: list[BaseException] = []
    monkeypatch.setattr("alliance.ui.unlock.restore_offer.offer_restore",
                        lambda parent, worker, vault_folder, error, passphrase="": offered.append(error) or False)
    controller = make_controller(folder)
    assert controller.start()
    qtbot.keyClicks(controller.unlock_window.passphrase, PASSPHRASE)
    qtbot.keyClick(controller.unlock_window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(offered), timeout=20_000)
    assert "fail their authentication check" in str(offered[0])
    assert controller.vault is None  # locked again
    settle(qtbot, controller)
    assert db.read_bytes() == bytes(data)  # nothing was written into the damaged file
