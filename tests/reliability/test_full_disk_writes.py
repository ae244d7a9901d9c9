"""Every write is all-or-nothing and tells the truth on a full disk: ``passwd``, ``export`` and ``backup``, run
as real commands with 0 to a dozen pages of free space left on a small tmpfs. Either the command succeeds (and
is audited), or it fails with a message that says the disk is full, and nothing it started is left behind;
``passwd`` reports success exactly when the new passphrase is the one that opens the vault.

By default a handful of sizes each; with ALLIANCE_FULL_DISK_SWEEP=1 (``make stress``) every size, one page at a
time: ``passwd`` from 0 to 64 free pages, ``export`` and ``backup`` from 0 up to the first size with room for
them, and two past it."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
from pathlib import Path

import pytest

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.services.audit_log import audit_entries
from alliance.services.clients import add_client, find_client
from alliance.services.sessions import list_sessions, log_session
from alliance.services.vault_access import create_vault, unlock_vault
from alliance.services.verify import verify_vault
from alliance.store.errors import WrongPassphrase
from alliance.store.kdf import KdfParams
from alliance.store.keys import KeyEnvelope
from tests.reliability import test_disk_trouble
from tests.reliability.conftest import PASSPHRASE, report

_cli = test_disk_trouble._cli
small_disk = test_disk_trouble.small_disk  # a 3 MiB tmpfs (root only)
env = test_disk_trouble.env

PAGE = 4096
SWEEP = os.environ.get("ALLIANCE_FULL_DISK_SWEEP") == "1"
FREE_PAGES = range(0, 65 if SWEEP else 13)


def _fill_leaving(disk: Path, pages: int) -> Path:
    """Fill the disk, then free ``pages`` pages again; returns the filler (remove it to free the disk)."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * PAGE)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    size = filler.stat().st_size
    with filler.open("rb+") as fh:
        fh.truncate(max(0, size - pages * PAGE))
    return filler


def _opens_with(folder: Path, passphrase: str) -> bool:
    try:
        KeyEnvelope.read(folder / "keys.json").unwrap_with_passphrase(passphrase)
    except WrongPassphrase:
        return False
    return True


