"""Fuzzing ``alliance import``: random text and mutated valid files never crash the parser, every
problem names its line (and its column when it is about one), and an import writes all of a file or
nothing of it. What is imported reads back exactly as written in the file."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from alliance.core.taxonomy import REPAIR_STRATEGIES, RuptureKind, markers_for
from alliance.services.importer import ALL_COLUMNS, REQUIRED_COLUMNS, import_csv, import_rows, parse_csv, read_csv_text
from alliance.store.vault import Vault
from tests.reliability.conftest import report, scaled

FUZZ = settings(max_examples=scaled(150), deadline=None, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
HEADER = list(ALL_COLUMNS)
ODD_CELLS = [
    "", " ", "-1", "11", "7.0", "7.5", "1e3", "0x7", "٣", "𝟟", "+7", "07", "9" * 400 + ".0", "9" * 5000, "NaN",
    "2023-02-29", "2024-02-29", "0001-01-01", "9999-12-31", "1949-12-31", "2024/01/01", "24-01-01", "2024-1-1",
    "withdrawal", "mixed", "CONFRONTATION", "rupture", "denial;nope", "Denial; Minimal response", ";;;",
    "clarifies;clarifies", "in person", "In-Person", "zoom", "\x00", "'); DROP TABLE sessions;--", "\u202eevil",
    "=cmd|' /C calc'!A0", '"', '""', "a,b", "line\nbreak", "\r", "\ufeff", "Ω" * 100_001,
]


def _count(vault: Vault) -> dict[str, int]:
    with vault.work.transaction() as db:
        return {t: int(db.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
                for t in ("clients", "sessions", "ruptures", "repairs", "audit_events")}


def _sessions_by_content(vault: Vault) -> Counter[tuple[object, ...]]:
    with vault.work.transaction() as db:
        rows = db.execute(text(
            "SELECT lower(c.code), s.date, s.safety, s.trust, s.attunement, s.boundaries, s.duration_min, "
            "s.modality, s.note, (SELECT count(*) FROM ruptures r WHERE r.session_id = s.id) "
            "FROM sessions s JOIN clients c ON c.id = s.client_id")).all()
    return Counter(tuple(str(v) for v in r) for r in rows)


@st.composite
def valid_grids(draw: st.DrawFn) -> list[list[str]]:
    """A valid import file as a grid of cells (header first), columns in any order."""
    codes = draw(st.lists(st.from_regex(r"\A[A-Z]{1,3}-\d{1,3}\Z", fullmatch=True), min_size=1, max_size=3,
                          unique_by=str.lower))
    names = {c: draw(st.sampled_from(["", "Mara Lindqvist", "Ömer Şahin", "אורי", "O'Brien; \"Jo\""])) for c in codes}
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        code = draw(st.sampled_from(codes))
        row = {"client_code": code, "client_name": names[code],
               "date": draw(st.dates(dt.date(2015, 1, 1), dt.date(2024, 12, 31))).isoformat(),
               **{k: str(draw(st.integers(0, 10))) for k in ("safety", "trust", "attunement", "boundaries")},
               "duration_min": draw(st.sampled_from(["", "50", "45", "90.0"])),
               "modality": draw(st.sampled_from(["", "in person", "Video", "phone", "in-person"])),
               "note": draw(st.text(max_size=80).map(lambda t: t.replace("\x00", "").replace("\r", "")))}
        if draw(st.booleans()):
            kind = draw(st.sampled_from(list(RuptureKind)))
            terms = markers_for(kind)
            row |= {"rupture_kind": kind.value, "rupture_intensity": str(draw(st.integers(1, 5))),
                    "rupture_markers": ";".join(draw(st.lists(st.sampled_from([t.key for t in terms] +
                                                                              [t.label for t in terms]), max_size=2)))}
            if draw(st.booleans()):
                row |= {"resolution": str(draw(st.integers(1, 5))),
                        "repair_strategies": ";".join(draw(st.lists(st.sampled_from([t.key for t in REPAIR_STRATEGIES]),
                                                                    max_size=2)))}
        rows.append(row)
    header = draw(st.permutations(HEADER))
    return [list(header)] + [[r.get(col, "") for col in header] for r in rows]


def _csv(grid: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(grid)
    return out.getvalue()


@st.composite
def mutated_files(draw: st.DrawFn) -> tuple[str, int]:
    """A valid file with 0-3 mutations of its cells, rows, header or raw text; returns (text, mutations)."""
    grid = draw(valid_grids())
    mutations = draw(st.integers(0, 3))
    for _ in range(mutations):
        what = draw(st.sampled_from(["cell", "cell", "cell", "drop-cell", "extra-cell", "drop-row", "dup-row",
                                     "header", "text-insert", "text-cut", "bom", "crlf", "semicolons"]))
        r = draw(st.integers(0, len(grid) - 1))
        if what == "cell" and len(grid) > 1:
            r = max(r, 1)
            grid[r][draw(st.integers(0, len(grid[r]) - 1))] = draw(st.one_of(st.sampled_from(ODD_CELLS), st.text()))
        elif what == "drop-cell" and grid[r]:
            del grid[r][draw(st.integers(0, len(grid[r]) - 1))]
        elif what == "extra-cell":
            grid[r].append(draw(st.sampled_from(["", "x", "7"])))
        elif what == "drop-row" and len(grid) > 1:
            del grid[r]
        elif what == "dup-row":
            grid.insert(r, list(grid[r]))
        elif what == "header":
            c = draw(st.integers(0, len(grid[0]) - 1))
            grid[0][c] = draw(st.sampled_from(["", "Client Code", "client-code", "CLIENT_CODE ", "safety", "sessions",
                                               "note", "ratings", "\ufeffclient_code"]))
    body = _csv(grid)
    for _ in range(draw(st.integers(0, 1))):
        pos = draw(st.integers(0, len(body)))
        body = body[:pos] + draw(st.sampled_from(['"', "\x00", "\r", "\n", ",", ";", "\\", "'"])) + body[pos:]
    if draw(st.integers(0, 9)) == 0:
        body = body[: draw(st.integers(0, len(body)))]
    if draw(st.integers(0, 9)) == 0:
        body = "\ufeff" + body
    if draw(st.integers(0, 9)) == 0:
        body = body.replace("\n", "\r\n")
    if draw(st.integers(0, 19)) == 0:
        body = body.replace(",", ";")
    return body, mutations


def _check_problems(source: str, problems: tuple[object, ...]) -> None:
    records = max(1, len(source.splitlines()) + 1)
    for problem in problems:
        line, column, message = problem.line, problem.column, problem.message  # type: ignore[attr-defined]
        assert isinstance(line, int) and 1 <= line <= records + 1, problem
        assert message.strip() and "Traceback" not in message, problem
        assert column is None or (isinstance(column, str) and column), problem
        if line >= 2 and column is not None:
            assert column in ALL_COLUMNS, problem
        assert str(problem).startswith(f"line {line}"), problem


def test_fuzz_parse_random_text(capsys: pytest.CaptureFixture[str]) -> None:
    n = 0
    header = ",".join(REQUIRED_COLUMNS) + "\n"

    @FUZZ
    @given(body=st.one_of(st.text(), st.text().map(lambda t: header + t),
                          st.lists(st.text(alphabet=',"\n\r;\x00 a7-', max_size=20), max_size=8)
                          .map(lambda parts: header + "\n".join(parts))))
    def check(body: str) -> None:
        nonlocal n
        n += 1
        parsed = parse_csv(body)
        _check_problems(body, parsed.problems)
        assert parsed.problems or parsed.rows

    check()

    @settings(FUZZ, max_examples=scaled(60))
    @given(raw=st.binary(max_size=300))
    def check_bytes(raw: bytes) -> None:
        nonlocal n
        n += 1
        path = tmp / "f.csv"
        path.write_bytes(raw)
        try:
            body = read_csv_text(path)
        except ValueError as exc:
            assert str(exc).startswith("line ") and "UTF-8" in str(exc)
            return
        _check_problems(body, parse_csv(body).problems)

    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        check_bytes()
    report(capsys, f"fuzz: {n} random CSV texts and byte strings parsed without a crash", fuzz_cases=n)


def test_fuzz_import_mutated_files(module_vault: Vault, capsys: pytest.CaptureFixture[str]) -> None:
    vault = module_vault
    n = imported = 0

    @settings(FUZZ, max_examples=scaled(150))
    @given(case=mutated_files())
    def check(case: tuple[str, int]) -> None:
        nonlocal n, imported
        n += 1
        body, _ = case
        parsed = parse_csv(body)
        _check_problems(body, parsed.problems)
        before, contents = _count(vault), _sessions_by_content(vault)
        dry = import_csv(vault, body, dry_run=True)
        assert _count(vault) == before, "a dry run wrote something"
        result = import_rows(vault, parsed)
        _check_problems(body, result.problems)
        assert result.ok == dry.ok and [str(p) for p in result.problems] == [str(p) for p in dry.problems]
        after = _count(vault)
        if not result.ok:
            assert after == before, "a refused import wrote something"
            return
        imported += 1
        assert after["sessions"] == before["sessions"] + len(parsed.rows)
        assert after["clients"] == before["clients"] + len(result.new_clients)
        added = _sessions_by_content(vault) - contents
        expected = Counter(
            (row.client_code.lower(), row.date.isoformat(), *(str(v) for v in row.ratings.as_dict().values()),
             str(row.duration_min), row.modality.value, row.note, str(len(row.ruptures)))
            for row in parsed.rows)
        assert added == expected

    check()
    report(capsys, f"fuzz: {n} mutated import files ({imported} imported whole, {n - imported} refused whole)",
           fuzz_cases=n)


def test_numbers_too_large_for_python_are_named_not_crashed() -> None:
    """Found by this fuzzing: 400 nines and ".0" overflowed float->int, 5,000 digits hit Python's int limit."""
    for cell in ("9" * 400 + ".0", "9" * 5000, "-" + "9" * 400 + ".0"):
        for column in ("safety", "duration_min", "rupture_intensity", "resolution"):
            values = {"client_code": "AB-1", "date": "2024-01-01", "safety": "5", "trust": "5", "attunement": "5",
                      "boundaries": "5", "rupture_kind": "mixed", "rupture_intensity": "3", column: cell}
            parsed = parse_csv(",".join(values) + "\n" + ",".join(values.values()) + "\n")
            assert not parsed.rows
            assert [(p.line, p.column) for p in parsed.problems] == [(2, column)], parsed.problems


def test_ten_megabyte_note_cell_is_refused_whole(module_vault: Vault) -> None:
    before = _count(module_vault)
    for size in (100_001, 10_000_000):
        body = "client_code,date,safety,trust,attunement,boundaries,note\n" \
               f"AB-1,2024-01-01,5,5,5,5,ok\nAB-1,2024-01-02,5,5,5,5,{'n' * size}\n"
        result = import_csv(module_vault, body)
        assert not result.ok and result.problems[0].line == 3, result.problems
        assert "note" in str(result.problems[0]) or "CSV" in str(result.problems[0])
    assert _count(module_vault) == before
