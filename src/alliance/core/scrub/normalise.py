"""Text normalisation before scrubbing: what reads the same must compare the same.

NFKC (full-width forms, ligatures, compatibility spaces), then invisible format characters removed
(zero-width spaces and joiners, bidi embeddings and overrides, soft hyphen, BOM), raw control
characters other than tab and newline removed, and Cyrillic or Greek letters that look like Latin ones
folded to the Latin letter. The scrubber's output is this normalised text.
"""

from __future__ import annotations

import unicodedata

# Look-alike letters (Unicode confusables, the ones that pass for Latin in Latin text).
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "һ": "h", "ԛ": "q",
    "ԝ": "w", "ɡ": "g", "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ї": "I", "Ј": "J", "Ԁ": "D",
    "Һ": "H", "Ԛ": "Q", "Ԝ": "W",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "υ": "u", "χ": "x", "ε": "e",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin look-alikes and symbols used as letters or digits
    "ı": "i", "ȷ": "j", "ℓ": "l", "＠": "@", "﹫": "@",
}
_KEEP_CONTROLS = {"\n", "\t"}
_TABLE = str.maketrans(_CONFUSABLES)
_ASCII_CONTROLS = {c: None for c in [*range(32), 127] if chr(c) not in _KEEP_CONTROLS}


def _drop(ch: str) -> bool:
    cat = unicodedata.category(ch)
    if cat == "Cf":  # format: ZWSP/ZWJ/ZWNJ, LRM/RLM, LRE..RLO, LRI..PDI, soft hyphen, BOM, word joiner
        return True
    return cat == "Cc" and ch not in _KEEP_CONTROLS and ch != "\r"


def normalise(text: str) -> str:
    """NFKC, invisible and control characters removed, look-alike letters folded to Latin."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():  # no format characters or look-alikes possible: drop the control characters only
        return text.translate(_ASCII_CONTROLS)
    text = "".join(ch for ch in text if not _drop(ch))
    return text.translate(_TABLE)


def fold(word: str) -> str:
    """The form words are looked up in: case-folded, typographic apostrophe as ASCII."""
    return word.casefold().replace("’", "'").replace("ʼ", "'")


def strip_accents(word: str) -> str:
    """"José" -> "Jose", "Müller" -> "Muller" (for matching known names written without accents)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


def words(text: str) -> list[str]:
    """A word list written as one string ("a b c" -> ["a", "b", "c"])."""
    return text.split()
