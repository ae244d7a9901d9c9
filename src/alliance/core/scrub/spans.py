"""Identifiers of several words, found after each word was judged: nicknames in quotes, name particles
("van der", "von"), German places ("bei Hamm", "im Bayerischen Wald"), organisations and institutions
("Spedition Ostwald GmbH", "St Brendan's Catholic School"), named days ("Super Bowl Sunday"), the town after a
postcode and file names with spaces. Each pass walks the note once and looks at most a few words around each
one (NEAR), so the time stays linear in the note's length."""

from __future__ import annotations

from alliance.core.scrub import lexicon, patterns
from alliance.core.scrub.context import BUSINESS_WORDS
from alliance.core.scrub.names import CAPITAL_OK, FUNCTION_CAPITALS, KINSHIP, NICKNAMES, TITLES
from alliance.core.scrub.normalise import words
from alliance.core.scrub.note import DATE, ID, NAME, NUMBER, PLACE, ZIP, _base, _capitalised, _Note, _text
from alliance.core.scrub.tokens import Kind

NEAR = 4  # how many words a pass looks back or ahead from the word it judges
_OPEN = set("\"'“„‘«(")
_CLOSE = set("\"'”“’»),")

# Lower-case words inside a name: "Frau van der Berg", "Jan de Vries", "Maria von Trapp".
PARTICLES = frozenset(words("van von vom zu zum der den de la le du da di del della des ten ter op bin al el"))
FIRST_PARTICLES = PARTICLES - frozenset(words("der den des"))  # German articles only after another particle

# Legal forms and the like that end an organisation's name.
LEGAL_FORMS = frozenset(words(
    "gmbh ag kg ohg gbr ug e.v ev mbh ltd llc inc plc corp co söhne sons brothers gebrüder partner"))

# Words that make the capitalised words before or after them an institution's name.
INSTITUTIONS = frozenset(words(
    "school academy college university hospital clinic infirmary hospice church chapel mosque synagogue "
    "centre center works foods high primary elementary prison club "
    "schule grundschule hauptschule realschule gesamtschule berufsschule hochschule gymnasium universität "
    "klinik klinikum krankenhaus hospiz pflegeheim seniorenheim altenheim kinderheim heim kita kindergarten "
    "verein sportverein gemeinde kirche moschee synagoge praxis werkstatt werke"))
GERMAN_INSTITUTION_ENDINGS = ("schule", "gymnasium", "klinik", "klinikum", "krankenhaus", "hospiz", "heim",
                              "werk", "werke", "verein", "sparkasse", "bank", "versicherung")
DATE_WORDS = patterns.MONTHS | patterns.WEEKDAYS | patterns.HOLIDAYS
# German words that join an institution to its place: "Grundschule am Koppenplatz", "Pflegeheim Am Rosengarten".
PLACE_JOINERS = frozenset(words("am an im zum zur"))
PLACE_NAME_ENDINGS = (*patterns.GERMAN_STREET_ENDINGS, "hof", "garten", "markt", "anger", "tor", "hain", "berg",
                      "feld", "park", "brunnen")


def _institution(base: str) -> bool:
    return base in INSTITUTIONS or base in BUSINESS_WORDS or (
        len(base) > 8 and base.endswith(GERMAN_INSTITUTION_ENDINGS))


def _between(note: _Note, k: int) -> str:
    """The text between content tokens k and k+1 (k = -1: before the first)."""
    start = note.content[k] + 1 if k >= 0 else 0
    return "".join(t.text for t in note.tokens[start:note.content[k + 1]])


def _quoted(note: _Note, k: int) -> bool:
    """Token k stands alone in quotes or brackets: "Bear", („Jojo“), (Kit, 6)."""
    if k + 1 >= len(note.content):
        return False
    before, after = _between(note, k - 1).strip(), _between(note, k).strip()
    return bool(before) and before[-1] in _OPEN and bool(after) and after[0] in _CLOSE


def _nicknames(note: _Note) -> None:
    """A capitalised word alone in quotes or brackets is a name after a kinship or naming word ("her partner
    "Bear"", "genannt „Mo“", "one son (Kit, 6)") or beside a name or code ("Midge" (Marjorie), K-0417 („Jojo“))."""
    n = len(note.content)
    for k in range(n):
        t = note.tokens[note.content[k]]
        if t.kind is not Kind.WORD or t.out is not None or not _capitalised(t.text) or not _quoted(note, k):
            continue
        base = _base(t.text)
        if base in FUNCTION_CAPITALS or base in CAPITAL_OK or base in lexicon.clinical():
            continue
        nearby = (note.tok(k - 1), note.tok(k + 1))
        if note.word(k - 1) in KINSHIP or base in NICKNAMES or any(
                o is not None and o.out in (NAME, ID) for o in nearby):
            t.out = NAME


