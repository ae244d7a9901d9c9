"""CSV writer: formula injection neutralised, numbers stay numbers, cancel leaves no file."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from alliance.core.deid import DeidSettings, NotesMode
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, RuptureDraft, SessionDraft
from alliance.core.taxonomy import RuptureKind
from alliance.reports import csv_writer
from alliance.reports.exporting import ExportRequest, gather, write
from alliance.services import clients, sessions
from alliance.store.vault import Vault

INJECTIONS = ["=HYPERLINK(\"http://evil\",\"x\")", "+SUM(1,2)", "-2+3", "@cmd", "\tleading tab", "\rcr"]


def test_formula_cells_neutralised_in_scrubbed_notes(vault: Vault, tmp_path: Path) -> None:
    cid = clients.add_client(vault, ClientDraft(code="INJ")).id
    for i, text in enumerate(INJECTIONS):
        sessions.log_session(vault, SessionDraft(client_id=cid, date=dt.date(2026, 1, 1) + dt.timedelta(days=i),
                                                 ratings=Ratings(5, 6, 7, 8), note=text,
                                                 ruptures=(RuptureDraft(RuptureKind.MIXED, 1),)))
    req = ExportRequest("csv", tmp_path / "x.csv", DeidSettings(notes=NotesMode.SCRUBBED), csv_layout="wide")
    write(gather(vault, req), req)
    with open(tmp_path / "x.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(INJECTIONS), [r["note"] for r in rows]
    for row in rows:  # neutralised, or no longer a formula once the scrubber took out what it held
        assert row["note"].startswith("'") or not row["note"].lstrip().startswith(("=", "+", "-", "@")), row["note"]
        assert row["safety"] == "5" and row["alliance_index"] == "6.5"


def test_cancel_leaves_no_file(vault: Vault, tmp_path: Path) -> None:
    cid = clients.add_client(vault, ClientDraft(code="BIG")).id
    with vault.work.transaction():
        for i in range(400):
            sessions.log_session(vault, SessionDraft(client_id=cid, date=dt.date(2020, 1, 1) + dt.timedelta(days=i),
                                                     ratings=Ratings(5, 5, 5, 5)))
    req = ExportRequest("csv", tmp_path / "big.csv")
    with pytest.raises(csv_writer.Cancelled):
        write(gather(vault, req), req, progress=lambda done, total: False)
    assert [p.name for p in tmp_path.iterdir() if p.name != "vault"] == []


@pytest.mark.parametrize("layout", ["long", "wide"])
def test_csv_is_gathered_without_insights_and_writes_the_same(vault: Vault, tmp_path: Path, layout: str) -> None:
    """A CSV shows no trend, episodes or alerts, so its gather skips working them out; the file it writes is
    byte for byte what the full ExportSet (as JSON and PDF gather it) would give."""
    from alliance.services.export import build_export

    cid = clients.add_client(vault, ClientDraft(code="TR-1")).id
    srs = {"srs": {"relationship": 9, "goals_topics": 8, "approach_method": 8, "overall": 9}}
    for i, trust in enumerate((8, 8, 7, 4, 3, 3)):  # a decline: the JSON has a trend and an alert
        sessions.log_session(vault, SessionDraft(client_id=cid, date=dt.date(2026, 1, 5) + dt.timedelta(days=7 * i),
                                                 ratings=Ratings(8, trust, 7, 8), instruments=srs))
    req = ExportRequest("csv", tmp_path / "lean.csv", csv_layout=layout)
    lean = gather(vault, req)
    assert all(c.trend == "" and not c.episodes and not c.alerts for c in lean.clients)
    full = build_export(vault, req.settings, [cid], today=dt.date.today())
    assert full.clients[0].trend and full.clients[0].alerts
    write(lean, req)
    full_req = ExportRequest("csv", tmp_path / "full.csv", csv_layout=layout)
    write(full, full_req)
    assert (tmp_path / "lean.csv").read_bytes() == (tmp_path / "full.csv").read_bytes()


def _phq9(answer: int) -> dict[str, dict[str, int]]:
    return {"phq9": {f"q{n}": answer for n in range(1, 10)}}


def test_outcome_totals_and_change_classes_are_in_both_layouts(vault: Vault, tmp_path: Path) -> None:
    """PHQ-9 at 18, 18, then 9 (reliable change 6, cut-off 10): baseline, no reliable change, then a reliable
    improvement below the cut-off, i.e. recovered; a session without a PHQ-9 has blank outcome cells."""
    cid = clients.add_client(vault, ClientDraft(code="OUT-1")).id
    for i, answers in enumerate((_phq9(2), _phq9(2), {}, _phq9(1))):
        sessions.log_session(vault, SessionDraft(client_id=cid, date=dt.date(2026, 2, 2) + dt.timedelta(days=7 * i),
                                                 ratings=Ratings(8, 8, 8, 8), instruments=answers))
    wide = ExportRequest("csv", tmp_path / "wide.csv", csv_layout="wide")
    write(gather(vault, wide), wide)
    with open(tmp_path / "wide.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert reader.fieldnames is not None and reader.fieldnames[-1] == "note"
    assert [(r["phq9_total"], r["phq9_band"], r["phq9_change"], r["phq9_recovered"]) for r in rows] == [
        ("18", "moderately_severe", "baseline", "0"), ("18", "moderately_severe", "no reliable change", "0"),
        ("", "", "", ""), ("9", "mild", "reliable improvement", "1")]
    long = ExportRequest("csv", tmp_path / "long.csv", csv_layout="long")
    write(gather(vault, long), long)
    with open(tmp_path / "long.csv", encoding="utf-8", newline="") as fh:
        totals = [(r["session"], r["value"]) for r in csv.DictReader(fh) if r["measure"] == "phq9.total"]
    assert totals == [("1", "18"), ("2", "18"), ("4", "9")]
