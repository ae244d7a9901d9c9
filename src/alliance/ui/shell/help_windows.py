"""Help: the built-in guide, the keyboard shortcuts, and About (licence and third-party notices).

All of it is read from the app's own resources (``resources/help/``) and its own data (the taxonomy, the rating
prompts, the instrument files): nothing is fetched, and no link leaves the app.
"""

from __future__ import annotations

import html
import os
import platform
from collections.abc import Iterable, Sequence
from fractions import Fraction
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from alliance import APP_NAME, __version__, i18n
from alliance.core.instruments import load_instruments
from alliance.core.messages import translatable
from alliance.core.outcomes import load_outcome_instruments
from alliance.core.outcomes.model import ReliableChange
from alliance.core.ratings import COMPONENTS, SCALE_ANCHORS
from alliance.core.taxonomy import (
    CONFRONTATION_MARKERS,
    INTENSITY_ANCHORS,
    PARTLY_RESOLVED_AT,
    REPAIR_STRATEGIES,
    RESOLUTION_ANCHORS,
    RESOLVED_AT,
    WITHDRAWAL_MARKERS,
    Term,
)
from alliance.i18n import date_format, locale_number, translated
from alliance.ui.widgets.keyboard import free_tab
from alliance.ui.widgets.look import resource_folder
from alliance.ui.widgets.screen_fit import fit_to_screen
from alliance.ui.widgets.text import term


def help_folder() -> Path:
    return resource_folder() / "help"


def _items(texts: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in texts) + "</ul>"


def _terms(terms: Sequence[Term]) -> str:
    return _items(term(t.label) for t in terms)


def _alliance_instruments() -> str:
    out = []
    for inst in load_instruments().values():
        out.append(f"<h3>{html.escape(term(inst.name))}</h3><p>{html.escape(term(inst.description))}</p>")
        if inst.kind == "categorical":
            out.append(_items(f"{term(c.label)} \u2014 {term(c.description)}" for c in inst.categories))
        elif inst.id == "wai_sr":
            out.append("<p>" + html.escape("; ".join(
                translated("{subscale}: items {items}").format(subscale=term(sub.label), items=", ".join(sub.items))
                for sub in inst.subscales)) + ".</p>")
        else:
            out.append(_items(f"{term(item.label)} ({item.min}\u2013{item.max})" for item in inst.items))
        if inst.copyright:
            out.append(f"<p><i>{html.escape(term(inst.copyright))}</i></p>")
    return "".join(out)


def _method(name: str) -> str:
    """A scoring method ("sum", "mean") in the user's language."""
    words = {"sum": translatable("sum"), "mean": translatable("mean")}
    return translated(words[name]) if name in words else name


def _number(value: int | Fraction) -> str:
    """A band's bound, a cut-off or a reliable-change value as the locale writes it (whole, or to one place)."""
    return locale_number(float(value), 0 if value == int(value) else 1, False)


def _reliable_change(rc: ReliableChange | None) -> str:
    """The smallest reliable change: the published value, or the one Jacobson-Truax gives from its inputs."""
    if rc is None:
        return "\u2014"
    if rc.value is not None:
        return _number(rc.value)
    return translated("{value} (Jacobson\u2013Truax)").format(value=locale_number(rc.approximate(), 1, False))


def _outcome_table() -> str:
    heads = (translated("Measure"), translated("Items"), translated("Score"), translated("Bands or cut-off"),
             translated("Reliable change"))
    rows = ["<table width='100%' border='1' cellpadding='4' cellspacing='0'><tr>"
            + "".join(f"<th>{html.escape(h)}</th>" for h in heads) + "</tr>"]
    for inst in load_outcome_instruments().values():
        scoring = inst.scoring
        if scoring.total_min is not None and scoring.total_max is not None:
            score = f"{_method(scoring.method.value)} {scoring.total_min}\u2013{scoring.total_max}"
        else:
            score = _method(scoring.method.value)
        bands = ", ".join(translated("{band} from {lower}").format(band=b.label, lower=_number(b.lower))
                          for b in inst.bands) if inst.bands else ""
        if inst.cutoff is not None:
            clinical = (translated("clinical range below {value}") if inst.cutoff.clinical.value == "below" else
                        translated("clinical range at or above {value}")).format(value=_number(inst.cutoff.value))
            bands = (bands + "; " if bands else "") + clinical
        change = _reliable_change(inst.reliable_change)
        rows.append("<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in (
            f"{inst.short_name} \u2014 {inst.name}", len(inst.items), score, bands or "\u2014", change)) + "</tr>")
    rows.append("</table>")
    return "".join(rows)


