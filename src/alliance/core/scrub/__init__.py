"""Scrubbing free text for export (DOMAIN.md, "De-identification"): an allow-list scrubber after Philter.

Every word is kept only if a common-word lexicon of the note's language or the clinical lexicon holds it
and its context does not mark it as a name; every other word, every number outside a clinical number
phrase, every date, contact detail and ID, and everything the vault knows identifies the client is
replaced by a tag ([NAME], [DATE], [PHONE], [EMAIL], [ADDRESS], [ID], [URL], [IP], [ZIP], [AGE], [PLACE],
[HANDLE], [NUMBER] for a number outside a clinical phrase, [WORD] for a word no lexicon holds). The
output is the normalised text (normalise.py). No scrubber is perfect; scrubbed exports say so on their
first page.
"""

from __future__ import annotations

from alliance.core.scrub.known import KnownIdentifiers, ScrubRefused
from alliance.core.scrub.normalise import normalise
from alliance.core.scrub.scrubber import scrub

__all__ = ["KnownIdentifiers", "ScrubRefused", "normalise", "scrub"]
