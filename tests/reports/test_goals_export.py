"""A client's goals and formulation are clinical free text: out of every default export, and carried only with
scrubbed notes, scrubbed as notes are (JSON and the supervision PDF, read back with pdftotext)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

from alliance.core.deid import DeidSettings, NotesMode
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.reports.exporting import ExportRequest, run_export
from alliance.services import clients, sessions
from alliance.store.vault import Vault

GOALS = ["Tell Margarethe Voss when I feel dismissed", "Call 0612 345 678 before the panic peaks"]
FORMULATION = "Margarethe learned early that needs bring rejection; withdrawal protects her."


def _client(vault: Vault) -> None:
    client = clients.add_client(vault, ClientDraft(code="GV-3", display_name="Margarethe Voss",
                                                   phone="0612 345 678"))
    for week in range(3):
        day = dt.date(2026, 3, 2) + dt.timedelta(weeks=week)
        sessions.log_session(vault, SessionDraft(client_id=client.id, date=day, ratings=Ratings(7, 6, 7, 8)))
    clients.set_goals(vault, client.id, GOALS, FORMULATION)


def test_default_exports_leave_goals_out(vault: Vault, tmp_path: Path) -> None:
    _client(vault)
    out = tmp_path / "e.json"
    run_export(vault, ExportRequest("json", out))
    text = out.read_text(encoding="utf-8")
    assert "Margarethe" not in text and "dismissed" not in text and "withdrawal protects" not in text
    (client,) = json.loads(text)["clients"]
    assert "goals" not in client and "formulation" not in client


def test_scrubbed_notes_carry_goals_and_formulation_scrubbed(vault: Vault, tmp_path: Path) -> None:
    _client(vault)
    scrubbed = DeidSettings(notes=NotesMode.SCRUBBED)
    out = tmp_path / "e.json"
    run_export(vault, ExportRequest("json", out, settings=scrubbed))
    (client,) = json.loads(out.read_text(encoding="utf-8"))["clients"]
    assert len(client["goals"]) == 2 and "when I feel dismissed" in client["goals"][0]
    assert "withdrawal protects her" in client["formulation"]
    text = json.dumps(client)
    assert "Margarethe" not in text and "Voss" not in text and "345 678" not in text

    pdf = tmp_path / "r.pdf"
    run_export(vault, ExportRequest("pdf", pdf, settings=scrubbed))
    read = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Treatment goals and formulation" in read and "when I feel dismissed" in read
    assert "Margarethe" not in read and "345 678" not in read
