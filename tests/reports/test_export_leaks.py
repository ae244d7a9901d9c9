"""Every export format, on the demo vault, carries nothing identifying (checked in the output bytes)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from alliance.core.deid import DateMode, DeidSettings, NotesMode, PseudonymMode
from alliance.core.errors import ValidationError
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.reports.exporting import ExportRequest, run_export
from alliance.services import clients, sessions
from alliance.services.demo import generate_demo
from alliance.services.export import DATE_FORMS_KEY, export_key_for
from alliance.services.vault_access import create_vault
from alliance.store.kdf import KdfParams
from alliance.store.models import Base
from alliance.store.repositories import meta as meta_repo
from alliance.store.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    folder = tmp_path_factory.mktemp("demo") / "vault"
    vault, _ = create_vault(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    generate_demo(vault, clients=6, sessions=(8, 20), seed=5)
    yield vault
    vault.close()


def _identifiers(vault: Vault) -> dict[str, list[str]]:
    """Everything identifying the vault holds, by kind."""
    found: dict[str, list[str]] = {"code": [], "name": [], "contact": [], "date": [], "note": []}
    for summary in clients.list_clients(vault):
        c = clients.get_client(vault, summary.id)
        found["code"].append(c.code)
        found["name"] += [c.display_name] + [n.strip() for n in re.split(r"[;,]", c.other_names) if n.strip()]
        found["contact"] += [x for x in (c.email, c.phone, c.address) if x]
        for s in sessions.list_sessions(vault, c.id):
            found["date"].append(s.date.isoformat())
            if len(s.note) > 20:
                found["note"].append(s.note[:40])
    return {k: [v for v in vals if v] for k, vals in found.items()}


@pytest.fixture(autouse=True)
def _fresh_date_forms(demo_vault: Vault) -> None:
    """Each test exports the shared demo vault as if for the first time: which date forms a client left the
    vault in (services.export.DATE_FORMS_KEY) would otherwise refuse a year export after a relative one."""
    with demo_vault.work.transaction() as db:
        meta_repo.put(db, DATE_FORMS_KEY, "{}")


def _export(vault: Vault, tmp_path: Path, fmt: str, settings: DeidSettings, layout: str = "long") -> bytes:
    out = tmp_path / f"export.{fmt}"
    run_export(vault, ExportRequest(fmt, out, settings, csv_layout=layout,
                                    limited_data_set=settings.dates is DateMode.SHIFTED))
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    return out.read_bytes()


@pytest.mark.parametrize("fmt,layout", [("csv", "long"), ("csv", "wide"), ("json", "long")])
@pytest.mark.parametrize("dates", [DateMode.RELATIVE, DateMode.YEAR])
def test_default_exports_hold_no_identifier(demo_vault: Vault, tmp_path: Path, fmt: str, layout: str,
                                            dates: DateMode) -> None:
    data = _export(demo_vault, tmp_path, fmt, DeidSettings(dates=dates), layout).decode("utf-8")
    ids = _identifiers(demo_vault)
    assert ids["code"] and ids["name"] and ids["contact"] and ids["date"] and ids["note"]
    for kind in ("code", "name", "contact", "date", "note"):
        leaked = [v for v in ids[kind] if v in data]
        assert not leaked, f"{kind} leaked into {fmt}: {leaked[:3]}"
    assert "P-" in data


def test_scrubbed_notes_keep_text_but_no_identifiers(demo_vault: Vault, tmp_path: Path) -> None:
    data = _export(demo_vault, tmp_path, "json", DeidSettings(notes=NotesMode.SCRUBBED)).decode()
    doc = json.loads(data)
    notes = [s["note"] for c in doc["clients"] for s in c["sessions"] if s.get("note")]
    assert notes, "scrubbed export should carry notes"
    assert any("[NAME]" in n or "[PHONE]" in n or "[ADDRESS]" in n for n in notes)
    ids = _identifiers(demo_vault)
    for kind in ("code", "name", "contact", "date"):
        assert not [v for v in ids[kind] if v in data], kind
    assert "read every note before sharing" in " ".join(doc["export"]["deidentification"])


def test_json_shape(demo_vault: Vault, tmp_path: Path) -> None:
    doc = json.loads(_export(demo_vault, tmp_path, "json", DeidSettings()))
    assert set(doc) == {"export", "clients"}
    assert isinstance(doc["export"]["created"], int)
    client = doc["clients"][0]
    assert set(client) >= {"pseudonym", "sessions", "episodes", "alerts"}
    s = client["sessions"][0]
    assert set(s) >= {"n", "day", "safety", "trust", "attunement", "boundaries", "alliance_index",
                      "ns_state_start", "ns_state_end", "checkin", "ruptures", "repairs"}
    assert "note" not in s
    assert client["sessions"][0]["day"] == 0  # relative: days since the first session
    assert any(c["alerts"] for c in doc["clients"])
    assert all(a["title"] for c in doc["clients"] for a in c["alerts"] + c["prompts"])
    # Six clients: the settings block's counts are coarsened as the aggregate tables are.
    assert doc["export"]["clients"] == "<11" and doc["export"]["sessions"] == sum(
        len(c["sessions"]) for c in doc["clients"]) > 10


def test_stable_and_fresh_pseudonyms(demo_vault: Vault, tmp_path: Path) -> None:
    def pseudonyms(settings: DeidSettings) -> list[str]:
        doc = json.loads(_export(demo_vault, tmp_path, "json", settings))
        return sorted(c["pseudonym"] for c in doc["clients"])

    stable = pseudonyms(DeidSettings())
    assert pseudonyms(DeidSettings()) == stable
    fresh = pseudonyms(DeidSettings(pseudonyms=PseudonymMode.FRESH))
    assert not set(fresh) & set(stable)


def test_shifted_dates_keep_intervals_but_hide_real_dates(demo_vault: Vault, tmp_path: Path) -> None:
    from alliance.core.deid import pseudonym

    data = _export(demo_vault, tmp_path, "csv", DeidSettings(dates=DateMode.SHIFTED), "wide").decode()
    rows = list(csv.DictReader(io.StringIO(data)))
    key = export_key_for(demo_vault, DeidSettings())
    real = {}
    for summary in clients.list_clients(demo_vault):
        for s in sessions.list_sessions(demo_vault, summary.id):
            real[(pseudonym(key, summary.id), s.number)] = s.date
    shifts = set()
    for r in rows:
        day = dt.date.fromisoformat(r["day"])
        true_date = real[(r["pseudonym"], int(r["session"]))]
        assert day != true_date  # every session moves by 1-364 days
        shifts.add((r["pseudonym"], (true_date - day).days))
    by_client: dict[str, set[int]] = {}
    for p, shift in shifts:
        by_client.setdefault(p, set()).add(shift)
    assert all(len(v) == 1 for v in by_client.values())  # one shift per client keeps every interval
    assert all(1 <= next(iter(v)) <= 364 for v in by_client.values())


def test_csv_numeric_columns_are_numeric(demo_vault: Vault, tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(demo_vault, tmp_path, "csv", DeidSettings(), "wide").decode())))
    for r in rows:
        float(r["alliance_index"])
        int(r["safety"])
        int(r["day"])
        assert not r["pseudonym"].startswith("'")


def test_no_phi_column_reaches_the_reader() -> None:
    """Structural: the exporter selects only non-PHI columns, so a new PHI column cannot leak."""
    from sqlalchemy import Column, MetaData, String, Table

    from alliance.store.deidentified import exportable_columns

    for table in Base.metadata.sorted_tables:
        names = {c.name for c in exportable_columns(table, free_text=True)}
        assert not names & {c.name for c in table.columns if c.info.get("phi")}
    t = Table("sessions_future", MetaData(), Column("id", String), Column("new_identifier", String, info={"phi": True}),
              Column("note2", String, info={"free_text": True}))
    assert [c.name for c in exportable_columns(t)] == ["id"]
    assert [c.name for c in exportable_columns(t, free_text=True)] == ["id", "note2"]


def test_export_is_audited_without_contents(demo_vault: Vault, tmp_path: Path) -> None:
    from sqlalchemy import select

    from alliance.store.models import AuditEventRow

    _export(demo_vault, tmp_path, "csv", DeidSettings())
    with demo_vault.work.transaction() as db:
        ev = db.execute(select(AuditEventRow).where(AuditEventRow.action == "export")
                        .order_by(AuditEventRow.seq.desc())).scalars().first()
        assert ev is not None
        detail = json.loads(ev.detail)
    assert detail["format"] == "csv" and detail["dates"] == "relative" and detail["rows"] > 0
    assert str(tmp_path) not in ev.detail


def test_relative_and_year_exports_together_would_date_sessions_so_the_second_is_refused(
        vault: Vault, tmp_path: Path) -> None:
    """Why one date form per client: weekly sessions over a new year, exported once as days since the first
    session and once as years, give away the first session's date to within the week the year turned in.
    Alliance remembers the form each client left in and refuses the other one."""
    from alliance.services.export import build_export

    cid = clients.add_client(vault, ClientDraft(code="NY-1")).id
    first = dt.date(2024, 11, 4)
    for week in range(16):
        sessions.log_session(vault, SessionDraft(client_id=cid, date=first + dt.timedelta(weeks=week),
                                                 ratings=Ratings(7, 7, 7, 7)))
    relative = build_export(vault, DeidSettings(dates=DateMode.RELATIVE), [cid]).clients[0].sessions
    years = build_export(vault, DeidSettings(dates=DateMode.YEAR), [cid]).clients[0].sessions
    candidates = [dt.date(2023, 1, 1) + dt.timedelta(days=d) for d in range(3 * 365)]
    consistent = [c for c in candidates if all((c + dt.timedelta(days=int(r.day))).year == y.day
                                               for r, y in zip(relative, years, strict=True))]
    assert first in consistent and len(consistent) <= 7, "side by side, the two exports date the sessions"

    run_export(vault, ExportRequest("json", tmp_path / "relative.json", DeidSettings(), ("NY-1",)))
    with pytest.raises(ValidationError) as refused:
        run_export(vault, ExportRequest("csv", tmp_path / "year.csv", DeidSettings(dates=DateMode.YEAR), ("NY-1",)))
    assert "NY-1" in refused.value.problems[0].message and not (tmp_path / "year.csv").exists()
    # Shifted beside relative adds nothing (both keep only intervals): allowed.
    run_export(vault, ExportRequest("json", tmp_path / "s.json", DeidSettings(dates=DateMode.SHIFTED), ("NY-1",),
                                    limited_data_set=True))
    # A client first exported with years: shifted dates keep the intervals, so beside years they date it too.
    other = clients.add_client(vault, ClientDraft(code="NY-2")).id
    sessions.log_session(vault, SessionDraft(client_id=other, date=first, ratings=Ratings(7, 7, 7, 7)))
    run_export(vault, ExportRequest("csv", tmp_path / "y2.csv", DeidSettings(dates=DateMode.YEAR), ("NY-2",)))
    with pytest.raises(ValidationError):
        run_export(vault, ExportRequest("json", tmp_path / "s2.json", DeidSettings(dates=DateMode.SHIFTED),
                                        ("NY-2",), limited_data_set=True))


def test_no_reason_or_field_carries_a_date_or_a_day_count(demo_vault: Vault, tmp_path: Path) -> None:
    """Reasons name sessions, never days: a day count beside the export's date would date a session."""
    doc = json.loads(_export(demo_vault, tmp_path, "json", DeidSettings()))
    texts = [a["reason"] for c in doc["clients"] for a in c["alerts"] + c["prompts"]]
    texts += [a["title"] for c in doc["clients"] for a in c["alerts"] + c["prompts"]]
    assert texts
    for text in texts:
        assert not re.search(r"\b\d+\s*(day|days|week|weeks|month|months)\b", text), text
        assert not re.search(r"\b(19|20)\d\d\b", text), text
    sessions_days = [s["day"] for c in doc["clients"] for s in c["sessions"]]
    assert all(isinstance(d, int) for d in sessions_days)
