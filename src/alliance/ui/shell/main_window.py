"""The main window: menus, toolbar, the caseload and client pages, and the session form.

It assembles; the pages load what they show through the open vault's ``VaultAccess`` (on the worker). Locking is
decided elsewhere (shell/controller.py): this window only announces ``lock_requested`` and then forgets all."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alliance.core.errors import ValidationError
from alliance.core.records import SessionDraft
from alliance.i18n import translated
from alliance.services.session_form import SessionFormData, session_form_view
from alliance.ui.caseload.caseload_page import CaseloadPage
from alliance.ui.client.client_page import ClientPage
from alliance.ui.operations.access import VaultAccess
from alliance.ui.session.session_form import SessionForm
from alliance.ui.shell.page_reveal import ClientPageReveal
from alliance.ui.shell.preferences import PreferencesDialog
from alliance.ui.shell.settings import UiSettings
from alliance.ui.vault_tools.vault_tools import VaultTools
from alliance.ui.widgets import screen_fit, theme
from alliance.ui.widgets.failures import failure_text
from alliance.ui.widgets.keyboard import free_tab
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.text import error_text

GEOMETRY_KEY = "main_window"


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` (Ctrl+L, toolbar) and ``idle_minutes_changed(minutes)`` from Preferences.

    Unsaved session input across a lock: the form's draft is kept in this process's memory
    (a ``SessionDraft``, never written to disk, never in QSettings) while every widget showing it is
    destroyed; after the same vault is unlocked the form reopens with them. Asking first ("save or
    discard?") was rejected because the idle and suspend locks happen when nobody is at the screen:
    a question would keep the vault open, which is the one thing a lock must never do. Encrypting the
    kept values in memory was also considered; with the key in the same process it adds nothing
    against anyone able to read that memory, so it would only look safer.
    """

    lock_requested = Signal()
    demo_requested = Signal(bool)  # True: the demo practice; False: back to one's own vault
    idle_minutes_changed = Signal(int)
    session_form_opened = Signal(object)  # the form, once its data is read and it is shown
    # (Handover, [ClientForm], the client's own results or None): saved, ready for the client
    handover_started = Signal(object, object, object)

    def __init__(self, settings: UiSettings, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._access: VaultAccess | None = None
        self._form: SessionForm | None = None
        self._opening_form = False
        self._after_open: list[Callable[[SessionForm], None]] = []  # asked for while the form was being opened
        # (vault id, session id or None, the draft) of an unsaved form, across a lock
        self._kept_form: tuple[str, int | None, SessionDraft] | None = None
        self.demo = demo
        self.setWindowTitle(self.tr("DEMO \u2014 Alliance") if demo else self.tr("Alliance"))
        self.setWindowIcon(theme.app_icon())
        self.setMinimumSize(900, 600)

        self.caseload = CaseloadPage(self)
        self.client_page = ClientPage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.caseload)
        self.pages.addWidget(self.client_page)
        self.reveal = ClientPageReveal(self.pages, self.client_page)
        central = QWidget(self)
        col = QVBoxLayout(central)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        if demo:
            col.addWidget(self._demo_banner(central))
        col.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self._wire()
        free_tab(self)  # Tab leaves the caseload and sessions tables; the arrows move inside them
        geometry = settings.geometry(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen_fit.fit_to_screen(self, 1180, 760)

    # --- construction ----------------------------------------------------------------------------

    def _demo_banner(self, parent: QWidget) -> QFrame:
        banner = QFrame(parent)
        banner.setProperty("role", "demo-banner")
        row = QHBoxLayout(banner)
        row.setContentsMargins(16, 6, 16, 6)
        row.addWidget(label(self.tr("DEMO \u2014 made-up clients for exploring. Your own vault is separate and "
                                    "untouched."), parent=banner))
        return banner

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon: str | None = None) -> QAction:
        act = QAction(text, self)
        if keys is not None:
            act.setShortcut(QKeySequence(keys))
        if icon:
            act.setIcon(theme.icon(icon))
        return act

    def _build_actions(self) -> None:
        self.log_action = self._action(self.tr("&Log session\u2026"), QKeySequence.StandardKey.New, "session-log")
        self.new_client_action = self._action(self.tr("New &client\u2026"), "Ctrl+Shift+N", "client-add")
        self.handover_action = self._action(self.tr("Hand &over for check-in\u2026"), "Ctrl+Shift+H")
        self.handover_action.setToolTip(self.tr("Hand the computer to the client for a check-in"))
        self.read_aloud_action = self._action(self.tr("&Read questions aloud\u2026"), "Ctrl+Shift+R")
        self.read_aloud_action.setToolTip(self.tr("Ask the questionnaires by phone or video and click the answers"))
        self.paper_action = self._action(self.tr("Enter a &paper form\u2026"), "Ctrl+Shift+P")
        self.blank_form_action = self._action(self.tr("Print a &blank form\u2026"))
        self.print_action = self._action(self.tr("P&rint report\u2026"), QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(self.tr("Print the supervision report of the client shown, or the caseload "
                                             "report (de-identified, as an export), with a preview"))
        self.lock_action = self._action(self.tr("Loc&k now"), "Ctrl+L", "lock")
        self.lock_action.setToolTip(self.tr("Lock now (Ctrl+L)"))
        # Ctrl+L must work from the session form too, which is a window of its own.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        prefs_keys = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.preferences_action = self._action(self.tr("&Preferences\u2026"),
                                               prefs_keys if not prefs_keys.isEmpty() else "Ctrl+,", "preferences")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.caseload_action = self._action(self.tr("&Caseload"), QKeySequence.StandardKey.Back, "caseload")
        self.find_action = self._action(self.tr("&Find client"), QKeySequence.StandardKey.Find)
        self.search_notes_action = self._action(self.tr("&Search notes\u2026"), "Ctrl+Shift+F")
        self.search_notes_action.setToolTip(self.tr("Search the notes of the client shown, or of every client"))
        self.refresh_action = self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh)
        self.demo_action = self._action(self.tr("Open my own &vault") if self.demo
                                        else self.tr("Open &demo practice\u2026"))
        self.demo_action.setToolTip(self.tr("Made-up clients for exploring, in a vault of their own"))
        self.guide_action = self._action(self.tr("&Guide"), QKeySequence.StandardKey.HelpContents)
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # F1 in the session form too
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), "Ctrl+/")
        self.about_action = self._action(self.tr("&About Alliance"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"))
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

        self.tools = VaultTools(self, lambda: self._access, self._current_client_id)
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for act in (self.log_action, self.handover_action, self.read_aloud_action, self.paper_action,
                    self.blank_form_action, self.new_client_action, None, self.tools.export_action, self.print_action,
                    self.tools.backups_action, self.tools.trash_action, None, self.demo_action, None,
                    self.preferences_action, None,
                    self.lock_action, self.quit_action):
            file_menu.addSeparator() if act is None else file_menu.addAction(act)
        view_menu = menu.addMenu(self.tr("&View"))
        for act in (self.caseload_action, self.find_action, self.search_notes_action, self.refresh_action,
                    self.tools.audit_action):
            view_menu.addAction(act)
        help_menu = menu.addMenu(self.tr("&Help"))
        for act in (self.guide_action, self.shortcuts_action, None, self.about_action, self.about_qt_action):
            help_menu.addSeparator() if act is None else help_menu.addAction(act)

        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.caseload_action, self.new_client_action, self.log_action):
            bar.addAction(act)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.lock_action)
        self.lock_button = bar.widgetForAction(self.lock_action)
        self.lock_button.setProperty("iconOnly", True)
        self.lock_button.setAccessibleName(self.tr("Lock now"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
        if isinstance(self.lock_button, QToolButton):
            self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(bar)
        self.toolbar = bar

    def _wire(self) -> None:
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action.triggered.connect(self.close)
        self.log_action.triggered.connect(lambda: self.open_session_form(self._current_client_id()))
        self.new_client_action.triggered.connect(self._new_client)
        self.handover_action.triggered.connect(self._handover_for_current)
        self.read_aloud_action.triggered.connect(self.read_aloud)
        self.paper_action.triggered.connect(self.enter_paper_form)
        self.blank_form_action.triggered.connect(self.blank_forms)
        self.print_action.triggered.connect(self.print_report)
        self.search_notes_action.triggered.connect(self.search_notes)
        self.client_page.handover_requested.connect(self.request_handover)
        self.preferences_action.triggered.connect(lambda: self.open_preferences())
        self.caseload_action.triggered.connect(self.show_caseload)
        self.find_action.triggered.connect(self._find)
        self.refresh_action.triggered.connect(self.refresh)
        self.about_action.triggered.connect(self.open_about)
        self.about_qt_action.triggered.connect(lambda: QApplication.aboutQt())
        self.guide_action.triggered.connect(lambda: self.open_guide())
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        self.demo_action.triggered.connect(self._switch_practice)
        self.caseload.open_client.connect(self.show_client)
        self.caseload.log_session.connect(self.open_session_form)
        self.caseload.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.client_page.back.connect(self.show_caseload)
        self.client_page.gone.connect(self.show_caseload)
        self.client_page.rules_requested.connect(lambda: self.open_preferences(rules=True))
        self.client_page.log_session.connect(self.open_session_form)
        self.client_page.open_session.connect(lambda sid: self.open_session_form(None, session_id=sid))
        self.tools.vault_closed.connect(self.lock_requested)

    # --- vault ---------------------------------------------------------------------------------------

    @property
    def access(self) -> VaultAccess | None:
        """The open vault, as the pages reach it (None while locked)."""
        return self._access

    def open_vault(self, access: VaultAccess) -> None:
        """Show the caseload of a freshly unlocked vault (and any session form kept across the lock)."""
        self._access = access
        self.caseload.set_access(access)
        self.client_page.set_access(access)
        self.show_caseload()
        kept, self._kept_form = self._kept_form, None
        if kept is not None and kept[0] == access.vault_id:
            _vault_id, session_id, draft = kept

            def restore(form: SessionForm) -> None:
                form.fill(draft)
                self.statusBar().showMessage(self.tr("Your unsaved session form was kept while locked."), 8000)

            self.open_session_form(draft.client_id, session_id=session_id, then=restore)

    def close_vault(self) -> None:
        """Forget every piece of clinical data this window shows; keep unsaved form input in memory."""
        form, self._form = self._form, None
        if form is not None:
            if form.is_dirty() and self._access is not None:
                self._kept_form = (self._access.vault_id, form.session_id, form.draft())
            form.discard()
            form.deleteLater()
        for dialog in self.findChildren(QDialog):
            dialog.done(QDialog.DialogCode.Rejected)
            dialog.deleteLater()
        self.caseload.clear()
        self.client_page.clear()
        self.show_caseload()
        self.statusBar().clearMessage()
        self._access = None
        self._opening_form = False
        self._after_open.clear()

    def has_kept_form(self) -> bool:
        return self._kept_form is not None

    def forget_kept_form(self) -> None:
        self._kept_form = None

    # --- navigation --------------------------------------------------------------------------------

    def show_caseload(self) -> None:
        self.reveal.cancel()
        self.pages.setCurrentWidget(self.caseload)
        self.caseload.table.setFocus()

    def show_client(self, client_id: int) -> None:
        if self._access is not None:
            self.client_page.show_client(client_id)
            self.reveal.after_load()  # on screen once it holds the client

    def refresh(self) -> None:
        self.caseload.reload()
        if self.pages.currentWidget() is self.client_page:
            self.client_page.reload()

    def _find(self) -> None:
        self.show_caseload()
        self.caseload.focus_search()

    def _current_client_id(self) -> int | None:
        if self.pages.currentWidget() is self.client_page and self.client_page.client_id is not None:
            return self.client_page.client_id
        return self.caseload.selected_id()

    def _new_client(self) -> None:
        self.show_caseload()
        self.caseload.add_client()

    # --- dialogs --------------------------------------------------------------------------------

    def open_session_form(self, client_id: int | None, session_id: int | None = None,
                          then: Callable[[SessionForm], None] | None = None) -> None:
        """Open the log-session form once its data is read (or bring the open one forward: one form at a time);
        ``then(form)`` runs once it is shown."""
        if self._access is None:
            return
        if self._form is not None:
            self._form.raise_()
            self._form.activateWindow()
            return
        if self._opening_form:
            if then is not None:
                self._after_open.append(then)
            return
        self._opening_form = True
        access = self._access
        access.query(lambda vault: session_form_view(vault, client_id, session_id),
                     lambda data: self._show_session_form(access, data, then), self._form_not_opened, owner=self)

    def _form_not_opened(self, exc: BaseException) -> None:
        self._opening_form = False
        self._after_open.clear()
        self.statusBar().showMessage(failure_text(exc) if not isinstance(exc, ValidationError)
                                     else error_text(exc), 8000)

    def _show_session_form(self, access: VaultAccess, data: SessionFormData,
                           then: Callable[[SessionForm], None] | None) -> None:
        self._opening_form = False
        if access is not self._access or self._form is not None:
            return
        form = SessionForm(access, data, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(lambda s: self.statusBar().showMessage(self.tr("Session {n} saved.").format(n=s.number),
                                                                  6000))
        form.deleted.connect(self.tools.tell_trashed)
        form.history_requested.connect(lambda sid: self.tools.open_history(sid, form))
        form.handover_requested.connect(lambda cid: self.request_handover(cid, form))
        form.finished.connect(self._form_closed)
        self._form = form
        form.show()
        form.activateWindow()
        waiting, self._after_open = self._after_open, []
        for step in ([then] if then is not None else []) + waiting:
            step(form)
        self.session_form_opened.emit(form)

    @property
    def session_form(self) -> SessionForm | None:
        return self._form

    def _form_closed(self, *_: object) -> None:
        self._form = None

    # --- client mode ------------------------------------------------------------------------------------

    def _handover_for_current(self) -> None:
        form = self._form
        client_id = form.draft().client_id if form is not None else self._current_client_id()
        if client_id is None:
            self.statusBar().showMessage(self.tr("Choose a client first: the check-in is theirs."), 6000)
            return
        self.request_handover(client_id, form)

    def request_handover(self, client_id: int, over: QWidget | None = None) -> None:
        """Ask which questionnaires to hand over (and for predictions), save the hand-over, then announce
        ``handover_started``; the controller hands the computer over."""
        access = self._access
        if access is None:
            return
        from alliance.services.handover import plan_handover

        access.query(lambda vault: plan_handover(vault, client_id, words=translated),
                     lambda plan: self._ask_handover(access, plan, over or self), self._form_not_opened, owner=self)

    def _ask_handover(self, access: VaultAccess, plan: Any, over: QWidget) -> None:
        from alliance.services.handover import client_results, start_handover
        from alliance.ui.client_mode.handover_dialog import HandoverDialog

        if access is not self._access:
            return
        dialog = HandoverDialog(plan, over)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        forms = {f.id: f for f in plan.forms}

        show_results = self._settings.client_results

        def begin() -> None:
            chosen, predictions = dialog.chosen(), dialog.predictions()

            def work(vault: Any) -> tuple[Any, Any]:
                started = start_handover(vault, plan.client_id, chosen, predictions)
                return started, client_results(vault, plan.client_id) if show_results else None

            access.op(work, lambda r: self.handover_started.emit(r[0], [forms[k] for k in chosen], r[1]),
                      self._form_not_opened, owner=self)

        dialog.accepted.connect(begin)
        dialog.open()

    def take_client_answers(self, reveal: Any) -> None:
        """Put a revealed check-in's answers into the session form of its client and day (kept across the lock, or
        opened now)."""
        h = reveal.handover
        self.put_answers(h.client_id, reveal.session_id, h.answers(), h.not_today())

    def _client_for_entry(self) -> int | None:
        form = self._form
        client_id = form.draft().client_id if form is not None else self._current_client_id()
        if client_id is None:
            self.statusBar().showMessage(self.tr("Choose a client first: the answers are theirs."), 6000)
        return client_id

    def read_aloud(self) -> None:
        """The client's questionnaires (the check-in, the SRS and what is due) in an ordinary window, for the
        therapist to read out by phone or video and click the answers given; they go into the session form."""
        from alliance.services.handover import plan_handover

        client_id = self._client_for_entry()
        access = self._access
        if client_id is None or access is None:
            return
        access.query(lambda vault: plan_handover(vault, client_id, words=translated),
                     lambda plan: self._show_read_aloud(plan), self._form_not_opened, owner=self)

    def _show_read_aloud(self, plan: Any) -> None:
        from alliance.ui.client_mode.client_window import ClientWindow

        forms = {f.id: f for f in plan.forms}
        window = ClientWindow([forms[k] for k in plan.chosen], self, read_aloud=True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowTitle(self.tr("Read aloud \u2014 %1").replace("%1", plan.code))

        def done() -> None:
            answers, not_today = window.collected()
            window.close()
            self.put_answers(plan.client_id, None if self._form is None else self._form.session_id, answers,
                             not_today)

        window.handed_back.connect(done)
        window.resize(min(1100, self.width()), min(700, self.height()))
        window.show()
        window.button_of(window.welcome).setFocus()
        self.read_aloud_window = window

    def enter_paper_form(self) -> QDialog | None:
        """Type a whole paper form in at once; its answers go into the session form."""
        from alliance.services.handover import client_forms
        from alliance.ui.client_mode.paper_entry import PaperEntryDialog

        client_id = self._client_for_entry()
        if client_id is None or self._access is None:
            return None
        dialog = PaperEntryDialog(list(client_forms(translated).values()), self._form or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.put_answers(
            client_id, None if self._form is None else self._form.session_id,
            {dialog.form().id: dialog.values()}, ()))
        dialog.open()
        return dialog

    def blank_forms(self) -> QDialog:
        from alliance.services.handover import client_forms
        from alliance.ui.client_mode.blank_forms import BlankFormDialog

        dialog = BlankFormDialog([f for k, f in client_forms(translated).items() if k != "srs"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def search_notes(self) -> QDialog | None:
        """Search the notes (of the client shown, or of every client); the match chosen opens its session."""
        from alliance.ui.search.search_dialog import SearchDialog

        if self._access is None:
            return None
        page = self.client_page
        client = (page.client.id, page.client.code) if (self.pages.currentWidget() is page
                                                       and page.client is not None) else None
        dialog = SearchDialog(self._access, client, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_session.connect(lambda sid: self.open_session_form(None, session_id=sid))
        self.search_dialog = dialog
        dialog.open()
        return dialog

    def print_report(self) -> None:
        """The supervision report of the client shown, or the caseload report of the clients listed."""
        from alliance.ui.shell.print_report import print_report

        page = self.client_page
        ids = [page.client_id] if self.pages.currentWidget() is page else self.caseload.visible_ids()
        if self._access is not None:
            print_report(self, self._access, [i for i in ids if i is not None],
                         lambda dialog: setattr(self, "print_preview", dialog), self._form_not_opened)

    def put_answers(self, client_id: int, session_id: int | None, answers: dict[str, dict[str, int]],
                    not_today: tuple[str, ...]) -> None:
        """Put answers into the session form of this client (the open one, or one opened now)."""
        def put(form: SessionForm) -> None:
            form.take_client_answers(answers, not_today)
            form.raise_()
            form.activateWindow()

        form = self._form
        if form is not None:
            if form.draft().client_id == client_id:
                put(form)
            else:
                self.statusBar().showMessage(self.tr("Save or close the open session form first; the answers are "
                                                     "for another client."), 8000)
            return
        self.open_session_form(client_id, session_id=session_id, then=put)

    def open_preferences(self, rules: bool = False) -> PreferencesDialog:
        """Preferences; ``rules``: open on the alert rules."""
        dialog = PreferencesDialog(self._settings, self, self._access, self._rules_saved)
        if rules:
            dialog.show_rules()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.idle_minutes_changed.emit(self._settings.idle_lock_minutes))
        dialog.open()
        return dialog

    def _rules_saved(self, changed: list[str]) -> None:
        self.statusBar().showMessage(self.tr("Alert rules saved; every client is judged by them now.") if changed
                                     else self.tr("Alert rules unchanged."), 6000)

    # --- help ---------------------------------------------------------------------------------------

    def open_guide(self, topic: str | None = None) -> QDialog:
        """Help > Guide (F1), one window; ``topic``: an anchor of the guide to show."""
        from alliance.ui.shell.help_windows import GuideWindow

        guide = self.findChild(GuideWindow)
        if guide is None:
            guide = GuideWindow(self)
        if topic:
            guide.show_topic(topic)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def open_shortcuts(self) -> QDialog:
        from alliance.ui.shell.help_windows import ShortcutsDialog

        dialog = ShortcutsDialog(self.findChildren(QAction), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_about(self) -> QDialog:
        from alliance.ui.shell.help_windows import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _switch_practice(self) -> None:
        """File > Open demo practice (or, in the demo, Open my own vault): an unsaved form is asked about first."""
        if self._form is not None and self._form.is_dirty():
            self._form.raise_()
            self._form.reject()  # asks whether to discard
            if self._form is not None and self._form.isVisible():
                return
        self.demo_requested.emit(not self.demo)

    # --- window state ------------------------------------------------------------------------------

    def save_geometry(self) -> None:
        self._settings.set_geometry(GEOMETRY_KEY, self.saveGeometry())

    def hideEvent(self, event: Any) -> None:
        self.save_geometry()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._form is not None and self._form.is_dirty():
            self._form.raise_()
            self._form.reject()  # asks whether to discard
            if self._form is not None and self._form.isVisible():
                event.ignore()
                return
        self.save_geometry()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switch: redraw icons in the new colour
            for act, name in ((self.log_action, "session-log"), (self.new_client_action, "client-add"),
                              (self.lock_action, "lock"), (self.preferences_action, "preferences"),
                              (self.caseload_action, "caseload")):
                act.setIcon(theme.icon(name))
        super().changeEvent(event)
