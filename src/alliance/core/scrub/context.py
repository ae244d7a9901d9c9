"""Words judged against the lexicons and their context: names that are words, titles and kinship words,
capitalisation, German nouns and compounds."""

from __future__ import annotations

import re

from alliance.core.scrub import lexicon, patterns
from alliance.core.scrub.names import (
    CAPITAL_OK,
    FUNCTION_CAPITALS,
    KINSHIP,
    NAME_VERBS,
    NICKNAMES,
    NOT_PERSON,
    SPEECH_VERBS,
    TITLES,
    KnownLookup,
)
from alliance.core.scrub.normalise import fold, strip_accents, words
from alliance.core.scrub.note import (
    AGE,
    DATE,
    ID,
    NAME,
    PLACE,
    WORD,
    _all_caps,
    _allowed_word,
    _base,
    _capitalised,
    _contact,
    _inflected,
    _Note,
    _text,
)
from alliance.core.scrub.patterns import STATES
from alliance.core.scrub.tokens import Kind

# Known names that are also function words: at a sentence start they are read as the word.
FUNCTION_WORDS = frozenset(words(
    "an a will may can so and but or is it as at in on to be do"))


GERMAN_DETERMINERS = frozenset(words(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner mein meine "
    "meinen meinem dein deine sein seine seinen seinem ihr ihre ihren ihrem unser unsere dieser diese "
    "diesen diesem dieses jeder jede jeden jedem ersten zweiten dritten letzten nächsten zum zur vom beim "
    "im am ins ans aufs zwei drei vier fünf sechs sieben acht neun zehn elf zwölf viele einige mehrere beide alle"))
# Seasons are names too ("Summer", "Winter"), but "Summer is the hardest season": only a speech verb makes one a
# person at a sentence start.
SEASONS = frozenset(words("summer winter spring autumn fall sommer winter frühling herbst"))


# German business words that belong to the name after them ("Autohaus Reuter", "Bäckerei Lindemann").
BUSINESS_WORDS = frozenset(words(
    "autohaus bäckerei metzgerei klinikum klinik praxis kanzlei spedition stadtwerke firma apotheke hotel "
    "restaurant café cafe gymnasium grundschule realschule gesamtschule kita kindergarten verlag "
    "druckerei gärtnerei schreinerei tischlerei elektro sanitär friseur salon studio"))


_LINKS = ("", "s", "es", "n", "en", "e")


def _german_compound(base: str, allowed: frozenset[str], depth: int = 0) -> bool:
    """ "Brandort" = "brand" + "ort": two known words (with a linking -s-, -n-, -en-) make a known word."""
    if len(base) > 40 or len(base) < 7 or not base.isalpha():
        return False
    names, places = lexicon.names(), lexicon.places()
    for i in range(3, len(base) - 2):
        head, tail = base[:i], base[i:]
        if tail not in allowed or tail in names:
            continue
        for link in _LINKS:
            if head.endswith(link) and len(head) - len(link) >= 3:
                h = head[:len(head) - len(link)] if link else head
                if h not in names and h not in places and (
                        h in allowed or (depth == 0 and _german_compound(h, allowed, 1))):
                    return True
    return False


SUBJECTS = frozenset(words("you we i she he they it this that there the my your her his our their"))


def _reads_as_name(note: _Note, k: int, base: str) -> bool:
    """A known name that is a function word, at a sentence start: "Will you" and "An image" are words."""
    if base not in FUNCTION_WORDS:
        return True
    nxt = note.word(k + 1)
    t = note.tok(k + 1)
    if base == "will":
        return nxt not in SUBJECTS
    if nxt in NAME_VERBS or t is None or t.kind is not Kind.WORD or not t.text[:1].islower() or not note.tight(k):
        return True
    return nxt.endswith(("ed", "s"))


def _known_tag(lookup: KnownLookup, core: str, base: str) -> str | None:
    """The tag of a word the vault knows, as written, folded or without its accents ("Jose" for "José")."""
    if not lookup.words:
        return None
    tag = lookup.words.get(base) or lookup.words.get(fold(core))
    if tag is None and not base.isascii():
        tag = lookup.words.get(strip_accents(base))
    return tag


