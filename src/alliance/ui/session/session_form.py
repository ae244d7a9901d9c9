"""Log (or edit) a session: build the draft from the form, save it on the worker, show problems next to their fields.

Nothing typed is lost on an error: the form keeps every value and only marks the fields at fault. What the form
shows is a ``SessionDraft`` (``fill``) and what it holds is one (``draft``): the same record is saved, compared to
tell whether anything changed, and kept in memory across a lock.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.instruments import load_instruments
from alliance.core.outcomes import DueItem, DueStatus
from alliance.core.ratings import COMPONENTS, RatingsDraft
from alliance.core.records import Modality, RepairDraft, Rupture, Session, SessionDraft, draft_of
from alliance.core.validation import validate_session_draft
from alliance.services import sessions
from alliance.services.session_form import ClientContext, SessionFormData, client_context
from alliance.store.errors import StorageError
from alliance.store.vault import Vault
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.changes import SessionDeleted, SessionEdited, SessionLogged
from alliance.ui.session.outcome_fields import OutcomeFields
from alliance.ui.session.rupture_editors import EarlierRupture, RuptureEditor
from alliance.ui.session.session_form_view import SessionFormView
from alliance.ui.widgets.failures import tell_failure
from alliance.ui.widgets.field_errors import FieldErrors
from alliance.ui.widgets.formatting import index_text, pydate, qdate
from alliance.ui.widgets.text import error_text, term


class SessionForm(SessionFormView):
    """Emits ``saved(session)`` once stored. ``data.session`` set means editing a logged session."""

    saved = Signal(object)
    deleted = Signal(int)  # session id
    history_requested = Signal(int)  # session id
    handover_requested = Signal(int)  # client id

    def __init__(self, access: VaultAccess, data: SessionFormData, parent: QWidget | None = None) -> None:
        super().__init__(load_instruments(), parent)
        self._access = access
        self._session: Session | None = data.session
        self.rupture_editors: list[RuptureEditor] = []
        self.earlier: list[EarlierRupture] = []
        self.errors = FieldErrors(self.general_error)
        self._blank_messages: dict[str, str] = {}
        self._done = False
        self._busy = False
        self._fill_clients(data)
        for spin in self.ratings.values():
            spin.valueChanged.connect(self._update_index)
        self.client.currentIndexChanged.connect(self._client_changed)
        self.add_rupture_button.clicked.connect(lambda: self.add_rupture())
        self.corrective.toggled.connect(self.corrective_text.setEnabled)
        self.save_button.clicked.connect(self.save)
        self.handover_button.clicked.connect(self._hand_over)
        self.cancel_button.clicked.connect(self.reject)
        if self._session is not None:
            self.history_button.setVisible(True)
            self.delete_button.setVisible(True)
            self.history_button.clicked.connect(lambda: self.history_requested.emit(self.session_id))
            self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self._show_earlier(data.earlier_ruptures)
        self.show_talk_about(data.talk_about)
        self.show_due(data.due)
        if self._session is not None:
            self.fill(draft_of(self._session))
        self.corrective_text.setEnabled(self.corrective.isChecked())
        self._update_index()
        self._update_heading()
        self._initial = self.draft()
        self._register_fields()  # from the start: a rating key refused is explained beside its field
        # Client and date are usually right already: start where the clinician types.
        (self.ratings[COMPONENTS[0].key] if self.client.currentIndex() >= 0 else self.client).setFocus()

    # --- filling -------------------------------------------------------------------------------

    def _fill_clients(self, data: SessionFormData) -> None:
        self.client.blockSignals(True)
        for choice in data.clients:
            self.client.addItem(choice.code, choice.id)
        if self._session is not None:
            self.client.setEnabled(False)  # a logged session cannot move to another client
        else:
            self.client.setPlaceholderText(self.tr("Choose a client"))
        self.client.setCurrentIndex(self.client.findData(data.client_id) if data.client_id is not None else -1)
        self.client.blockSignals(False)

    def fill(self, draft: SessionDraft) -> None:
        """Show a session draft: one logged already (editing), or one typed before a lock."""
        if self._session is None and draft.client_id is not None:
            index = self.client.findData(draft.client_id)
            if index >= 0 and index != self.client.currentIndex():
                self.client.blockSignals(True)  # the earlier ruptures shown are this client's already
                self.client.setCurrentIndex(index)
                self.client.blockSignals(False)
        self.date.setDate(qdate(draft.date))
        if draft.duration_min is not None:
            self.duration.setValue(draft.duration_min)
        self.modality.setCurrentIndex(max(0, self.modality.findData(Modality(draft.modality))))
        for key, spin in self.ratings.items():
            spin.set_score(getattr(draft.ratings, key))
        self.note.setPlainText(draft.note)
        self.ns_start.setCurrentIndex(max(0, self.ns_start.findData(draft.ns_state_start)))
        self.ns_end.setCurrentIndex(max(0, self.ns_end.findData(draft.ns_state_end)))
        self.corrective.setChecked(draft.corrective_experience)
        self.corrective_text.setText(draft.corrective_experience_text)
        for inst_id, fields in self.instrument_fields.items():
            values = draft.instruments.get(inst_id, {})
            fields.set_values(values)
            if isinstance(fields, OutcomeFields):
                fields.set_declined(draft.declined.get(inst_id))
                if inst_id in draft.declined:
                    self.instrument_sections[inst_id].set_expanded(True)
            if values:
                self.instrument_sections[inst_id].set_expanded(True)
        if draft.ns_state_start is not None or draft.ns_state_end is not None:
            self.ns_section.set_expanded(True)
        if draft.corrective_experience:
            self.corrective_section.set_expanded(True)
        for editor in list(self.rupture_editors):
            self.remove_rupture(editor)
        for i, rupture in enumerate(draft.ruptures):
            own = next((p for p in draft.repairs if p.rupture_id is None and p.new_rupture_index == i), None)
            self.add_rupture(focus=False).fill(rupture, own)
        for row in self.earlier:
            row.fill(next((p for p in draft.repairs if p.rupture_id == row.rupture.id), None))

    def _show_earlier(self, ruptures: tuple[Rupture, ...]) -> None:
        """The earlier ruptures a repair in this session may belong to (none logged yet)."""
        for row in self.earlier:
            row.setParent(None)
            row.deleteLater()
        self.earlier = []
        for r in ruptures:
            row = EarlierRupture(r, self)
            self.earlier_box.addWidget(row)
            row.show()
            self.earlier.append(row)
        self.earlier_empty.setVisible(not ruptures)
        self._fix_tab_order()

    def _client_changed(self, *_: object) -> None:
        self._update_heading()
        client_id = self.client.currentData()
        self._show_earlier(())
        self.show_talk_about(())
        if client_id is not None:
            session = self._session
            self._access.query(lambda vault: client_context(vault, int(client_id), session),
                               lambda found: self._context_loaded(int(client_id), found), owner=self,
                               latest="client-context")

    def _context_loaded(self, client_id: int, context: ClientContext) -> None:
        if self.client.currentData() == client_id:
            self._show_earlier(context.earlier_ruptures)
            self.show_talk_about(context.talk_about)
            self.show_due(context.due)

    def show_due(self, items: tuple[DueItem, ...]) -> None:
        """The schedule's measures: each section says due or overdue, and those asked for open."""
        by_id = {i.instrument_id: i for i in items}
        for inst_id, fields in self.instrument_fields.items():
            if not isinstance(fields, OutcomeFields):
                continue
            item = by_id.get(inst_id)
            fields.set_due(item)
            section = self.instrument_sections[inst_id]
            base = f"{fields.instrument.short_name} \u2014 {fields.instrument.name}"
            status = {DueStatus.DUE: self.tr("due"), DueStatus.OVERDUE: self.tr("overdue"),
                      DueStatus.DECLINED: self.tr("declined")}.get(item.status) if item else None
            section.header.setText(f"{base} ({status})" if status else base)
            if item is not None and item.status in (DueStatus.DUE, DueStatus.OVERDUE):
                section.set_expanded(True)

    def _update_heading(self) -> None:
        code = self.client.currentText() if self.client.currentIndex() >= 0 else ""
        if self._session is not None:
            text = self.tr("Session {n} with {code}").format(n=self._session.number, code=code)
        else:
            text = self.tr("Log a session with {code}").format(code=code) if code else self.tr("Log a session")
        self.heading.setText(text)
        self.setWindowTitle(text)

    def _update_index(self, *_: object) -> None:
        scores = [spin.score() for spin in self.ratings.values()]
        if all(s is not None for s in scores):
            value = sum(s for s in scores if s is not None) / len(scores)
            self.index_label.setText(self.tr("Alliance index {value}").format(value=index_text(value)))
        else:
            self.index_label.setText(self.tr("Alliance index \u2014 (rate all four)"))

    # --- ruptures ------------------------------------------------------------------------------

    def add_rupture(self, *, focus: bool = True) -> RuptureEditor:
        editor = RuptureEditor(len(self.rupture_editors) + 1, self)
        editor.remove_requested.connect(self.remove_rupture)
        self.ruptures_box.addWidget(editor)
        editor.show()  # now, not at the next event-loop turn, so Tab can reach it straight away
        self.rupture_editors.append(editor)
        self._fix_tab_order()
        if focus:
            editor.kind.setFocus()
            self.scroll_area.ensureWidgetVisible(editor)
        return editor

    def remove_rupture(self, editor: RuptureEditor) -> None:
        self.rupture_editors.remove(editor)
        editor.setParent(None)
        editor.deleteLater()
        for i, e in enumerate(self.rupture_editors, start=1):
            e.set_number(i)
        self._fix_tab_order()
        self.add_rupture_button.setFocus()

    def _fix_tab_order(self) -> None:
        """The Tab order: down the page, including editors added after the form was built."""
        chain: list[QWidget] = [self.client, self.date, self.duration, self.modality, *self.ratings.values(),
                                self.note]
        for e in self.rupture_editors:
            chain += [e.kind, e.intensity, e.raised_by, e.markers, e.note, e.repaired, e.repair.resolution,
                      e.repair.strategies, e.repair.note, e.remove_button]
        chain.append(self.add_rupture_button)
        for row in self.earlier:
            chain += [row.log_repair, row.repair.resolution, row.repair.strategies, row.repair.note]
        chain += [self.ns_section.header, self.ns_start, self.ns_end, self.corrective_section.header,
                  self.corrective, self.corrective_text]
        for inst_id, section in self.instrument_sections.items():
            fields = self.instrument_fields[inst_id]
            chain += [section.header, *([fields.declined] if isinstance(fields, OutcomeFields) else []),
                      *fields.spins.values()]
        logged = [b for b in (self.history_button, self.delete_button) if b.isVisibleTo(self)]
        chain += [self.handover_button, *logged, self.cancel_button, self.save_button]
        self._chain = chain

    def focusNextPrevChild(self, next: bool) -> bool:
        # Qt's own chain follows creation order, so widgets added later (rupture editors) would come
        # after Save; follow the page order instead, skipping what is hidden or disabled.
        focus = QApplication.focusWidget()
        usable = [w for w in self._chain if w.isVisible() and w.isEnabled()]
        if focus is None or not usable:
            return super().focusNextPrevChild(next)
        here = next_index = None
        for i, w in enumerate(usable):
            if w is focus or w.isAncestorOf(focus):
                here = i
                break
        if here is None:
            return super().focusNextPrevChild(next)
        next_index = (here + (1 if next else -1)) % len(usable)
        target = usable[next_index]
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        self.scroll_area.ensureWidgetVisible(target)
        return True

    # --- reading and saving --------------------------------------------------------------------------

    def draft(self) -> SessionDraft:
        """The session as typed; blank numbers stay None so validation names them."""
        repairs: list[RepairDraft] = [d for row in self.earlier if (d := row.draft()) is not None]
        repairs += [d for i, e in enumerate(self.rupture_editors) if (d := e.repair_draft(i)) is not None]
        client = self.client.currentData()
        return SessionDraft(
            client_id=int(client) if client is not None else None, date=pydate(self.date.date()),
            ratings=RatingsDraft(**{k: spin.score() for k, spin in self.ratings.items()}),
            duration_min=self.duration.value(), modality=Modality(self.modality.currentData()),
            ns_state_start=self.ns_start.currentData(), ns_state_end=self.ns_end.currentData(),
            corrective_experience=self.corrective.isChecked(),
            corrective_experience_text=self.corrective_text.text() if self.corrective.isChecked() else "",
            note=self.note.toPlainText(),
            instruments={i: v for i, f in self.instrument_fields.items() if (v := f.values())},
            declined={i: r for i, f in self.instrument_fields.items()
                      if isinstance(f, OutcomeFields) and (r := f.declined_reason()) is not None},
            ruptures=tuple(e.draft() for e in self.rupture_editors), repairs=tuple(repairs),
        )

    def _register_fields(self) -> None:
        self.errors.unregister_prefix("")
        for field, (widget, err) in self.errors_at.items():
            self.errors.register(field, widget, err)
        self.errors.register("ruptures", self.add_rupture_button, self.ruptures_error)
        for i, e in enumerate(self.rupture_editors):
            for sub, (widget, err) in e.errors.items():
                self.errors.register(f"ruptures[{i}].{sub}", widget, err)
        repair_editors = [row.repair for row in self.earlier if row.log_repair.isChecked()]
        repair_editors += [e.repair for e in self.rupture_editors if e.repaired.isChecked()]
        self._blank_messages = {c.key: self.tr("Rate {label} from 0 to 10.").format(label=term(c.label))
                                for c in COMPONENTS if self.ratings[c.key].score() is None}
        for i, e in enumerate(self.rupture_editors):
            if e.intensity.score() is None:
                self._blank_messages[f"ruptures[{i}].intensity"] = self.tr("Rate the intensity from 1 to 5.")
        for i, r in enumerate(repair_editors):
            if r.resolution.score() is None:
                self._blank_messages[f"repairs[{i}].resolution"] = self.tr(
                    "Rate how far the rupture was resolved, from 1 to 5.")
        for i, r in enumerate(repair_editors):
            for sub, (widget, err) in r.errors.items():
                self.errors.register(f"repairs[{i}].{sub}", widget, err)

    def _hand_over(self) -> None:
        client_id = self.draft().client_id
        if client_id is None:
            self.errors.show([FieldProblem("client", self.tr("Choose the client first: the check-in is theirs."))])
            return
        self.handover_requested.emit(client_id)

    def take_client_answers(self, answers: dict[str, dict[str, int]], not_today: tuple[str, ...]) -> None:
        """Put the answers the client gave in client mode into this form (their questionnaires replace what the
        form held for them); an outcome measure set aside "not today" is marked declined for that reason."""
        draft = self.draft()
        instruments = {k: dict(v) for k, v in draft.instruments.items()}
        instruments.update({k: dict(v) for k, v in answers.items()})
        declined = dict(draft.declined)
        for k in not_today:
            if k not in answers and isinstance(self.instrument_fields.get(k), OutcomeFields):
                declined[k] = "not_today"
        self.fill(replace(draft, instruments=instruments, declined=declined))

    @property
    def session_id(self) -> int | None:
        """The session being edited (None for a new one)."""
        return self._session.id if self._session is not None else None

    @property
    def busy(self) -> bool:
        """Saving or deleting is under way."""
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.save_button, self.delete_button, self.cancel_button):
            button.setEnabled(not busy)

    def delete(self) -> bool:
        """Move the session being edited to the trash (kept 30 days, File → Trash… restores it whole): no question
        asked, since nothing is lost; the main window says where it went."""
        session = self._session
        if session is None or self._busy:
            return False
        self._set_busy(True)
        self._access.op(lambda vault: sessions.delete_session(vault, session.id), lambda _none: self._deleted(),
                        self._delete_failed, owner=self, change=SessionDeleted(session.client_id, session.id))
        return True

    def _deleted(self) -> None:
        assert self._session is not None
        self._done = True
        self.deleted.emit(self._session.id)
        self.accept()

    def _delete_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
        else:
            tell_failure(self, self.tr("Not deleted"), exc)

    def save(self) -> None:
        """Validate and store on the worker; problems show by their fields and everything typed stays."""
        if self._busy:
            return
        self._register_fields()
        draft = self.draft()
        session = self._session
        # What needs no vault is said at once, without a round trip; a date typed unreadably first of all.
        problems = [*self.errors.input_problems(), *validate_session_draft(draft)]
        if problems:
            self.show_problems(problems)
            return

        def work(vault: Vault) -> Session:
            if session is None:
                return sessions.log_session(vault, draft)
            return sessions.edit_session(vault, session.id, draft)

        def change(stored: Session) -> SessionLogged | SessionEdited:
            kind = SessionLogged if session is None else SessionEdited
            return kind(stored.client_id, stored.id, stored.number)

        self._set_busy(True)
        self._access.op(work, self._saved, self._save_failed, owner=self, change=change)

    def _saved(self, stored: Session) -> None:
        self._set_busy(False)
        self.errors.clear()
        self._done = True
        self.saved.emit(stored)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self.show_problems(exc.problems)
        elif isinstance(exc, StorageError):  # disk full, no permission: nothing was saved, everything typed stays
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("The session was not saved: %1\n\nEverything you typed is still here; "
                                        "free some space or fix the folder's permissions, then save again.")
                                .replace("%1", error_text(exc)))
        else:
            tell_failure(self, self.tr("Not saved"), exc, self.tr("Everything you typed is still here."))

    def show_problems(self, problems: list[FieldProblem]) -> None:
        # A field left blank gets a plain request rather than the range check's wording.
        blank = self._blank_messages
        friendly = [FieldProblem(p.field, blank[p.field]) if p.field in blank else p for p in problems]
        for p in friendly:  # open the optional section that holds a problem
            if p.field.startswith(("instruments.", "declined.")):
                section = self.instrument_sections.get(p.field.split(".")[1])
                if section:
                    section.set_expanded(True)
            elif p.field.startswith("ns_state"):
                self.ns_section.set_expanded(True)
            elif p.field.startswith("corrective"):
                self.corrective_section.set_expanded(True)
        first = self.errors.show(friendly)
        marked = [w for w in self._chain if w.property("invalid") is True]
        first = marked[0] if marked else first  # the topmost field at fault, as the eye reads the form
        if first is not None:
            first.setFocus()
            self.scroll_area.ensureWidgetVisible(first)
        elif self.general_error.text():
            self.scroll_area.ensureVisible(0, 0)

    # --- keeping input across a lock -----------------------------------------------------------------

    def is_dirty(self) -> bool:
        """Whether something was typed that is not saved."""
        return not self._done and self.draft() != self._initial

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Discard this session?"),
                self.tr("What you typed for this session has not been saved. Discard it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def discard(self) -> None:
        """Close without asking (the input was kept elsewhere, e.g. across a lock)."""
        self._done = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
