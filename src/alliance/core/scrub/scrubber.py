"""The allow-list scrubber: every token is kept only if it is known to be safe, else replaced by a tag.

Passes over the token list (each linear): the vault's known phrases; each token alone (contact shapes,
numbers, dates, words against the lexicons); context (titles, kinship words, names that are words, street
addresses, phone numbers spread over several tokens); then neighbouring tags of one kind are merged.
"""

from __future__ import annotations

from functools import lru_cache

from alliance.core.scrub import lexicon, patterns
from alliance.core.scrub.known import KnownIdentifiers
from alliance.core.scrub.language import choose
from alliance.core.scrub.names import (
    KINSHIP,
    NAME_VERBS,
    NICKNAMES,
    NOT_PERSON,
    SPEECH_VERBS,
    TITLES,
    KnownLookup,
    build_lookup,
)
from alliance.core.scrub.normalise import fold, normalise, strip_accents, words
from alliance.core.scrub.tokens import Kind, Token, render, tokenise

NAME, DATE, PHONE, EMAIL, ADDRESS, ID, URL, IP, ZIP, AGE, PLACE = (
    "[NAME]", "[DATE]", "[PHONE]", "[EMAIL]", "[ADDRESS]", "[ID]", "[URL]", "[IP]", "[ZIP]", "[AGE]", "[PLACE]")
HANDLE, NUMBER, WORD, TIME = "[HANDLE]", "[NUMBER]", "[WORD]", "[TIME]"

STREET_SUFFIXES = frozenset(
    words(
    "street st road rd lane ln avenue ave drive dr boulevard blvd court ct way place pl terrace close "
    "crescent square sq parkway pkwy highway hwy row gardens grove mews walk hill rise view park straße "
    "strasse str weg gasse platz allee ring damm ufer chaussee laan straat plein gracht kade calle "
    "avenida plaza paseo"))
GERMAN_STREET_ENDINGS = ("straße", "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer",
                         "straat", "laan", "gracht", "plein")
UNIT_WORDS_ADDR = frozenset(words(
    "apt apartment unit suite flat floor wohnung whg stock"))
ZIP_BEFORE = frozenset(words(
    "zip zipcode postcode plz postleitzahl postal code"))
STATES = frozenset(
    words(
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc "
    "nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc"))
# Capitalised mid-sentence words that are ordinary usage.
CAPITAL_OK = frozenset(
    words(
    "i i'm i've i'd i'll ok okay god english german dutch spanish french italian polish turkish arabic "
    "russian ukrainian british american european african asian muslim christian jewish catholic "
    "protestant hindu buddhist lgbtq lgbt lgbtqia+ internet tv dvd covid covid-19 ptsd adhd ocd asd bpd "
    "nhs gp er icu a&e aa na dna hiv aids mri ct ecg eeg ivf ssri ssris snri iud std sti uti ed ssn mrn "
    "dob vin fin id no nr iban bic tel fax zip plz url ip pin ok am pm instagram facebook whatsapp tiktok "
    "snapchat youtube zoom skype teams signal telegram"))
# Pronouns, articles and the like: capitalised mid-sentence after a bracket or in a title, never a name.
FUNCTION_CAPITALS = frozenset(words(
    "the a she he they we you it my your her his our their its this that these those there here what who "
    "which when where why how and but or if then not no yes at in on of to for from by with as about after "
    "before because nobody everybody everyone someone nothing everything something"))
# Known names that are also function words: at a sentence start they are read as the word.
FUNCTION_WORDS = frozenset(words(
    "an a will may can so and but or is it as at in on to be do"))
JOINERS = {NAME: " -", DATE: " ,./-", ADDRESS: " ,.-", PHONE: " ()-.+/", ID: " -", PLACE: " ,-", ZIP: " -",
           AGE: " -", URL: " ", EMAIL: " ", IP: " ", WORD: " -", NUMBER: " ", HANDLE: " ", TIME: " "}


