"""CSV exports: a tidy long table (one row per pseudonym x session x measure) and a sessions-wide table.

Outcome measures: the long table has each answered item (``pcl5.p1``) and the total as the manual counts it
(``pcl5.total``); the wide table has, for each instrument in the export, its total, band, change class against
the client's first administration in the export, and whether recovered (``pcl5_total`` ... ``pcl5_recovered``).

UTF-8 with a header; numeric columns hold plain numbers (R, SPSS and pandas read them as numeric);
text cells that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from itertools import islice
from typing import IO, Any

from alliance.core.deid import neutralise_cell
from alliance.core.export_records import ExportAdministration, ExportClient, ExportSet

LONG_HEADER = ("pseudonym", "session", "day", "measure", "value")
WIDE_HEADER = ("pseudonym", "status", "session", "day", "duration_min", "modality", "safety", "trust", "attunement",
               "boundaries", "alliance_index", "checkin_mean", "srs_total", "ns_state_start", "ns_state_end",
               "ruptures", "rupture_kinds", "max_rupture_intensity", "repairs", "max_repair_resolution",
               "corrective_experience", "note")
OUTCOME_COLUMNS = ("total", "band", "change", "recovered")  # per instrument in the export, before "note"

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


def outcome_instruments(export: ExportSet) -> list[str]:
    """The outcome instruments any exported client answered, in a stable order."""
    return sorted({o.instrument for c in export.clients for o in c.outcomes})


def wide_header(export: ExportSet) -> tuple[str, ...]:
    """WIDE_HEADER with the outcome columns of the instruments in this export before the note."""
    extra = tuple(f"{i}_{col}" for i in outcome_instruments(export) for col in OUTCOME_COLUMNS)
    return WIDE_HEADER[:-1] + extra + WIDE_HEADER[-1:]


def _administrations(c: ExportClient) -> dict[tuple[int, str], ExportAdministration]:
    return {(a.session, o.instrument): a for o in c.outcomes for a in o.administrations}


def _outcome_cells(a: ExportAdministration | None) -> tuple[object, ...]:
    if a is None:
        return "", "", "", ""
    return _blank(_number(a.total)), a.band or "", a.change_class, int(a.recovered)


class Cancelled(Exception):
    """The person cancelled a long export; the partial file is removed by the caller."""


PROGRESS_EVERY = 2000  # rows between progress calls


def _write(fh: IO[str], header: tuple[str, ...], rows: Iterator[tuple[Any, ...]], total: int,
           progress: Progress | None, neutralised: bool = False) -> int:
    """Write the header and rows; unless the rows come ``neutralised`` already, every text cell is
    neutralised here. Rows go out in batches; progress is asked after every ``PROGRESS_EVERY`` rows."""
    # RFC 4180 line ends: with "\r\n" as terminator the writer quotes any cell holding \r or \n.
    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerow(header)
    if not neutralised:  # only text can be a formula
        rows = (tuple(neutralise_cell(v) if isinstance(v, str) else v for v in row) for row in rows)
    n = 0
    while batch := list(islice(rows, PROGRESS_EVERY)):
        writer.writerows(batch)
        n += len(batch)
        if progress is not None and n % PROGRESS_EVERY == 0 and not progress(n, total):
            raise Cancelled()
    return n


def write_long(export: ExportSet, fh: IO[str], progress: Progress | None = None) -> int:
    """The long table; returns the number of data rows.

    Cells are neutralised as they are made, each text once where it repeats (the pseudonym per client,
    the day per session, each measure name once), so the rows go to the writer as they are. The ratings, the
    index, the check-in, the SRS and the items are numbers (``ExportSession``'s types): only text can be a
    formula, so they go out as they are."""
    cell = neutralise_cell
    names: dict[str, object] = {}

    def name(measure: str) -> object:
        found = names.get(measure)
        if found is None:
            found = names[measure] = cell(measure)
        return found

    def rows() -> Iterator[tuple[Any, ...]]:  # one per measure a session has, in a fixed order
        for c in export.clients:
            p = cell(c.pseudonym)
            totals = {(a.session, o.instrument): a.total for o in c.outcomes for a in o.administrations
                      if a.total is not None}
            for s in c.sessions:
                n, day = s.n, cell(s.day)
                yield p, n, day, "safety", s.safety
                yield p, n, day, "trust", s.trust
                yield p, n, day, "attunement", s.attunement
                yield p, n, day, "boundaries", s.boundaries
                yield p, n, day, "alliance_index", s.alliance_index
                if s.checkin is not None:
                    yield p, n, day, "checkin_mean", s.checkin
                if s.srs_total is not None:
                    yield p, n, day, "srs_total", s.srs_total
                for instrument in sorted(s.instruments):
                    for item, value in sorted(s.instruments[instrument].items()):
                        yield p, n, day, name(f"{instrument}.{item}"), value
                    if (total := totals.get((s.n, instrument))) is not None:
                        yield p, n, day, name(f"{instrument}.total"), _number(total)
    return _write(fh, LONG_HEADER, rows(), export.session_count * 8, progress, neutralised=True)


def write_wide(export: ExportSet, fh: IO[str], progress: Progress | None = None) -> int:
    """One row per session; returns the number of data rows."""
    instruments = outcome_instruments(export)

    def rows() -> Iterator[tuple[Any, ...]]:
        for c in export.clients:
            given = _administrations(c)
            for s in c.sessions:
                outcome = tuple(v for i in instruments for v in _outcome_cells(given.get((s.n, i))))
                yield (c.pseudonym, c.status, s.n, s.day, s.duration_min, s.modality, s.safety, s.trust, s.attunement,
                       s.boundaries, s.alliance_index, _blank(s.checkin), _blank(s.srs_total),
                       s.ns_state_start or "", s.ns_state_end or "", len(s.ruptures),
                       ";".join(r.kind for r in s.ruptures), max((r.intensity for r in s.ruptures), default=""),
                       len(s.repairs), max((r.resolution for r in s.repairs), default=""),
                       int(s.corrective_experience), *outcome, s.note or "")
    return _write(fh, wide_header(export), rows(), export.session_count, progress)


def _blank(value: object) -> object:
    return "" if value is None else value


def _number(value: object) -> object:
    """A whole float as an int (a total of 12.0 is written 12)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value