def _word(note: _Note, k: int, core: str, lookup: KnownLookup, allowed: frozenset[str], lang: str) -> str | None:
    contact = _contact(core)
    if contact is not None:
        return contact
    base = _base(core)
    known = _known_tag(lookup, core, base)
    if known == ID:
        return ID
    is_allowed = _allowed_word(base, allowed)
    if known is not None and not is_allowed:
        return known
    # dates written as words
    if base in patterns.MONTHS:
        near_number = any((t := note.tok(j)) is not None and t.kind is Kind.NUM for j in (k - 1, k + 1))
        if base not in patterns.AMBIGUOUS_MONTHS or near_number or (
                _capitalised(core) and not note.initial[k]) or (_capitalised(core) and base != "may"):
            return DATE
    weekday = base[:-1] if base.endswith("s") and base[:-1] in patterns.WEEKDAYS else base  # "on Sundays"
    if weekday in patterns.WEEKDAYS and (weekday not in patterns.AMBIGUOUS_WEEKDAYS or _capitalised(core)):
        return DATE if _weekday_is_date(note, k) else None
    if _weekday_compound(base):
        return DATE  # "Faschingsdienstag", "Aschermittwoch", "Ostermontag": a holiday
    if base in patterns.HOLIDAYS and (_capitalised(core) or not is_allowed):
        return DATE
    heads = patterns.HOLIDAY_HEADS.get(base)
    if heads and _capitalised(core) and _capitalised(_text(note.tok(k + 1))) \
            and note.word(k + 1) in heads:
        return DATE
    if base in patterns.HOLIDAY_TAILS and _capitalised(core):
        p = note.tok(k - 1)
        if p is not None and p.out == DATE:
            return DATE
    capital = _capitalised(core)
    if capital and known is None and base in patterns.SCALE_WORDS and (nt := note.tok(k + 1)) is not None \
            and nt.kind is Kind.NUM:
        return None  # "Week 3", "Year 10", "Session 12"
    if base in TITLES or base in KINSHIP:
        return None
    if (base.startswith(("ninety", "hundred", "one-hundred", "a-hundred", "hundert", "einhundert"))
            or "neunzig" in base) and note.word(k + 1) not in patterns.UNIT_WORDS:
        return AGE  # an age over 89 in words ("ninety-three", "dreiundneunzig")
    if known is None and _label(base):
        return None  # the label of an identifier, not the identifier: "Fallnummer", "Spielerkonto-Nr."
    if "-" in core and base not in lexicon.clinical() and _denied_part(core, lang, allowed):
        return NAME  # "Lidl-Betriebskrankenkasse", "Müller-Lüdenscheidt"
    if capital and base in lexicon.employers() and not (note.initial[k] and is_allowed):
        return NAME  # "works at Target"; "Target memory: ..." at a sentence start is the word
    if not is_allowed and lang == "de":
        is_allowed = _german_compound(base, allowed)
    genitive = lang == "de" and capital and _genitive_of_name(base)  # "Stefans Führerschein"
    deny = (base in lexicon.names() or base in lexicon.proper() or base in lexicon.places() or base in NICKNAMES
            or genitive) \
        and not (
        lang == "de" and base in lexicon.de_keep())
    if known is not None:  # a known name that is also a word: context decides
        if not capital:
            return None
        if lang == "de" and base in lexicon.de_keep() and _after_determiner(note, k):
            return None  # "Frau Sommer" is the name, "im Sommer" the season (never "die Anna": names always go)
        if not note.initial[k]:
            return known
        return known if _reads_as_name(note, k, base) else None
    if not capital:
        return None if is_allowed or _inflected(base, allowed) else WORD
    if _all_caps(core) and len(base) <= 7:
        if base in lexicon.clinical() or base in CAPITAL_OK:
            return None  # "PTSD", "SSN"
        if base in STATES:
            return PLACE
        if is_allowed and not deny and "-" not in base and len(base) >= 3:
            return None  # "DEAR MAN", "STOP" (skills written in capitals)
        if _abbreviation(note, k, base):
            return None  # "the IOP", "DUI hearing", "PGSI 19"
        return PLACE if base in lexicon.places() else ID
    if base in CAPITAL_OK or base in lexicon.clinical() or base in FUNCTION_CAPITALS:
        return None
    if not is_allowed:
        return _proper_tag(base)
    if note.initial[k]:
        nxt = note.word(k + 1)
        if deny and nxt in NAME_VERBS and base not in NOT_PERSON and (base not in SEASONS or nxt in SPEECH_VERBS):
            return NAME
        if genitive:
            return NAME
        if lang == "de" and base in lexicon.names() and base not in lexicon.de_keep() and base not in NOT_PERSON \
                and base not in lexicon.detection()["de"]:
            return NAME  # German capitalises every noun, so a listed name at a sentence start is read as one
        if nxt in SPEECH_VERBS and base not in NOT_PERSON:
            return NAME
        return None
    if lang == "de" and (not deny or _after_determiner(note, k)):
        return None  # German capitalises its nouns; after an article it is one ("den Namen")
    return _proper_tag(base)


