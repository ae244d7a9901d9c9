"""Street addresses written in a note: house number, street name and suffix, flat, PO box, German compounds."""

from __future__ import annotations

from alliance.core.scrub import patterns
from alliance.core.scrub.context import DETERMINERS
from alliance.core.scrub.names import (
    FUNCTION_CAPITALS,
)
from alliance.core.scrub.note import (
    ADDRESS,
    DATE,
    _capitalised,
    _Note,
)
from alliance.core.scrub.patterns import GERMAN_STREET_ENDINGS, STREET_SUFFIXES, UNIT_WORDS_ADDR
from alliance.core.scrub.tokens import Kind


def _addresses(note: _Note) -> None:
    n = len(note.content)
    for k in range(n):
        t = note.tokens[note.content[k]]
        if t.kind is not Kind.WORD:
            continue
        w = note.word(k)
        compound = _capitalised(t.text) and len(w) > 6 and w.endswith(GERMAN_STREET_ENDINGS) and any(
            w.endswith(end) and len(w) > len(end) + 2 for end in GERMAN_STREET_ENDINGS)  # not "Straße" itself
        if w in ("box", "postfach") and note.word(k - 1).replace(".", "") in ("po", "p.o", "post", "office"):
            span = [k - 1, k] + ([k + 1] if (nt := note.tok(k + 1)) is not None and nt.kind is Kind.NUM else [])
            if note.word(k - 2) == "post":
                span.append(k - 2)
            for j in span:
                note.tokens[note.content[j]].out = ADDRESS
            continue
        if compound:
            span = [k]
            nx = note.tok(k + 1)
            if nx is not None and nx.kind is Kind.NUM:
                span.append(k + 1)
            named_street = w.endswith(STREET_NAME_ENDINGS) and (note.word(k - 1) in ("im", "am") or (
                note.word(k - 1) == "der" and note.word(k - 2) in ("in", "an", "aus", "von")))
            if len(span) > 1 or t.out is not None or named_street:  # "Praxis im Birkenweg", "in der Lindenallee"
                for j in span:
                    note.tokens[note.content[j]].out = ADDRESS
            continue
        if w not in STREET_SUFFIXES or _saint(note, k):
            continue
        lower = not _capitalised(t.text)  # "12 oak lane": only with a house number before it
        j = k - 1
        names = []
        while j >= 0 and j >= k - 3:
            pj = note.tok(j)
            if pj is None or pj.kind is not Kind.WORD or (not lower and not _capitalised(pj.text)) or (
                    lower and (note.word(j) in patterns.GLUE or note.word(j) in FUNCTION_CAPITALS)):
                break
            if j < k - 1 and note.word(j - 1) in DETERMINERS:
                break  # "vor dem Haus Aachener Straße 118": a noun after its article is not the street's name
            names.append(j)
            j -= 1
        house = note.tok(j)
        if not names or (lower and (house is None or house.kind is not Kind.NUM or len(names) > 2
                                    or house.out == DATE)):
            continue
        has_number = house is not None and house.kind is Kind.NUM
        nx = note.tok(k + 1)
        number_after = nx is not None and nx.kind is Kind.NUM and patterns.digits(nx.text) <= 4 and not lower
        if not has_number and not number_after and all(note.tokens[note.content[x]].out is None for x in names):
            continue
        span = [*names, k] + ([j] if has_number else [])
        e = k + 1
        if note.word(e) in UNIT_WORDS_ADDR and (u := note.tok(e + 1)) is not None and u.kind is Kind.NUM:
            span += [e, e + 1]
        if number_after:
            span.append(k + 1)  # "Elm Street 12", "Aachener Straße 118" (continental order)
        for x in span:
            note.tokens[note.content[x]].out = ADDRESS



# Street compounds that are only ever streets ("Birkenweg"), unlike "Arbeitsplatz" or "Heimweg" after "auf dem".
STREET_NAME_ENDINGS = ("weg", "straße", "strasse", "gasse", "allee", "damm", "chaussee")


def _saint(note: _Note, k: int) -> bool:
    """ "St. Anna", "St Brendan's": "St" before a capitalised name on the same line is Saint, not Street."""
    nxt = note.tok(k + 1)
    if note.word(k) != "st" or nxt is None or nxt.kind is not Kind.WORD or not _capitalised(nxt.text):
        return False
    between = note.tokens[note.content[k] + 1:note.content[k + 1]]
    return all((b.kind is Kind.SPACE and "\n" not in b.text) or b.text == "." for b in between)
