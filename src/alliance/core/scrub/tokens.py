"""Splitting normalised text into tokens, in one linear pass.

Text is cut at whitespace into chunks; each chunk loses its leading and trailing punctuation, and its core
is one token: a WORD (letters, with inner apostrophes, hyphens or dots), a NUM (anything with a digit, kept
whole: "12/3", "OR4471982X", "555-0199"), a TAG already in the text ("[NAME]"), or a CHUNK with an @ or a
dot-separated host (handled by the patterns). Whitespace and punctuation are PUNCT/SPACE tokens, so the
output is the input with replaced tokens swapped in place: never a raw substring inside a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    SPACE = "space"
    PUNCT = "punct"
    WORD = "word"
    NUM = "num"
    TAG = "tag"


@dataclass(slots=True)
class Token:
    """One piece of the text; ``out`` is what the scrubber writes for it (the text unless replaced)."""

    text: str
    kind: Kind
    out: str | None = None  # a tag such as "[NAME]" once replaced

    @property
    def replaced(self) -> bool:
        return self.out is not None


_LEAD = set("([{\"'«„“‘<*•·–—-")
_TRAIL = set(".,;:!?)]}\"'»“”’>*…")
_SPLIT = set("/&|+=~")  # inside a word-only core these separate words ("content/affect")
_DIGIT = re.compile(r"\d")


def _is_tag(core: str) -> bool:
    return len(core) >= 3 and core[0] == "[" and core[-1] == "]" and core[1:-1].isalpha() and core[1:-1].isupper()


_Piece = tuple[str, Kind]  # a token's text and kind, before it becomes a Token


def _word_parts(core: str) -> list[_Piece]:
    """A core without digits: split at / & | + = ~ into words and single punctuation marks."""
    out: list[_Piece] = []
    start = 0
    for i, ch in enumerate(core):
        if ch in _SPLIT:
            if i > start:
                out.append((core[start:i], Kind.WORD))
            out.append((ch, Kind.PUNCT))
            start = i + 1
    if start < len(core):
        out.append((core[start:], Kind.WORD))
    return out


def _core_pieces(core: str) -> list[_Piece]:
    if core.isalpha():
        return [(core, Kind.WORD)]
    if _is_tag(core):
        return [(core, Kind.TAG)]
    if _DIGIT.search(core):
        return [(core, Kind.NUM)]
    if "@" in core or ":" in core or ("." in core and "/" in core):
        return [(core, Kind.WORD)]  # e-mail, handle, URL or IPv6-looking: judged whole
    if not any(ch.isalpha() for ch in core):
        return [(ch, Kind.PUNCT) for ch in core]
    return _word_parts(core)


def _chunk_pieces(chunk: str) -> list[_Piece]:
    """A run without whitespace: leading and trailing punctuation marks one by one, and the core between."""
    i, j = 0, len(chunk)
    while i < j and chunk[i] in _LEAD:
        i += 1
    while j > i and chunk[j - 1] in _TRAIL:
        j -= 1
    if i == 0 and j == len(chunk):
        return _core_pieces(chunk)
    return [*((ch, Kind.PUNCT) for ch in chunk[:i]), *(_core_pieces(chunk[i:j]) if i < j else ()),
            *((ch, Kind.PUNCT) for ch in chunk[j:])]


_RUNS = re.compile(r"\s+|\S+")  # one alternation of single-class runs: no backtracking


def tokenise(text: str) -> list[Token]:
    """Linear: each character is looked at a bounded number of times (a chunk seen before is cut once)."""
    tokens: list[Token] = []
    seen: dict[str, list[_Piece]] = {}
    for run in _RUNS.findall(text):
        if run[0].isspace():
            tokens.append(Token(run, Kind.SPACE))
            continue
        pieces = seen.get(run)
        if pieces is None:
            pieces = seen[run] = _chunk_pieces(run)
        for piece, kind in pieces:
            tokens.append(Token(piece, kind))
    return tokens


def render(tokens: list[Token]) -> str:
    return "".join(t.out if t.out is not None else t.text for t in tokens)
