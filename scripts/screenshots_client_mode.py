"""Render every client-mode page, on a demo vault at 1280x768, into docs/screenshots/.

    xvfb-run -a -s "-screen 0 1280x768x24" .venv/bin/python scripts/screenshots_client_mode.py

Writes 20-handover-dialog.png (the therapist picks the questionnaires and predicts), 21-client-welcome.png,
22-client-checkin-question.png, 23-client-phq9-question.png, 24-client-finish.png (with the client's own results,
as when switched on in Preferences), 25-reveal.png, 26-client-high-contrast.png (larger text, high contrast),
27-paper-entry.png and 28-blank-form.png. Everything
else happens in a temporary folder that is deleted afterwards (cheap test key-derivation cost).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from screenshots import settle, wait_for  # noqa: E402  (scripts/ is on sys.path)
from screenshots_dialogs import shoot  # noqa: E402

from alliance.core.handover import HandoverEnd, InstrumentState  # noqa: E402
from alliance.core.outcomes import Frequency, ScheduleEntry  # noqa: E402
from alliance.core.records import ClientStatus  # noqa: E402
from alliance.reports.blank_form import layout_blank_form  # noqa: E402
from alliance.services import handover, measures  # noqa: E402
from alliance.services.caseload import caseload_view  # noqa: E402
from alliance.services.demo import generate_demo  # noqa: E402
from alliance.services.signals import save_safety_resources  # noqa: E402
from alliance.services.vault_access import create_vault  # noqa: E402
from alliance.store.kdf import KdfParams  # noqa: E402
from alliance.ui.client_mode.guard import ClientModeGuard  # noqa: E402
from alliance.ui.client_mode.handover_dialog import HandoverDialog  # noqa: E402
from alliance.ui.client_mode.paper_entry import PaperEntryDialog  # noqa: E402
from alliance.ui.client_mode.reveal_dialog import RevealDialog  # noqa: E402
from alliance.ui.operations.access import VaultAccess  # noqa: E402
from alliance.ui.operations.worker import Worker  # noqa: E402
from alliance.ui.shell.app import create_application  # noqa: E402
from alliance.ui.shell.startup import DEMO_PASSPHRASE  # noqa: E402


def run(out: Path) -> list[Path]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = create_application([])
    made: list[Path] = []
    tmp = Path(tempfile.mkdtemp(prefix="alliance-client-shots-"))
    try:
        vault, _ = create_vault(tmp / "demo-vault", DEMO_PASSPHRASE, kdf=KdfParams.for_tests())
        try:
            generate_demo(vault, clients=8, seed=0)
            row = next(r for r in caseload_view(vault, set(ClientStatus)).rows if r.status is ClientStatus.ACTIVE)
            measures.set_schedule(vault, row.client_id, [ScheduleEntry("phq9", Frequency.EVERY_SESSION)])
            save_safety_resources(vault, "Crisis team 0800 555 0100 (24 h); duty psychiatrist via reception.")
            plan = handover.plan_handover(vault, row.client_id)
            dialog = HandoverDialog(plan)
            for item, value in zip(("understood", "safe_in_body", "more_open", "ask_for_needs"), (7, 8, 6, 5),
                                   strict=True):
                dialog.spins["checkin"][item].setValue(value)
            dialog.show()
            settle()
            made.append(shoot(dialog, out, "20-handover-dialog"))
            chosen, predictions = dialog.chosen(), dialog.predictions()
            dialog.done(0)

            h = handover.start_handover(vault, row.client_id, chosen, predictions)
            forms = {f.id: f for f in plan.forms}
            worker = Worker()
            results = handover.client_results(vault, row.client_id)  # Preferences: "show the client their answers"
            guard = ClientModeGuard(VaultAccess(vault, worker), h, [forms[k] for k in chosen], results=results)
            guard.start()
            window = guard.window
            settle(300)
            made.append(shoot(window, out, "21-client-welcome"))
            window.button_of(window.welcome).click()
            window.question.button_for(6).click()
            window.question.button_for(5).click()
            settle()
            window._back()  # coming back to a question shows the answer given
            settle()
            made.append(shoot(window, out, "22-client-checkin-question"))
            window.question.button_for(5).click()
            for value in (6, 4, 7):
                window.question.button_for(value).click()
            window.question.skip_button.click()
            window.question.not_today_button.click()  # the SRS: not today
            settle()
            made.append(shoot(window, out, "23-client-phq9-question"))
            for value in (1, 2, 1, 0, 1, 0, 1, 0, 1):
                window.question.button_for(value).click()
            if window.pages.currentWidget() is not window.finish:  # the PHQ-9's difficulty question
                window.question.button_for(1).click()
            settle()
            made.append(shoot(window, out, "24-client-finish"))
            window.contrast_button.click()
            window.larger_button.click()
            window._back()
            settle()
            made.append(shoot(window, out, "26-client-high-contrast"))
            guard.flush(HandoverEnd.FINISHED)
            wait_for(lambda: worker.idle)
            guard.close()
            worker.stop()

            reveal = handover.reveals_pending(vault)[-1]
            card = RevealDialog(reveal)
            card.show()
            settle()
            made.append(shoot(card, out, "25-reveal"))
            card.done(0)

            paper = PaperEntryDialog(list(forms.values()))
            paper.choice.setCurrentIndex(paper.choice.findData("gad7"))
            paper.line.setText("0121 30")
            paper.show()
            settle()
            made.append(shoot(paper, out, "27-paper-entry"))
            paper.done(0)
            doc = layout_blank_form(forms["gad7"])
            image = doc.render_page(1, lambda n, total: f"GAD-7 \u00b7 page {n} of {total}", "", 900)
            doc.release()
            path = out / "28-blank-form.png"
            image.save(str(path))
            print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
            made.append(path)
            assert dict(reveal.handover.instruments)["srs"] is InstrumentState.NOT_TODAY
            assert reveal.handover.date == dt.date.today()
        finally:
            vault.close()
        for w in QApplication.topLevelWidgets():
            w.hide()
        app.processEvents()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print("Rendering client-mode screenshots:")
    made = run(args.out)
    print(f"{len(made)} screenshots written.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