@lru_cache(maxsize=512)
def _lookup(known: KnownIdentifiers) -> KnownLookup:
    return build_lookup(known.names, known.addresses, known.codes, known.emails)


@lru_cache(maxsize=512)
def _phone_digits(phones: tuple[str, ...]) -> frozenset[str]:
    return frozenset(d for d in ("".join(c for c in p if c.isdigit()) for p in phones) if len(d) >= 6)


class _Note:
    """One note's tokens with the indexes of its content tokens (words, numbers, tags)."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.content: list[int] = []
        self.initial: list[bool] = []
        at_start = True
        for i, t in enumerate(tokens):
            if t.kind is Kind.SPACE:
                if "\n" in t.text:
                    at_start = True
            elif t.kind is Kind.PUNCT:
                if t.text in ".!?:;•·*\"“„«(":
                    at_start = True  # a sentence or a quotation starts
            else:
                self.content.append(i)
                self.initial.append(at_start)
                at_start = False
        self.folded = [fold(tokens[i].text).rstrip(".") for i in self.content]
        self.allowed: frozenset[str] = frozenset()  # the note's lexicon, set once its language is known

    def tok(self, k: int) -> Token | None:
        return self.tokens[self.content[k]] if 0 <= k < len(self.content) else None

    def word(self, k: int) -> str:
        return self.folded[k] if 0 <= k < len(self.folded) else ""

    def tight(self, k: int) -> bool:
        """Content tokens k and k+1 stand next to each other with only spaces (no line break) between."""
        if k + 1 >= len(self.content):
            return False
        between = self.tokens[self.content[k] + 1:self.content[k + 1]]
        return all(t.kind is Kind.SPACE and "\n" not in t.text for t in between)


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
    parts = [p for p in base.replace(".", "-").split("-") if p]
    return bool(parts) and all(p in allowed or len(p) == 1 or p in PREFIXES for p in parts) \
        and any(len(p) > 1 and p not in PREFIXES for p in parts)


PREFIXES = frozenset(words(
    "micro mini macro re pre post non self co anti over under semi multi inter intra hyper hypo pseudo quasi "
    "ex sub super trans counter cross mid half well ill"))


GERMAN_DETERMINERS = frozenset(words(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner mein meine "
    "meinen meinem dein deine sein seine seinen seinem ihr ihre ihren ihrem unser unsere dieser diese "
    "diesen diesem dieses jeder jede jeden jedem ersten zweiten dritten letzten nächsten zum zur vom beim"))
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


def _text(t: Token | None) -> str:
    return t.text if t is not None else ""


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_NOTHING_KNOWN = KnownIdentifiers()


def scrub(text: str, known: KnownIdentifiers = _NOTHING_KNOWN) -> str:
    """The normalised text with every token not known to be safe replaced by its tag.

    Raises ScrubRefused for a note in a language without a lexicon.
    """
    if not text:
        return text
    tokens = tokenise(normalise(text))
    note = _Note(tokens)
    lower_words = [fold(t.text) for t in tokens if t.kind is Kind.WORD and t.text[:1].islower()
                   and t.text.isalpha() and len(t.text) >= 2]
    all_words = [fold(t.text) for t in tokens if t.kind is Kind.WORD and t.text.isalpha() and len(t.text) >= 2]
    lang = choose(lower_words, known.language, all_words)
    allowed = lexicon.allowed(lang)
    note.allowed = allowed
    lookup = _lookup(known)
    _known_phrases(note, lookup)
    _each_token(note, lookup, allowed, lang, _phone_digits(known.phones))
    _context(note, lookup, allowed, lang)
    _merge(note)
    return render(tokens)


def _known_phrases(note: _Note, lookup: KnownLookup) -> None:
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
        else:
            t.out = _word(note, k, t.text, lookup, allowed, lang)
    _number_ranges(note)
    _phones(note, phones)


def _number_ranges(note: _Note) -> None:
    """ "from 5 to 2 per week": a small number just before a kept clinical number is part of the phrase."""
    for k in range(len(note.content) - 1, -1, -1):
        t = note.tokens[note.content[k]]
        if t.out != NUMBER or not t.text.isdigit() or len(t.text) > 3:
            continue
        j = k + 1
        while j < len(note.content) and j <= k + 2 and note.word(j) in ("to", "-", "–", "and", "or", "bis", "auf"):
            j += 1
        nxt = note.tok(j)
        if j > k + 1 and nxt is not None and nxt.kind is Kind.NUM and nxt.out is None and nxt.text.isdigit():
            t.out = None


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


def _prev_skipping_glue(note: _Note, k: int, limit: int = 3) -> tuple[int, str]:
    j = k - 1
    while j >= 0 and limit > 0 and note.word(j) in patterns.GLUE:
        j -= 1
        limit -= 1
    return j, note.word(j)


def _clinical_context(note: _Note, k: int) -> bool:
    j, prev = _prev_skipping_glue(note, k)
    if prev in patterns.SCALE_WORDS:
        return True
    p = note.tok(j)
    if p is not None and p.out is None and prev in lexicon.clinical() and _all_caps(p.text):
        return True  # after an instrument's name: "DES-II 38", "PCL-5 44"
    # chained: "SUDS from 8 to 3", "intensity 4 of 5", "SUDS 9 at the start, down to 4"
    for back in range(k - 1, max(-1, k - 7), -1):
        if note.initial[back + 1] and back + 1 <= k - 1:
            break
        p = note.tok(back)
        if p is not None and p.kind is Kind.NUM and p.out is None and patterns.is_plain_number(p.text):
            return True
    return False


def _unit_after(note: _Note, k: int) -> bool:
    nxt = note.word(k + 1)
    if nxt in ("out", "of"):
        t = note.tok(k + 2 if nxt == "of" else k + 3)
        return t is not None and t.kind is Kind.NUM and t.text.isdigit() and int(t.text) <= 100
    return nxt in patterns.UNIT_WORDS


def _age_after(note: _Note, k: int) -> bool:
    two = f"{note.word(k + 1)} {note.word(k + 2)}"
    return two in patterns.AGE_AFTER or note.word(k + 1) in patterns.AGE_AFTER


def _date_word(w: str) -> bool:
    return w in patterns.MONTHS or w in patterns.WEEKDAYS


def _number(note: _Note, k: int, core: str, lookup: KnownLookup) -> str | None:
    prev_tok = note.tokens[note.content[k] - 1] if note.content[k] > 0 else None
    if core in EMERGENCY_NUMBERS:
        return None  # "the 911 call", "988 crisis line": services, not identifiers
    if core.isdigit() and len(core) <= 4:  # the common case, quickly
        if prev_tok is not None and prev_tok.text in "'’" and len(core) == 2:
            prev_tok.out = ""
            return DATE  # March '13
        if len(core) == 4 and core[:2] in ("19", "20"):
            return DATE
        return _plain(note, k, core)
    contact = _contact(core)
    if contact is not None:
        return contact
    low = fold(core)
    if low in lookup.words or _base(core) in lookup.words:
        return ID
    if low in lexicon.clinical():
        return None  # "PHQ-9", "4-7-8" (breathing), "5-4-3-2-1" (grounding)
    if patterns.is_ssn(core):
        return ID
    if patterns.numeric_date(core):
        if note.word(k + 1) in ORDINAL_UNITS and core[:1].isdigit() and not core[:4].isdigit():
            return None  # "3rd session"
        return DATE
    if any(c.isalpha() for c in core):
        age = patterns.age_word(core)
        if age is not None:
            return AGE if age > 89 else None
        dec = patterns.decade(core)
        if dec is not None:
            return AGE if dec >= 90 else None
        if patterns.is_time(core):
            return None  # a time of day ("3pm", "14:30") is not a date element
        return ID
    prev, nxt = note.word(k - 1), note.word(k + 1)
    if _date_word(prev) or _date_word(nxt) or nxt in patterns.HOLIDAYS:
        return DATE
    if patterns.is_percent(core):
        return None
    if patterns.score_range(core):
        return None if prev not in patterns.DATE_BEFORE else DATE
    frac = patterns.fraction(core)
    if frac is not None:
        a, b = frac
        scale = b in (5, 10, 40, 100) and a <= b
        if scale and prev not in patterns.DATE_BEFORE and (b in (10, 100) or _clinical_context(note, k)):
            return None
        return DATE if (a <= 31 and b <= 12) or (a <= 12 and b <= 31) else NUMBER
    if patterns.is_day_month(core):
        return None if _clinical_context(note, k) or _unit_after(note, k) else DATE
    if patterns.is_plain_number(core):
        return _plain(note, k, core)
    if patterns.is_time(core):
        return None
    d = patterns.digits(core)
    after = note.tok(k + 1)
    if (d == 5 or (d == 9 and len(core) == 10 and core[5] == "-")) and (
            prev in ZIP_BEFORE or prev in STATES or (after is not None and _capitalised(after.text))):
        return ZIP
    return ID if d >= 5 else NUMBER


EMERGENCY_NUMBERS = frozenset(words("911 999 112 110 988 111 116117 116123 0800"))
ADDRESS_BEFORE = frozenset(words("apt apartment unit flat suite room no nr # box postfach hausnummer"))
CLOCK_AFTER = frozenset(words("am pm a.m p.m uhr o'clock h"))
AGE_PHRASES = frozenset((
    "she was", "he was", "they was", "i was", "they were", "she turned", "he turned", "she is", "he is",
    "from age", "since age", "until age", "at age", "sie war", "er war", "mit", "im alter"))
ORDINAL_UNITS = frozenset(words(
    "session sessions time attempt week day step round set phase stage sitzung stunde mal versuch woche"))
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


def _count_of_things(note: _Note, k: int, prev: str, nxt: str) -> bool:
    """A small number before a plural noun ("3 panic attacks"), not a house number or part of a longer number."""
    after, before = note.tok(k + 1), note.tok(k - 1)
    if after is None or after.kind is not Kind.WORD or not after.text[:1].islower() or not note.tight(k):
        return False
    if (before is not None and before.kind is Kind.NUM) or prev in ADDRESS_BEFORE:
        return False
    nxt2 = note.word(k + 2)
    if nxt not in note.allowed or len(nxt) < 4 or nxt in patterns.GLUE or nxt in FUNCTION_CAPITALS:
        return False
    if nxt in STREET_SUFFIXES or nxt2 in STREET_SUFFIXES:
        return False
    return nxt.endswith("s") or (nxt2.endswith("s") and nxt2 in note.allowed)


def _plain(note: _Note, k: int, core: str) -> str | None:
    """A number of up to three digits (or a short decimal): kept only in a clinical number phrase."""
    prev, nxt = note.word(k - 1), note.word(k + 1)
    if _date_word(prev) or _date_word(nxt) or nxt in patterns.HOLIDAYS or (
            nxt in patterns.DATE_GLUE and _date_word(note.word(k + 2))):
        return DATE  # "March 3", "3 March", "14 de agosto", "3 of March"
    value = float(core.replace(",", ".")) if patterns.is_plain_number(core) else 1e9
    two = f"{note.word(k - 2)} {prev}"
    if prev in patterns.AGE_BEFORE or _age_after(note, k) or two in AGE_PHRASES:
        return AGE if value > 89 else None
    if nxt in CLOCK_AFTER and value <= 24:
        return None  # a time of day ("2 am", "10 Uhr") is not a date element
    if value <= 20 and core.isdigit() and _count_of_things(note, k, prev, nxt):
        return None  # a count: "3 panic attacks", "2 nightmares"
    if _clinical_context(note, k) or _unit_after(note, k):
        if value > 89 and nxt in ("years", "year", "jahre", "jahren", "jaar", "años"):
            return AGE
        return None if value <= 1000 else NUMBER
    return NUMBER


def _word(note: _Note, k: int, core: str, lookup: KnownLookup, allowed: frozenset[str], lang: str) -> str | None:
    contact = _contact(core)
    if contact is not None:
        return contact
    base = _base(core)
    known = lookup.words.get(base) or lookup.words.get(fold(core)) or lookup.words.get(strip_accents(base))
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
    if base in patterns.WEEKDAYS and (base not in patterns.AMBIGUOUS_WEEKDAYS or _capitalised(core)):
        return DATE
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
    if base in TITLES or base in KINSHIP:
        return None
    if (base.startswith(("ninety", "hundred", "one-hundred", "a-hundred", "hundert", "einhundert"))
            or "neunzig" in base) and note.word(k + 1) not in patterns.UNIT_WORDS:
        return AGE  # an age over 89 in words ("ninety-three", "dreiundneunzig")
    if "-" in core and _denied_part(core, lang, allowed):
        return NAME  # "Lidl-Betriebskrankenkasse", "Müller-Lüdenscheidt"
    if capital and base in lexicon.employers() and not (note.initial[k] and is_allowed):
        return NAME  # "works at Target"; "Target memory: ..." at a sentence start is the word
    if not is_allowed and lang == "de":
        is_allowed = _german_compound(base, allowed)
    deny = (base in lexicon.names() or base in lexicon.proper() or base in lexicon.places() or base in NICKNAMES) \
        and not (
        lang == "de" and base in lexicon.de_keep())
    if known is not None:  # a known name that is also a word: context decides
        if not capital:
            return None
        if not note.initial[k]:
            return known
        return known if _reads_as_name(note, k, base) else None
    if not capital:
        return None if is_allowed else WORD
    if _all_caps(core) and len(base) <= 7:
        if base in lexicon.clinical() or base in CAPITAL_OK:
            return None  # "PTSD", "SSN"
        if base in STATES:
            return PLACE
        if is_allowed and not deny and "-" not in base and len(base) >= 3:
            return None  # "DEAR MAN", "STOP" (skills written in capitals)
        return PLACE if base in lexicon.places() else ID
    if base in CAPITAL_OK or base in lexicon.clinical() or base in FUNCTION_CAPITALS:
        return None
    if not is_allowed:
        return _proper_tag(base)
    if note.initial[k]:
        nxt = note.word(k + 1)
        if deny and nxt in NAME_VERBS and base not in NOT_PERSON:
            return NAME
        if nxt in SPEECH_VERBS and base not in NOT_PERSON:
            return NAME
        return None
    if lang == "de" and (not deny or note.word(k - 1) in GERMAN_DETERMINERS):
        return None  # German capitalises its nouns; after an article it is one ("den Namen")
    return _proper_tag(base)


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
                and _capitalised(b.text) and not note.initial[k] and _capitalised(a.text):
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
    _addresses(note)


def _addresses(note: _Note) -> None:
    n = len(note.content)
    for k in range(n):
        t = note.tokens[note.content[k]]
        if t.kind is not Kind.WORD:
            continue
        w = note.word(k)
        compound = _capitalised(t.text) and len(w) > 6 and w.endswith(GERMAN_STREET_ENDINGS)
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
            if len(span) > 1 or t.out is not None:
                for j in span:
                    note.tokens[note.content[j]].out = ADDRESS
            continue
        if w not in STREET_SUFFIXES:
            continue
        lower = not _capitalised(t.text)  # "12 oak lane": only with a house number before it
        j = k - 1
        names = []
        while j >= 0 and j >= k - 3:
            pj = note.tok(j)
            if pj is None or pj.kind is not Kind.WORD or (not lower and not _capitalised(pj.text)) or (
                    lower and (note.word(j) in patterns.GLUE or note.word(j) in FUNCTION_CAPITALS)):
                break
            names.append(j)
            j -= 1
        house = note.tok(j)
        if not names or (lower and (house is None or house.kind is not Kind.NUM or len(names) > 2
                                    or house.out == DATE)):
            continue
        has_number = house is not None and house.kind is Kind.NUM
        if not has_number and all(note.tokens[note.content[x]].out is None for x in names):
            continue
        span = [*names, k] + ([j] if has_number else [])
        e = k + 1
        if note.word(e) in UNIT_WORDS_ADDR and (u := note.tok(e + 1)) is not None and u.kind is Kind.NUM:
            span += [e, e + 1]
        nx = note.tok(k + 1)
        if nx is not None and nx.kind is Kind.NUM and patterns.digits(nx.text) <= 4:
            span.append(k + 1)  # "Elm Street 12" (continental order)
        for x in span:
            note.tokens[note.content[x]].out = ADDRESS


def _phones(note: _Note, phones: frozenset[str]) -> None:
    """Runs of number tokens joined by spaces, brackets, dots or dashes: a phone when 7-15 digits."""
    toks = note.tokens
    i, n = 0, len(toks)
    while i < n:
        if toks[i].kind is not Kind.NUM or toks[i].out not in (NUMBER, ID, None, ZIP) \
                or patterns.is_ssn(toks[i].text):
            i += 1
            continue
        j, last = i, i
        while j + 1 < n and ((toks[j + 1].kind is Kind.SPACE and "\n" not in toks[j + 1].text)
                             or (toks[j + 1].kind is Kind.PUNCT and toks[j + 1].text in "()-.+/")
                             or (toks[j + 1].kind is Kind.NUM and toks[j + 1].out in (NUMBER, ID, None)
                             and not patterns.is_ssn(toks[j + 1].text))):
            j += 1
            if toks[j].kind is Kind.NUM:
                last = j
        run = toks[i:last + 1]
        nums = [t for t in run if t.kind is Kind.NUM]
        digits = "".join(c for t in nums for c in t.text if c.isdigit())
        phone_like = 7 <= len(digits) <= 15 and all(t.out in (NUMBER, ID) or t.out is None for t in nums) and (
            len(nums) > 1 or any(c in nums[0].text for c in "-.()") or digits in phones)
        if phone_like and (len(nums) > 1 or any(t.out is not None for t in nums)) and not \
                all(t.out is None for t in nums):
            start = i
            if i > 0 and toks[i - 1].kind is Kind.PUNCT and toks[i - 1].text in "(+":
                start = i - 1
            end = last
            if end + 1 < n and toks[end + 1].text == ")" and any(t.text == "(" for t in toks[start:end]) is False \
                    and start < i:
                end += 1
            for t in toks[start:end + 1]:
                t.out = ""
            toks[start].out = PHONE
        i = last + 1


def _merge(note: _Note) -> None:
    """Neighbouring tags of one kind become one: "[NAME] [NAME]" -> "[NAME]"."""
    toks = note.tokens
    last_at: int | None = None  # the last content token of the current run of one tag
    last_tag = ""
    for i, t in enumerate(toks):
        if t.kind in (Kind.WORD, Kind.NUM, Kind.TAG):
            if t.out and last_at is not None and last_tag == t.out:
                between = toks[last_at + 1:i]
                joiners = JOINERS.get(t.out, " ")
                glue_ok = t.out == DATE and all(
                    b.kind is Kind.SPACE or b.out == "" or
                    (b.kind is Kind.WORD and fold(b.text) in patterns.DATE_GLUE)
                    or (b.kind is Kind.PUNCT and b.text in joiners) for b in between)
                if glue_ok or all((b.kind is Kind.SPACE and "\n" not in b.text) or
                                  (b.kind is Kind.PUNCT and b.text in joiners) for b in between):
                    for b in between:
                        b.out = ""
                    t.out = ""
                    last_at = i
                    continue
            if t.out:
                last_at, last_tag = i, t.out
            elif t.out is None and not (last_at is not None and last_tag == DATE
                                        and fold(t.text) in patterns.DATE_GLUE):
                last_at = None
        elif t.kind is Kind.PUNCT and t.out is None and t.text not in JOINERS[DATE] + "()+":
            last_at = None
