"""`alliance export` through a real subprocess: formats, defaults, exit codes, no identifiers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from alliance.services import clients
from alliance.services.demo import generate_demo
from alliance.services.vault_access import create_vault
from alliance.store.kdf import KdfParams
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    base = tmp_path_factory.mktemp("cli-export")
    folder = base / "vault"
    with create_vault(folder, PASSPHRASE, kdf=KdfParams.for_tests())[0] as vault:
        generate_demo(vault, clients=4, sessions=(6, 10), seed=2)
        codes = [c.code for c in clients.list_clients(vault)]
    pw = base / "pw.txt"
    pw.write_text(PASSPHRASE + "\n")
    return folder, pw, codes


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "alliance", *map(str, args)], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                            "HOME": str(Path.home())})


def test_json_export_defaults_are_deidentified(demo: tuple[Path, Path, list[str]], tmp_path: Path) -> None:
    folder, pw, codes = demo
    out = tmp_path / "x.json"
    r = _run("export", "--vault", folder, "--passphrase-file", pw, "--format", "json", "--out", out)
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text())
    assert doc["export"]["dates"] == "relative" and doc["export"]["notes"] == "exclude"
    assert len(doc["clients"]) == len(codes)
    text = out.read_text()
    assert not [c for c in codes if c in text]


def test_csv_for_one_client(demo: tuple[Path, Path, list[str]], tmp_path: Path) -> None:
    folder, pw, codes = demo
    out = tmp_path / "one.csv"
    r = _run("export", "--vault", folder, "--passphrase-file", pw, "--format", "csv", "--out", out,
             "--client", codes[0], "--layout", "wide")
    assert r.returncode == 0, r.stderr
    lines = out.read_text().splitlines()
    assert lines[0].startswith("pseudonym,status,session,day")
    assert len({line.split(",")[0] for line in lines[1:]}) == 1
    # The completion message says exactly what was written.
    assert f"export of 1 client(s) and {len(lines) - 1} session(s) in {len(lines) - 1} data row(s)" in r.stdout
    assert "days since each client's first session" in r.stdout and "No notes are included." in r.stdout


def test_a_year_export_after_a_relative_one_is_refused(demo: tuple[Path, Path, list[str]], tmp_path: Path) -> None:
    """Year and days-since-first of the same client would date its sessions: the second form is refused,
    naming the client, and nothing is written; another client may still leave with years."""
    folder, pw, codes = demo
    first = _run("export", "--vault", folder, "--passphrase-file", pw, "--format", "json",
                 "--out", tmp_path / "rel.json", "--client", codes[1])
    assert first.returncode == 0, first.stderr
    out = tmp_path / "year.csv"
    r = _run("export", "--vault", folder, "--passphrase-file", pw, "--format", "csv", "--out", out,
             "--client", codes[1], "--dates", "year")
    assert r.returncode == 1 and "Nothing was written" in r.stderr and codes[1] in r.stderr
    assert not out.exists() and "Traceback" not in r.stderr
    again = _run("export", "--vault", folder, "--passphrase-file", pw, "--format", "csv", "--out", out,
                 "--client", codes[1])
    assert again.returncode == 0, again.stderr


def test_shifted_dates_need_the_limited_data_set_confirmation(demo: tuple[Path, Path, list[str]],
                                                              tmp_path: Path) -> None:
    folder, pw, codes = demo
    out = tmp_path / "shifted.json"
    base = ("export", "--vault", folder, "--passphrase-file", pw, "--format", "json", "--out", out,
            "--client", codes[2], "--dates", "shifted")
    r = _run(*base)
    assert r.returncode == 1 and "limited data set" in r.stderr and not out.exists()
    r = _run(*base, "--limited-data-set")
    assert r.returncode == 0, r.stderr
    assert "limited data set (not Safe Harbor)" in r.stdout
    doc = json.loads(out.read_text())
    assert doc["export"]["safe_harbor"] is False
    assert any("NOT de-identified under HIPAA Safe Harbor" in line for line in doc["export"]["deidentification"])


def test_scrubbed_notes_where_a_format_cannot_hold_them_are_refused(demo: tuple[Path, Path, list[str]],
                                                                   tmp_path: Path) -> None:
    folder, pw, _ = demo
    for fmt, extra, words in (("csv", ("--layout", "long"), "long CSV holds numbers only"),
                              ("pdf", (), "caseload report) holds no notes")):
        out = tmp_path / f"notes.{fmt}"
        r = _run("export", "--vault", folder, "--passphrase-file", pw, "--format", fmt, "--out", out,
                 "--notes", "scrubbed", *extra)
        assert r.returncode == 1 and words in r.stderr and not out.exists(), r.stderr


def test_unknown_client_and_wrong_passphrase(demo: tuple[Path, Path, list[str]], tmp_path: Path) -> None:
    folder, pw, _ = demo
    r = _run("export", "--vault", folder, "--passphrase-file", pw, "--format", "csv", "--out", tmp_path / "a.csv",
             "--client", "NOPE-1")
    assert r.returncode == 1 and "NOPE-1" in r.stderr and "Traceback" not in r.stderr
    bad = tmp_path / "bad.txt"
    bad.write_text("wrong\n")
    r = _run("export", "--vault", folder, "--passphrase-file", bad, "--format", "csv", "--out", tmp_path / "b.csv")
    assert r.returncode == 3 and not (tmp_path / "b.csv").exists()


def test_there_is_no_identified_option(demo: tuple[Path, Path, list[str]], tmp_path: Path) -> None:
    folder, pw, _ = demo
    for flag in ("--identified", "--notes=raw", "--dates=exact", "--pseudonyms=none"):
        r = _run("export", "--vault", folder, "--passphrase-file", pw, "--format", "csv",
                 "--out", tmp_path / "c.csv", flag)
        assert r.returncode == 2, flag
