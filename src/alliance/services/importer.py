"""Import sessions from a spreadsheet (CSV): validate the whole file, then write all of it or nothing.

Format (DESIGN.md): UTF-8 with or without BOM, a header row; required columns ``client_code, date,
safety, trust, attunement, boundaries``; optional ``client_name, duration_min, modality,
rupture_kind, rupture_intensity, rupture_markers, repair_strategies, resolution, note``. Lists in a
cell are separated by ``;``. A repair in a row repairs the rupture of that same row.

Line numbers are the ones a spreadsheet shows: the header is line 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.instruments import load_instruments
from alliance.core.messages import msg
from alliance.core.outcomes import load_outcome_instruments
from alliance.core.ratings import COMPONENT_KEYS, Ratings, check_rating
from alliance.core.records import ClientDraft, Modality, RepairDraft, RuptureDraft, SessionDraft
from alliance.core.taxonomy import (
    CONFRONTATION_MARKERS,
    REPAIR_STRATEGIES,
    WITHDRAWAL_MARKERS,
    RuptureKind,
    Term,
)
from alliance.core.validation import validate_client, validate_session_draft
from alliance.services import signals
from alliance.services.clients import add_client, find_client
from alliance.services.ruptures import open_ruptures
from alliance.services.session_batch import SessionBatch
from alliance.store.vault import Vault

REQUIRED_COLUMNS: tuple[str, ...] = ("client_code", "date", *COMPONENT_KEYS)
OPTIONAL_COLUMNS: tuple[str, ...] = (
    "client_name", "duration_min", "modality", "rupture_kind", "rupture_intensity", "rupture_markers",
    "repair_strategies", "resolution", "note",
)
REPAIR_OF_COLUMN = "repair_of"  # the date of an earlier session whose rupture this row's repair resolves


def _instrument_columns() -> dict[str, tuple[str, str]]:
    """Column name -> (instrument id, item id): ``checkin_understood``, ``srs_overall`` for the per-session
    instruments (by item id), ``pcl5_1`` … ``pcl5_20``, ``phq9_1`` … for the outcome measures (by item number)."""
    out: dict[str, tuple[str, str]] = {}
    for iid in ("checkin", "srs", "wai_sr"):
        instrument = load_instruments().get(iid)
        for item in instrument.items if instrument else ():
            out[f"{iid}_{item.id}"] = (iid, item.id)
    for oid, outcome in load_outcome_instruments().items():
        for oitem in outcome.items:
            out[f"{oid}_{oitem.number}"] = (oid, oitem.id)
    return out


INSTRUMENT_COLUMNS: dict[str, tuple[str, str]] = _instrument_columns()
ALL_COLUMNS: tuple[str, ...] = REQUIRED_COLUMNS + OPTIONAL_COLUMNS + (REPAIR_OF_COLUMN, *INSTRUMENT_COLUMNS)
DEFAULT_DURATION = 50

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT_RE = re.compile(r"^[+-]?\d+(\.0*)?$")  # spreadsheets sometimes write whole numbers as 7.0
# Draft field names from the services, mapped to the CSV column that holds them.
_FIELD_COLUMNS: dict[str, str] = {
    "code": "client_code", "display_name": "client_name", "date": "date", "duration_min": "duration_min",
    "modality": "modality", "note": "note", "safety": "safety", "trust": "trust",
    "attunement": "attunement", "boundaries": "boundaries", "ruptures[0].kind": "rupture_kind",
    "ruptures[0].intensity": "rupture_intensity", "ruptures[0].markers": "rupture_markers",
    "repairs[0].resolution": "resolution", "repairs[0].strategies": "repair_strategies", "repair_of": "repair_of",
}


@dataclass(frozen=True)
class ImportProblem:
    """One problem in the file: where it is (line, and column when it concerns one) and what is wrong."""

    line: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f'line {self.line}, column "{self.column}"' if self.column else f"line {self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ImportRow:
    """One valid data row, ready to become a session."""

    line: int
    client_code: str
    client_name: str
    date: dt.date
    ratings: Ratings
    duration_min: int
    modality: Modality
    note: str
    ruptures: tuple[RuptureDraft, ...] = ()
    repairs: tuple[RepairDraft, ...] = ()
    instruments: dict[str, dict[str, int]] = field(default_factory=dict)
    repair_of: dt.date | None = None  # this row's repair resolves a rupture of the session on that date

    def draft(self, client_id: int, earlier_rupture: int | None = None) -> SessionDraft:
        """The session draft for this row; ``earlier_rupture``: the id of the rupture ``repair_of`` names."""
        repairs = self.repairs
        if earlier_rupture is not None:  # the row's repair belongs to that rupture, not to one of its own
            repairs = tuple(RepairDraft(resolution=r.resolution, strategies=r.strategies, note=r.note,
                                        rupture_id=earlier_rupture) for r in self.repairs)
        return SessionDraft(client_id=client_id, date=self.date, ratings=self.ratings,
                            duration_min=self.duration_min, modality=self.modality, note=self.note,
                            ruptures=self.ruptures, repairs=repairs, instruments=self.instruments)


@dataclass(frozen=True)
class ParsedFile:
    """The result of reading a file: the rows that parsed and every problem found."""

    rows: tuple[ImportRow, ...]
    problems: tuple[ImportProblem, ...]


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, on a dry run, would do)."""

    rows: int
    sessions: int
    new_clients: tuple[str, ...]
    problems: tuple[ImportProblem, ...] = ()
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        """True when the file had no problems (and, unless a dry run, was imported)."""
        return not self.problems