def _particles(note: _Note) -> None:
    """Particles between a title or a name and a surname are part of the name ("Frau van der Berg")."""
    n = len(note.content)
    for k in range(1, n):
        if note.word(k) not in FIRST_PARTICLES or note.tokens[note.content[k]].out is not None:
            continue
        p = note.tok(k - 1)
        if p is None or not note.tight(k - 1) or not (p.out == NAME or note.word(k - 1) in TITLES):
            continue
        j = k
        while j < n and j < k + 3 and note.word(j) in PARTICLES and note.tight(j):
            j += 1
        end = note.tok(j)
        if j > k and end is not None and _capitalised(end.text) and end.kind is Kind.WORD and j < k + 3:
            for i in range(k, j + 1):
                note.tokens[note.content[i]].out = NAME


def _organisations(note: _Note, lang: str) -> None:
    """Legal forms after a tagged name; institution words with the capitalised words before or after them."""
    n = len(note.content)
    for k in range(1, n):
        t = note.tokens[note.content[k]]
        if t.kind is not Kind.WORD or not _capitalised(t.text):
            continue
        prev = note.tok(k - 1)
        base = note.word(k)
        if t.out is None and base in LEGAL_FORMS and prev is not None and prev.out in (NAME, PLACE) \
                and _between(note, k - 1).strip() in ("", "&"):
            t.out = NAME  # "Ostwald GmbH", "Wolff & Söhne"
        if not _institution(_base(t.text)):
            continue
        # the capitalised words before it: "St Brendan's Catholic School", "Staatliche Berufsschule"
        run = [k]
        j = k - 1
        while j >= max(0, k - NEAR) and note.tight(j) and (pj := note.tok(j)) is not None and pj.kind is Kind.WORD \
                and _capitalised(pj.text) and note.word(j) not in FUNCTION_CAPITALS and note.word(j) not in TITLES:
            run.append(j)
            if note.initial[j]:
                break
            j -= 1
        # the name or place after it: "Autohaus Brinkmann", "Grundschule am Koppenplatz", "Hospiz St. Lukas"
        after = k + 1
        if note.word(after) in PLACE_JOINERS and note.tight(k):
            after += 1
        a = note.tok(after)
        # in German a capitalised word right after the institution word, with no article between, is its name;
        # after "am", "zum" only a street or place is ("Grundschule am Koppenplatz", not "Versicherung zum Schaden")
        w = note.word(after)
        plain_name = a is not None and a.out is None and w not in DATE_WORDS and w not in lexicon.clinical() and (
            (after > k + 1 and (_capitalised(_text(note.tok(k + 1))) or w not in note.allowed
                                or w.endswith(PLACE_NAME_ENDINGS) or w in lexicon.places()))
            or (after == k + 1 and lang == "de" and not note.initial[k]))
        named_after = a is not None and a.kind is Kind.WORD and _capitalised(a.text) and (
            a.out in (NAME, PLACE) or plain_name) and note.tight(after - 1)
        tagged = any(note.tokens[note.content[i]].out in (NAME, PLACE) for i in run)
        if named_after:
            run.extend(range(k + 1, after + 1))
        if named_after or tagged or (len(run) > 1 and not note.initial[k]):
            for i in run:
                ti = note.tokens[note.content[i]]
                if ti.out is None or ti.out in (NAME, PLACE):
                    ti.out = NAME


RELATIVE = frozenset(words("last next this letzte letzten letztes nächste nächsten nächstes vergangene vergangenen"))


def _named_days(note: _Note) -> None:
    """Capitalised words before a weekday that is a date name the day: "Super Bowl Sunday", "Palm Sunday"; "last"
    or "next" before a holiday or month is part of the date ("last Easter", "letzte Ostern")."""
    for k in range(1, len(note.content)):
        t = note.tokens[note.content[k]]
        if t.out == DATE and note.word(k) not in patterns.WEEKDAYS and note.word(k - 1) in RELATIVE \
                and (p := note.tok(k - 1)) is not None and p.out is None and note.tight(k - 1):
            p.out = DATE
        if t.out != DATE or note.word(k) not in patterns.WEEKDAYS:
            continue
        j = k - 1
        while j >= max(0, k - NEAR) and (pj := note.tok(j)) is not None and pj.kind is Kind.WORD \
                and _capitalised(pj.text) and note.tight(j) and not note.initial[j + 1] \
                and note.word(j) not in FUNCTION_CAPITALS and pj.out != DATE:
            pj.out = DATE
            j -= 1


