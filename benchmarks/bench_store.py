"""Store and service rows of the budget: save, overview, timeline query, exports, the blob peer design."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import event

from alliance.core.ratings import Ratings
from alliance.core.records import SessionDraft
from alliance.services import sessions
from alliance.services.caseload import caseload_view
from alliance.services.vault_access import Vault
from benchmarks.timing import Measure, measure, of_samples

NOTE = "a note of a typical length " * 8


def raw_sqlcipher_save(rows: int, runs: int = 25) -> Measure:
    """Floor: one insert+commit into a SQLCipher table of `rows` rows, WAL, synchronous=FULL."""
    folder = Path(tempfile.mkdtemp(prefix="alliance-bench-"))
    conn = sqlcipher3.connect(str(folder / "raw.db"), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    key = secrets.token_hex(32)
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE s (id INTEGER PRIMARY KEY, client_id INT, number INT, date TEXT, a INT, b INT, "
                 "c INT, d INT, note TEXT)")
    conn.execute("CREATE INDEX ix ON s(client_id, number)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO s (client_id, number, date, a, b, c, d, note) VALUES (?,?,?,?,?,?,?,?)",
                     [(i % 300, i, "2025-01-01", 5, 6, 7, 8, "x" * 200) for i in range(rows)])
    conn.execute("COMMIT")
    # Reopen, as the vault is opened at unlock: closing checkpoints the WAL and deletes it, so the measured
    # commits append to a new WAL, as the vault's saves do. Measured on the WAL the bulk insert left behind
    # (already grown, so commits overwrote space and never changed the file's size) the floor was ~40% faster
    # than any save made after an unlock.
    conn.close()
    conn = sqlcipher3.connect(str(folder / "raw.db"), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    counter = [rows]

    def one() -> None:
        counter[0] += 1
        conn.execute("BEGIN")
        conn.execute("INSERT INTO s (client_id, number, date, a, b, c, d, note) VALUES (?,?,?,?,?,?,?,?)",
                     (7, counter[0], "2026-01-01", 5, 6, 7, 8, NOTE))
        conn.execute("COMMIT")

    result = measure(one, runs=runs, warmup=3)
    conn.close()
    return result


def service_save(vault: Vault, client_id: int, runs: int = 25) -> Measure:
    """log_session, durable, on the given vault (a session with ratings and a note, as most are)."""
    day = dt.date.today()

    def one() -> None:
        sessions.log_session(vault, SessionDraft(client_id=client_id, date=day, ratings=Ratings(7, 6, 8, 7),
                                                 note=NOTE))

    return measure(one, runs=runs, warmup=3)


def mark_and_checkpoint(vault: Vault, runs: int = 25) -> Measure:
    """What each save now spends after its commit (issue 18): the high-water mark written beside keys.json and
    outside the folder (atomic, fsynced) and a PASSIVE WAL checkpoint; part of ``service_save``."""
    from alliance.store import audit
    from alliance.store.mark import Head

    with vault.work.transaction() as db:
        head = audit.head(db)
    assert head is not None
    counter = [head.seq]

    def one() -> None:
        counter[0] += 1  # a seq past the last one written, so the mark is written each time
        vault._after_commit(Head(counter[0], head.hash), None)

    result = measure(one, runs=runs, warmup=3)
    vault._mark_seq = 0
    vault._after_commit(head, None)  # the true head again: the vault must not read as behind its mark
    return result


def blob_peer_save(vault: Vault, runs: int = 7) -> Measure:
    """Peer design: the whole practice as one AES-GCM blob, serialised, encrypted and atomically replaced
    (temp file, fsync, rename, fsync folder) on every save."""
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, client_id, number, date, duration_min, modality, safety, trust, attunement, boundaries, "
            "ns_state_start, ns_state_end, corrective_experience, corrective_experience_text, note FROM sessions"
        ).fetchall()
    data = [list(r) for r in rows]
    key = AESGCM.generate_key(bit_length=256)
    folder = Path(tempfile.mkdtemp(prefix="alliance-blob-"))
    target = folder / "practice.bin"

    def one() -> None:
        data.append([len(data) + 1, 7, 1, "2026-01-01", 50, "in person", 7, 6, 8, 7, None, None, 0, "", NOTE])
        plain = json.dumps(data).encode()
        nonce = os.urandom(12)
        tmp = folder / "practice.tmp"
        with open(tmp, "wb") as fh:
            fh.write(nonce + AESGCM(key).encrypt(nonce, plain, None))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    return measure(one, runs=runs, warmup=1)


def overview(vault: Vault, runs: int = 9) -> Measure:
    """The caseload read model on the whole practice."""
    return measure(lambda: caseload_view(vault).rows, runs=runs, warmup=2)


def captured(vault: Vault, fn: Callable[[], object]) -> list[str]:
    """The reading SQL statements ``fn`` sends to SQLite, with their parameters bound in (SQLite's expanded
    text): those SQLAlchemy sends and those the store runs straight on the driver's cursor alike."""
    statements: list[str] = []

    def trace(statement: str) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append(statement)

    def checkout(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        dbapi_conn.set_trace_callback(trace)

    def checkin(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.set_trace_callback(None)

    event.listen(vault.engine, "checkout", checkout)
    event.listen(vault.engine, "checkin", checkin)
    try:
        fn()
    finally:
        event.remove(vault.engine, "checkout", checkout)
        event.remove(vault.engine, "checkin", checkin)
    return statements


def raw_replay(vault: Vault, fn: Callable[[], object], runs: int = 9) -> Measure:
    """Floor: the very statements ``fn`` sends (same SQL, same values, so the same rows), run on a raw
    sqlcipher3 cursor and fetched as plain tuples: no SQLAlchemy, no records, no analytics."""
    statements = captured(vault, fn)
    if not statements:
        raise RuntimeError("nothing to replay: the function sent no SELECT")
    raw = vault.engine.raw_connection()

    def one() -> None:
        cursor = raw.cursor()
        try:
            for statement in statements:
                cursor.execute(statement)
                cursor.fetchall()
        finally:
            cursor.close()

    try:
        return measure(one, runs=runs, warmup=2)
    finally:
        raw.close()


def raw_overview_rows(vault: Vault, runs: int = 9) -> Measure:
    """Floor of the overview: its own SQL replayed raw."""
    return raw_replay(vault, lambda: caseload_view(vault).rows, runs)


def largest_client(vault: Vault) -> tuple[int, int, str]:
    """(client id, session count, code) of the client with the most sessions."""
    with vault.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT s.client_id, count(*) AS n, c.code FROM sessions s "
                                   "JOIN clients c ON c.id = s.client_id GROUP BY s.client_id "
                                   "ORDER BY n DESC LIMIT 1").one()
    return int(row[0]), int(row[1]), str(row[2])


def timeline_query(vault: Vault, client_id: int, runs: int = 9) -> Measure:
    """The client page's read model of one client (its queries and the analytics)."""
    from alliance.services.client_page import client_page_view

    return measure(lambda: client_page_view(vault, client_id), runs=runs, warmup=2)


def raw_client_page_rows(vault: Vault, client_id: int, runs: int = 9) -> Measure:
    """Floor of the client page: its read model's SQL replayed raw."""
    from alliance.services.client_page import client_page_view

    return raw_replay(vault, lambda: client_page_view(vault, client_id), runs)


# --- exports ----------------------------------------------------------------------------------------------


def csv_export(vault: Vault, runs: int = 5) -> tuple[Measure, Measure, int]:
    """(run_export of a de-identified CSV of every client, the floor: a plain csv write of the same rows,
    rows written). Both write to a file and fsync it."""
    from alliance.reports import csv_writer
    from alliance.reports.exporting import ExportRequest, gather, run_export

    folder = Path(tempfile.mkdtemp(prefix="alliance-export-"))
    request = ExportRequest(fmt="csv", out=folder / "practice.csv")
    full = measure(lambda: run_export(vault, request), runs=runs, warmup=1)
    export = gather(vault, request)
    rows: list[list[object]] = []
    # The same rows as plain Python values, without the export's de-identification and cell neutralising.
    for c in export.clients:
        totals = {(a.session, o.instrument): a.total for o in c.outcomes for a in o.administrations}
        for s in c.sessions:
            measures: list[tuple[str, object]] = [("safety", s.safety), ("trust", s.trust),
                                                  ("attunement", s.attunement), ("boundaries", s.boundaries),
                                                  ("alliance_index", s.alliance_index)]
            measures += [(n, v) for n, v in (("checkin_mean", s.checkin), ("srs_total", s.srs_total)) if v is not None]
            for instrument in sorted(s.instruments):
                measures += [(f"{instrument}.{item}", v) for item, v in sorted(s.instruments[instrument].items())]
                if totals.get((s.n, instrument)) is not None:
                    measures.append((f"{instrument}.total", totals[(s.n, instrument)]))
            rows.extend([c.pseudonym, s.n, s.day, name, value] for name, value in measures)
    plain = folder / "plain.csv"

    def floor() -> None:
        with open(plain, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow(csv_writer.LONG_HEADER)
            writer.writerows(rows)
            fh.flush()
            os.fsync(fh.fileno())

    return full, measure(floor, runs=runs, warmup=1), len(rows)


def pdf_report(vault: Vault, code: str, runs: int = 5) -> Measure:
    """run_export of one client's PDF report."""
    from alliance.reports.exporting import ExportRequest, run_export

    folder = Path(tempfile.mkdtemp(prefix="alliance-export-"))
    request = ExportRequest(fmt="pdf", out=folder / "client.pdf", client_codes=(code,))
    return measure(lambda: run_export(vault, request), runs=runs, warmup=1)


def raw_pdf_rows(vault: Vault, code: str, runs: int = 9) -> Measure:
    """Floor of the PDF report: the SQL its gather step sends (scope, export key, the client's de-identified
    rows) replayed raw. Only reads: the export's audit event is not replayed."""
    from alliance.reports.exporting import ExportRequest, gather

    request = ExportRequest(fmt="pdf", out=Path(tempfile.gettempdir()) / "unused.pdf", client_codes=(code,))
    return raw_replay(vault, lambda: gather(vault, request), runs)


def csv_export_wide(vault: Vault, runs: int = 3) -> Measure:
    """run_export of the sessions-wide CSV (one row per session), for comparison with the long default."""
    from alliance.reports.exporting import ExportRequest, run_export

    folder = Path(tempfile.mkdtemp(prefix="alliance-export-"))
    request = ExportRequest(fmt="csv", out=folder / "wide.csv", csv_layout="wide")
    return measure(lambda: run_export(vault, request), runs=runs, warmup=1)


# --- damage detection --------------------------------------------------------------------------------------


def damage_detection(folder: Path, passphrase: str, runs: int = 5) -> tuple[Measure, Measure]:
    """(opening a copy of the vault with one byte changed in the middle of alliance.db, after the KDF, until
    the page check reports it — ``Vault.open`` then ``check_pages``, as unlock does on the worker —, the floor:
    reading the same file once). The open reads the first pages only; the check reads them all, so this bounds
    how long damage anywhere in the file goes unreported."""
    from alliance.store.errors import DatabaseDamaged
    from alliance.store.keys import KeyEnvelope
    from alliance.store.layout import DB_NAME, KEYS_NAME
    from alliance.store.vault import Vault

    data_key = KeyEnvelope.read(folder / KEYS_NAME).unwrap_with_passphrase(passphrase)  # the KDF, not timed
    work = Path(tempfile.mkdtemp(prefix="alliance-damage-"))
    state: dict[str, Path] = {}

    def setup() -> None:
        copy = work / f"v{len(list(work.iterdir()))}"
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(".lock"))
        db = copy / DB_NAME
        with open(db, "r+b") as f:
            f.seek(db.stat().st_size // 2 + 1000)  # inside a page's encrypted data, far from the header
            byte = f.read(1)
            f.seek(-1, os.SEEK_CUR)
            f.write(bytes([byte[0] ^ 0x10]))
        state["copy"] = copy

    def one() -> None:
        try:
            vault = Vault.open(state["copy"], lambda _envelope: bytearray(data_key))
            try:
                vault.check_pages()
            finally:
                vault.close()
        except DatabaseDamaged:
            return
        raise RuntimeError("a changed byte went unreported")

    def teardown() -> None:
        shutil.rmtree(state.pop("copy"), ignore_errors=True)

    found = measure(one, runs=runs, warmup=1, setup=setup, teardown=teardown)
    db_file = folder / DB_NAME
    floor = measure(lambda: db_file.read_bytes(), runs=runs, warmup=1)
    shutil.rmtree(work, ignore_errors=True)
    return found, floor


def bulk_import(folder: Path, passphrase: str, rows: int = 20_000, runs: int = 3) -> tuple[Measure, Measure]:
    """(``alliance import`` of ``rows`` CSV rows with their dates shuffled — half for 100 of the vault's own
    clients, back-dated before their sessions so every one of them is renumbered, half for 100 new clients —
    into a copy of the vault, parse to commit; the floor: the same rows inserted raw, one executemany in one
    transaction, into a SQLCipher table beside it)."""
    import random

    from alliance.services.importer import import_csv
    from alliance.services.vault_access import unlock_vault

    with unlock_vault(folder, passphrase, daily_backup=False) as vault, vault.engine.connect() as conn:
        codes = [str(r[0]) for r in conn.exec_driver_sql("SELECT code FROM clients ORDER BY id LIMIT 100")]
    codes += [f"NEW-{i:03d}" for i in range(100)]
    rng = random.Random(18)
    lines = [f"{codes[i % len(codes)]},{dt.date(2001, 1, 1) + dt.timedelta(days=i // len(codes) * 7)},"
             f"{rng.randint(0, 10)},{rng.randint(0, 10)},{rng.randint(0, 10)},{rng.randint(0, 10)},{NOTE.strip()}"
             for i in range(rows)]
    rng.shuffle(lines)
    text = "client_code,date,safety,trust,attunement,boundaries,note\n" + "\n".join(lines) + "\n"
    work = Path(tempfile.mkdtemp(prefix="alliance-import-"))
    state: dict[str, Any] = {}

    def setup() -> None:
        copy = work / f"v{len(list(work.iterdir()))}"
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(".lock"))
        # Each copy has the vault id of the one before it: its own state folder, or the high-water mark the last
        # run's import moved on would (rightly) call this fresh copy an old one.
        os.environ["XDG_STATE_HOME"] = str(work / f"state-{copy.name}")
        state["vault"] = unlock_vault(copy, passphrase, daily_backup=False)

    def one() -> None:
        report = import_csv(state["vault"], text)
        if report.sessions != rows:
            raise RuntimeError(f"the import was refused: {report.problems[:3]}")

    def teardown() -> None:
        state.pop("vault").close()
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()

    state_home = os.environ.get("XDG_STATE_HOME")
    try:
        found = measure(one, runs=runs, warmup=0, setup=setup, teardown=teardown)
    finally:
        if state_home is not None:
            os.environ["XDG_STATE_HOME"] = state_home

    def raw() -> None:
        db = work / "raw.db"
        db.unlink(missing_ok=True)
        conn = sqlcipher3.connect(str(db), isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE s (id INTEGER PRIMARY KEY, code TEXT, date TEXT, a INT, b INT, c INT, d INT, "
                     "note TEXT)")
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO s (code, date, a, b, c, d, note) VALUES (?,?,?,?,?,?,?)",
                         [line.split(",", 6) for line in lines])
        conn.execute("COMMIT")
        conn.close()

    floor = measure(raw, runs=runs, warmup=1)
    shutil.rmtree(work, ignore_errors=True)
    return found, floor


_HOSTILE_KDF_CHILD = """
import resource, sys, time
from alliance.store.kdf import KdfParams
params = KdfParams(*map(int, sys.argv[1:4]))
params.check_bounds()
start = time.perf_counter()
params.derive("a passphrase", bytes(16))
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def hostile_kdf(runs: int = 3) -> tuple[Measure, Measure, float]:
    """(one passphrase attempt at the costliest Argon2id cost a keys.json may ask for and still pass the bounds
    — the slowest of 16 passes over 64 MiB, 4 over 256 MiB on one lane and on 16 —, each in a fresh process; the
    floor: one attempt at the cost calibrated on this machine; the largest peak resident memory of those
    processes, MiB)."""
    import subprocess
    import sys

    from alliance.store.kdf import MAX_MEMORY_KIB, MAX_WORK_KIB_PASSES, KdfParams

    shapes = [(MAX_WORK_KIB_PASSES // (64 * 1024), 64 * 1024, 1),
              (MAX_WORK_KIB_PASSES // MAX_MEMORY_KIB, MAX_MEMORY_KIB, 1),
              (MAX_WORK_KIB_PASSES // MAX_MEMORY_KIB, MAX_MEMORY_KIB, 16)]
    worst: Measure | None = None
    peak = 0.0
    for shape in shapes:
        samples = []
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", _HOSTILE_KDF_CHILD, *map(str, shape)], check=True,
                                 capture_output=True, text=True).stdout.split()
            samples.append(float(out[0]))
            peak = max(peak, int(out[1]) / 1024)
        found = of_samples(samples)
        if worst is None or found.median > worst.median:
            worst = found
    assert worst is not None
    calibrated = KdfParams.calibrate()
    floor = measure(lambda: calibrated.derive("a passphrase", bytes(16)), runs=runs, warmup=1)
    return worst, floor, peak