@dataclass
class _RowParse:
    line: int
    problems: list[ImportProblem] = field(default_factory=list)

    def add(self, column: str | None, message: str) -> None:
        self.problems.append(ImportProblem(self.line, column, message))


def read_csv_text(path: Path) -> str:
    """The file's text, with a UTF-8 BOM removed. Raises ValueError naming the line of bad encoding."""
    raw = Path(path).read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ValueError(
            f"line {line}: The file is not UTF-8 text. Save it from your spreadsheet as "
            "\"CSV UTF-8\" and try again."
        ) from exc


def parse_csv(text: str) -> ParsedFile:
    """Read and validate a whole CSV text without touching a vault; collects every problem."""
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        return ParsedFile((), (ImportProblem(1, None, f"The header could not be read as CSV ({exc})."),))
    if header is None or not any(cell.strip() for cell in header):
        return ParsedFile((), (ImportProblem(1, None, "The file is empty. The first line must be the header: "
                                             + ", ".join(REQUIRED_COLUMNS) + "."),))
    columns, problems = _check_header(header)
    if problems:
        return ParsedFile((), tuple(problems))
    rows: list[ImportRow] = []
    all_problems: list[ImportProblem] = []
    names: dict[str, tuple[str, int]] = {}  # client code (lower) -> first name given, its line
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            all_problems.append(ImportProblem(line + 1, None, f"This line could not be read as CSV ({exc})."))
            break
        line += 1
        if not any(cell.strip() for cell in cells):
            continue  # blank lines between blocks are harmless
        parsed = _RowParse(line)
        if len(cells) > len(columns):
            parsed.add(None, f"This row has {len(cells)} cells but the header names {len(columns)} columns.")
        values = {col: (cells[i] if i < len(cells) else "") for i, col in enumerate(columns)}
        row = _parse_row(values, parsed)
        if row is not None and row.client_name:
            first = names.setdefault(row.client_code.lower(), (row.client_name, line))
            if first[0] != row.client_name:
                parsed.add("client_name", f"Client {row.client_code} is named differently on line {first[1]}.")
        all_problems += parsed.problems
        if row is not None and not parsed.problems:
            rows.append(row)
    if not rows and not all_problems:  # was `line == 1`: a header over blank rows (",,,") imported 0 sessions "ok"
        all_problems.append(ImportProblem(2, None, "The file has a header but no sessions below it."))
    return ParsedFile(tuple(rows), tuple(all_problems))


