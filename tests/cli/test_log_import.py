"""alliance log and alliance import, through real subprocesses against real vaults."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alliance.core.records import Modality
from alliance.core.taxonomy import RuptureKind
from alliance.services import clients, ruptures, sessions
from alliance.services.vault_access import unlock_vault
from tests.cli.conftest import Run
from tests.conftest import PASSPHRASE

RATINGS = ("--safety", "7", "--trust", "6", "--attunement", "8", "--boundaries", "9")
HEADER = "client_code,date,safety,trust,attunement,boundaries,client_name,rupture_kind,rupture_intensity,note"


def _sessions(folder: Path, code: str) -> list[sessions.Session]:
    with unlock_vault(folder, PASSPHRASE) as vault:
        client = clients.find_client(vault, code)
        return [] if client is None else sessions.list_sessions(vault, client.id)


def test_log_creates_the_client_and_says_so(run: Run, created_vault: tuple[Path, str], pass_file: Path,
                                            tmp_path: Path) -> None:
    folder, _ = created_vault
    note = tmp_path / "note.txt"
    note.write_text("Quiet start; \"ok\" by the end. Zoë ✓\n", encoding="utf-8")
    first = run("log", "--vault", folder, "--passphrase-file", pass_file, "--client", "AB-17", *RATINGS,
                "--date", "2025-03-04", "--note-file", note, "--duration", "60", "--modality", "video",
                "--rupture", "withdrawal:3:minimal_response,Deferential or appeasing",
                "--rupture", "confrontation:2")
    assert first.code == 0, first.err
    assert first.out.splitlines()[0] == "New client AB-17 added."
    assert "Logged session 1 for AB-17 on 2025-03-04" in first.out
    second = run("log", "--vault", folder, "--passphrase-stdin", "--client", "ab-17", *RATINGS,
                 "--date", "2025-03-11", stdin=PASSPHRASE + "\n")
    assert second.code == 0, second.err
    assert "New client" not in second.out and "Logged session 2 for AB-17" in second.out
    one, two = _sessions(folder, "AB-17")
    assert one.ratings.as_dict() == {"safety": 7, "trust": 6, "attunement": 8, "boundaries": 9}
    assert one.duration_min == 60 and one.modality is Modality.VIDEO
    assert one.note == note.read_text(encoding="utf-8")
    assert [(r.kind, r.intensity, r.markers) for r in one.ruptures] == [
        (RuptureKind.WITHDRAWAL, 3, ("minimal_response", "deferential")), (RuptureKind.CONFRONTATION, 2, ())]
    assert two.date == dt.date(2025, 3, 11) and two.ruptures == ()


def test_log_defaults_to_today(run: Run, created_vault: tuple[Path, str], pass_file: Path) -> None:
    folder, _ = created_vault
    assert run("log", "--vault", folder, "--passphrase-file", pass_file, "--client", "X-1", *RATINGS).code == 0
    (logged,) = _sessions(folder, "X-1")
    assert logged.date == dt.date.today()


def test_log_invalid_values_save_nothing(run: Run, created_vault: tuple[Path, str], pass_file: Path) -> None:
    folder, _ = created_vault
    bad = run("log", "--vault", folder, "--passphrase-file", pass_file, "--client", "AB-17",
              "--safety", "11", "--trust", "7", "--attunement", "-1", "--boundaries", "7")
    assert bad.code == 1
    assert bad.err == ("alliance: Nothing was saved: Safety must be a whole number from 0 to 10. "
                       "Attunement must be a whole number from 0 to 10.\n")
    future = run("log", "--vault", folder, "--passphrase-file", pass_file, "--client", "AB-17", *RATINGS,
                 "--date", (dt.date.today() + dt.timedelta(days=30)).isoformat())
    assert future.code == 1 and "future" in future.err
    with unlock_vault(folder, PASSPHRASE) as vault:
        assert clients.count_clients(vault) == 0  # the new client went with the refused session


def test_log_usage_errors(run: Run, created_vault: tuple[Path, str], pass_file: Path) -> None:
    folder, _ = created_vault
    base = ("log", "--vault", folder, "--passphrase-file", pass_file, "--client", "AB-17", *RATINGS)
    assert run(*base, "--date", "04/03/2025").code == 2
    assert run(*base, "--safety", "high").code == 2
    assert run(*base, "--modality", "carrier pigeon").code == 2
    kind = run(*base, "--rupture", "sulk:3")
    assert kind.code == 2 and "withdrawal, confrontation or mixed" in kind.err
    marker = run(*base, "--rupture", "withdrawal:3:rejects_intervention")
    assert marker.code == 2 and "another kind" in marker.err and "minimal_response" in marker.err
    assert run(*base, "--rupture", "withdrawal").code == 2
    intensity = run(*base, "--rupture", "withdrawal:9")
    assert intensity.code == 1 and "intensity" in intensity.err


def test_import_then_dry_run_then_broken_file(run: Run, created_vault: tuple[Path, str], pass_file: Path,
                                              tmp_path: Path) -> None:
    folder, _ = created_vault
    good = tmp_path / "good.csv"
    good.write_bytes(("\ufeff" + HEADER + "\r\n"
                      "AB-1,2025-01-06,7,7,8,8,Mara Lindqvist,,,First\r\n"
                      "AB-1,2025-01-13,6,5,7,8,Mara Lindqvist,withdrawal,2,\"Quiet, far away\"\r\n"
                      "CD-2,2025-01-07,8,8,8,8,,,,\r\n").encode("utf-8"))
    dry = run("import", good, "--dry-run", "--vault", folder, "--passphrase-file", pass_file)
    assert dry.code == 0, dry.err
    assert "would add 3 sessions" in dry.out and "Nothing was written" in dry.out
    assert _sessions(folder, "AB-1") == []
    real = run("import", good, "--vault", folder, "--passphrase-file", pass_file)
    assert real.code == 0, real.err
    assert real.out.strip() == "Imported 3 sessions from 3 rows; new clients: AB-1, CD-2."
    logged = _sessions(folder, "AB-1")
    assert len(logged) == 2 and logged[1].ruptures[0].kind is RuptureKind.WITHDRAWAL
    with unlock_vault(folder, PASSPHRASE) as vault:
        client = clients.find_client(vault, "AB-1")
        assert client is not None and client.display_name == "Mara Lindqvist"
        assert len(ruptures.open_ruptures(vault, client.id)) == 1


def test_import_reports_every_problem_and_writes_nothing(run: Run, created_vault: tuple[Path, str],
                                                         pass_file: Path, tmp_path: Path) -> None:
    folder, _ = created_vault
    bad = tmp_path / "bad.csv"
    rows = [f"AB-1,2025-01-{d:02d},7,7,8,8,,,," for d in range(1, 21)]
    rows.append("AB-1,2025-02-30,7,7,8,8,,,,")
    rows.append("AB-1,2025-03-01,7,seven,8,8,,withdrawal,,")
    bad.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    # No passphrase option and no terminal: file problems are reported before any passphrase is needed.
    result = run("import", bad, "--vault", folder)
    assert result.code == 1
    assert result.err.splitlines() == [
        'line 22, column "date": 2025-02-30 is not a date in the calendar.',
        'line 23, column "trust": Trust must be a whole number from 0 to 10.',
        'line 23, column "rupture_intensity": Enter the rupture\'s intensity, a whole number from 1 to 5.',
        "Nothing was imported: 3 problem(s) to fix.",
    ]
    assert _sessions(folder, "AB-1") == []


def test_import_file_problems(run: Run, created_vault: tuple[Path, str], pass_file: Path, tmp_path: Path) -> None:
    folder, _ = created_vault
    latin = tmp_path / "latin.csv"
    latin.write_bytes(HEADER.encode() + b"\nAB-1,2025-01-06,7,7,8,8,Zo\xeb,,,\n")
    result = run("import", latin, "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 1 and "line 2: The file is not UTF-8" in result.err
    missing = run("import", tmp_path / "nope.csv", "--vault", folder, "--passphrase-file", pass_file)
    assert missing.code == 1 and "nope.csv" in missing.err and missing.err.count("\n") == 1
