"""A check-in handed over survives a kill of the process right after its first questionnaire was saved: the
answers are in the vault, and the next unlock offers the reveal card for them."""

from __future__ import annotations

import datetime as dt
import os
import signal
import threading
from pathlib import Path

from alliance.core.handover import InstrumentState
from alliance.core.records import ClientDraft
from alliance.services import clients
from alliance.services import handover as handover_service
from alliance.services.vault_access import create_vault, unlock_vault
from alliance.store.kdf import KdfParams
from tests.reliability.conftest import PASSPHRASE, start_child

START_TIMEOUT_S = 60


def test_sigkill_after_the_first_questionnaire_keeps_its_answers(tmp_path: Path, fast_kdf: KdfParams) -> None:
    folder = tmp_path / "vault"
    vault, _recovery = create_vault(folder, PASSPHRASE, kdf=fast_kdf)
    cid = clients.add_client(vault, ClientDraft(code="KM-1", intake_date=dt.date(2026, 1, 5))).id
    vault.close()
    proc = start_child("client-mode", folder, str(cid))
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(proc.stdout.readline() if proc.stdout else ""), daemon=True)
    reader.start()
    reader.join(START_TIMEOUT_S)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(START_TIMEOUT_S)
    _out, err = proc.communicate()
    assert lines and lines[0].strip() == "saved checkin", f"child said {lines!r}; stderr: {err[-3000:]}"
    assert proc.returncode == -signal.SIGKILL

    vault = unlock_vault(folder, PASSPHRASE)
    try:
        (h,) = handover_service.handovers_of_client(vault, cid)
        assert h.answers()["checkin"] == {"understood": 8, "safe_in_body": 6, "more_open": 4, "ask_for_needs": 2,
                                          "perspective_respected": 9, "best_interest": 7}
        assert dict(h.instruments)["checkin"] is InstrumentState.DONE
        assert h.ended is None  # killed while the client held the computer
        (reveal,) = handover_service.reveals_pending(vault)
        assert reveal.handover.id == h.id
    finally:
        vault.close()
