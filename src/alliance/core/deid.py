"""De-identification rules for exports (HIPAA Safe Harbor, DOMAIN.md): pseudonyms, dates, small cells,
spreadsheet-formula neutralising. Free-text scrubbing lives in core/scrub.py."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum

from alliance.core.messages import translatable


class DateMode(StrEnum):
    """How dates leave the vault."""

    RELATIVE = "relative"  # days since the client's first session
    SHIFTED = "shifted"  # one random offset per client, 1-364 days back; intervals kept
    YEAR = "year"  # year only


class NotesMode(StrEnum):
    """Whether free text leaves the vault."""

    EXCLUDE = "exclude"
    SCRUBBED = "scrubbed"


class PseudonymMode(StrEnum):
    """Whether pseudonyms link across exports."""

    STABLE = "stable"
    FRESH = "fresh"


@dataclass(frozen=True)
class DeidSettings:
    """The de-identification choices of one export; the defaults are the safest."""

    dates: DateMode = DateMode.RELATIVE
    notes: NotesMode = NotesMode.EXCLUDE
    pseudonyms: PseudonymMode = PseudonymMode.STABLE

    @property
    def safe_harbor(self) -> bool:
        """Whether the dates are as HIPAA Safe Harbor allows (the year, or no calendar date at all). Shifted full
        dates are not: such an export is a limited data set, shared only under a data use agreement."""
        return self.dates is not DateMode.SHIFTED

    def describe(self) -> list[str]:
        """Plain sentences for the first page of a report, in English; each is marked for translation, and the
        GUI and the PDFs show it with ``alliance.i18n.translated``."""
        dates = {
            DateMode.RELATIVE: translatable("Dates are shown as days since each client's first session."),
            DateMode.SHIFTED: translatable(
                "Dates are shifted by a random number of days per client (intervals are kept). NOT de-identified "
                "under HIPAA Safe Harbor, which allows the year only: this is a limited data set, to be shared only "
                "under a data use agreement."),
            DateMode.YEAR: translatable("Dates are shown as the year only."),
        }[self.dates]
        notes = {
            NotesMode.EXCLUDE: translatable("Free-text notes are excluded."),
            NotesMode.SCRUBBED: translatable(
                "Notes are included with identifiers replaced by tags such as [NAME] and [PHONE]. No scrubber is "
                "perfect: read every note before sharing this export."),
        }[self.notes]
        pseud = {
            PseudonymMode.STABLE: translatable(
                "Clients appear under stable pseudonyms: the same in every export from this vault, so exports can be "
                "joined client by client."),
            PseudonymMode.FRESH: translatable(
                "Clients appear under one-time pseudonyms, so the pseudonym itself does not link this export to "
                "others. The data can: the same client's ratings, in the same order, can be matched across exports. "
                "Treat exports of the same clients as linkable."),
        }[self.pseudonyms]
        return [translatable("Client codes, names and contact details are removed."), pseud, dates, notes]


PSEUDONYM_PREFIX = "P-"
PSEUDONYM_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud in supervision


def pseudonym(export_key: bytes, client_id: int) -> str:
    """P-XXXXXX from HMAC-SHA256 of the internal client id under the export key."""
    digest = hmac.new(export_key, f"client:{client_id}".encode(), hashlib.sha256).digest()
    value = int.from_bytes(digest[:8], "big")
    chars = []
    for _ in range(6):
        value, r = divmod(value, len(PSEUDONYM_CHARS))
        chars.append(PSEUDONYM_CHARS[r])
    return PSEUDONYM_PREFIX + "".join(chars)


def fresh_export_key() -> bytes:
    """A one-time key for an export whose pseudonyms must not link to any other."""
    return secrets.token_bytes(32)


def date_shift_days(export_key: bytes, client_id: int) -> int:
    """The per-client shift (1-364 days back), derived from the export key so it is stable with it."""
    digest = hmac.new(export_key, f"shift:{client_id}".encode(), hashlib.sha256).digest()
    return 1 + int.from_bytes(digest[:4], "big") % 364


def export_day(mode: DateMode, day: dt.date, first_day: dt.date, shift_days: int) -> int | str:
    """A session's date as it may leave the vault."""
    if mode is DateMode.RELATIVE:
        return (day - first_day).days
    if mode is DateMode.SHIFTED:
        return (day - dt.timedelta(days=shift_days)).isoformat()
    return day.year


SMALL_CELL_MAX = 10
SMALL_CELL_TEXT = "<11"


COMPLEMENT_TEXT = "suppressed"  # a count hidden so that a small one cannot be worked out from the total


def suppress_small(count: int) -> int | str:
    """Aggregate counts from 1 to 10 are shown as '<11' (0 and 11+ pass)."""
    return SMALL_CELL_TEXT if 1 <= count <= SMALL_CELL_MAX else count


def is_suppressed(shown: int | str) -> bool:
    return isinstance(shown, str)


def suppress_partition(counts: list[int]) -> list[int | str]:
    """The counts of one table whose categories share out a total the reader knows (clients by status, ruptures
    by kind): small counts as '<11', and complementary suppression so that none can be worked out from the total
    and the others. When exactly one count is small, the smallest other non-zero count is hidden too (the pair's
    sum then shows, which is at least 11 when the total is). A zero stays 0: it singles no one out."""
    shown: list[int | str] = [suppress_small(c) for c in counts]
    hidden = [i for i, v in enumerate(shown) if is_suppressed(v)]
    if len(hidden) == 1:
        others = [i for i, c in enumerate(counts) if i not in hidden and c > 0]
        if others:
            shown[min(others, key=lambda i: (counts[i], i))] = COMPLEMENT_TEXT
    return shown


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\x00")


# Characters a spreadsheet skips before it looks for a formula: whitespace, a byte-order mark, zero-width and
# other format characters. Full-width = + - @ are read as their ASCII selves by some spreadsheets.
_INVISIBLE_LEAD = re.compile(r"^[\s\ufeff\u200b-\u200f\u2028-\u202f\u2060-\u2064\u00ad]*")
_FULL_WIDTH = str.maketrans({"\uff1d": "=", "\uff0b": "+", "\uff0d": "-", "\uff20": "@"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A cell a spreadsheet may split into several (at a separator it guesses), each of which could start a formula.
_INNER_START = re.compile(r"[;\t]\s*[=+\-@\uff1d\uff0b\uff0d\uff20]")


def neutralise_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe, also when the formula hides
    behind leading whitespace, a byte-order mark or zero-width characters, starts with a full-width = + - @, or
    follows a ; or a tab inside the cell; control characters are removed. Numbers stay numbers."""
    if not isinstance(value, str):
        return value
    text = _CONTROL.sub("", value)
    if text.startswith(_FORMULA_START):  # a tab or a carriage return at the start counts as a formula start too
        return "'" + text
    lead = _INVISIBLE_LEAD.match(text)
    rest = text[lead.end():] if lead else text
    if rest.translate(_FULL_WIDTH).startswith(_FORMULA_START) or _INNER_START.search(text):
        return "'" + text
    return text
