"""Two states of a logged session side by side, as rows of text with the differences marked, for the
edit-history dialog. No widgets: HTML for a QTextBrowser, so notes wrap and the view stays read-only."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from alliance.core.instruments import load_instruments
from alliance.core.records import Session
from alliance.core.taxonomy import MARKER_LABELS, STRATEGY_LABELS
from alliance.i18n import translated
from alliance.ui.widgets import theme
from alliance.ui.widgets.formatting import (
    date_text,
    index_text,
    kind_text,
    modality_text,
    ns_state_text,
    raised_by_text,
)
from alliance.ui.widgets.text import term


def _tr(text: str) -> str:
    return translated(text)


@dataclass(frozen=True)
class CompareRow:
    """One field: its label, its text in the earlier version and now, and whether they differ."""

    label: str
    before: str
    after: str
    prose: bool = False  # long text: marked word by word

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _instruments(s: Session) -> str:
    known = load_instruments()
    lines = []
    for instrument_id in sorted(s.instruments):
        answers = s.instruments[instrument_id]
        instrument = known.get(instrument_id)
        name = instrument.short_name if instrument else instrument_id
        labels = {i.id: i.label for i in instrument.items} if instrument else {}
        items = "; ".join(f"{labels.get(k, k)}: {v}" for k, v in sorted(answers.items()))
        lines.append(f"{name} \u2014 {items}")
    return "\n".join(lines)


def _ruptures(s: Session) -> str:
    lines = []
    for r in s.ruptures:
        markers = ", ".join(term(MARKER_LABELS.get(m, m)) for m in r.markers)
        text = _tr("{kind}, intensity {n}/5, raised by {who}").format(
            kind=kind_text(r.kind), n=r.intensity, who=raised_by_text(r.raised_by).lower())
        if markers:
            text += f" \u2014 {markers}"
        if r.note:
            text += f"\n{r.note}"
        lines.append(text)
    return "\n\n".join(lines)


def _repairs(s: Session) -> str:
    lines = []
    for r in s.repairs:
        strategies = ", ".join(term(STRATEGY_LABELS.get(k, k)) for k in r.strategies)
        text = _tr("Repair of the rupture in session {n}: resolution {r}/5").format(
            n=r.session_number, r=r.resolution)
        if strategies:
            text += f" \u2014 {strategies}"
        if r.note:
            text += f"\n{r.note}"
        lines.append(text)
    return "\n\n".join(lines)


def _corrective(s: Session) -> str:
    if not s.corrective_experience:
        return _tr("No")
    return _tr("Yes") + (f" \u2014 {s.corrective_experience_text}" if s.corrective_experience_text else "")


def _fields() -> tuple[tuple[str, Callable[[Session], str], bool], ...]:
    """(label, text of a session, whether it is prose) in the order the session form shows them."""
    return (
        (_tr("Date"), lambda s: date_text(s.date), False),
        (_tr("Duration"), lambda s: _tr("{n} min").format(n=s.duration_min), False),
        (_tr("Modality"), lambda s: modality_text(s.modality), False),
        (_tr("Safety"), lambda s: str(s.ratings.safety), False),
        (_tr("Trust"), lambda s: str(s.ratings.trust), False),
        (_tr("Attunement"), lambda s: str(s.ratings.attunement), False),
        (_tr("Boundaries"), lambda s: str(s.ratings.boundaries), False),
        (_tr("Alliance index"), lambda s: index_text(s.alliance_index), False),
        (_tr("State at start"), lambda s: ns_state_text(s.ns_state_start) if s.ns_state_start else "\u2014", False),
        (_tr("State at end"), lambda s: ns_state_text(s.ns_state_end) if s.ns_state_end else "\u2014", False),
        (_tr("Corrective experience"), _corrective, True),
        (_tr("Note"), lambda s: s.note, True),
        (_tr("Ruptures"), _ruptures, True),
        (_tr("Repairs"), _repairs, True),
        (_tr("Instruments"), _instruments, True),
    )


def compare_rows(before: Session, after: Session) -> list[CompareRow]:
    """Every field of the two states, in the order the session form shows them."""
    return [CompareRow(name, get(before), get(after), prose) for name, get, prose in _fields()]


_TOKEN = re.compile(r"\s+|[^\s]+")


def _text_html(text: str) -> str:
    if not text:
        return f"<span style='color:{theme.current().muted}'>\u2014</span>"
    return html.escape(text).replace("\n", "<br>")


def word_diff_html(before: str, after: str) -> tuple[str, str]:
    """Both texts as HTML: words only in the earlier one struck through, words only in the current one marked."""
    c = theme.current()
    a, b = _TOKEN.findall(before), _TOKEN.findall(after)
    left: list[str] = []
    right: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        old, new = html.escape("".join(a[i1:i2])), html.escape("".join(b[j1:j2]))
        if op == "equal":
            left.append(old)
            right.append(new)
            continue
        if old.strip():
            left.append(f"<s style='color:{c.error}'>{old}</s>")
        else:
            left.append(old)
        if new.strip():
            right.append(f"<b style='background-color:{c.selection}'>{new}</b>")
        else:
            right.append(new)
    return ("".join(left).replace("\n", "<br>") or _text_html(""),
            "".join(right).replace("\n", "<br>") or _text_html(""))


def comparison_html(rows: list[CompareRow], before_title: str, after_title: str) -> str:
    """A three-column table (field, earlier, current); changed rows are tinted and flagged."""
    c = theme.current()
    out = [f"<table width='100%' cellspacing='0' cellpadding='7' style='color:{c.text}'>",
           f"<tr style='background-color:{c.window}'><th align='left' width='18%'>{html.escape(_tr('Field'))}</th>"
           f"<th align='left' width='41%'>{html.escape(before_title)}</th>"
           f"<th align='left' width='41%'>{html.escape(after_title)}</th></tr>"]
    for row in rows:
        if row.changed and row.prose:
            before, after = word_diff_html(row.before, row.after)
        else:
            before, after = _text_html(row.before), _text_html(row.after)
        tint = f" style='background-color:{c.demo}'" if row.changed else ""
        name = html.escape(row.label)
        flag = f"<br><small>{html.escape(_tr('changed'))}</small>" if row.changed else ""
        out.append(f"<tr{tint}><td valign='top'><b>{name}</b>{flag}</td>"
                   f"<td valign='top'>{before}</td><td valign='top'>{after}</td></tr>")
    out.append("</table>")
    return "".join(out)
