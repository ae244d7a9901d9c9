"""Scrubbing free text for export: identifiers become [NAME], [PHONE], [EMAIL], [DATE], [ADDRESS], [ID],
[URL], [IP] and [ZIP] (DOMAIN.md). No scrubber is perfect; scrubbed exports say so on their first page."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|"
           r"Close|Crescent|Square|Sq|Parkway|Pkwy|Highway|Hwy|Row|Gardens|Grove|Hill|Walk|Mews)\b\.?")
_STATES = (r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|"
           r"NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)")

# Order matters: the most specific patterns run first so their text is gone before broader ones look.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("[EMAIL]", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    ("[URL]", re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)),
    ("[IP]", re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")),
    ("[IP]", re.compile(r"\b(?:[0-9a-fA-F]{1,4}:){4,7}[0-9a-fA-F]{1,4}\b")),
    ("[ID]", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),  # SSN
    ("[DATE]", re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")),
    ("[DATE]", re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")),
    ("[DATE]", re.compile(rf"\b{_MONTHS}\s+{_DAY}(?:,?\s+\d{{4}})?\b", re.IGNORECASE)),
    ("[DATE]", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}})?\b", re.IGNORECASE)),
    ("[DATE]", re.compile(rf"\b{_MONTHS}\s+\d{{4}}\b", re.IGNORECASE)),
    ("[ADDRESS]", re.compile(rf"\b\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w'-]*\.?\s+){{1,4}}{_STREET}"
                             r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Flat)\.?\s*\w+)?")),
    ("[ADDRESS]", re.compile(r"\b(?:P\.?\s?O\.?\s+Box|Post Office Box)\s+\d+\b", re.IGNORECASE)),
    ("[ZIP]", re.compile(rf"(?<=\b{_STATES}\s)\d{{5}}(?:-\d{{4}})?\b")),
    ("[ZIP]", re.compile(r"(?i:\b(?:zip|zip code|postcode|postal code)\s*:?\s*)\d{5}(?:-\d{4})?\b")),
    ("[ZIP]", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")),  # UK postcode
    ("[PHONE]", re.compile(r"(?<![\w\[])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?|\d{2,5}[\s.-])"
                           r"\d{2,4}[\s.-]?\d{2,4}(?:\s*(?:x|ext\.?)\s*\d{1,5})?\b")),
    ("[ID]", re.compile(r"\b\d{5,}\b")),
    ("[NAME]", re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+)?")),
)


@dataclass(frozen=True)
class KnownIdentifiers:
    """What the vault knows identifies this client: their own fields and any names listed for them."""

    names: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()

    @classmethod
    def from_fields(cls, display_name: str = "", other_names: str = "", phone: str = "", email: str = "",
                    address: str = "") -> KnownIdentifiers:
        """Build from a client's fields; other_names may list several names separated by , or ;."""
        names = [display_name, *re.split(r"[;,\n]", other_names)]
        return cls(tuple(n.strip() for n in names if n.strip()), tuple(p for p in [phone.strip()] if p),
                   tuple(e for e in [email.strip()] if e), tuple(a for a in [address.strip()] if a))


def _name_variants(names: Iterable[str]) -> list[str]:
    """Full names first, then each part of two letters or more (first name, surname)."""
    full = sorted({n for n in names if n}, key=len, reverse=True)
    parts = sorted({p for n in full for p in re.split(r"[\s-]+", n) if len(p) >= 2 and p[0].isalpha()},
                   key=len, reverse=True)
    return full + [p for p in parts if p not in full]


def _digits_pattern(phone: str) -> re.Pattern[str] | None:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 6:
        return None
    # an opening bracket or plus sign before the first digit belongs to the number too
    return re.compile(r"[(+]?" + r"[\s().+-]*".join(re.escape(d) for d in digits))


def scrub(text: str, known: KnownIdentifiers = KnownIdentifiers()) -> str:
    """Replace every identifier we can find with its tag."""
    if not text:
        return text
    out = text
    for address in known.addresses:
        for line in re.split(r"[\n,]", address):
            if len(line.strip()) >= 4:
                out = re.sub(re.escape(line.strip()), "[ADDRESS]", out, flags=re.IGNORECASE)
    for email in known.emails:
        out = re.sub(re.escape(email), "[EMAIL]", out, flags=re.IGNORECASE)
    for phone in known.phones:
        pattern = _digits_pattern(phone)
        if pattern is not None:
            out = pattern.sub("[PHONE]", out)
    for tag, pattern in _PATTERNS:
        out = pattern.sub(tag, out)
    for name in _name_variants(known.names):
        out = re.sub(rf"(?<![\w\[]){re.escape(name)}(?:'s)?(?![\w\]])", "[NAME]", out, flags=re.IGNORECASE)
    return out