LABEL_ENDINGS = ("nummer", "nr", "konto", "kennzeichen", "ausweis", "karte", "zeichen", "code")


def _label(base: str) -> bool:
    """A German compound or a hyphenated word that labels an identifier: "Versicherungsnummer", "Kunden-Nr"."""
    if "-" in base:
        last = base.rsplit("-", 1)[-1]
        return (last in CAPITAL_OK or last in LABEL_ENDINGS) and base.replace("-", "").isalpha()
    return base.endswith(LABEL_ENDINGS) and base.isalpha() and any(
        base.endswith(e) and len(base) >= len(e) + 3 for e in LABEL_ENDINGS)


def _after_determiner(note: _Note, k: int) -> bool:
    """German: an article, a contraction or a count before the word makes it a noun ("im Sommer", "3 Monate")."""
    p = note.tok(k - 1)
    return note.word(k - 1) in GERMAN_DETERMINERS or (p is not None and p.kind is Kind.NUM and p.text.isdigit())


def _genitive_of_name(base: str) -> bool:
    """A listed name with the German genitive -s ("Stefans", "Olivers"), the name not one read as a German word
    (de_keep)."""
    stem = base[:-1]
    return base.endswith("s") and len(stem) >= 4 and stem in lexicon.names() and stem not in lexicon.de_keep()


def _weekday_is_date(note: _Note, k: int) -> bool:
    """A weekday is a date element beside a day number, a month or a named day ("Saturday 9th", "Monday August 16",
    "Freitag, den 12.", "Super Bowl Sunday"); alone ("next Tuesday", "on Sundays") it dates nothing."""
    nxt, after = note.tok(k + 1), note.tok(k + 2)
    if nxt is not None and (nxt.kind is Kind.NUM or note.word(k + 1) in patterns.MONTHS):
        return True
    if note.word(k + 1) in patterns.DATE_GLUE and after is not None and after.kind is Kind.NUM:
        return True
    before = note.tok(k - 1)
    return before is not None and (before.out == DATE or (
        before.kind is Kind.WORD and _capitalised(before.text) and not note.initial[k - 1] and note.tight(k - 1)
        and note.word(k - 1) not in FUNCTION_CAPITALS))


GERMAN_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")


def _weekday_compound(base: str) -> bool:
    return base.endswith(GERMAN_WEEKDAYS) and base.isalpha() and any(
        base.endswith(day) and len(base) >= len(day) + 3 for day in GERMAN_WEEKDAYS)


# Articles and possessives: an all-caps word after one names a thing ("the IOP", "his OT", "a PDF").
DETERMINERS = frozenset(words(
    "the a an his her their my your our its this that der die das den dem des ein eine einen einem einer seine "
    "seinen seinem ihre ihren ihrem"))
_ABBREVIATION = re.compile(r"[a-zäöü]{2,6}(?:-[a-z]{1,3})?")


def _abbreviation(note: _Note, k: int, base: str) -> bool:
    """An all-caps word no list holds, used as a clinical or administrative abbreviation: after an article
    ("the IOP", "his OT"), before a lower-case word ("DUI hearing", "SSA form"), or an instrument before a score
    ("PGSI 19", "LSAS-CA 78"). Alone, or before a name or a longer number ("ZKR 219"), it stays an identifier."""
    if not _ABBREVIATION.fullmatch(base):
        return False
    nxt = note.tok(k + 1)
    if nxt is not None and nxt.kind is Kind.WORD and _capitalised(nxt.text) and note.tight(k) and (
            note.word(k + 1) not in note.allowed or note.word(k + 1) in lexicon.places()
            or note.word(k + 1) in lexicon.names()):
        return False  # an organisation before its place or name: "TSV Wolfratshausen"
    if note.word(k - 1) in DETERMINERS and base not in lexicon.names():
        return True
    if len(base) < 3 or nxt is None or not note.tight(k):
        return False
    if nxt.kind is Kind.WORD:
        w = note.word(k + 1)
        return nxt.text[:1].islower() and w in note.allowed and w not in NAME_VERBS
    text, then = nxt.text, note.tok(k + 2)
    if then is not None and then.kind is Kind.NUM and note.tight(k + 1):
        return False  # letters before number groups are an ID: "QQ 12 34 56 C"
    return (text.isdigit() and len(text) <= 2) or (patterns.is_plain_number(text) and not text.isdigit())


