"""Child processes for the reliability tests. Run as a script: ``python child.py MODE ARGS``.

It imports only ``alliance`` and the standard library (not ``tests``), reads the passphrase from the
first line of standard input, and talks to its parent through flushed lines on standard output.

Modes:
  log-loop VAULT SEED   unlock, then log sessions for ever through ``services.sessions.log_session``;
                        after each save returns, print ``saved <id> <client_id> <ruptures> <note>``.
                        Every few saves the vault is locked and unlocked again (checkpoint on close).
  hold VAULT            unlock and print ``ready``; keep the vault open until standard input closes.
  client-mode VAULT CLIENT_ID
                        unlock, hand the check-in over to the client window (offscreen), answer its six items
                        with key presses; once the guard says the questionnaire is in the vault, print
                        ``saved checkin``, then answer the SRS's first item and wait to be killed.
  lock-memory VAULT CLIENT_ID SESSION_ID
                        the app offscreen: type the passphrase into the unlock window, open the client's page
                        and the session's form, lock; print ``locked`` and wait (the parent reads the memory).
  open-cases MIB JSON   under RLIMIT_AS = MIB MiB, try ``verify_vault`` and ``Vault.unlock`` on each
                        vault folder listed in the JSON file; print one JSON line per case.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path


def _say(*parts: object) -> None:
    print(*parts, flush=True)


def log_loop(folder: Path, seed: int, passphrase: str) -> None:
    from alliance.core.ratings import Ratings
    from alliance.core.records import ClientStatus, RepairDraft, RuptureDraft, SessionDraft
    from alliance.core.taxonomy import RuptureKind
    from alliance.services.caseload import caseload_view
    from alliance.services.sessions import log_session
    from alliance.services.vault_access import lock_vault, unlock_vault

    rng = random.Random(seed)
    _say("unlocking")
    vault = unlock_vault(folder, passphrase)
    caseload = caseload_view(vault, set(ClientStatus)).rows
    clients = [c.client_id for c in caseload]
    base = dt.date(2001, 1, 1)
    latest = max((c.last_session_date for c in caseload if c.last_session_date), default=base)
    _say("ready")
    i = 0
    cycle_every = rng.randint(5, 40)
    while True:
        i += 1
        client_id = rng.choice(clients)
        if rng.random() < 0.1:  # an out-of-order date: the save renumbers the client's sessions too
            date = base + dt.timedelta(days=rng.randint(0, (latest - base).days))
        else:
            latest = min(latest + dt.timedelta(days=rng.randint(0, 1)), dt.date.today())
            date = latest
        ruptures: tuple[RuptureDraft, ...] = ()
        repairs: tuple[RepairDraft, ...] = ()
        if i % 3 == 0:
            ruptures = (RuptureDraft(kind=RuptureKind.WITHDRAWAL, intensity=rng.randint(1, 5)),)
            if i % 2 == 0:
                repairs = (RepairDraft(resolution=rng.randint(1, 5), new_rupture_index=0),)
        note = f"crash-{seed}-{i}-{rng.getrandbits(64):016x}"
        session = log_session(vault, SessionDraft(
            client_id=client_id, date=date, ratings=Ratings(*(rng.randint(0, 10) for _ in range(4))),
            note=note + " " + "x" * rng.randint(0, 3000), ruptures=ruptures, repairs=repairs))
        _say("saved", session.id, client_id, len(ruptures), note)
        if i % cycle_every == 0:  # lock and unlock again: the last connection's close checkpoints the WAL
            lock_vault(vault)
            _say("cycled")
            vault = unlock_vault(folder, passphrase)


def hold(folder: Path, passphrase: str) -> None:
    from alliance.services.vault_access import unlock_vault

    with unlock_vault(folder, passphrase):
        _say("ready")
        sys.stdin.read()  # until the parent closes our standard input (or kills us)


def open_cases(limit_mib: int, cases_file: Path, passphrase: str) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limit_mib << 20, limit_mib << 20))
    from alliance.services.vault_access import unlock_vault
    from alliance.services.verify import verify_vault
    from alliance.store.errors import VaultError

    for folder in json.loads(cases_file.read_text()):
        result: dict[str, object] = {"case": folder}
        for step in ("verify", "unlock"):
            start = time.perf_counter()
            try:
                if step == "verify":
                    report = verify_vault(Path(folder), passphrase)
                    outcome = "ok" if report.ok else "problems"
                else:
                    unlock_vault(Path(folder), passphrase).close()
                    outcome = "ok"
            except VaultError as exc:
                outcome = type(exc).__name__
            except BaseException as exc:  # reported to the parent, which fails the test
                outcome = f"UNEXPECTED {type(exc).__name__}"
            result[step] = outcome
            result[f"{step}_s"] = round(time.perf_counter() - start, 3)
        _say(json.dumps(result))


def client_mode(folder: Path, client_id: int, passphrase: str) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from alliance.services.handover import client_forms, start_handover
    from alliance.services.vault_access import unlock_vault
    from alliance.ui.client_mode.guard import ClientModeGuard
    from alliance.ui.operations.access import VaultAccess
    from alliance.ui.operations.worker import Worker

    qInstallMessageHandler(lambda *_args: None)  # the offscreen platform's notices would fill the stderr pipe
    app = QApplication([])
    vault = unlock_vault(folder, passphrase)
    forms = client_forms()
    handover = start_handover(vault, client_id, ["checkin", "srs"], {"checkin": {"understood": 5}})
    worker = Worker()
    guard = ClientModeGuard(VaultAccess(vault, worker), handover, [forms["checkin"], forms["srs"]])
    saved: list[tuple[str, str]] = []
    guard.saved.connect(lambda instrument, item: saved.append((instrument, item)))
    guard.start()
    window = guard.window
    QTest.mouseClick(window.button_of(window.welcome), Qt.MouseButton.LeftButton)
    for digit in "864297":
        QTest.keyClick(window.question, digit)
    while ("checkin", "") not in saved:
        app.processEvents()
        time.sleep(0.005)
    _say("saved checkin")
    QTest.keyClick(window.question, "3")  # the SRS's first item: the kill may come before or after its save
    while True:
        app.processEvents()
        time.sleep(0.01)


def lock_memory(folder: Path, client_id: int, session_id: int, passphrase: str, raw: bytes) -> None:
    """The app as a clinician uses it: unlock by typing the passphrase, open a client's page and a session's
    form, then lock; say "locked" and wait (the parent reads this process's memory). This process's own
    copies of the passphrase (what it read and what it typed) are wiped once typed: only the app's count."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from alliance.core.secret_memory import wipe
    from alliance.ui.shell.controller import AppController
    from alliance.ui.shell.settings import UiSettings

    qInstallMessageHandler(lambda *_args: None)
    app = QApplication([])

    def until(condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + 60
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out: {what}")
            app.processEvents()
            time.sleep(0.005)

    settings = UiSettings.at(folder.parent / "ui.ini")
    controller = AppController(folder, settings, demo_folder=folder.parent / "no-demo", watch_system=False)
    controller.start()
    until(lambda: controller.unlock_window is not None and controller.unlock_window.isVisible(), "unlock window")
    window = controller.unlock_window
    assert window is not None
    for char in passphrase:  # one key at a time, as typed (keyClicks would keep a copy of the whole text)
        QTest.keyClick(window.passphrase, char)
    wipe(passphrase)
    wipe(raw)
    QTest.keyClick(window.passphrase, Qt.Key.Key_Return)
    until(lambda: controller.main_window is not None and controller.main_window.isVisible()
          and controller.worker.idle, "unlocked")
    main = controller.main_window
    assert main is not None
    main.show_client(client_id)
    until(lambda: main.client_page.page is not None and controller.worker.idle, "client page")
    main.open_session_form(client_id, session_id=session_id)
    until(lambda: main._form is not None and controller.worker.idle, "session form")
    for _ in range(20):
        app.processEvents()
    controller.lock()
    until(lambda: controller.worker.idle, "locked")
    for _ in range(50):
        app.processEvents()
        time.sleep(0.002)
    _say("locked")
    while True:
        app.processEvents()
        time.sleep(0.02)


def _read_secret_line() -> tuple[str, bytes]:
    """The passphrase line read straight from the file descriptor (sys.stdin would keep copies in its buffers),
    with the bytes it came in, for the caller to wipe."""
    import os

    raw = b""
    while not raw.endswith(b"\n"):
        chunk = os.read(0, 1)
        if not chunk:
            break
        raw += chunk
    return raw.rstrip(b"\n").decode("utf-8"), raw


def main(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "lock-memory":
        passphrase, raw = _read_secret_line()
        lock_memory(Path(argv[1]), int(argv[2]), int(argv[3]), passphrase, raw)
        return
    passphrase = sys.stdin.readline().rstrip("\n")
    if mode == "log-loop":
        log_loop(Path(argv[1]), int(argv[2]), passphrase)
    elif mode == "hold":
        hold(Path(argv[1]), passphrase)
    elif mode == "client-mode":
        client_mode(Path(argv[1]), int(argv[2]), passphrase)
    elif mode == "open-cases":
        open_cases(int(argv[1]), Path(argv[2]), passphrase)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
