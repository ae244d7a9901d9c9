"""CSV exports: a tidy long table (one row per pseudonym x session x measure) and a sessions-wide table.

UTF-8 with a header; numeric columns hold plain numbers (R, SPSS and pandas read them as numeric);
text cells that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from typing import IO, Any

from alliance.core.deid import neutralise_cell
from alliance.core.export_records import ExportSession, ExportSet

LONG_HEADER = ("pseudonym", "session", "day", "measure", "value")
WIDE_HEADER = ("pseudonym", "status", "session", "day", "duration_min", "modality", "safety", "trust", "attunement",
               "boundaries", "alliance_index", "checkin_mean", "srs_total", "ns_state_start", "ns_state_end",
               "ruptures", "rupture_kinds", "max_rupture_intensity", "repairs", "max_repair_resolution",
               "corrective_experience", "note")

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


def _measures(s: ExportSession) -> Iterator[tuple[str, float | int]]:
    yield "safety", s.safety
    yield "trust", s.trust
    yield "attunement", s.attunement
    yield "boundaries", s.boundaries
    yield "alliance_index", s.alliance_index
    if s.checkin is not None:
        yield "checkin_mean", s.checkin
    if s.srs_total is not None:
        yield "srs_total", s.srs_total
    for instrument in sorted(s.instruments):
        for item, value in sorted(s.instruments[instrument].items()):
            yield f"{instrument}.{item}", value


class Cancelled(Exception):
    """The person cancelled a long export; the partial file is removed by the caller."""


def _write(fh: IO[str], header: tuple[str, ...], rows: Iterator[tuple[Any, ...]], total: int,
           progress: Progress | None) -> int:
    # RFC 4180 line ends: with "\r\n" as terminator the writer quotes any cell holding \r or \n.
    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerow(header)
    n = 0
    for n, row in enumerate(rows, start=1):
        writer.writerow([neutralise_cell(v) if isinstance(v, str) else v for v in row])  # only text can be a formula
        if progress is not None and n % 2000 == 0 and not progress(n, total):
            raise Cancelled()
    return n


def write_long(export: ExportSet, fh: IO[str], progress: Progress | None = None) -> int:
    """The long table; returns the number of data rows."""
    def rows() -> Iterator[tuple[Any, ...]]:
        for c in export.clients:
            for s in c.sessions:
                for measure, value in _measures(s):
                    yield c.pseudonym, s.n, s.day, measure, value
    return _write(fh, LONG_HEADER, rows(), export.session_count * 8, progress)


def write_wide(export: ExportSet, fh: IO[str], progress: Progress | None = None) -> int:
    """One row per session; returns the number of data rows."""
    def rows() -> Iterator[tuple[Any, ...]]:
        for c in export.clients:
            for s in c.sessions:
                yield (c.pseudonym, c.status, s.n, s.day, s.duration_min, s.modality, s.safety, s.trust, s.attunement,
                       s.boundaries, s.alliance_index, _blank(s.checkin), _blank(s.srs_total),
                       s.ns_state_start or "", s.ns_state_end or "", len(s.ruptures),
                       ";".join(r.kind for r in s.ruptures), max((r.intensity for r in s.ruptures), default=""),
                       len(s.repairs), max((r.resolution for r in s.repairs), default=""),
                       int(s.corrective_experience), s.note or "")
    return _write(fh, WIDE_HEADER, rows(), export.session_count, progress)


def _blank(value: object) -> object:
    return "" if value is None else value
