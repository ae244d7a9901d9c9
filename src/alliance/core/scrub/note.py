"""One note's tokens with their sentence positions, the tags, and the small helpers every pass uses."""

from __future__ import annotations

from alliance.core.scrub import patterns
from alliance.core.scrub.normalise import fold, words
from alliance.core.scrub.tokens import Kind, Token

NAME, DATE, PHONE, EMAIL, ADDRESS, ID, URL, IP, ZIP, AGE, PLACE = (
    "[NAME]", "[DATE]", "[PHONE]", "[EMAIL]", "[ADDRESS]", "[ID]", "[URL]", "[IP]", "[ZIP]", "[AGE]", "[PLACE]")
HANDLE, NUMBER, WORD = "[HANDLE]", "[NUMBER]", "[WORD]"


ABBREVIATIONS = frozenset(words(
    "mr mrs ms mx dr prof st fr hr nr no str tel ca bzw vgl z.b e.g i.e u.a d.h sr sra dhr mevr ave rd"))


class _Note:
    """One note's tokens with the indexes of its content tokens (words, numbers, tags)."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.content: list[int] = []
        self.initial: list[bool] = []
        self.sentence: list[int] = []  # the number of the sentence each content token is in
        self.kept_number = -1  # the last plain number kept so far (set by the token pass, in order)
        at_start = True
        sentence = 0
        folded: list[str] = []
        space, punct = Kind.SPACE, Kind.PUNCT
        for i, t in enumerate(tokens):
            if t.kind is space:
                if "\n" in t.text:
                    at_start = True
            elif t.kind is punct:
                if t.text in _STARTS and not (t.text == "." and folded and folded[-1] in ABBREVIATIONS):
                    at_start = True  # a sentence or a quotation starts (not after "Dr." or "St.")
            else:
                folded.append(fold(t.text))
                self.content.append(i)
                self.initial.append(at_start)
                sentence += at_start
                self.sentence.append(sentence)
                at_start = False
        self.folded = [w.rstrip(".") for w in folded]
        self.ctoks = [tokens[i] for i in self.content]  # the content tokens themselves
        self.n = len(self.content)
        self.allowed: frozenset[str] = frozenset()  # the note's lexicon, set once its language is known

    def tok(self, k: int) -> Token | None:
        return self.ctoks[k] if 0 <= k < self.n else None

    def word(self, k: int) -> str:
        return self.folded[k] if 0 <= k < self.n else ""

    def tight(self, k: int) -> bool:
        """Content tokens k and k+1 stand next to each other with only spaces (no line break) between."""
        if k + 1 >= self.n:
            return False
        a, b = self.content[k], self.content[k + 1]
        if b == a + 2:  # the common case: one token between
            t = self.tokens[a + 1]
            return t.kind is Kind.SPACE and "\n" not in t.text
        return all(t.kind is Kind.SPACE and "\n" not in t.text for t in self.tokens[a + 1:b])


_STARTS = frozenset(".!?:;•·*\"“„«(")


def _base(word: str) -> str:
    w = fold(word)
    if w.endswith("'s"):
        return w[:-2]
    return w.rstrip("'")


def _allowed_word(base: str, allowed: frozenset[str]) -> bool:
    if base in allowed:
        return True
    if "is" in base:  # British -ise/-isation spellings of listed -ize words
        for ending in ("isation", "isations", "ise", "ised", "ises", "ising", "iser", "isers"):
            if base.endswith(ending) and base[:-len(ending)] + "iz" + ending[2:] in allowed:
                return True
    for prefix in ("re", "un", "pre", "post", "non", "over", "under", "mis", "dis", "self"):
        if base.startswith(prefix) and len(base) - len(prefix) >= 4 and base[len(prefix):] in allowed:
            return True  # "reoriented", "unsettled", "overwhelmed"
    parts = [p for p in base.replace(".", "-").replace("–", "-").split("-") if p]  # "pursue–withdraw"
    return bool(parts) and all(p in allowed or len(p) == 1 or p in PREFIXES for p in parts) \
        and any(len(p) > 1 and p not in PREFIXES for p in parts)


_ENDINGS = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""), ("en", ""),
            ("n", ""), ("e", ""), ("er", ""), ("es", ""), ("em", ""))


def _inflected(base: str, allowed: frozenset[str]) -> bool:
    """A lower-case word whose stem is listed: "carers", "messaging", "vorbereitete" (names are capitalised, so
    this never reads a name as a word)."""
    return len(base) >= 5 and any(base.endswith(end) and base[:-len(end)] + add in allowed
                                  for end, add in _ENDINGS)


PREFIXES = frozenset(words(
    "micro mini macro re pre post non self co anti over under semi multi inter intra hyper hypo pseudo quasi "
    "ex sub super trans counter cross mid half well ill"))


def _text(t: Token | None) -> str:
    return t.text if t is not None else ""


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _contact(core: str) -> str | None:
    if "@" not in core and "." not in core and ":" not in core and "/" not in core:
        return None
    if patterns.is_email(core):
        return EMAIL
    if patterns.is_handle(core):
        return HANDLE
    if "@" in core:
        return EMAIL
    if patterns.is_ipv4(core) or patterns.is_ipv6(core) or patterns.is_ipv4(core.rsplit(":", 1)[0]):
        return IP
    if patterns.is_url(core):
        return URL
    return None

