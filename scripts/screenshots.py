"""Render each main window of the app, on a demo vault, into docs/screenshots/*.png.

    xvfb-run -a .venv/bin/python scripts/screenshots.py      # a real X server (what `make screenshots` runs)
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py

Everything happens in a temporary folder that is deleted afterwards: the demo vault and the UI
settings. The vaults here use the cheap test key-derivation cost (KdfParams.for_tests()) so the
script runs in seconds; the app itself always calibrates the cost on the user's machine.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from alliance import i18n  # noqa: E402
from alliance.core.records import ClientStatus  # noqa: E402
from alliance.core.taxonomy import RuptureKind  # noqa: E402
from alliance.services.demo import generate_demo  # noqa: E402
from alliance.services.timeline import timeline_for  # noqa: E402
from alliance.services.vault_access import create_vault  # noqa: E402
from alliance.store.kdf import KdfParams  # noqa: E402
from alliance.ui.first_run.create_vault_dialog import CreateVaultDialog  # noqa: E402
from alliance.ui.first_run.create_vault_view import CreateVaultView  # noqa: E402
from alliance.ui.first_run.welcome import WelcomeWindow  # noqa: E402
from alliance.ui.operations.worker import Worker  # noqa: E402
from alliance.ui.shell.app import create_application  # noqa: E402
from alliance.ui.shell.controller import AppController  # noqa: E402
from alliance.ui.shell.settings import UiSettings  # noqa: E402
from alliance.ui.shell.startup import DEMO_PASSPHRASE  # noqa: E402
from alliance.ui.unlock.unlock_window import UnlockWindow  # noqa: E402
from alliance.ui.widgets import look  # noqa: E402
from alliance.ui.widgets.theme import ThemeFollower  # noqa: E402

EXAMPLE_PASSPHRASE = "quiet harbour lantern meadow"


def settle(ms: int = 150) -> None:
    """Let Qt lay out and paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        settle(50)


class Shooter:
    def __init__(self, out: Path, suffix: str = "") -> None:
        self.out = out
        self.suffix = suffix  # "-de": the German set beside the English one
        self.made: list[Path] = []

    def __call__(self, widget: QWidget, name: str) -> None:
        widget.raise_()
        settle()
        path = self.out / f"{name}{self.suffix}.png"
        if not widget.grab().save(str(path)):
            raise RuntimeError(f"could not write {path}")
        self.made.append(path)
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
           "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
           "es": QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)}


