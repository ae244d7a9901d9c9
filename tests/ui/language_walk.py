"""Run by tests/ui/test_languages.py in a child pytest with LANG set (en_US, de_DE, es_ES): opens the main window,
a client page with alerts and outcomes, every dialog and the session form on the demo practice, as a clinician
would, and writes the text of every visible widget (labels, buttons, titles, tabs, menus, column headers, cells,
tooltips) to the JSON file named by ALLIANCE_WALK_OUT. Not collected on its own (no test_ prefix)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from alliance import i18n
from alliance.services import clients
from tests.ui.conftest import open_form, open_main_window, opened_window, settle

pytestmark = pytest.mark.skipif("ALLIANCE_WALK_OUT" not in os.environ, reason="run by tests/ui/test_languages.py")


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out: list[str] = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # list models keep columnCount private
        columns = 1
    out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    for r in range(min(model.rowCount(root), 40)):
        for c in range(columns):
            index = model.index(r, c, QModelIndex())
            out += [str(index.data() or ""), str(index.data(Qt.ItemDataRole.ToolTipRole) or "")]
    return out


def _action_texts(actions: list[QAction]) -> list[str]:
    out: list[str] = []
    for action in actions:
        out += [action.text(), action.toolTip() if action.toolTip() != action.text() else ""]
        menu = action.menu()
        if isinstance(menu, QMenu):
            out += [menu.title(), *_action_texts(menu.actions())]
    return out


def visible_texts(window: QWidget) -> list[str]:
    """The text a person can read in this window now (and in its tooltips)."""
    out = [window.windowTitle()]
    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        out.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView):
            out += _model_texts(w)
        out += _action_texts(w.actions())
    return [t for t in out if t and t.strip()]


# A machine without the locale installed (no locales package): Qt says it fell back to C.UTF-8 for the
# encoding; QLocale.system() still reads the language from LANG.
@pytest.mark.qt_log_ignore("Detected locale", "Qt depends on a UTF-8 locale", "If this causes problems",
                           "for more information", extend=True)
def test_walk(qtbot, make_controller, created_vault, demo_practice) -> None:  # type: ignore[no-untyped-def]
    language = i18n.install(i18n.SYSTEM)
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault, until_active=False)
    settle(qtbot, window)
    texts = visible_texts(window)
    declining = clients.find_client(vault, demo_practice.declining[0])
    assert declining is not None
    window.show_client(declining.id)
    settle(qtbot, window)
    texts += visible_texts(window)
    page = window.client_page
    openers = [window.open_preferences, window.open_about, window.open_shortcuts, window.tools.open_backups,
               window.tools.open_audit_log, window.tools.open_trash, window.tools.export_action.trigger,
               page.edit_client, page.edit_schedule, page.edit_goals, page.add_event]
    for opener in openers:
        dialog = opened_window(qtbot, opener)
        settle(qtbot, window)
        texts += visible_texts(dialog)
        for tabs in dialog.findChildren(QTabWidget):  # every tab of Preferences and About
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                settle(qtbot, window)
                texts += visible_texts(dialog)
        dialog.close()
        settle(qtbot, window)
    form = open_form(qtbot, window, declining.id)
    settle(qtbot, window)
    texts += visible_texts(form)
    form.close()
    controller.lock("manual")
    settle(qtbot, controller)
    texts += [t for w in QApplication.topLevelWidgets() if w.isVisible() for t in visible_texts(w)]  # unlock
    Path(os.environ["ALLIANCE_WALK_OUT"]).write_text(json.dumps({"language": language, "texts": texts},
                                                                ensure_ascii=False))
