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


@dataclass
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


def _is_tag(core: str) -> bool:
    return len(core) >= 3 and core[0] == "[" and core[-1] == "]" and core[1:-1].isalpha() and core[1:-1].isupper()


def _word_parts(core: str) -> list[Token]:
    """A core without digits: split at / & | + = ~ into words and single punctuation marks."""
    out: list[Token] = []
    start = 0
    for i, ch in enumerate(core):
        if ch in _SPLIT:
            if i > start:
                out.append(Token(core[start:i], Kind.WORD))
            out.append(Token(ch, Kind.PUNCT))
            start = i + 1
    if start < len(core):
        out.append(Token(core[start:], Kind.WORD))
    return out


def _core_tokens(core: str) -> list[Token]:
    if _is_tag(core):
        return [Token(core, Kind.TAG)]
    if any(ch.isdigit() for ch in core):
        return [Token(core, Kind.NUM)]
    if "@" in core or ":" in core or ("." in core and "/" in core):
        return [Token(core, Kind.WORD)]  # e-mail, handle, URL or IPv6-looking: judged whole
    if not any(ch.isalpha() for ch in core):
        return [Token(ch, Kind.PUNCT) for ch in core]
    return _word_parts(core)


def _chunk_tokens(chunk: str) -> list[Token]:
    i, j = 0, len(chunk)
    while i < j and chunk[i] in _LEAD:
        i += 1
    while j > i and chunk[j - 1] in _TRAIL:
        j -= 1
    # a trailing "." after a one-letter abbreviation or inside "e.g." stays with the word
    lead = [Token(ch, Kind.PUNCT) for ch in chunk[:i]]
    trail = [Token(ch, Kind.PUNCT) for ch in chunk[j:]]
    if i == j:
        return lead + trail
    core = chunk[i:j]
    # an opening bracket with its closer inside the core ("(617)") belongs to the core when digits follow
    return [*lead, *_core_tokens(core), *trail]


_RUNS = re.compile(r"\s+|\S+")  # one alternation of single-class runs: no backtracking


def tokenise(text: str) -> list[Token]:
    """Linear: each character is looked at a bounded number of times."""
    tokens: list[Token] = []
    for m in _RUNS.finditer(text):
        run = m.group()
        if run[0].isspace():
            tokens.append(Token(run, Kind.SPACE))
        else:
            tokens.extend(_chunk_tokens(run))
    return tokens


def render(tokens: list[Token]) -> str:
    return "".join(t.out if t.out is not None else t.text for t in tokens)