def import_csv(vault: Vault, text: str, dry_run: bool = False) -> ImportReport:
    """Import every row of a CSV text as a session, creating clients for new codes, in one transaction.

    All or nothing: if any row has a problem nothing is written. A dry run does the whole import
    and then rolls it back, so it finds the same problems a real import would.
    """
    return import_rows(vault, parse_csv(text), dry_run)


def import_rows(vault: Vault, parsed: ParsedFile, dry_run: bool = False) -> ImportReport:
    """Import an already parsed file (see ``import_csv``); writes nothing if it has any problem."""
    if parsed.problems:
        return ImportReport(len(parsed.rows), 0, (), parsed.problems, dry_run)
    problems: list[ImportProblem] = []
    new_clients: list[str] = []
    try:
        with vault.work.transaction() as db:
            client_ids: dict[str, int | None] = {}
            first_dates = _first_dates(parsed.rows)
            batch = SessionBatch(db)
            for row in parsed.rows:
                key = row.client_code.lower()
                try:
                    if key not in client_ids:
                        client_ids[key] = None  # a refused client is reported once, on its first line
                        client_ids[key] = _client_id(vault, row, first_dates[key], new_clients)
                    client_id = client_ids[key]
                    if client_id is not None:
                        batch.add(row.draft(client_id, _earlier_rupture(vault, client_id, row)))
                except ValidationError as exc:
                    problems += [_problem(row.line, p) for p in exc.problems]
            if problems or dry_run:
                raise _RollBack
            batch.finish()
    except _RollBack:
        pass
    finally:
        signals.forget(vault)  # whatever this import wrote, or rolled back, was read by no one yet
    if problems:
        return ImportReport(len(parsed.rows), 0, (), tuple(problems), dry_run)
    return ImportReport(len(parsed.rows), len(parsed.rows), tuple(new_clients), (), dry_run)


class _RollBack(Exception):
    """Raised inside the transaction to undo it."""


def _earlier_rupture(vault: Vault, client_id: int, row: ImportRow) -> int | None:
    """The rupture ``repair_of`` names: the first one not yet resolved of that client's session on that date."""
    if row.repair_of is None:
        return None
    for rupture in open_ruptures(vault, client_id):
        if rupture.session_date == row.repair_of:
            return rupture.id
    raise ValidationError.single("repair_of", msg("No unresolved rupture in a session on {value} for this client: "
                                                  "check the date, or log that session first.",
                                                  value=row.repair_of.isoformat()))


def _first_dates(rows: tuple[ImportRow, ...]) -> dict[str, dt.date]:
    """Each client code's (lower case) earliest session date in the file: the intake date of a new client."""
    first: dict[str, dt.date] = {}
    for r in rows:
        key = r.client_code.lower()
        first[key] = min(first.get(key, r.date), r.date)
    return first


def _client_id(vault: Vault, row: ImportRow, first_date: dt.date, new_clients: list[str]) -> int:
    existing = find_client(vault, row.client_code)
    if existing is not None:
        return existing.id
    client = add_client(vault, ClientDraft(code=row.client_code, display_name=row.client_name,
                                           intake_date=first_date))
    new_clients.append(client.code)
    return client.id


def _problem(line: int, problem: FieldProblem) -> ImportProblem:
    return ImportProblem(line, _FIELD_COLUMNS.get(problem.field), problem.message)