def _town_after_zip(note: _Note) -> None:
    """The capitalised words after a postcode are the town: "53177 Bonn-Bad Godesberg", "34346 Hann. Münden"."""
    n = len(note.content)
    for k in range(n - 1):
        if note.tokens[note.content[k]].out != ZIP:
            continue
        j = k + 1
        while j < n and j < k + NEAR and (t := note.tok(j)) is not None and t.kind is Kind.WORD \
                and _capitalised(t.text) and _joined_in_town(note, j, first=j == k + 1):
            t.out = t.out if t.out not in (None, NAME) else PLACE
            j += 1


def _joined_in_town(note: _Note, j: int, first: bool) -> bool:
    """Word j continues the town before it: after a space, or after an abbreviated word ("Hann. Münden"), but not
    across a sentence end ("... Leeds CA 44630. Letters to go there")."""
    gap = _between(note, j - 1).strip()
    if gap == "" or first:
        return gap == ""
    base = _base(note.tokens[note.content[j]].text)
    return gap == "." and len(note.word(j - 1)) <= 5 and (base not in note.allowed or base in lexicon.places())


# German prepositions that take a town without an article: "bei Hamm", "nach Usedom", "aus Kiel".
PLACE_PREPOSITIONS = frozenset(words("bei nach aus in nahe von"))
_ADJECTIVE_ENDINGS = ("ische", "ischen", "ischer", "isches", "ischem")


# Endings of German place names (not of common nouns): "-weiler", "-hausen", "-ingen", "-dorf".
TOPONYM_ENDINGS = ("dorf", "heim", "hausen", "ingen", "stadt", "burg", "berg", "bach", "feld", "hofen", "weiler",
                   "rode", "hagen", "stedt", "leben", "born", "furt", "kirchen", "münster", "horst", "büttel", "itz",
                   "ow", "beuren", "bronn", "brück", "brücken", "zell", "kirch")


def _toponym(base: str) -> bool:
    return base.isalpha() and any(base.endswith(e) and len(base) >= len(e) + 3 for e in TOPONYM_ENDINGS)


def _german_places(note: _Note) -> None:
    """German: a listed place after a bare preposition ("Unfall bei Hamm"); a capitalised adjective in -isch before
    a capitalised noun mid-sentence is a proper name ("im Bayerischen Wald", "die Staatliche Schule")."""
    for k in range(1, len(note.content)):
        t = note.tokens[note.content[k]]
        if t.kind is not Kind.WORD or t.out is not None or not _capitalised(t.text) or note.initial[k]:
            continue
        base = _base(t.text)
        if base in lexicon.clinical() or base in FUNCTION_CAPITALS:
            continue
        if note.word(k - 1) in PLACE_PREPOSITIONS and note.tight(k - 1) and any(
                part in lexicon.places() or _toponym(part) for part in base.split("-") if part):
            t.out = PLACE  # "bei Hamm", "in Ahrweiler", "nach Wolfenbüttel", "in Wuppertal-Elberfeld"
            continue
        nxt = note.tok(k + 1)
        stem = next((base[:-len(e)] for e in _ADJECTIVE_ENDINGS if base.endswith(e)), "")
        if len(stem) >= 3 and nxt is not None and nxt.kind is Kind.WORD and _capitalised(nxt.text) \
                and note.tight(k) and note.word(k + 1) not in lexicon.clinical():
            t.out = PLACE
            if nxt.out is None:
                nxt.out = PLACE


MEDIA_EXTENSIONS = (".jpg", ".jpeg", ".png", ".heic", ".gif", ".webp", ".mp4", ".mov", ".pdf")
FILE_NAME_WORDS = frozenset(words("at um image photo video screenshot bildschirmfoto foto bild"))


def _file_names(note: _Note) -> None:
    """A file name with spaces, as apps write them: "WhatsApp Image 2023-05-02 at 21.14.07.jpeg", "Screenshot
    2024-01-09 at 08.15.22.png": the words, date and time before the file's extension are one identifier."""
    for k in range(1, len(note.content)):
        t = note.tokens[note.content[k]]
        if not t.text.casefold().endswith(MEDIA_EXTENSIONS):
            continue
        j = k - 1
        while j >= max(0, k - NEAR - 1) and note.tight(j) and (pj := note.tok(j)) is not None and (
                pj.out in (DATE, ID, NUMBER) or note.word(j) in FILE_NAME_WORDS
                or (pj.kind is Kind.WORD and _capitalised(pj.text))):
            j -= 1
        if j < k - 2:  # at least a date or time and a word before the extension's token
            for i in range(j + 1, k + 1):
                note.tokens[note.content[i]].out = ID


def _spans(note: _Note, lang: str) -> None:
    _nicknames(note)
    _particles(note)
    if lang == "de":
        _german_places(note)
    _organisations(note, lang)
    _named_days(note)
    _town_after_zip(note)
    _file_names(note)