def run(out: Path, language: str = "en") -> list[Path]:
    QLocale.setDefault(LOCALES[language])
    app = create_application([])
    i18n.install(language)
    follower = ThemeFollower(app)  # as the app does once its first window has painted
    app.setStyleSheet(app.styleSheet())  # make sure the style sheet is applied before the first show
    shoot = Shooter(out, "" if language == "en" else f"-{language}")
    worker = Worker()
    tmp = Path(tempfile.mkdtemp(prefix="alliance-shots-"))
    kdf = KdfParams.for_tests()  # a screenshot script, not a vault anyone keeps: see the docstring
    try:
        settings = UiSettings.at(tmp / "config" / "ui.ini")

        welcome = WelcomeWindow(tmp / "my-vault")
        welcome.resize(760, 500)
        welcome.show()
        shoot(welcome, "01-welcome")

        create = CreateVaultDialog(worker, tmp / "my-vault", kdf, welcome)
        create.resize(680, 520)
        create.show()
        create.fields.passphrase.setText(EXAMPLE_PASSPHRASE)
        create.fields.repeat.setText(EXAMPLE_PASSPHRASE)
        shoot(create, "02-create-vault")
        create.start_creation()
        wait_for(lambda: create.stack.currentIndex() == CreateVaultView.RECOVERY)
        shoot(create, "03-recovery-key")
        if create.vault is not None:
            create.vault.close()
        create.hide()
        welcome.hide()

        demo = tmp / "demo-vault"
        vault, _ = create_vault(demo, DEMO_PASSPHRASE, kdf=kdf)
        try:
            summary = generate_demo(vault, clients=12, seed=0)
        finally:
            vault.close()

        unlock = UnlockWindow(demo, worker, demo_passphrase=DEMO_PASSPHRASE)
        unlock.resize(600, 460)
        unlock.show()
        shoot(unlock, "04-unlock")
        unlock.hide()
        unlock.deleteLater()

        controller = AppController(demo, settings, worker=worker, demo_folder=demo, kdf=kdf, watch_system=False)

        def idle() -> None:
            wait_for(lambda: worker.idle)

        controller.start()
        assert controller.unlock_window is not None
        opened: list[object] = []
        controller.vault_opened.connect(opened.append)
        controller.unlock_window.passphrase.setText(DEMO_PASSPHRASE)
        controller.unlock_window.attempt()
        wait_for(lambda: bool(opened))
        idle()
        window = controller.main_window
        assert window is not None
        window.resize(1280, 768)
        shoot(window, "09-overview")  # the home screen after unlock

        # A declining client (the lowest latest index of the two), then the active client whose timeline
        # has the most repaired ruptures (fewer sessions first: a readable chart).
        assert controller.vault is not None
        rows = [window.caseload.model.summary(r) for r in range(window.caseload.model.rowCount())]
        declining = min((r for r in rows if r.code in summary.declining),
                        key=lambda r: r.latest_alliance_index or 0.0)
        window.caseload.select_client(declining.client_id)
        window.show_client(declining.client_id)
        idle()
        shoot(window, "10-timeline-declining")

        active = [r for r in rows if r.status is ClientStatus.ACTIVE and r.session_count >= 8]
        repaired = {r.client_id: sum(bool(p.repairs) for p in timeline_for(controller.vault, r.client_id).ruptures)
                    for r in active}
        client = max(active, key=lambda r: (min(repaired[r.client_id], 4), -r.session_count))
        window.caseload.select_client(client.client_id)
        window.show_client(client.client_id)
        idle()
        shoot(window, "11-timeline-repairs")

        # The same page with the system font at 9, 12 and 16 pt (the page scrolls as one when it needs to).
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        before = QFont(app.font())
        for points in (9, 12, 16):
            font = QFont(before)
            font.setPointSizeF(points)
            app.setFont(font)
            look.apply(app, look.applied() or look.LIGHT)
            idle()
            shoot(window, f"30-client-page-{points}pt")
        app.setFont(before)
        look.apply(app, look.applied() or look.LIGHT)
        idle()

        # The session form for a client with an open rupture, so there is an earlier rupture to repair.
        with_open = max(active, key=lambda r: (r.open_ruptures > 0, min(r.session_count, 30)))
        window.open_session_form(with_open.client_id)
        wait_for(lambda: window.session_form is not None)
        form = window.session_form
        assert form is not None
        form.resize(860, 980)
        for key, value in zip(form.ratings, (7, 6, 8, 7), strict=True):
            form.ratings[key].setValue(value)
        form.note.setPlainText("Quieter today; went vague when we came back to the exposure plan.")
        editor = form.add_rupture(focus=False)
        editor.kind.setCurrentIndex(editor.kind.findData(RuptureKind.WITHDRAWAL))
        editor.intensity.setValue(2)
        editor.markers.set_checked(["abstract_communication", "avoidant_storytelling"])
        editor.note.setText("Shifted to small talk when the plan came up")
        form.ratings["safety"].setFocus()
        form.scroll_area.verticalScrollBar().setValue(0)
        shoot(form, "07-log-session")

        if form.earlier:
            row = form.earlier[0]
            row.log_repair.setChecked(True)
            row.repair.resolution.setValue(4)
            row.repair.strategies.set_checked(["invites_relationship_talk", "acknowledges_contribution"])
            row.repair.note.setText("Named the pull-back and asked how the last session felt")
            settle()
            form.scroll_area.ensureWidgetVisible(row, 0, 40)
            form.scroll_area.verticalScrollBar().setValue(
                row.mapTo(form.scroll_area.widget(), row.rect().topLeft()).y() - 260)
        else:
            form.scroll_area.ensureWidgetVisible(editor)
        shoot(form, "08-rupture-and-repair")
        form.discard()

        # The same two screens in the dark look.
        follower.apply(Qt.ColorScheme.Dark)
        window.show_caseload()
        shoot(window, "overview-dark")
        window.show_client(client.client_id)
        idle()
        shoot(window, "timeline-dark")
        follower.apply(Qt.ColorScheme.Light)

        controller.shutdown()
        for w in QApplication.topLevelWidgets():
            w.hide()
        QCoreApplication.processEvents()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return shoot.made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=sorted(LOCALES), default="en",
                        help="the app's language; other than English, each file name ends in -de or -es")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"Rendering screenshots ({QApplication.platformName() or 'Qt'}):")
    made = run(args.out, args.language)
    print(f"{len(made)} screenshots written.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