def _denied_part(core: str, lang: str, allowed: frozenset[str]) -> bool:
    """A capitalised part of a hyphenated word is an employer, or a name or place that is not also a word."""
    for part in core.split("-"):
        if not _capitalised(part) or len(part) < 2:
            continue
        p = _base(part)
        if lang == "de" and p in lexicon.de_keep():
            continue
        if p in lexicon.employers():
            return True
        if p not in allowed and (p in lexicon.names() or p in lexicon.places() or p in lexicon.proper()):
            return True
    return False


def _proper_tag(base: str) -> str:
    """[PLACE] for a known place that is not also a person's name, else [NAME]."""
    if base in lexicon.names():
        return NAME
    return PLACE if base in lexicon.places() or base in lexicon.proper() else NAME


def _context(note: _Note, lookup: KnownLookup, allowed: frozenset[str], lang: str) -> None:
    n = len(note.content)
    for k in range(1, n):
        t = note.tokens[note.content[k]]
        if t.kind is not Kind.WORD or not _capitalised(t.text) or t.out is not None:
            continue
        prev = note.word(k - 1)
        p = note.tok(k - 1)
        titled = prev in TITLES and p is not None and _capitalised(p.text)
        kin = prev in KINSHIP and note.tight(k - 1)
        base = _base(t.text)
        if base in TITLES:
            continue  # "Herr Dr. Maier": the title after a title stays, the name after it goes
        if (titled or (kin and (lang != "de" or base in lexicon.names() or base not in allowed))) \
                and base not in NOT_PERSON and base not in patterns.GLUE:
            t.out = NAME
    # a capitalised word right before or after a tagged name is part of it ("Hope Fairbairn")
    for k in range(n - 1):
        a, b = note.tokens[note.content[k]], note.tokens[note.content[k + 1]]
        if a.kind is not Kind.WORD or b.kind is not Kind.WORD or b.out != NAME or a.out is not None \
                or not note.tight(k):
            continue
        if a.out is None and b.out == NAME and _capitalised(a.text) and _capitalised(b.text) \
                and _base(a.text) in lexicon.names() and _base(a.text) not in NOT_PERSON:
            a.out = NAME
    for k in range(1, n):
        a, b = note.tokens[note.content[k - 1]], note.tokens[note.content[k]]
        if a.out == NAME and b.out is None and b.kind is Kind.WORD and note.tight(k - 1) \
                and _capitalised(b.text) and not note.initial[k] and _capitalised(a.text) \
                and not (lang == "de" and _genitive_of_name(_base(a.text))):  # "Stefans Führerschein"
            base = _base(b.text)
            if base not in lexicon.clinical() and base not in CAPITAL_OK and base not in NOT_PERSON:
                b.out = NAME  # "Petra Lindemann", "Carl Sandoval"
    for k in range(n - 1):
        a, b = note.tokens[note.content[k]], note.tokens[note.content[k + 1]]
        if a.out is None and b.out in (NAME, PLACE) and note.word(k) in BUSINESS_WORDS and note.tight(k):
            a.out = NAME
        # the other half of a plate or serial written in two parts ("PR48 VIA", "KA-AB 123")
        if (a.out == ID) != (b.out == ID) and (a.out is None or b.out is None):
            other = b if a.out == ID else a
            if other.kind is Kind.WORD and other.text.isalnum() and _all_caps(other.text) and note.tight(k) \
                    and (other is b or b.kind is Kind.NUM) and fold(other.text) not in CAPITAL_OK \
                    and fold(other.text) not in lexicon.clinical():
                other.out = ID

