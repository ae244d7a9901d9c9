"""What the vault knows identifies one client, and the error for a note the scrubber cannot judge."""

from __future__ import annotations

import re
from dataclasses import dataclass


class ScrubRefused(ValueError):
    """A note in a language without a lexicon: it is refused, never passed through unscrubbed."""


@dataclass(frozen=True)
class KnownIdentifiers:
    """The client's own fields, any names listed for them, their client code and their notes' language.

    ``language`` is an ISO 639-1 code ("en", "de", ...) or "" to detect it from each note.
    """

    names: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    language: str = ""

    @classmethod
    def from_fields(cls, display_name: str = "", other_names: str = "", phone: str = "", email: str = "",
                    address: str = "", code: str = "", language: str = "") -> KnownIdentifiers:
        """Build from a client's fields; other_names may list several names separated by , ; or new lines."""
        names = [display_name, *re.split(r"[;,\n]", other_names)]
        return cls(tuple(n.strip() for n in names if n.strip()), tuple(p for p in [phone.strip()] if p),
                   tuple(e for e in [email.strip()] if e), tuple(a for a in [address.strip()] if a),
                   tuple(c for c in [code.strip()] if c), language.strip().lower())