def _normalise(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def _check_header(header: list[str]) -> tuple[list[str], list[ImportProblem]]:
    problems: list[ImportProblem] = []
    columns = [_normalise(h) for h in header]
    if len(columns) == 1 and ";" in header[0]:
        return columns, [ImportProblem(1, None, "The columns are separated by semicolons. Save the file as "
                                       "CSV with commas between columns (\"CSV UTF-8\").")]
    seen: set[str] = set()
    for col in columns:
        if not col:
            problems.append(ImportProblem(1, None, "A column has no name in the header; name it or delete it."))
        elif col in seen:
            problems.append(ImportProblem(1, col, f'The column "{col}" appears more than once; keep one.'))
        elif col not in ALL_COLUMNS:
            problems.append(ImportProblem(1, col, f'Unknown column "{col}". Known columns: '
                                          + ", ".join(ALL_COLUMNS) + "."))
        seen.add(col)
    for col in REQUIRED_COLUMNS:
        if col not in seen:
            problems.append(ImportProblem(1, col, f'The required column "{col}" is missing from the header.'))
    return columns, problems


def _int_cell(value: str, column: str, message: str, parsed: _RowParse) -> int | None:
    text = value.strip()
    if not _INT_RE.match(text):
        parsed.add(column, message)
        return None
    try:
        return int(float(text)) if "." in text else int(text)
    except (ValueError, OverflowError):
        # 400 nines and ".0" is float infinity (OverflowError); over 4,300 digits int() refuses
        # (ValueError). Both crashed the whole import instead of naming the cell.
        parsed.add(column, message)
        return None


def _terms(value: str, terms: tuple[Term, ...], what: str, column: str, parsed: _RowParse) -> tuple[str, ...]:
    lookup = {t.key.lower(): t.key for t in terms} | {t.label.lower(): t.key for t in terms}
    keys: list[str] = []
    for part in value.split(";"):
        name = part.strip()
        if not name:
            continue
        key = lookup.get(name.lower()) or lookup.get(_normalise(name))
        if key is None:
            parsed.add(column, f'Unknown {what} "{name}". Use one of: ' + ", ".join(t.key for t in terms) + ".")
        elif key not in keys:
            keys.append(key)
    return tuple(keys)


def _parse_row(values: dict[str, str], parsed: _RowParse) -> ImportRow | None:
    code = values["client_code"].strip()
    name = values.get("client_name", "").strip()
    for p in validate_client(ClientDraft(code=code, display_name=name)):
        parsed.add(_FIELD_COLUMNS.get(p.field, "client_code"), p.message)
    date_text = values["date"].strip()
    date: dt.date | None = None
    if not _DATE_RE.match(date_text):
        parsed.add("date", "Write the date as YYYY-MM-DD, for example 2024-03-07.")
    else:
        try:
            date = dt.date.fromisoformat(date_text)
        except ValueError:
            parsed.add("date", f"{date_text} is not a date in the calendar.")
    ratings: dict[str, int] = {}
    for key in COMPONENT_KEYS:
        message = check_rating(key, None)[0].message
        value = _int_cell(values[key], key, message, parsed)
        if value is not None and check_rating(key, value):
            parsed.add(key, message)
        elif value is not None:
            ratings[key] = value
    duration = DEFAULT_DURATION
    if values.get("duration_min", "").strip():
        given = _int_cell(values["duration_min"], "duration_min", "Duration must be a whole number of minutes.",
                          parsed)
        duration = DEFAULT_DURATION if given is None else given
    modality = Modality.IN_PERSON
    modality_text = _normalise(values.get("modality", "")).replace("_", " ")
    if modality_text:
        try:
            modality = Modality(modality_text)
        except ValueError:
            parsed.add("modality", "Modality must be in person, video or phone.")
    repair_of = None
    if values.get(REPAIR_OF_COLUMN, "").strip():
        text = values[REPAIR_OF_COLUMN].strip()
        try:
            repair_of = dt.date.fromisoformat(text) if _DATE_RE.match(text) else None
        except ValueError:
            repair_of = None
        if repair_of is None:
            parsed.add(REPAIR_OF_COLUMN, "Write the date of the session whose rupture this repairs as YYYY-MM-DD.")
    ruptures, repairs = _parse_rupture(values, parsed, repairs_earlier=repair_of is not None)
    instruments: dict[str, dict[str, int]] = {}
    for cell_column, cell in values.items():  # the file's own columns, not every instrument item there is
        target = INSTRUMENT_COLUMNS.get(cell_column)
        if target is not None and cell.strip():
            answer = _int_cell(cell, cell_column, "Enter a whole number, or leave the cell empty.", parsed)
            if answer is not None:
                instruments.setdefault(target[0], {})[target[1]] = answer
    if parsed.problems or date is None or len(ratings) < len(COMPONENT_KEYS):
        return None
    row = ImportRow(line=parsed.line, client_code=code, client_name=name, date=date,
                    ratings=Ratings(**ratings), duration_min=duration, modality=modality,
                    note=values.get("note", ""), ruptures=ruptures, repairs=repairs, instruments=instruments,
                    repair_of=repair_of)
    seen = {(p.column, p.message) for p in parsed.problems}
    # The earlier rupture is looked up when the row is logged; a stand-in id lets its repair be checked here.
    for p in validate_session_draft(row.draft(client_id=0, earlier_rupture=0 if repair_of else None)):
        column = _FIELD_COLUMNS.get(p.field) or _instrument_column(p.field)
        if (column, p.message) not in seen:
            seen.add((column, p.message))
            parsed.add(column, p.message)
    return row


def _instrument_column(field_name: str) -> str | None:
    """The CSV column of a draft field such as ``instruments.pcl5.q3``."""
    parts = field_name.split(".")
    if len(parts) != 3 or parts[0] != "instruments":
        return None
    return next((c for c, target in INSTRUMENT_COLUMNS.items() if target == (parts[1], parts[2])), None)


def _parse_rupture(values: dict[str, str], parsed: _RowParse,
                   repairs_earlier: bool = False) -> tuple[tuple[RuptureDraft, ...], tuple[RepairDraft, ...]]:
    kind_text = values.get("rupture_kind", "").strip().lower()
    intensity_text = values.get("rupture_intensity", "").strip()
    markers_text = values.get("rupture_markers", "").strip()
    strategies_text = values.get("repair_strategies", "").strip()
    resolution_text = values.get("resolution", "").strip()
    kind: RuptureKind | None = None
    if kind_text:
        try:
            kind = RuptureKind(kind_text)
        except ValueError:
            parsed.add("rupture_kind", "Rupture kind must be withdrawal, confrontation or mixed.")
    elif intensity_text or markers_text:
        parsed.add("rupture_kind", "This row describes a rupture; enter its kind: withdrawal, confrontation or mixed.")
    intensity: int | None = None
    if intensity_text:
        intensity = _int_cell(intensity_text, "rupture_intensity",
                              "Rupture intensity must be a whole number from 1 to 5.", parsed)
    elif kind_text:
        parsed.add("rupture_intensity", "Enter the rupture's intensity, a whole number from 1 to 5.")
    markers = _terms(markers_text, WITHDRAWAL_MARKERS + CONFRONTATION_MARKERS, "rupture marker",
                     "rupture_markers", parsed)
    strategies = _terms(strategies_text, REPAIR_STRATEGIES, "repair strategy", "repair_strategies", parsed)
    resolution: int | None = None
    if resolution_text:
        resolution = _int_cell(resolution_text, "resolution", "Resolution must be a whole number from 1 to 5.", parsed)
    elif strategies_text:
        parsed.add("resolution", "This row describes a repair; enter how far it resolved the rupture, 1 to 5.")
    if repairs_earlier:
        if resolution is None:
            parsed.add("resolution", "A repair of an earlier rupture needs how far it resolved it, 1 to 5.")
            return (), ()
        own = (RuptureDraft(kind=kind, intensity=intensity, markers=markers),) if kind and intensity else ()
        return own, (RepairDraft(resolution=resolution, strategies=strategies),)
    if (strategies_text or resolution_text) and not (kind_text or intensity_text or markers_text):
        parsed.add("repair_strategies" if strategies_text else "resolution",
                   "A repair needs the rupture it repairs in the same row (rupture_kind and rupture_intensity), "
                   "or the date of the earlier session whose rupture it repairs in repair_of.")
    if kind is None or intensity is None:
        return (), ()
    rupture = RuptureDraft(kind=kind, intensity=intensity, markers=markers)
    if resolution is None:
        return (rupture,), ()
    return (rupture,), (RepairDraft(resolution=resolution, strategies=strategies, new_rupture_index=0),)
