"""Render the export, edit-history, audit-log and backups dialogs, on a demo vault, into docs/screenshots/.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_dialogs.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_dialogs.py

Writes 12-export-dialog.png, 13-history.png, 14-audit-log.png, 15-backups.png, 29-trash.png and
31-goals.png. Everything else happens in a temporary folder that is deleted afterwards. The vault uses the cheap
test key-derivation cost (KdfParams.for_tests()) so the script runs in seconds; the app itself always calibrates.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from screenshots import settle, wait_for  # noqa: E402  (scripts/ is on sys.path)

from alliance.core.ratings import Ratings  # noqa: E402
from alliance.core.records import ClientStatus, draft_of  # noqa: E402
from alliance.core.signals import Rule  # noqa: E402
from alliance.reports.exporting import ExportRequest, run_export  # noqa: E402
from alliance.services import backups, clients, sessions  # noqa: E402
from alliance.services.caseload import caseload_view  # noqa: E402
from alliance.services.client_page import client_page_view  # noqa: E402
from alliance.services.demo import generate_demo  # noqa: E402
from alliance.services.vault_access import create_vault  # noqa: E402
from alliance.store.kdf import KdfParams  # noqa: E402
from alliance.store.vault import Vault  # noqa: E402
from alliance.ui.client.goals_dialog import GoalsDialog  # noqa: E402
from alliance.ui.client.past_signals_dialog import PastSignalsDialog  # noqa: E402
from alliance.ui.client.why_dialog import WhyDialog  # noqa: E402
from alliance.ui.export.export_dialog import ExportDialog  # noqa: E402
from alliance.ui.operations.access import VaultAccess  # noqa: E402
from alliance.ui.operations.worker import Worker  # noqa: E402
from alliance.ui.search.search_dialog import SearchDialog  # noqa: E402
from alliance.ui.session.history_dialog import HistoryDialog  # noqa: E402
from alliance.ui.shell.app import create_application  # noqa: E402
from alliance.ui.shell.preferences import PreferencesDialog  # noqa: E402
from alliance.ui.shell.settings import UiSettings  # noqa: E402
from alliance.ui.shell.startup import DEMO_PASSPHRASE  # noqa: E402
from alliance.ui.vault_tools.audit_log_window import AuditLogWindow  # noqa: E402
from alliance.ui.vault_tools.backups_dialog import BackupsDialog  # noqa: E402
from alliance.ui.vault_tools.trash_dialog import TrashDialog  # noqa: E402


def shoot(widget: QWidget, out: Path, name: str) -> Path:
    widget.raise_()
    widget.activateWindow()
    settle(300)
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def edit_twice(vault: Vault, client_id: int) -> int:
    """Two edits of one session with a rupture (a rating, then the note), so it has a history to show."""
    logged = sessions.list_sessions(vault, client_id)
    target = next((s for s in reversed(logged) if s.ruptures and s.note), logged[-1])
    first = draft_of(target)
    r = first.ratings
    first = dataclasses.replace(first, ratings=Ratings(r.safety, max(0, r.trust - 2), r.attunement, r.boundaries))
    sessions.edit_session(vault, target.id, first)
    note = (target.note + " Later: she named the pull-back herself and asked to slow down.").strip()
    sessions.edit_session(vault, target.id, dataclasses.replace(draft_of(sessions.get_session(vault, target.id)),
                                                                note=note, duration_min=target.duration_min + 10))
    return target.id


def run(out: Path) -> list[Path]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = create_application([])
    app.setStyleSheet(app.styleSheet())
    made: list[Path] = []
    tmp = Path(tempfile.mkdtemp(prefix="alliance-dialog-shots-"))
    try:
        vault, _ = create_vault(tmp / "demo-vault", DEMO_PASSPHRASE, kdf=KdfParams.for_tests())
        try:
            generate_demo(vault, clients=12, seed=0)
            rows = caseload_view(vault, set(ClientStatus)).rows
            active = [r for r in rows if r.status is ClientStatus.ACTIVE and r.session_count >= 8]
            best = max(active or rows, key=lambda r: (r.open_ruptures > 0, min(r.session_count, 30)))
            client = clients.get_client(vault, best.client_id)
            session_id = edit_twice(vault, client.id)
            backups.backup_now(vault, label="pre-migration")
            backups.make_backup(vault)
            run_export(vault, ExportRequest("csv", tmp / "research.csv"))

            access = VaultAccess(vault, Worker())
            export = ExportDialog(access, None, [(r.client_id, r.code) for r in rows], [client.id])
            export.resize(1180, 800)
            export.show()
            export.format.setCurrentIndex(export.format.findData("pdf"))
            export.notes.setCurrentIndex(export.notes.findData("scrubbed"))
            ready: list[bool] = []
            export.preview_ready.connect(lambda: ready.append(True))
            export.refresh_preview()
            wait_for(lambda: bool(ready) and export.preview_stack.currentIndex() == export.IMAGE_PAGE)
            export.refresh_preview()  # again, now that the preview area has its final width
            ready.clear()
            wait_for(lambda: bool(ready))
            made.append(shoot(export, out, "12-export-dialog"))
            # Shifted dates: a limited data set, exported only once its confirmation is ticked.
            export.notes.setCurrentIndex(export.notes.findData("exclude"))
            export.format.setCurrentIndex(export.format.findData("json"))
            export.dates.setCurrentIndex(export.dates.findData("shifted"))
            ready.clear()
            export.refresh_preview()
            wait_for(lambda: bool(ready))
            made.append(shoot(export, out, "12b-export-limited-data-set"))
            export.done(0)

            history = HistoryDialog(sessions.history_view(vault, session_id))
            history.resize(1120, 760)
            history.show()
            history.version_list.setCurrentRow(history.version_list.count() - 1)  # the version first logged
            history.only_changes.setChecked(True)
            made.append(shoot(history, out, "13-history"))
            history.done(0)

            audit = AuditLogWindow(access)
            audit.resize(1120, 720)
            audit.show()
            wait_for(lambda: audit.problems is not None and audit.model.rowCount() > 0)
            made.append(shoot(audit, out, "14-audit-log"))
            audit.done(0)

            # A declining client's alert explained, the thresholds behind it, and a client's past alerts.
            found = {r.client_id: r for r in caseload_view(vault).rows}
            declining = next(r for r in found.values() if any(a.rule is Rule.DECLINE for a in r.alerts))
            signal = next(a for a in declining.alerts if a.rule is Rule.DECLINE)
            why = WhyDialog(signal, declining.code, lambda: None)
            why.show()
            made.append(shoot(why, out, "16-why-am-i-seeing-this"))
            why.done(0)
            prefs = PreferencesDialog(UiSettings.at(tmp / "ui.ini"), None, access)
            prefs.resize(760, 640)
            prefs.show()
            prefs.show_rules()
            wait_for(lambda: prefs.rules is not None and prefs.rules.isEnabled())
            made.append(shoot(prefs, out, "17-alert-rules"))
            prefs.done(0)
            with_past = max(found.values(),
                            key=lambda r: len(client_page_view(vault, r.client_id).timeline.signals.past))
            page = client_page_view(vault, with_past.client_id)
            past = PastSignalsDialog(with_past.code, page.timeline.signals.past, page.acknowledgements,
                                     lambda _s: None)
            past.show()
            made.append(shoot(past, out, "18-past-alerts"))
            past.done(0)

            search = SearchDialog(access, (client.id, client.code))
            search.only_client.setChecked(False)
            search.query.setText("ground")
            search.search()
            wait_for(lambda: bool(search.hits))
            settle()
            made.append(shoot(search, out, "19-search-notes"))
            search.done(0)

            # Two sessions deleted: the trash lists both, most recent first.
            for number in (3, 5):
                target = sessions.list_sessions(vault, client.id)[number - 1]
                sessions.delete_session(vault, target.id)
            trash_dialog = TrashDialog(access)
            trash_dialog.resize(760, 460)
            trash_dialog.show()
            wait_for(lambda: trash_dialog.table.topLevelItemCount() == 2)
            settle()
            made.append(shoot(trash_dialog, out, "29-trash"))
            trash_dialog.done(0)

            # A client's goals and formulation, as the clinician edits them.
            with_goals = clients.set_goals(vault, client.id, [
                "Notice and name the moment she starts to go quiet", "Sleep through most nights",
                "Tell her sister no without the panic that follows"],
                "Learned early that needs bring rejection; withdrawing keeps her safe, and also alone. The work: "
                "staying in contact when she feels dismissed, here first.")
            goals = GoalsDialog(access, with_goals)
            goals.show()
            settle()
            made.append(shoot(goals, out, "31-goals"))
            goals.done(0)

            dialog = BackupsDialog(access)
            dialog.resize(820, 520)
            dialog.show()
            dialog.back_up_now()
            wait_for(lambda: not dialog.working and access.worker.idle)
            made.append(shoot(dialog, out, "15-backups"))
            dialog.done(0)
        finally:
            vault.close()
        for w in QApplication.topLevelWidgets():
            w.hide()
        QApplication.processEvents()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print("Rendering dialog screenshots:")
    made = run(args.out)
    print(f"{len(made)} screenshots written.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
