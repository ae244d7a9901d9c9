"""Help: the guide (offline, explaining every rule), keyboard shortcuts, About with licences and notices, About Qt;
File > Open demo practice and back."""

from __future__ import annotations

import re
from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from alliance.core.outcomes import load_outcome_instruments
from alliance.core.signals import Rule
from alliance.core.taxonomy import CONFRONTATION_MARKERS, REPAIR_STRATEGIES, RESOLUTION_ANCHORS, WITHDRAWAL_MARKERS
from alliance.ui.shell.help_windows import COMPONENTS_USED, GuideWindow, guide_html, help_folder, notices_html
from tests.ui.conftest import open_main_window, settle, unlock


def test_the_guide_explains_every_term_and_rule(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = guide_html()
    assert "{{" not in text
    plain = re.sub(r"<[^>]+>", " ", text)
    plain = re.sub(r"\s+", " ", plain.replace("&ldquo;", '"').replace("&rdquo;", '"'))
    for term in (*WITHDRAWAL_MARKERS, *CONFRONTATION_MARKERS, *REPAIR_STRATEGIES):
        assert term.label.replace("'", "&#x27;") in text, term.label
    for anchor in RESOLUTION_ANCHORS.values():
        assert anchor.split(":")[0] in plain
    for heading in ("Safety", "Trust", "Attunement", "Boundaries", "alliance index", "Raised by", "Unspoken",
                    "SRS", "WAI-SR", "Nervous-system state", "Relationship check-in", "recovery key", "Backups",
                    "Pseudonyms", "Safe Harbor", "Scrubbed", "<11"):
        assert heading in plain or heading.replace("<", "&lt;") in text, heading
    rules = {Rule.DROP: "Drop (alert)", Rule.COMPONENT_DROP: "Component drop (alert)", Rule.DECLINE: "Decline (alert)",
             Rule.UNREPAIRED_RUPTURE: "Rupture not repaired (alert)",
             Rule.PARTLY_REPAIRED_RUPTURE: "Mild rupture only partly repaired (prompt)",
             Rule.SRS_LOW: "SRS below 36 (prompt)", Rule.SRS_FALL: "SRS fall (alert)",
             Rule.SRS_FIRST_BELOW: "first fall below 36 (alert)", Rule.SRS_CEILING: "SRS at the ceiling (prompt)",
             Rule.PERSPECTIVE_GAP: "Perspective gap (alert)", Rule.OUTCOME: "Reliable deterioration (alert)"}
    assert set(rules) == set(Rule)  # a new rule needs its paragraph in the guide
    for words in rules.values():
        assert words in plain, words
    for outcome in load_outcome_instruments().values():
        assert outcome.short_name in plain
    # Offline: every link stays inside the page.
    assert all(href.startswith("#") for href in re.findall(r'href="([^"]*)"', text))
    guide = GuideWindow()
    qtbot.addWidget(guide)
    assert not guide.browser.openExternalLinks() and not guide.browser.openLinks()


def test_help_menu_opens_the_guide_shortcuts_and_about(qtbot, make_controller, created_vault) -> None:  # type: ignore[no-untyped-def]
    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    guide.close()
    shortcuts = window.open_shortcuts()
    keys = {shortcuts.table.item(r, 1).text(): shortcuts.table.item(r, 0).text()
            for r in range(shortcuts.table.rowCount())}
    assert keys["Lock now"] == "Ctrl+L" and keys["Log session"] == "Ctrl+N" and "Guide" in keys
    shortcuts.close()
    about = window.open_about()
    assert "LGPL" in about.about.toPlainText() or "Lesser General Public License" in about.about.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in about.licence.toPlainText()
    notices = about.notices.toPlainText()
    for name in ("SQLCipher", "OpenSSL", "Qt 6", "pyqtgraph", "SQLAlchemy", "cryptography", "Argon2id", "zxcvbn"):
        assert name in notices, name
    about.close()
    assert window.about_qt_action.menuRole().name == "AboutQtRole"


def test_notices_name_every_dependency_and_the_licence_copies_match() -> None:
    requires = metadata.requires("alliance") or []
    names = {re.split(r"[ ;<>=!~\[(]", r, maxsplit=1)[0].lower() for r in requires if "extra ==" not in r}
    named = {dist.lower() for *_rest, dist in COMPONENTS_USED if dist}
    assert names <= named | {"pyside6-essentials"}, names - named
    from pathlib import Path
    packaging = Path(__file__).resolve().parents[2] / "packaging" / "licenses"
    for copy in ("LGPL-3.0.txt", "GPL-3.0.txt", "SQLCipher-BSD-3-Clause.txt", "Apache-2.0.txt"):
        assert (help_folder() / copy).read_bytes() == (packaging / copy).read_bytes(), copy
    assert "BSD" in notices_html()


def test_file_menu_opens_the_demo_practice_and_goes_back(qtbot, make_controller, created_vault) -> None:  # type: ignore[no-untyped-def]
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    own = controller.folder
    with qtbot.waitSignal(controller.vault_opened, timeout=60_000):
        window.demo_action.trigger()
    settle(qtbot, controller)
    assert not vault.is_open
    demo_window = controller.main_window
    assert demo_window is not None and demo_window is not window and demo_window.demo
    assert "DEMO" in demo_window.windowTitle() and controller.folder == controller.demo_folder
    assert demo_window.caseload.model.rowCount() > 0
    assert demo_window.demo_action.text() == "Open my own &vault"
    demo_window.demo_action.trigger()
    assert controller.vault is None and controller.folder == own
    assert controller.unlock_window is not None and controller.unlock_window.isVisible()
    assert "DEMO" not in controller.unlock_window.windowTitle()
    unlock(qtbot, controller)
    assert controller.main_window is not None and not controller.main_window.demo
    assert QApplication.activeWindow() is not None


def test_the_resolution_field_carries_its_anchors(qtbot, make_controller, created_vault, practice) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import open_form

    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    form = open_form(qtbot, window, practice["ab"])
    editor = form.add_rupture()
    tip = editor.repair.resolution.toolTip()
    assert all(f"{k} = {v}" in tip for k, v in RESOLUTION_ANCHORS.items())
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)  # the guide opens from the form too
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    form.discard()


