"""Log (or edit) a session: build the draft from the form, save it, show problems next to their fields.

Nothing typed is lost on an error: the form keeps every value and only marks the fields at fault.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.instruments import load_instruments
from alliance.core.ratings import COMPONENTS, Ratings
from alliance.core.records import ClientStatus, Modality, NervousSystemState, Rupture, Session, SessionDraft
from alliance.core.taxonomy import RuptureStatus
from alliance.services import clients, ruptures, sessions
from alliance.services.session_validation import validate_session_draft
from alliance.store.errors import StorageError
from alliance.store.vault import Vault
from alliance.ui.field_errors import FieldErrors
from alliance.ui.formatting import pydate, qdate
from alliance.ui.rupture_editors import EarlierRupture, RuptureEditor
from alliance.ui.session_form_view import SessionFormView


class SessionForm(SessionFormView):
    """Emits ``saved(session)`` once stored. ``session_id`` set means editing a logged session."""

    saved = Signal(object)
    deleted = Signal(int)  # session id
    history_requested = Signal(int)  # session id

    def __init__(self, vault: Vault, client_id: int | None = None, session_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(load_instruments(), parent)
        self._vault = vault
        self._session: Session | None = None
        self.rupture_editors: list[RuptureEditor] = []
        self.earlier: list[EarlierRupture] = []
        self.errors = FieldErrors(self.general_error)
        self._blank_messages: dict[str, str] = {}
        self._done = False
        if session_id is not None:
            self._session = sessions.get_session(vault, session_id)
            client_id = self._session.client_id
        self._fill_clients(client_id)
        for spin in self.ratings.values():
            spin.valueChanged.connect(self._update_index)
        self.client.currentIndexChanged.connect(self._client_changed)
        self.add_rupture_button.clicked.connect(lambda: self.add_rupture())
        self.corrective.toggled.connect(self.corrective_text.setEnabled)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        if self._session is not None:
            self.history_button.setVisible(True)
            self.delete_button.setVisible(True)
            self.history_button.clicked.connect(lambda: self.history_requested.emit(self.session_id))
            self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        if self._session is not None:
            self._fill_session(self._session)
        else:
            self._load_earlier()
        self.corrective_text.setEnabled(self.corrective.isChecked())
        self._update_index()
        self._update_heading()
        self._initial = self.state()
        # Client and date are usually right already: start where the clinician types.
        (self.ratings[COMPONENTS[0].key] if self.client.currentIndex() >= 0 else self.client).setFocus()

    # --- filling -------------------------------------------------------------------------------

    def _fill_clients(self, client_id: int | None) -> None:
        self.client.blockSignals(True)
        if self._session is not None:
            c = clients.get_client(self._vault, self._session.client_id)
            self.client.addItem(c.code, c.id)
            self.client.setEnabled(False)  # a logged session cannot move to another client
        else:
            for s in clients.caseload(self._vault, statuses={ClientStatus.ACTIVE, ClientStatus.PAUSED}):
                self.client.addItem(s.code, s.id)
            if client_id is not None and self.client.findData(client_id) < 0:
                c = clients.get_client(self._vault, client_id)
                self.client.addItem(c.code, c.id)
            self.client.setPlaceholderText(self.tr("Choose a client"))
        self.client.setCurrentIndex(self.client.findData(client_id) if client_id is not None else -1)
        self.client.blockSignals(False)

    def _fill_session(self, s: Session) -> None:
        self.date.setDate(qdate(s.date))
        self.duration.setValue(s.duration_min)
        self.modality.setCurrentIndex(self.modality.findData(s.modality))
        for key, spin in self.ratings.items():
            spin.set_score(getattr(s.ratings, key))
        self.note.setPlainText(s.note)
        self.ns_start.setCurrentIndex(max(0, self.ns_start.findData(s.ns_state_start)))
        self.ns_end.setCurrentIndex(max(0, self.ns_end.findData(s.ns_state_end)))
        self.corrective.setChecked(s.corrective_experience)
        self.corrective_text.setText(s.corrective_experience_text)
        for inst_id, values in s.instruments.items():
            if inst_id in self.instrument_fields:
                self.instrument_fields[inst_id].set_values(values)
                self.instrument_sections[inst_id].set_expanded(True)
        self.ns_section.set_expanded(s.ns_state_start is not None or s.ns_state_end is not None)
        self.corrective_section.set_expanded(s.corrective_experience)
        own = {r.id for r in s.ruptures}
        for r in s.ruptures:
            editor = self.add_rupture(focus=False)
            repair = next((p for p in s.repairs if p.rupture_id == r.id), None)
            editor.set_state({
                "id": r.id, "kind": r.kind, "intensity": r.intensity, "raised_by": r.raised_by,
                "markers": r.markers, "note": r.note, "repaired": repair is not None,
                "repair": {"id": repair.id, "resolution": repair.resolution, "strategies": repair.strategies,
                           "note": repair.note} if repair else {},
            })
        self._load_earlier({p.rupture_id: p for p in s.repairs if p.rupture_id not in own})

    def _candidates(self, client_id: int, repaired_here: set[int]) -> list[Rupture]:
        if self._session is None:
            return ruptures.open_ruptures(self._vault, client_id)
        number = self._session.number
        return [r for r in ruptures.ruptures_for_client(self._vault, client_id)
                if r.session_number < number and (r.status is not RuptureStatus.RESOLVED or r.id in repaired_here)]

    def _load_earlier(self, repairs: dict[int, Any] | None = None) -> None:
        repairs = repairs or {}
        for row in self.earlier:
            row.setParent(None)
            row.deleteLater()
        self.earlier = []
        client_id = self.client.currentData()
        items = [] if client_id is None else self._candidates(int(client_id), set(repairs))
        for r in items:
            row = EarlierRupture(r, self)
            rep = repairs.get(r.id)
            if rep is not None:
                row.log_repair.setChecked(True)
                row.repair.set_state({"id": rep.id, "resolution": rep.resolution, "strategies": rep.strategies,
                                      "note": rep.note})
            self.earlier_box.addWidget(row)
            row.show()
            self.earlier.append(row)
        self.earlier_empty.setVisible(not items)
        self._fix_tab_order()

    def _client_changed(self, *_: object) -> None:
        self._load_earlier()
        self._update_heading()

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
            self.index_label.setText(self.tr("Alliance index {value:.2f}").format(value=value))
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
            chain += [section.header, *self.instrument_fields[inst_id].spins.values()]
        chain += [self.cancel_button, self.save_button]
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
        """The session as typed; blank numbers go through as None so the service names them."""
        ratings = Ratings(**{k: spin.score() for k, spin in self.ratings.items()})  # type: ignore[arg-type]
        rupture_drafts = tuple(e.draft() for e in self.rupture_editors)
        repairs = [d for row in self.earlier if (d := row.draft()) is not None]
        repairs += [e.repair.draft(new_rupture_index=i) for i, e in enumerate(self.rupture_editors)
                    if e.repaired.isChecked()]
        instruments = {i: v for i, f in self.instrument_fields.items() if (v := f.values())}
        return SessionDraft(
            client_id=self.client.currentData(), date=pydate(self.date.date()), ratings=ratings,
            duration_min=self.duration.value(), modality=Modality(self.modality.currentData()),
            ns_state_start=self.ns_start.currentData(), ns_state_end=self.ns_end.currentData(),
            corrective_experience=self.corrective.isChecked(),
            corrective_experience_text=self.corrective_text.text() if self.corrective.isChecked() else "",
            note=self.note.toPlainText(), instruments=instruments, ruptures=rupture_drafts,
            repairs=tuple(repairs),
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
        self._blank_messages = {c.key: self.tr("Rate {label} from 0 to 10.").format(label=self.tr(c.label))
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

    @property
    def session_id(self) -> int | None:
        """The session being edited (None for a new one)."""
        return self._session.id if self._session is not None else None

    def delete(self) -> bool:
        """Delete the session being edited, after asking; its edit history goes with it."""
        if self._session is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete session"),
            self.tr("Delete session %1 with its ruptures and repairs? The audit log keeps a record that it was "
                    "deleted, not its content.").replace("%1", str(self._session.number)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            sessions.delete_session(self._vault, self._session.id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), " ".join(p.message for p in exc.problems))
            return False
        self._done = True
        self.deleted.emit(self._session.id)
        self.accept()
        return True

    def save(self) -> Session | None:
        """Validate and store; on problems, show them by their fields and keep everything typed."""
        self._register_fields()
        draft = self.draft()
        try:
            if draft.client_id is None:
                problems = [FieldProblem("client", self.tr("Choose the client this session was with."))]
                raise ValidationError(problems + validate_session_draft(draft))
            if self._session is None:
                stored = sessions.log_session(self._vault, draft)
            else:
                stored = sessions.edit_session(self._vault, self._session.id, draft)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return None
        except StorageError as exc:  # disk full, no permission: nothing was saved, everything typed stays
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("The session was not saved: %1\n\nEverything you typed is still here; "
                                        "free some space or fix the folder's permissions, then save again.")
                                .replace("%1", str(exc)))
            return None
        self.errors.clear()
        self._done = True
        self.saved.emit(stored)
        self.accept()
        return stored

    def show_problems(self, problems: list[FieldProblem]) -> None:
        # A field left blank gets a plain request rather than the range check's wording.
        blank = self._blank_messages
        friendly = [FieldProblem(p.field, blank[p.field]) if p.field in blank else p for p in problems]
        for p in friendly:  # open the optional section that holds a problem
            if p.field.startswith("instruments."):
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

    def state(self) -> dict[str, Any]:
        """Everything typed, as plain values (kept in memory only, never written to disk)."""
        return {
            "session_id": self._session.id if self._session else None,
            "client_id": self.client.currentData(),
            "date": pydate(self.date.date()).isoformat(),
            "duration": self.duration.value(),
            "modality": self.modality.currentData(),
            "ratings": {k: s.score() for k, s in self.ratings.items()},
            "note": self.note.toPlainText(),
            "ns": (self.ns_start.currentData(), self.ns_end.currentData()),
            "corrective": (self.corrective.isChecked(), self.corrective_text.text()),
            "instruments": {i: f.values() for i, f in self.instrument_fields.items()},
            "ruptures": [e.state() for e in self.rupture_editors],
            "earlier": {row.rupture.id: row.repair.state() for row in self.earlier if row.log_repair.isChecked()},
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Put back what ``state()`` captured (after an unlock)."""
        index = self.client.findData(state["client_id"])
        if index >= 0 and self._session is None:
            self.client.setCurrentIndex(index)
        self.date.setDate(QDate.fromString(state["date"], "yyyy-MM-dd"))
        self.duration.setValue(state["duration"])
        self.modality.setCurrentIndex(max(0, self.modality.findData(Modality(state["modality"]))))
        for k, v in state["ratings"].items():
            self.ratings[k].set_score(v)
        self.note.setPlainText(state["note"])
        for combo, value in zip((self.ns_start, self.ns_end), state["ns"], strict=True):
            combo.setCurrentIndex(max(0, combo.findData(NervousSystemState(value) if value else None)))
        self.corrective.setChecked(state["corrective"][0])
        self.corrective_text.setText(state["corrective"][1])
        for inst_id, values in state["instruments"].items():
            if inst_id in self.instrument_fields and values:
                self.instrument_fields[inst_id].set_values(values)
                self.instrument_sections[inst_id].set_expanded(True)
        for e in list(self.rupture_editors):
            self.remove_rupture(e)
        for rs in state["ruptures"]:
            self.add_rupture(focus=False).set_state(rs)
        for row in self.earlier:
            rep = state["earlier"].get(row.rupture.id)
            row.log_repair.setChecked(rep is not None)
            if rep is not None:
                row.repair.set_state(rep)

    def is_dirty(self) -> bool:
        return not self._done and self.state() != self._initial

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
