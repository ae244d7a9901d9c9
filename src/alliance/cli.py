"""The ``alliance`` command: scripted use of the vault (DESIGN.md, "Command line").

With no subcommand it starts the GUI. Passphrases come from ``--passphrase-file``, from standard
input with ``--passphrase-stdin``, or from the terminal; never from an argument or the environment.
Exit codes: 0 ok, 1 other failure, 2 usage, 3 wrong passphrase or recovery key, 4 damaged or
tampered vault, 5 vault in use. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import os
import shlex
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from alliance import paths
from alliance.arguments import add_app_options
from alliance.core.errors import ValidationError
from alliance.core.ratings import COMPONENT_KEYS, RatingsDraft
from alliance.core.records import Modality, RuptureDraft, SessionDraft
from alliance.core.taxonomy import MARKER_LABELS, RuptureKind, markers_for
from alliance.store.errors import VaultError

MIN_PASSPHRASE_LENGTH = 10  # the same floor the GUI enforces


class CliError(Exception):
    """A failure to report as one line, with its exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# --- reading secrets -------------------------------------------------------------------------------


def _read_secret_file(path: Path, what: str) -> str:
    text = Path(path).read_text(encoding="utf-8-sig")
    secret = text.splitlines()[0] if text.splitlines() else ""
    if not secret:
        raise CliError(f"The {what} file {path} is empty.")
    return secret


def _has_terminal() -> bool:
    if os.name == "nt":
        return sys.stdin.isatty()
    try:
        os.close(os.open("/dev/tty", os.O_RDWR))
    except OSError:
        return False
    return True


def _ask(prompt: str) -> str:
    if not _has_terminal():
        raise CliError("No terminal to ask for the passphrase on: use --passphrase-file or --passphrase-stdin.", 2)
    return getpass.getpass(prompt)


def _passphrase(args: argparse.Namespace, prompt: str = "Vault passphrase: ") -> str:
    """The current passphrase of the vault (or of the backup, for restore)."""
    if args.passphrase_file is not None:
        return _read_secret_file(args.passphrase_file, "passphrase")
    if args.passphrase_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise CliError("No passphrase on standard input.")
        return line
    return _ask(prompt)


def _new_passphrase(file: Path | None, args: argparse.Namespace | None = None) -> str:
    """A passphrase to set: from a file, from the common options (init/demo), or asked twice."""
    if file is not None:
        secret = _read_secret_file(file, "new passphrase")
    elif args is not None and (args.passphrase_file is not None or args.passphrase_stdin):
        secret = _passphrase(args)
    else:
        secret = _ask("New passphrase: ")
        if len(secret) >= MIN_PASSPHRASE_LENGTH and _ask("Type it again: ") != secret:
            raise CliError("The two passphrases are not the same; nothing was changed.")
    if len(secret) < MIN_PASSPHRASE_LENGTH:
        raise CliError(f"Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters.")
    return secret


# --- commands --------------------------------------------------------------------------------------


def _print_recovery_key(recovery_key: str) -> None:
    print(f"Recovery key: {recovery_key}")
    print("Store this recovery key somewhere safe and offline (print it or write it down). It is shown "
          "only this once, and without it a forgotten passphrase means the vault cannot be opened.")


