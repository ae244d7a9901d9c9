"""The allow-list scrubber: every token is kept only if it is known to be safe, else replaced by a tag.

Passes over the token list (each linear): the vault's known phrases; each token alone (numbers.py,
context.py); context (titles, kinship words, names that are words: context.py; addresses.py; phone numbers
spread over several tokens: numbers.py); then neighbouring tags of one kind are merged.
"""

from __future__ import annotations

from functools import lru_cache

from alliance.core.scrub import lexicon, patterns
from alliance.core.scrub.addresses import _addresses
from alliance.core.scrub.context import _context, _word
from alliance.core.scrub.known import KnownIdentifiers
from alliance.core.scrub.language import choose
from alliance.core.scrub.names import KnownLookup, build_lookup
from alliance.core.scrub.normalise import fold, normalise
from alliance.core.scrub.note import (
    ADDRESS,
    AGE,
    DATE,
    EMAIL,
    HANDLE,
    ID,
    IP,
    NAME,
    NUMBER,
    PHONE,
    PLACE,
    URL,
    WORD,
    ZIP,
    _base,
    _Note,
)
from alliance.core.scrub.numbers import _number, _number_ranges, _phones
from alliance.core.scrub.spans import _spans
from alliance.core.scrub.tokens import Kind, Token, render, tokenise

JOINERS = {NAME: " -", DATE: " ,./-", ADDRESS: " ,.-", PHONE: " ()-.+/", ID: " -", PLACE: " ,-", ZIP: " -",
           AGE: " -", URL: " ", EMAIL: " ", IP: " ", WORD: " -", NUMBER: " ", HANDLE: " "}


@lru_cache(maxsize=512)
def _lookup(known: KnownIdentifiers) -> KnownLookup:
    return build_lookup(known.names, known.addresses, known.codes, known.emails)


@lru_cache(maxsize=512)
def _phone_digits(phones: tuple[str, ...]) -> frozenset[str]:
    return frozenset(d for d in ("".join(c for c in p if c.isdigit()) for p in phones) if len(d) >= 6)


_NOTHING_KNOWN = KnownIdentifiers()


def scrub(text: str, known: KnownIdentifiers = _NOTHING_KNOWN) -> str:
    """The normalised text with every token not known to be safe replaced by its tag.

    Raises ScrubRefused for a note in a language without a lexicon.
    """
    if not text:
        return text
    tokens = tokenise(normalise(text))
    note = _Note(tokens)
    lower_words, all_words = _language_words(note)
    lang = choose(lower_words, known.language, all_words)
    allowed = lexicon.allowed(lang)
    note.allowed = allowed
    lookup = _lookup(known)
    _known_phrases(note, lookup)
    _each_token(note, lookup, allowed, lang, _phone_digits(known.phones))
    _context(note, lookup, allowed, lang)
    _spans(note, lang)
    _addresses(note)
    _merge(note)
    return render(tokens)


def _language_words(note: _Note) -> tuple[list[str], list[str]]:
    """The note's folded words of two letters or more: those written in lower case, and all of them."""
    lower_words, all_words = [], []
    for w, i in zip(note.folded, note.content, strict=True):
        t = note.tokens[i]
        if t.kind is Kind.WORD and len(t.text) >= 2 and t.text.isalpha():
            all_words.append(w)
            if t.text[0].islower():
                lower_words.append(w)
    return lower_words, all_words


def _known_phrases(note: _Note, lookup: KnownLookup) -> None:
    if not lookup.phrases:
        return
    n = len(note.content)
    for k in range(n):
        candidates = lookup.phrases.get(_base(note.tokens[note.content[k]].text))
        if not candidates:
            continue
        for phrase, tag in candidates:
            end = k + len(phrase)
            if end <= n and all(_base(note.tokens[note.content[k + j]].text) == fold(w) or
                                fold(note.tokens[note.content[k + j]].text) == w for j, w in enumerate(phrase)):
                for j in range(k, end):
                    note.tokens[note.content[j]].out = tag
                break


def _each_token(note: _Note, lookup: KnownLookup, allowed: frozenset[str], lang: str,
                phones: frozenset[str]) -> None:
    for k, i in enumerate(note.content):
        t = note.tokens[i]
        if t.out is not None or t.kind is Kind.TAG:
            continue
        if t.kind is Kind.NUM:
            t.out = _number(note, k, t.text, lookup)
            if t.out is None and patterns.is_plain_number(t.text):
                note.kept_number = k  # what a chained clinical number looks back to ("SUDS from 8 to 3")
        else:
            t.out = _word(note, k, t.text, lookup, allowed, lang)
    _number_ranges(note)
    _phones(note, phones)


_RUN_KEEPERS = JOINERS[DATE] + "()+"  # kept punctuation that does not end a run of one tag


def _glues(between: list[Token], tag: str) -> bool:
    """The tokens between two tags of one kind join them: spaces on one line and the tag's joining marks; a
    date also spans line breaks, removed tokens and its glue words ("Thursday the 19th")."""
    joiners = JOINERS.get(tag, " ")
    for b in between:
        if b.kind is Kind.SPACE:
            if "\n" in b.text and tag != DATE:
                return False
        elif not (b.kind is Kind.PUNCT and b.text in joiners) and not (
                tag == DATE and (b.out == "" or (b.kind is Kind.WORD and fold(b.text) in patterns.DATE_GLUE))):
            return False
    return True


def _merge(note: _Note) -> None:
    """Neighbouring tags of one kind become one: "[NAME] [NAME]" -> "[NAME]"."""
    toks = note.tokens
    last_at: int | None = None  # the last content token of the current run of one tag
    last_tag = ""
    for i, t in enumerate(toks):
        if t.kind is Kind.SPACE:
            continue
        out = t.out
        if t.kind is Kind.PUNCT:
            if out is None and t.text not in _RUN_KEEPERS:
                last_at = None
        elif out and last_at is not None and last_tag == out and _glues(toks[last_at + 1:i], out):
            for b in toks[last_at + 1:i]:
                b.out = ""
            t.out = ""
            last_at = i
        elif out:
            last_at, last_tag = i, out
        elif out is None and not (last_at is not None and last_tag == DATE and fold(t.text) in patterns.DATE_GLUE):
            last_at = None