def test_about_shows_the_bundled_notices_file_with_real_clicks(qtbot, make_controller, created_vault, tmp_path,
                                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Help > About Alliance > Full notices shows the packaged THIRD_PARTY_NOTICES.txt: opened with the mouse
    through the menu bar, the Help menu and the tab bar. The file is the one packaging/collect_notices.py
    writes for a bundle, generated here from this environment."""
    import importlib.util
    from pathlib import Path

    from PySide6.QtWidgets import QMenu

    from alliance.ui.shell import help_windows

    assert help_windows.bundled_notices_file() is None  # from source: no file, and the tab says why
    assert "runs from its source code" in help_windows.full_notices_text()
    path = Path(__file__).resolve().parents[2] / "packaging" / "collect_notices.py"
    spec = importlib.util.spec_from_file_location("_collect_notices_for_about", path)
    assert spec is not None and spec.loader is not None
    collect_notices = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(collect_notices)
    notices = collect_notices.write_notices(tmp_path / help_windows.NOTICES_FILE)
    monkeypatch.setattr(help_windows, "bundled_notices_file", lambda: notices)

    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    bar = window.menuBar()
    help_menu = next(a.menu() for a in bar.actions() if a.text() == "&Help")
    assert isinstance(help_menu, QMenu)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(help_menu.menuAction()).center())
    qtbot.waitUntil(help_menu.isVisible)
    qtbot.mouseClick(help_menu, Qt.MouseButton.LeftButton,
                     pos=help_menu.actionGeometry(window.about_action).center())
    about = window.findChild(help_windows.AboutDialog)
    assert about is not None
    qtbot.waitUntil(about.isVisible)
    tab_bar = about.tabs.tabBar()
    index = next(i for i in range(tab_bar.count()) if tab_bar.tabText(i) == "&Full notices")
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(index).center())
    assert about.tabs.currentWidget() is about.full_notices and about.full_notices.isVisible()
    text = about.full_notices.toPlainText()
    assert text == notices.read_text(encoding="utf-8")
    for name in ("SQLCipher", "OpenSSL", "Qt 6", "PySide6", "SQLAlchemy", "cryptography", "numpy",
                 "GNU LESSER GENERAL PUBLIC LICENSE"):
        assert name in text, name
    assert "in the next tab" in about.notices.toPlainText()
    about.close()
