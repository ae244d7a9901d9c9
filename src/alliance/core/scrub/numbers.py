"""Numbers: which stay (clinical number phrases, counts, times of day), which are dates, ages, phones or IDs."""

from __future__ import annotations

from alliance.core.scrub import lexicon, patterns
from alliance.core.scrub.names import (
    CAPITAL_OK,
    FUNCTION_CAPITALS,
    KINSHIP,
    KnownLookup,
)
from alliance.core.scrub.normalise import fold, words
from alliance.core.scrub.note import (
    AGE,
    DATE,
    ID,
    NAME,
    NUMBER,
    PHONE,
    ZIP,
    _all_caps,
    _base,
    _capitalised,
    _contact,
    _Note,
    _text,
)
from alliance.core.scrub.patterns import STATES, STREET_SUFFIXES, ZIP_BEFORE
from alliance.core.scrub.tokens import Kind


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


def _prev_skipping_glue(note: _Note, k: int, limit: int = 3) -> tuple[int, str]:
    j = k - 1
    while j >= 0 and limit > 0 and note.word(j) in patterns.GLUE:
        j -= 1
        limit -= 1
    return j, note.word(j)


def _clinical_context(note: _Note, k: int) -> bool:
    j, prev = _prev_skipping_glue(note, k)
    if _scale_word(prev) or _scale_word_before(note, j):
        return True  # "SUDS 9", "EMDR-Set 9", "Schwangerschaftswoche 22", "SUDS zu Beginn 8"
    p = note.tok(j)
    if p is not None and p.out is None and _all_caps(p.text) and (
            prev in lexicon.clinical() or (prev not in CAPITAL_OK and _score_sized(_text(note.tok(k))))):
        return True  # after an instrument's name: "DES-II 38", "PCL-5 44", "PGSI 19" (not after "ID", "MRN")
    # chained: "SUDS from 8 to 3", "intensity 4 of 5", "SUDS 9 at the start, down to 4": a plain number
    # kept within the last six tokens, in the sentence of the token before this one
    last = note.kept_number
    return last >= max(0, k - 6) and note.sentence[last] == note.sentence[k - 1]


GERMAN_SCALE_ENDINGS = ("woche", "sitzung", "stunde", "wert", "skala", "übung", "stufe")


def _scale_word(w: str) -> bool:
    """A word a clinical number may follow, alone, as the last part of a hyphenated word or a German compound."""
    return w in patterns.SCALE_WORDS or ("-" in w and w.rsplit("-", 1)[1] in patterns.SCALE_WORDS) or (
        len(w) > 8 and w.endswith(GERMAN_SCALE_ENDINGS))


def _scale_word_before(note: _Note, j: int) -> bool:
    """A scale word up to two kept words before word j (itself kept), in its sentence: "SUDS zu Beginn 8"."""
    w = note.tok(j)
    if w is None or w.out is not None:
        return False
    for b in range(j - 1, max(-1, j - 3), -1):
        t = note.tok(b)
        if t is None or t.out is not None or t.kind is not Kind.WORD or note.sentence[b] != note.sentence[j]:
            return False
        if _scale_word(note.word(b)):
            return True
    return False


def _score_sized(core: str) -> bool:
    """Up to two digits, or a decimal: the size of a score on an instrument that no list holds."""
    return (core.isdigit() and len(core) <= 2) or (patterns.is_plain_number(core) and not core.isdigit()) or (
        patterns.is_day_month(core) and len(core) <= 4)


def _unit_after(note: _Note, k: int, nxt: str) -> bool:
    if nxt in ("out", "of"):
        t = note.tok(k + 2 if nxt == "of" else k + 3)
        return t is not None and t.kind is Kind.NUM and t.text.isdigit() and int(t.text) <= 100
    return nxt in patterns.UNIT_WORDS


def _age_after(note: _Note, k: int, nxt: str) -> bool:
    return nxt in patterns.AGE_AFTER or (nxt in AGE_AFTER_FIRST and f"{nxt} {note.word(k + 2)}" in patterns.AGE_AFTER)


AGE_AFTER_FIRST = frozenset(phrase.split()[0] for phrase in patterns.AGE_AFTER)
DATE_WORDS = patterns.MONTHS | patterns.WEEKDAYS
DATE_AFTER = DATE_WORDS | patterns.HOLIDAYS  # "3 March", "25 Christmas"


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
    if patterns.is_money(core) or patterns.is_dosing(core) or patterns.is_icd(core):
        return None  # an amount ("£9,000"), a dosing scheme ("1-0-1") or a diagnosis ("F43.1") identifies no one
    if patterns.numeric_date(core):
        if note.word(k + 1) in ORDINAL_UNITS and core[:1].isdigit() and not core[:4].isdigit():
            return None  # "3rd session"
        return DATE
    if any(c.isalpha() for c in core):
        nxt = note.word(k + 1)
        age = patterns.age_word(core)
        if age is not None:
            return AGE if age > 89 else None
        dec = patterns.decade(core)
        if dec is not None:
            return AGE if dec >= 90 else None
        if patterns.is_time(core):
            return None  # a time of day ("3pm", "14:30") is not a date element
        if patterns.unit_compound(core) in patterns.UNIT_WORDS:
            return None  # "15-minute window", "7-day break", "20-Minuten-Besuche"
        before_score = nxt in SCORE_WORDS or _score_sized(_text(note.tok(k + 1)))
        if patterns.instrument(core) and _all_caps(core) and before_score:
            return None  # an instrument before its score: "GDS-15 score 4", "PG-13 total 31", "CAPS-5 41"
        return ID
    prev, nxt = note.word(k - 1), note.word(k + 1)
    if prev in DATE_WORDS or nxt in DATE_AFTER:
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
        return None if _clinical_context(note, k) or _unit_after(note, k, nxt) else DATE
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
AGE_PHRASE_ENDS = frozenset(phrase.split()[-1] for phrase in AGE_PHRASES)


