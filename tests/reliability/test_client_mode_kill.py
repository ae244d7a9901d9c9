"""A check-in handed over survives a kill of the process right after its first questionnaire was saved: the
answers are in the vault, and the next unlock offers the reveal card for them."""

from __future__ import annotations

import datetime as dt
import os
import signal
from pathlib import Path

from alliance.core.handover import InstrumentState
from alliance.core.records import ClientDraft
from alliance.services import clients
from alliance.services import handover as handover_service
from alliance.services.vault_access import create_vault, unlock_vault
from alliance.store.kdf import KdfParams
from tests.reliability.conftest import PASSPHRASE, start_child

START_TIMEOUT_S = 120


def test_sigkill_after_the_first_questionnaire_keeps_its_answers(tmp_path: Path, fast_kdf: KdfParams) -> None:
    folder = tmp_path / "vault"
    vault, _recovery = create_vault(folder, PASSPHRASE, kdf=fast_kdf)
    cid = clients.add_client(vault, ClientDraft(code="KM-1", intake_date=dt.date(2026, 1, 5))).id
    vault.close()
    proc = start_child("client-mode", folder, str(cid))
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        said = f"child said {line!r}; stderr: {proc.stderr.read() if proc.stderr else ''}"
        assert line.strip() == "saved checkin", said
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(START_TIMEOUT_S)
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
