"""A full day through the GUI and the CLI with unique markers in every field, then a scan of every place
a file could land: the vault, its backups, the config folder (QSettings), the temp folder and the export
folder. No marker may be found, except in the scrubbed export, where the identifying ones must be gone."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from alliance.core.records import ClientDraft
from alliance.services import clients, sessions
from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_form, save_form, settle, unlock


def _files(root: Path, since: float) -> list[Path]:
    out = []
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            p = Path(dirpath) / name
            try:
                if p.is_file() and p.stat().st_mtime >= since:
                    out.append(p)
            except OSError:
                continue
    return out


def _found(paths: list[Path], markers: list[str]) -> list[tuple[str, str]]:
    hits = []
    for p in paths:
        try:
            data = p.read_bytes()
        except OSError:
            continue
        for m in markers:
            if m.encode() in data or m.encode("utf-16-le") in data:
                hits.append((str(p), m))
    return hits


def test_a_full_day_leaves_no_plaintext(qtbot, make_controller, created_vault, ui_settings, tmp_path,  # type: ignore[no-untyped-def]
                                        capsys) -> None:
    start = time.time() - 1
    tag = uuid.uuid4().hex[:10]
    name, email, phone = f"Zorblat{tag}", f"zb{tag}@example.org", "+1 (617) 555-0199"
    other = f"Quintrel{tag}"
    code = f"ZB{tag[:4]}".upper()
    # Common words (so the scrubber keeps them: the scrubbed export must carry the note), in an order no other
    # text holds, so a copy of the note anywhere on disk is found.
    words = ("apple", "river", "window", "candle", "garden", "pencil", "summer", "ladder", "basket", "mirror",
             "orange", "blanket", "kettle", "meadow", "button", "lantern")
    note_marker = " ".join(words[int(c, 16)] for c in tag)
    folder, _ = created_vault

    # The GUI: add a client and log a session through the form, then edit it, then lock.
    controller = make_controller(folder)
    assert controller.start()
    vault = unlock(qtbot, controller)
    client = clients.add_client(vault, ClientDraft(code=code, display_name=name, email=email, phone=phone,
                                                   other_names=other))
    window = controller.main_window
    window.refresh()
    form = open_form(qtbot, window, client.id)
    for key, digit in (("safety", "7"), ("trust", "6"), ("attunement", "8"), ("boundaries", "7")):
        qtbot.keyClicks(form.ratings[key], digit)
    form.note.setPlainText(f"{name} called from {phone}; {other} came too. {note_marker} {email}")
    assert save_form(qtbot, form, controller.worker) is not None
    logged = sessions.list_sessions(vault, client.id)[0]
    form = open_form(qtbot, window, None, logged.id)
    form.note.setPlainText(form.note.toPlainText() + f" Later: {note_marker}-edited")
    assert save_form(qtbot, form, controller.worker) is not None
    controller.lock("manual")
    qtbot.waitUntil(lambda: controller.vault is None)
    settle(qtbot, controller)

    # The CLI: log, export (default and scrubbed), back up, verify.
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n")
    note_file = tmp_path / "note.txt"
    note_file.write_text(f"CLI note about {name} {note_marker}\n")
    exports = tmp_path / "exports"
    exports.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg")}

    def cli(*args: object) -> None:
        r = subprocess.run([sys.executable, "-m", "alliance", *map(str, args), "--vault", folder,
                            "--passphrase-file", pw], capture_output=True, text=True, env=env, timeout=120)
        assert r.returncode == 0, r.stderr
        assert not _found_text(r.stdout + r.stderr, [name, email, note_marker, other])

    controller.shutdown()  # gives the instance lock back so the CLI can open the vault
    cli("log", "--client", code, "--safety", "6", "--trust", "6", "--attunement", "7", "--boundaries", "7",
        "--note-file", note_file)
    note_file.unlink()
    for fmt in ("csv", "json", "pdf"):
        cli("export", "--format", fmt, "--out", exports / f"plain.{fmt}")
    cli("export", "--format", "json", "--notes", "scrubbed", "--out", exports / "scrubbed.json")
    cli("backup")
    cli("verify")

    identifying = [name, email, other, code, "617) 555-0199", "555-0199"]
    everything = [*identifying, note_marker]
    places = {
        "vault and backups": _files(folder, 0),
        "config folder": [*_files(tmp_path / "cfg", 0), Path(ui_settings.file_name())],
        "temp folder": [p for p in _files(Path(tempfile.gettempdir()), start)
                        if not str(p).startswith(str(tmp_path))],
        "exports (not scrubbed)": [exports / f"plain.{fmt}" for fmt in ("csv", "json", "pdf")],
    }
    assert places["vault and backups"] and any("backups" in str(p) for p in places["vault and backups"])
    for where, paths in places.items():
        assert not _found(paths, everything), where
    scrubbed = (exports / "scrubbed.json").read_text(encoding="utf-8")
    assert note_marker in scrubbed  # the note itself was asked for ...
    assert not _found_text(scrubbed, identifying)  # ... with every identifier in it redacted
    assert "[NAME]" in scrubbed and "[EMAIL]" in scrubbed and "[PHONE]" in scrubbed
    with capsys.disabled():
        scanned = sum(len(p) for p in places.values())
        print(f"\nno-plaintext day: {scanned} files scanned, markers found: 0")


def _found_text(text: str, markers: list[str]) -> list[str]:
    return [m for m in markers if m in text]