def cmd_init(args: argparse.Namespace) -> int:
    """Create a vault and show its recovery key once."""
    from alliance.services.vault_access import create_vault, lock_vault, vault_exists

    if vault_exists(args.vault):
        raise CliError(f"A vault already exists in {args.vault}; it was left untouched.")
    passphrase = _new_passphrase(None, args)
    vault, recovery_key = create_vault(args.vault, passphrase)
    lock_vault(vault)
    print(f"Created a vault in {args.vault}.")
    _print_recovery_key(recovery_key)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a vault filled with a synthetic practice."""
    from alliance.services.demo import generate_demo
    from alliance.services.vault_access import create_vault, lock_vault, vault_exists

    if vault_exists(args.vault) or (args.vault / "alliance.db").exists():
        raise CliError(f"A vault already exists in {args.vault}; the demo needs a new folder.")
    passphrase = _new_passphrase(None, args)
    vault, recovery_key = create_vault(args.vault, passphrase)
    try:
        summary = generate_demo(vault, clients=args.clients, sessions=args.sessions, seed=args.seed)
    except BaseException:
        vault.close()
        _discard_new_vault(args.vault)
        raise
    lock_vault(vault)
    print(f"Created a demo vault in {args.vault} with {summary.clients} clients, {summary.sessions} sessions, "
          f"{summary.ruptures} ruptures and {summary.repairs} repairs. All names and details are made up.")
    default = args.vault.resolve() == paths.demo_vault_folder().resolve()
    print(f"To open it in the app: alliance --vault {shlex.quote(str(args.vault))}"
          + (", or File > Open demo practice." if default else "."))
    _print_recovery_key(recovery_key)
    return 0


def _discard_new_vault(folder: Path) -> None:
    """Remove the files of a vault this command has just created (and nothing else)."""
    for name in ("keys.json", "alliance.db", "alliance.db-wal", "alliance.db-shm", ".lock"):
        (folder / name).unlink(missing_ok=True)
    for sub in (folder / "backups", folder):
        with contextlib.suppress(OSError):  # not empty: something else lives there; keep it
            sub.rmdir()


def cmd_log(args: argparse.Namespace) -> int:
    """Log one session; a new client code creates the client."""
    from alliance.services.sessions import log_session_by_code
    from alliance.services.vault_access import opened

    note = Path(args.note_file).read_text(encoding="utf-8-sig") if args.note_file else ""
    ruptures = tuple(_parse_rupture(text) for text in args.rupture)
    ratings = RatingsDraft(**{k: getattr(args, k) for k in COMPONENT_KEYS})
    draft = SessionDraft(client_id=None, date=args.date or dt.date.today(), ratings=ratings,
                         duration_min=args.duration, modality=args.modality, note=note, ruptures=ruptures)
    with opened(args.vault, _passphrase(args)) as vault:
        logged = log_session_by_code(vault, args.client, draft)
    client, session = logged.client, logged.session
    if logged.new_client:
        print(f"New client {client.code} added.")
    print(f"Logged session {session.number} for {client.code} on {session.date.isoformat()} "
          f"(alliance index {session.alliance_index:.2f}" + (f", {len(ruptures)} rupture(s))." if ruptures else ")."))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import sessions from a CSV file, all or nothing."""
    from alliance.services.importer import import_rows, parse_csv, read_csv_text
    from alliance.services.vault_access import opened

    try:
        text = read_csv_text(args.csv)
    except ValueError as exc:
        raise CliError(f"{args.csv}: {exc}") from exc
    parsed = parse_csv(text)  # report file problems before asking for the passphrase
    problems = parsed.problems
    report = None
    if not problems:
        with opened(args.vault, _passphrase(args)) as vault:
            report = import_rows(vault, parsed, dry_run=args.dry_run)
        problems = report.problems
    if problems or report is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"Nothing was imported: {len(problems)} problem(s) to fix.", file=sys.stderr)
        return 1
    new = f"; new clients: {', '.join(report.new_clients)}" if report.new_clients else ""
    if args.dry_run:
        print(f"Dry run: all {report.rows} rows are valid and would add {report.sessions} sessions"
              f"{new}. Nothing was written.")
    else:
        print(f"Imported {report.sessions} sessions from {report.rows} rows{new}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Check the key envelope, page HMACs, database integrity and the audit chain."""
    from alliance.services.verify import verify_vault

    report = verify_vault(args.vault, _passphrase(args))
    for line in report.checks:
        print(line)
    if report.ok:
        print("The vault is intact.")
        return 0
    for line in report.problems:
        print(line, file=sys.stderr)
    offer = _backups_offer(args.vault)
    if offer:
        print(offer, file=sys.stderr)
    return 4


def _backups_offer(folder: Path) -> str:
    """For a damaged vault: the newest backups and how to restore one (empty when there are none)."""
    from alliance.services.backups import list_backups

    try:
        found = list_backups(folder)
    except (OSError, VaultError):
        return ""
    if not found:
        return ""
    names = ", ".join(b.name for b in found[:3])
    return (f"Backups of this vault, newest first: {names} (in {found[0].path.parent}). "
            f"Restore one with: alliance restore {found[0].path} --vault {folder}")


def cmd_passwd(args: argparse.Namespace) -> int:
    """Change the passphrase (the recovery key stays the same)."""
    from alliance.services.vault_access import change_passphrase, opened

    old = _passphrase(args)
    with opened(args.vault, old) as vault:
        note = change_passphrase(vault, old, _new_passphrase(args.new_passphrase_file))
    print("The passphrase was changed. The recovery key stays the same.")
    if note:
        print(note)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    """Set a new passphrase with the recovery key."""
    from alliance.services.vault_access import lock_vault, recover_vault

    recovery_key = _read_secret_file(args.recovery_key_file, "recovery key")
    new = _new_passphrase(args.new_passphrase_file)
    lock_vault(recover_vault(args.vault, recovery_key, new))
    print("A new passphrase is set. The recovery key stays the same; keep it safe.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a verified encrypted backup: into the vault's backups folder (rotated) or into --to DIR."""
    from alliance.services.backups import make_backup
    from alliance.services.vault_access import opened

    with opened(args.vault, _passphrase(args), daily_backup=False) as vault:
        outcome = make_backup(vault, into=args.to)
    info = outcome.backup
    print(f"Wrote the encrypted backup {info.name} ({info.clients} clients, {info.sessions} sessions, "
          f"{info.size / 1e6:.1f} MB) to {info.path}, checked after writing.")
    print("It opens with the vault's current passphrase or its recovery key (`alliance restore`).")
    if outcome.removed:
        print(f"Removed {len(outcome.removed)} older backup(s) by the rotation rule (14 daily, 8 weekly).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the vault with a backup, keeping the vault as it was as a pre-restore backup."""
    from alliance.services.backups import restore_backup

    result = restore_backup(args.vault, args.backup, _passphrase(args, "Passphrase of the backup: "))
    made = result.restored.created.strftime("%Y-%m-%d %H:%M UTC")
    print(f"Restored the backup {result.restored.name} (made {made}; {result.restored.clients} clients, "
          f"{result.restored.sessions} sessions) into {args.vault}.")
    if result.pre_restore is not None:
        pre = result.pre_restore
        print(f"The vault as it was is kept as the backup {pre.name} in {pre.path.parent}.")
    else:
        print("There was no vault there before.")
    if result.replaced_another_vault:
        print("Note: the backup belongs to a different vault than the one it replaced.")
    print("The vault now opens with the passphrase and recovery key that were valid when the backup was made.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write a de-identified export; there is no option that puts identifiers in it."""
    from alliance.core.deid import DateMode, DeidSettings, NotesMode, PseudonymMode
    from alliance.reports.exporting import ExportRequest, run_export
    from alliance.services.vault_access import opened

    settings = DeidSettings(DateMode(args.dates), NotesMode(args.notes), PseudonymMode(args.pseudonyms))
    request = ExportRequest(args.format, Path(args.out), settings, tuple(args.client or ()),
                            csv_layout=args.layout, page_size=args.page_size,
                            limited_data_set=args.limited_data_set)
    with opened(args.vault, _passphrase(args)) as vault:
        try:
            result = run_export(vault, request)
        except ValidationError as exc:
            raise CliError("Nothing was written: " + " ".join(p.message for p in exc.problems)) from exc
    kind = "de-identified" if settings.safe_harbor else "limited data set (not Safe Harbor)"
    what = f"{result.clients} client(s) and {result.sessions} session(s)"
    if args.format == "csv":
        what += f" in {result.rows} data row(s)"
    print(f"Wrote a {kind} {args.format.upper()} export of {what} to {result.path}.")
    for sentence in settings.describe()[1:3]:  # pseudonyms, dates
        print(sentence)
    if vault.read_only:
        print("The vault is read-only: this export is recorded in the per-user state folder and enters the vault's "
              "audit trail at the next unlock that can write to it.")
    if settings.notes is NotesMode.SCRUBBED:
        print(f"{result.notes} scrubbed note(s) included. They are scrubbed, not guaranteed clean: read every note "
              "before sharing this export.")
    else:
        print("No notes are included.")
    return 0


# --- argument parsing ------------------------------------------------------------------------------


def _date(text: str) -> dt.date:
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written as YYYY-MM-DD") from exc


def _modality(text: str) -> Modality:
    try:
        return Modality(text.strip().lower().replace("-", " ").replace("_", " "))
    except ValueError as exc:
        raise argparse.ArgumentTypeError("choose in-person, video or phone") from exc


def _sessions(text: str) -> tuple[int, int]:
    try:
        low, _, high = text.partition("-")
        bounds = (int(low), int(high or low))
    except ValueError as exc:
        raise argparse.ArgumentTypeError("write a number of sessions per client, or a range like 6-60") from exc
    if not 1 <= bounds[0] <= bounds[1] <= 5000:
        raise argparse.ArgumentTypeError("sessions per client must be from 1 to 5000, fewest first")
    return bounds


def _clients(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 10000:
        raise argparse.ArgumentTypeError("the number of clients must be from 1 to 10000")
    return int(text)


def _parse_rupture(text: str) -> RuptureDraft:
    """KIND:INTENSITY[:MARKER,...], markers given by key or label, case-insensitive."""
    parts = text.split(":", 2)
    try:
        kind = RuptureKind(parts[0].strip().lower())
    except ValueError as exc:
        raise CliError(f"--rupture {text}: the kind must be withdrawal, confrontation or mixed.", 2) from exc
    if len(parts) < 2 or not parts[1].strip().lstrip("-").isdigit():
        raise CliError(f"--rupture {text}: write KIND:INTENSITY[:MARKER,...], intensity 1 to 5.", 2)
    lookup = {t.key: t.key for t in markers_for(kind)} | {t.label.lower(): t.key for t in markers_for(kind)}
    markers: list[str] = []
    for name in (parts[2].split(",") if len(parts) == 3 else []):
        key = lookup.get(name.strip().lower())
        if key is None:
            known = ", ".join(t.key for t in markers_for(kind))
            fits = " (it belongs to another kind)" if name.strip().lower() in MARKER_LABELS else ""
            raise CliError(f"--rupture {text}: unknown marker {name.strip()!r}{fits}; use one of: {known}.", 2)
        markers.append(key)
    return RuptureDraft(kind=kind, intensity=int(parts[1]), markers=tuple(markers))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", type=Path, metavar="PATH", help="the vault folder")
    source = common.add_mutually_exclusive_group()
    source.add_argument("--passphrase-file", type=Path, metavar="PATH",
                        help="read the passphrase from the first line of this file")
    source.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from standard input")

    parser = argparse.ArgumentParser(prog="alliance", allow_abbrev=False,
                                     description="Track the therapeutic relationship in an encrypted local vault. "
                                                 "Without a command, the app window opens.")
    add_app_options(parser, "alliance")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str,
            parents: Sequence[argparse.ArgumentParser] = (common,)) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=list(parents), help=help_text, description=help_text, allow_abbrev=False)
        p.set_defaults(func=func)
        return p

    add("init", cmd_init, "Create a vault and show its recovery key once.")
    demo = add("demo", cmd_demo, "Create a vault filled with a made-up practice to explore the app.")
    demo.add_argument("--clients", type=_clients, default=12, metavar="N", help="number of clients (default 12)")
    demo.add_argument("--sessions", type=_sessions, default=(6, 60), metavar="M",
                      help="sessions per client: a number, or a range such as 6-60 (the default)")
    demo.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    log = add("log", cmd_log, "Log one session; a new client code creates the client.")
    log.add_argument("--client", required=True, metavar="CODE")
    for key in COMPONENT_KEYS:
        log.add_argument(f"--{key}", type=int, required=True, metavar="N", help=f"{key} rating, 0 to 10")
    log.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="session date (default today)")
    log.add_argument("--duration", type=int, default=50, metavar="MIN", help="minutes (default 50)")
    log.add_argument("--modality", type=_modality, default=Modality.IN_PERSON, help="in-person, video or phone")
    log.add_argument("--note-file", type=Path, metavar="F", help="read the session note from this UTF-8 file")
    log.add_argument("--rupture", action="append", default=[], metavar="KIND:INTENSITY[:MARKER,...]",
                     help="a rupture noticed in the session (repeatable)")
    imp = add("import", cmd_import, "Import sessions from a CSV file; all or nothing.")
    imp.add_argument("csv", type=Path, metavar="CSV")
    imp.add_argument("--dry-run", action="store_true", help="check the file and report; write nothing")
    exp = add("export", cmd_export, "Write a de-identified CSV, JSON or PDF export.")
    exp.add_argument("--format", required=True, choices=("csv", "json", "pdf"))
    exp.add_argument("--out", required=True, type=Path, metavar="PATH", help="the file to write")
    exp.add_argument("--client", action="append", metavar="CODE",
                     help="only this client (repeatable); default every client")
    exp.add_argument("--dates", choices=("relative", "shifted", "year"), default="relative",
                     help="relative: days since the first session (default); shifted: per-client random shift; "
                          "year: year only")
    exp.add_argument("--notes", choices=("exclude", "scrubbed"), default="exclude",
                     help="exclude free text (default) or include it with identifiers replaced")
    exp.add_argument("--pseudonyms", choices=("stable", "fresh"), default="stable",
                     help="stable across exports (default) or fresh, unlinkable ones")
    exp.add_argument("--layout", choices=("long", "wide"), default="long",
                     help="CSV only: long (one row per session and measure, default) or wide (one row per session)")
    exp.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="PDF only")
    exp.add_argument("--limited-data-set", action="store_true",
                     help="with --dates shifted: confirm the export is a limited data set (not Safe Harbor), "
                          "shared only under a data use agreement")
    bak = add("backup", cmd_backup, "Write a verified encrypted backup of the vault.")
    bak.add_argument("--to", type=Path, metavar="DIR",
                     help="write the backup folder into DIR (default: the vault's backups folder, rotated)")
    res = add("restore", cmd_restore, "Replace the vault with an encrypted backup; the vault as it was is kept.")
    res.add_argument("backup", type=Path, metavar="BACKUP",
                     help="the backup folder (holding alliance.db and keys.json)")
    add("verify", cmd_verify, "Check the key file, page authentication, database integrity and audit trail.")
    pw = add("passwd", cmd_passwd, "Change the passphrase.")
    pw.add_argument("--new-passphrase-file", type=Path, metavar="F")
    rec = add("recover", cmd_recover, "Set a new passphrase with the recovery key.")
    rec.add_argument("--recovery-key-file", type=Path, required=True, metavar="F")
    rec.add_argument("--new-passphrase-file", type=Path, metavar="F")
    return parser


def _start_gui(vault: Path | None) -> int:
    try:
        from alliance.ui.shell.app import run
    except ImportError as exc:
        raise CliError(f"The app window cannot start: {exc}.") from exc
    return int(run(vault) or 0)


def _os_error_line(exc: OSError) -> str:
    where = f" {exc.filename}" if exc.filename else ""
    return f"Could not use{where}: {exc.strerror or exc}."


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 2
    try:
        if args.command is None:
            return _start_gui(args.gui_vault)
        chosen = args.vault or args.gui_vault  # `alliance --vault X verify` works too
        args.vault = Path(chosen) if chosen else (
            paths.demo_vault_folder() if args.command == "demo" else paths.default_vault_folder())
        return int(args.func(args))
    except CliError as exc:
        message, code = str(exc), exc.exit_code
    except VaultError as exc:
        message, code = str(exc), exc.exit_code
        if code == 4 and args.command not in (None, "restore") and isinstance(args.vault, Path):
            offer = _backups_offer(args.vault)
            message += f" {offer}" if offer else ""  # still one line
    except ValidationError as exc:
        message, code = "Nothing was saved: " + " ".join(p.message for p in exc.problems), 1
    except UnicodeDecodeError as exc:
        message, code = f"A file is not UTF-8 text ({exc.reason}).", 1
    except OSError as exc:
        message, code = _os_error_line(exc), 1
    except KeyboardInterrupt:
        message, code = "Interrupted; nothing more was saved.", 130
    except Exception as exc:  # the message may quote clinical data, so name only its type
        message, code = f"Alliance hit an unexpected error ({type(exc).__name__}); nothing more was saved.", 1
    print(f"alliance: {message}", file=sys.stderr)
    return code