def guide_file() -> Path:
    """The guide in the app's language (guide.de.html …), the English one where there is none."""
    translated_guide = help_folder() / f"guide.{i18n.current()}.html"
    return translated_guide if translated_guide.exists() else help_folder() / "guide.html"


def guide_html() -> str:
    """The guide, its lists filled in from the app's own data (so they match what the forms offer)."""
    text = guide_file().read_text(encoding="utf-8")
    parts = {
        "date_example": html.escape(QLocale().toString(QDate(2026, 12, 2), date_format())),
        "scale_anchors": html.escape(", ".join(f"{k} = {term(v)}" for k, v in SCALE_ANCHORS.items())),
        "components": "<ul>" + "".join(f"<li><b>{html.escape(term(c.label))}</b>: {html.escape(term(c.prompt))}</li>"
                                       for c in COMPONENTS) + "</ul>",
        "alliance_instruments": _alliance_instruments(),
        "outcome_table": _outcome_table(),
        "withdrawal_markers": _terms(WITHDRAWAL_MARKERS),
        "confrontation_markers": _terms(CONFRONTATION_MARKERS),
        "intensity_anchors": html.escape(", ".join(f"{k} = {term(v)}" for k, v in INTENSITY_ANCHORS.items())),
        "strategies": _terms(REPAIR_STRATEGIES),
        "resolution_anchors": "<ul>" + "".join(f"<li><b>{k}</b> \u2014 {html.escape(term(v))}</li>"
                                               for k, v in RESOLUTION_ANCHORS.items()) + "</ul>",
        "resolved_at": str(RESOLVED_AT),
        "partly_low": str(PARTLY_RESOLVED_AT),
        "partly_high": str(RESOLVED_AT - 1),
    }
    for name, value in parts.items():
        text = text.replace("{{" + name + "}}", value)
    return text


class _LocalBrowser(QTextBrowser):
    """A text browser that follows links inside the page only: nothing outside the app is ever opened. Tab walks
    its links (Enter follows one) and then leaves it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)

    def _follow(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme() and not url.path():
            self.scrollToAnchor(url.fragment())

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None  # no images or style sheets from anywhere (the guide has none)


def _closing_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Close).setIcon(QIcon())  # plain, as in the rest of the app
    buttons.rejected.connect(dialog.reject)
    return buttons


class GuideWindow(QDialog):
    """Help > Guide (F1): the ratings, instruments, ruptures, repairs, every alert and prompt with its rule, the
    vault and backups, exports and de-identification."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        self.browser = _LocalBrowser(self)
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setHtml(guide_html())
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(_closing_buttons(self))
        fit_to_screen(self, 760, 640)

    def show_topic(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)