ORDINAL_UNITS = frozenset(words(
    "session sessions time attempt week day step round set phase stage sitzung stunde mal versuch woche"))


SCORE_WORDS = frozenset(words("score scores scored total summe wert punkte points"))
AGE_VERBS = frozenset(words("is was turned turns ist war wurde wird"))


def _after_a_name(note: _Note, k: int) -> bool:
    """ "Maya (15)", "Winifred, 91,", "die Mutter (87)": a number right after a name or a kinship word, in brackets
    or after a comma, is an age."""
    before = note.tok(k - 1)
    if before is None or (before.out != NAME and note.word(k - 1) not in KINSHIP):
        return False
    between = note.tokens[note.content[k - 1] + 1:note.content[k]]
    return any(b.text in "(," for b in between) and all(b.kind is Kind.SPACE or b.text in "(," for b in between)


def _age(note: _Note, k: int, value: float) -> str | None:
    """An age phrase ("97 Jahren", "93 years old"): over 89 the whole phrase is one [AGE]."""
    if value <= 89:
        return None
    for j in (k + 1, k + 2):
        if note.word(j) in AGE_WORDS and (t := note.tok(j)) is not None and t.out is None:
            t.out = AGE
    return AGE


AGE_WORDS = frozenset(words("years year yrs old yo jahre jahren alt jaar años"))


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
    if prev in DATE_WORDS or nxt in DATE_AFTER or (nxt in patterns.DATE_GLUE and note.word(k + 2) in DATE_WORDS) or (
            prev in patterns.DATE_GLUE and note.word(k - 2) in patterns.WEEKDAYS):
        return DATE  # "March 3", "3 March", "14 de agosto", "3 of March", "Donnerstag, den 19"
    value = float(core.replace(",", ".")) if patterns.is_plain_number(core) else 1e9
    if _age_after(note, k, nxt):
        return _age(note, k, value)
    if (prev in patterns.AGE_BEFORE or prev in AGE_VERBS or _after_a_name(note, k) or (
            prev in AGE_PHRASE_ENDS and f"{note.word(k - 2)} {prev}" in AGE_PHRASES)) and (
            nxt not in patterns.UNIT_WORDS and value <= 120):
        return AGE if value > 89 else None  # "George is 88", "Maya (15)", "Winifred, 91,"
    if nxt in CLOCK_AFTER and value <= 24:
        return None  # a time of day ("2 am", "10 Uhr") is not a date element
    if value <= 20 and core.isdigit() and _count_of_things(note, k, prev, nxt):
        return None  # a count: "3 panic attacks", "2 nightmares"
    if _clinical_context(note, k) or _unit_after(note, k, nxt):
        if value > 89 and nxt in ("years", "year", "jahre", "jahren", "jaar", "años"):
            return AGE
        return None if value <= 1000 else NUMBER
    return NUMBER


def _phones(note: _Note, phones: frozenset[str]) -> None:
    """Runs of number tokens joined by spaces, brackets, dots or dashes: a phone when 7-15 digits."""
    toks = note.tokens
    i, n = 0, len(toks)
    num, space, punct, word = Kind.NUM, Kind.SPACE, Kind.PUNCT, Kind.WORD
    while i < n:
        if toks[i].kind is not num or toks[i].out not in (NUMBER, ID, None, ZIP) or patterns.is_ssn(toks[i].text):
            i += 1
            continue
        j, last = i, i
        while j + 1 < n:
            t = toks[j + 1]
            if not ((t.kind is space and "\n" not in t.text) or (t.kind is punct and t.text in "()-.+/")
                    or (t.kind is num and t.out in (NUMBER, ID, None) and not patterns.is_ssn(t.text))
                    or (t.kind is word and len(t.text) == 1 and t.text.isupper())):  # "65 170839 N 004"
                break
            j += 1
            if t.kind is num:
                last = j
        run = toks[i:last + 1]
        nums = [t for t in run if t.kind is Kind.NUM]
        digits = "".join(c for t in nums for c in t.text if c.isdigit())
        phone_like = 7 <= len(digits) <= 15 and all(t.out in (NUMBER, ID) or t.out is None for t in nums) and (
            len(nums) > 1 or any(c in nums[0].text for c in "-.()") or digits in phones)
        # groups of three digits or more in a row are an account or file number even where a lone number
        # would stay: "file number 28 441 907", "DE75 5121 0800 1245 1261 99"
        long_run = len(nums) > 1 and sum(patterns.digits(t.text) >= 3 for t in nums) >= 2 and len(digits) >= 7
        if long_run or (phone_like and (len(nums) > 1 or any(t.out is not None for t in nums)) and not
                        all(t.out is None for t in nums)):
            start = i
            if i > 0 and toks[i - 1].kind is Kind.PUNCT and toks[i - 1].text in "(+":
                start = i - 1
            end = last
            if end + 1 < n and toks[end + 1].text == ")" and any(t.text == "(" for t in toks[start:end]) is False \
                    and start < i:
                end += 1
            for t in toks[start:end + 1]:
                t.out = ""
            letters = any(c.isalpha() for t in run for c in t.text)
            toks[start].out = PHONE if phone_like and not letters else ID
        i = last + 1