def _vault_on(disk: Path) -> Path:
    folder = disk / "vault"
    vault, _ = create_vault(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    with vault:
        client = add_client(vault, ClientDraft(code="FD-1"))
        log_session(vault, SessionDraft(client_id=client.id, date=dt.date(2024, 3, 1), ratings=Ratings(6, 7, 7, 8)))
    return folder


def test_passwd_reports_success_exactly_when_the_new_passphrase_opens_the_vault(
        small_disk: Path, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _vault_on(small_disk)
    current = PASSPHRASE
    outcomes = {"changed": 0, "refused": 0}
    for n, pages in enumerate(FREE_PAGES):
        old_file, new_file = tmp_path / f"old-{n}", tmp_path / f"new-{n}"
        new = f"passphrase number {n} of the run"
        old_file.write_text(current + "\n")
        new_file.write_text(new + "\n")
        filler = _fill_leaving(small_disk, pages)
        try:
            result = _cli("passwd", "--new-passphrase-file", new_file, "--vault", folder, "--passphrase-file",
                          old_file, env=env)
        finally:
            filler.unlink()
        if result.code == 0:
            assert "The passphrase was changed" in result.out
            assert _opens_with(folder, new) and not _opens_with(folder, current), (pages, result)
            current = new
            outcomes["changed"] += 1
        else:
            assert result.code == 1 and "full" in result.err, (pages, result)
            assert _opens_with(folder, current) and not _opens_with(folder, new), (pages, result)
            outcomes["refused"] += 1
    with unlock_vault(folder, current, daily_backup=False) as vault:
        changes = [e for e in audit_entries(vault) if e.action == "passphrase changed"]
    assert len(changes) == outcomes["changed"] and outcomes["changed"] > 0 and outcomes["refused"] > 0
    report(capsys, f"passwd at {len(FREE_PAGES)} free-space sizes: {outcomes}, each reported truthfully",
           passwd_full_disk_runs=len(FREE_PAGES))


@pytest.mark.parametrize("what", ["export", "backup"])
def test_export_and_backup_on_a_full_disk_leave_nothing_unless_done_and_audited(
        small_disk: Path, env: dict[str, str], tmp_path: Path, what: str, pass_file: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    vault_folder = tmp_path / "vault"  # the vault has room; the destination is the small disk
    vault, _ = create_vault(vault_folder, PASSPHRASE, kdf=KdfParams.for_tests())
    with vault:
        client = add_client(vault, ClientDraft(code="FD-2"))
        for day in range(1, 40):
            log_session(vault, SessionDraft(client_id=client.id, date=dt.date(2024, 1, 1) + dt.timedelta(days=day),
                                            ratings=Ratings(6, 7, 7, 8), note="x" * 2000))
    done = 0
    sizes: list[int] = []
    for n, pages in enumerate(range(0, 700) if SWEEP else (0, 1, 2, 4, 8, 16, 64, 400)):
        if SWEEP and done == 3:
            break  # every size up to the first that has room, and two past it
        sizes.append(pages)
        out = small_disk / f"out-{n}"
        command = _command(what, out)
        filler = _fill_leaving(small_disk, pages)
        try:
            result = _cli(*command, "--vault", vault_folder, "--passphrase-file", pass_file, env=env)
        finally:
            filler.unlink()
        left = sorted(p.name for p in small_disk.iterdir())
        if result.code == 0:
            done += 1
            assert (out.is_file() if what == "export" else len(list(out.iterdir())) == 1), (pages, left)
        else:
            assert result.code == 1 and "full" in result.err and str(out) in result.err, (pages, result)
            assert (not out.exists() if what == "export" else list(out.iterdir()) == []), (pages, left)
        assert not [name for name in left if name.startswith(".")], (pages, left)  # no partial or temp files
        if result.code == 0:
            _remove(out)  # the next size starts from the same free space
    with unlock_vault(vault_folder, PASSPHRASE, daily_backup=False) as vault:
        audited = [e for e in audit_entries(vault) if e.action == what]
    assert len(audited) == done > 0
    report(capsys, f"{what} at {len(sizes)} free-space sizes: {done} written and audited, {len(sizes) - done} "
           "refused with nothing left behind", **{f"{what}_full_disk_runs": len(sizes)})


def _command(what: str, out: Path) -> tuple[str | Path, ...]:
    if what == "backup":
        out.mkdir()
        return ("backup", "--to", out)
    return ("export", "--format", "json", "--out", out)


def _remove(out: Path) -> None:
    if out.is_dir():
        shutil.rmtree(out)
    else:
        out.unlink()


def test_log_at_every_free_space_size_saves_whole_or_says_the_disk_is_full(
        small_disk: Path, env: dict[str, str], tmp_path: Path, pass_file: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """``alliance log`` of a session with a long note on the nearly full disk that holds the vault: it either
    saves the whole session (and says so), or fails with the disk-full line and the vault still holds exactly
    the sessions it reported saved, opens and verifies."""
    folder = _vault_on(small_disk)
    note_file = tmp_path / "note.txt"
    note_file.write_text("a long session note " * 2000)
    saved = 0
    sizes = range(0, 81) if SWEEP else (0, 1, 2, 4, 8, 16, 32, 64)
    for pages in sizes:
        filler = _fill_leaving(small_disk, pages)
        try:
            result = _cli("log", "--client", "FD-1", "--safety", "7", "--trust", "7", "--attunement", "8",
                          "--boundaries", "8", "--note-file", note_file, "--vault", folder, "--passphrase-file",
                          pass_file, env=env)
        finally:
            filler.unlink()
        if result.code == 0:
            saved += 1
        else:
            assert result.code == 1 and "full" in result.err, (pages, result)
        with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault:
            client = find_client(vault, "FD-1")
            assert client is not None
            assert len(list_sessions(vault, client.id)) == 1 + saved, (pages, result)  # the one _vault_on logged
    assert verify_vault(folder, PASSPHRASE).ok
    assert 0 < saved < len(sizes)
    report(capsys, f"log at {len(sizes)} free-space sizes: {saved} saved whole, {len(sizes) - saved} refused "
           "with the disk-full line, every reported save in the vault", log_full_disk_runs=len(sizes))