# What the keyboard does beyond the menus' own shortcuts (those are read from the actions themselves).
KEYS_IN_FORMS: tuple[tuple[str, str], ...] = (
    (translatable("Tab / Shift+Tab"),
     translatable("Next / previous field or button (out of tables and lists too)")),
    (translatable("Alt + underlined letter"), translatable("Press that button or open that menu")),
    (translatable("Arrow keys"), translatable("Move inside a table, list or calendar")),
    (translatable("Enter"), translatable("Open the selected client or session")),
    (translatable("Space"),
     translatable("Press the focused button; tick a box; open or close a section")),
    (translatable("Ctrl+S"), translatable("Save the session form")),
    (translatable("Esc"), translatable("Close a dialog (the session form asks before discarding)")),
    (translatable("Digits"), translatable("Type a rating: the field takes the number at once")),
    (translatable("Alt+Down or F4"), translatable("Open the calendar of a date field")),
    (translatable("Up / Down, Page Up / Page Down"),
     translatable("In a date field: a day, a month later or earlier")),
)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, then the keys that work in forms."""
    rows = []
    for act in actions:
        keys = act.shortcut()
        if keys.isEmpty():
            continue
        rows.append((keys.toString(QKeySequence.SequenceFormat.NativeText), act.text().replace("&", "")
                     .replace("\u2026", "")))
    return sorted(dict.fromkeys(rows), key=lambda r: r[1].lower()) + list(KEYS_IN_FORMS)


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: the menus' shortcuts and the keys that work in every form."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(term(keys)))
            self.table.setItem(r, 1, QTableWidgetItem(term(what)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        free_tab(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(_closing_buttons(self))
        fit_to_screen(self, 620, 520)


# (component, what it does here, licence, distribution name for the installed version or None)
COMPONENTS_USED: tuple[tuple[str, str, str, str | None], ...] = (
    ("Qt 6", "windows, widgets, PDF writing", "LGPL-3.0 (used as shared libraries you may replace)", "Qt"),
    ("PySide6 / shiboken6", "Qt for Python", "LGPL-3.0", "PySide6-Essentials"),
    ("SQLCipher", "the encrypted database (AES-256, page HMACs)", "BSD-3-Clause (Zetetic LLC)", None),
    ("sqlcipher3", "SQLCipher for Python", "zlib", "sqlcipher3"),
    ("OpenSSL", "cryptography inside SQLCipher and cryptography; Argon2id", "Apache-2.0", None),
    ("cryptography", "Argon2id key derivation, AES-256-GCM key wrapping, HMAC pseudonyms",
     "Apache-2.0 OR BSD-3-Clause", "cryptography"),
    ("cffi / pycparser", "used by cryptography", "MIT / BSD-3-Clause", "cffi"),
    ("SQLAlchemy", "database access", "MIT", "SQLAlchemy"),
    ("Alembic", "vault format updates", "MIT", "alembic"),
    ("Mako / MarkupSafe", "used by Alembic", "MIT / BSD-3-Clause", "Mako"),
    ("pyqtgraph", "the timeline charts", "MIT", "pyqtgraph"),
    ("NumPy", "chart arithmetic", "BSD-3-Clause", "numpy"),
    ("platformdirs", "per-user folders", "MIT", "platformdirs"),
    ("zxcvbn", "passphrase strength", "MIT", "zxcvbn"),
    ("typing_extensions", "used by SQLAlchemy and Alembic", "PSF-2.0", "typing_extensions"),
    ("Python", "the runtime", "PSF-2.0", "Python"),
)


def _version(dist: str | None) -> str:
    if dist is None:
        return ""
    if dist == "Qt":
        return qVersion()
    if dist == "Python":
        return platform.python_version()
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


PRE = "<pre style='white-space: pre-wrap'>"  # licence texts wrap to the window


def _text_file(name: str) -> str:
    return html.escape((help_folder() / name).read_text(encoding="utf-8"))


def notices_html() -> str:
    """Third-party notices: every component with its licence and the installed version, the licences of the
    instruments and word lists, and the licence texts that must travel with the app."""
    rows = ["<table width='100%' border='1' cellpadding='4' cellspacing='0'><tr><th>Component</th><th>Used for</th>"
            "<th>Licence</th><th>Version</th></tr>"]
    for name, used, licence, dist in COMPONENTS_USED:
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in (name, used, licence, _version(dist)))
                    + "</tr>")
    rows.append("</table>")
    out = ["<h3>Software</h3>", "".join(rows),
           "<p>Qt is used under the GNU Lesser General Public License version 3: its libraries stay ordinary "
           "shared libraries that can be replaced by your own build. Qt's source: download.qt.io and code.qt.io. "
           "Help &gt; About Qt gives Qt's own notice.</p>"]
    if bundled_notices_file() is not None:
        out.append("<p>The full notices of every bundled component, with their licence texts, are in the next "
                   "tab (and in THIRD_PARTY_NOTICES.txt beside the app).</p>")
    out.append("<h3>Questionnaires</h3><ul>")
    for outcome in load_outcome_instruments().values():
        out.append(f"<li><b>{html.escape(outcome.short_name)}</b>: {html.escape(outcome.licence)}"
                   + (f" {html.escape(outcome.attribution)}" if outcome.attribution else "") + "</li>")
    for inst in load_instruments().values():
        if inst.copyright:
            out.append(f"<li><b>{html.escape(inst.short_name)}</b>: {html.escape(inst.copyright)}</li>")
    out.append("</ul><h3>Word lists (note scrubbing)</h3>")
    for path in sorted((resource_folder() / "lexicons").glob("LICENCE-*.txt")):
        out.append(f"<p><b>{html.escape(path.stem.removeprefix('LICENCE-'))}</b></p>{PRE}"
                   f"{html.escape(path.read_text(encoding='utf-8'))}</pre>")
    out.append(f"<h3>SQLCipher</h3>{PRE}{_text_file('SQLCipher-BSD-3-Clause.txt')}</pre>")
    out.append(f"<h3>OpenSSL (Apache License 2.0)</h3>{PRE}{_text_file('Apache-2.0.txt')}</pre>")
    return "".join(out)


NOTICES_FILE = "THIRD_PARTY_NOTICES.txt"


def bundled_notices_file() -> Path | None:
    """THIRD_PARTY_NOTICES.txt of a packaged Alliance, or None when it runs from source.

    The desktop bundles carry it beside the app's resources (packaging/alliance.spec), the Flatpak under
    /app/share/licenses/<app id>/ (its manifest); packaging/collect_notices.py writes it at build time from what
    was actually bundled: every library with its version, licence and licence texts."""
    candidates = [resource_folder() / NOTICES_FILE]
    if flatpak_id := os.environ.get("FLATPAK_ID"):
        candidates.append(Path("/app/share/licenses") / flatpak_id / NOTICES_FILE)
    return next((path for path in candidates if path.is_file()), None)


def full_notices_text() -> str:
    path = bundled_notices_file()
    if path is None:
        return ("This copy of Alliance runs from its source code, not from a packaged build, so there is no "
                f"{NOTICES_FILE}: the packaged app's is written when it is built (make package) and lists every "
                "bundled component with its licence text. The components and their licences are in the "
                "previous tab.")
    return path.read_text(encoding="utf-8")


class AboutDialog(QDialog):
    """Help > About Alliance: what it is, its licence (LGPL-3.0-or-later, with the texts) and the third-party
    notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Alliance"))
        self.tabs = QTabWidget(self)
        about = _LocalBrowser(self)
        about.setHtml(
            f"<h2>{APP_NAME} {html.escape(__version__)}</h2>"
            + self.tr("<p>Track the therapeutic relationship: ratings, ruptures and repairs, in an encrypted vault "
                      "on this computer. Nothing leaves it unless you export it; the app never uses the "
                      "network.</p><p>Copyright \u00a9 the Alliance developers.</p><p>Alliance is free software: "
                      "you can redistribute it and modify it under the terms of the GNU Lesser General Public "
                      "License as published by the Free Software Foundation, either version 3 of the License, or "
                      "(at your option) any later version. It is distributed in the hope that it will be useful, "
                      "but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS "
                      "FOR A PARTICULAR PURPOSE. The licence texts are in the next tab.</p>"))
        licence = _LocalBrowser(self)
        licence.setHtml(f"<h3>GNU Lesser General Public License, version 3</h3>{PRE}{_text_file('LGPL-3.0.txt')}"
                        f"</pre><h3>GNU General Public License, version 3 (which the LGPL builds on)</h3>{PRE}"
                        f"{_text_file('GPL-3.0.txt')}</pre>")
        notices = _LocalBrowser(self)
        notices.setHtml(notices_html())
        full = QPlainTextEdit(self)  # plain text: the file is long, and a text browser would lay it out as HTML
        full.setReadOnly(True)
        full.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        full.setPlainText(full_notices_text())
        self.about, self.licence, self.notices, self.full_notices = about, licence, notices, full
        self.tabs.addTab(about, self.tr("&About"))
        self.tabs.addTab(licence, self.tr("&Licence"))
        self.tabs.addTab(notices, self.tr("&Third-party notices"))
        self.tabs.addTab(full, self.tr("&Full notices"))
        for browser, name in ((about, self.tr("About")), (licence, self.tr("Licence")),
                              (notices, self.tr("Third-party notices")), (full, self.tr("Full notices"))):
            browser.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(_closing_buttons(self))
        fit_to_screen(self, 720, 600)
        self.setWindowModality(Qt.WindowModality.NonModal)
