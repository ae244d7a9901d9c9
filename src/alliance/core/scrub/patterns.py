"""Identifier shapes judged token by token, with plain string checks (no backtracking regular expressions).

Contact (e-mail, handle, URL, host, IPv4/IPv6), dates (month, weekday and holiday words in English, German,
Dutch and Spanish; numeric forms), ages, IDs with letters, and the clinical number phrases that may stay.
"""

from __future__ import annotations

import re

from alliance.core.scrub.normalise import words

MONTHS = frozenset(
    words(
    "january february march april may june july august september october november december jan feb mar "
    "apr jun jul aug sep sept oct nov dec januar jänner februar märz mai juni juli oktober dezember "
    "januari februari maart mei augustus oktober enero febrero marzo abril mayo junio julio agosto "
    "septiembre setiembre octubre noviembre diciembre"))
# Month words that are also ordinary words: a date only when capitalised mid-sentence or beside a number.
AMBIGUOUS_MONTHS = frozenset(words(
    "may march mar jan dec sep sept oct aug mai"))
WEEKDAYS = frozenset(
    words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag maandag dinsdag woensdag "
    "donderdag vrijdag zaterdag zondag lunes martes miércoles jueves viernes sábado domingo"))
AMBIGUOUS_WEEKDAYS = frozenset(words(
    "sun sat wed mon"))
HOLIDAYS = frozenset(
    words(
    "christmas xmas easter thanksgiving halloween hanukkah chanukah ramadan eid diwali passover purim "
    "hogmanay pentecost whitsun lent midsummer valentine's valentines weihnachten heiligabend silvester "
    "neujahr ostern ostersonntag ostermontag pfingsten karfreitag fasching karneval fastnacht nikolaus "
    "kerstmis kerst pasen pinksteren sinterklaas oudejaarsavond koningsdag navidad nochebuena nochevieja "
    "pascua"))
HOLIDAY_TAILS = frozenset(words(
    "eve day morning night weekend sunday monday abend tag"))
HOLIDAY_HEADS = {  # two-word holidays: first word -> second words
    "new": {"year's", "years", "year"}, "mother's": {"day"}, "father's": {"day"}, "mothers": {"day"},
    "fathers": {"day"}, "boxing": {"day"}, "labor": {"day"}, "labour": {"day"}, "memorial": {"day"},
    "independence": {"day"}, "veterans": {"day"}, "remembrance": {"day", "sunday"}, "good": {"friday"},
    "st": {"patrick's", "patricks"}, "saint": {"patrick's"}, "tag": {"der"}, "valentine's": {"day"},
}
DATE_GLUE = frozenset(words(
    "peaked reached hit started ended stayed remained settled dropped fell "
    "the of de den der am im el"))  # "Thursday the 19th", "14 de agosto"

TLDS = frozenset(
    words(
    "blog shop art page link live life club store news social space website cloud tech photo photos studio "
    "design family love today world one top vip win fun wiki works me.uk org.uk co.za nhs.uk "
    "com org net edu gov mil int info biz io co uk de at ch nl be fr es it eu us ca au nz ie dk se no fi "
    "pl cz pt br mx in jp cn ru app dev me tv ly online site xyz health care email ai gg"))


def is_email(core: str) -> bool:
    at = core.find("@")
    return at > 0 and "." in core[at + 1:]


def is_handle(core: str) -> bool:
    return core.startswith("@") and len(core) > 1


def is_url(core: str) -> bool:
    low = core.lower()
    if "://" in low or low.startswith("www."):
        return True
    host = low.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0]
    labels = host.split(".")
    if len(labels) < 2:
        return False
    if labels[-1] not in TLDS and not (len(labels[-1]) == 2 and labels[-1].isalpha() and len(labels[0]) >= 3):
        return False  # a listed top-level domain, or any two-letter (country) one
    return all(lab and all(c.isalnum() or c == "-" for c in lab) for lab in labels) and len(labels[0]) >= 2


def is_ipv4(core: str) -> bool:
    parts = core.split(".")
    return len(parts) == 4 and all(p.isdigit() and len(p) <= 3 and int(p) <= 255 for p in parts)


def is_ipv6(core: str) -> bool:
    if core.count(":") < 2:
        return False
    body = core.split("/", 1)[0]
    return all(c in "0123456789abcdefABCDEF:." for c in body) and any(c.isalnum() for c in body)


_ISO = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_DMY = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})")
_DM = re.compile(r"\d{1,2}[/.]\d{1,2}\.?")
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th|er|e|de|te|ten|sten)", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d{2}s?")
_TIME = re.compile(r"\d{1,2}(?:[:.h]\d{2})?(?:am|pm|a\.m|p\.m|uhr|h)?", re.IGNORECASE)
_SSN = re.compile(r"\d{3}-\d{2}-\d{4}")
_PLAIN = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")
_RANGE = re.compile(r"(\d{1,3})[-–](\d{1,3})")
_FRACTION = re.compile(r"(\d{1,3})/(\d{1,3})")
_PERCENT = re.compile(r"\d{1,3}(?:[.,]\d)?%")
_AGE_WORD = re.compile(r"(\d{1,3})[-–]?(?:year|yr|jährig|jähriger|jährige)", re.IGNORECASE)
_DECADE = re.compile(r"(\d0)s")
_AMOUNT = r"\d{1,3}(?:[,.]\d{3})*(?:[.,]\d{1,2})?[km]?"
_MONEY = re.compile(rf"[$£€¥]{_AMOUNT}|{_AMOUNT}[$£€¥]", re.IGNORECASE)  # "£9,000", "$14k", "200€"
_UNIT_COMPOUND = re.compile(r"\d{1,3}(?:[.,]\d)?[-–]([^\W\d_]+)(?:-[^\W\d_]+)*")  # "15-minute", "20-Minuten-Besuche"
_DOSING = re.compile(r"\d(?:[.,]5)?(?:-\d(?:[.,]5)?){2,3}")  # "1-0-1", "2-2-2": morning, noon, evening(, night)
_ICD = re.compile(r"[A-Z]\d{2}\.\d{1,2}")  # an ICD-10 diagnosis code: "F43.1", "F32.2"
_INSTRUMENT = re.compile(r"[a-z]{2,5}-?\d{1,2}", re.IGNORECASE)  # PHQ-9, GAD-7, PCL-5, K10

# Scale and count words a clinical number may follow ("SUDS 9", "session 12", "intensity 3").
SCALE_WORDS = frozenset(
    words(
    "suds voc srs ors sud wai intensity intensität rating ratings rated rate rates score scored scores "
    "level levels session sessions sitzung sitzungen stunde trust safety attunement boundaries boundary "
    "distress anxiety pain tension arousal belastung anspannung angst item items step steps phase stage "
    "week woche set sets round rounds total summe overall relationship goals approach method checkin "
    "check-in phq-9 gad-7 pcl-5 des itq bdi bai core-10 k10 scale skala sud-wert wert number nr no nummer "
    "chapter page worksheet block part teil module modul exercise übung trial attempt versuch dose dosis "
    "urge urges craving cravings mood shame guilt anger fear sadness confidence importance readiness motivation "
    "ruler energy stress dissociation hopelessness year grade klasse"))
GLUE = frozenset(
    words(
    "of at to from was is were are went dropped fell rose climbed came down up about around approx "
    "approximately roughly nearly almost a an the now then and or but still only maybe ~ = : → -> will "
    "would go going goes get gets got be been being back again even just had has have by over under von "
    "auf bis bei etwa ca circa war ist lag sank stieg nur noch und oder dann peaking peaked reaching reached "
    "hovering staying stayed currently today aktuell heute jetzt above below beyond past über unter"))
UNIT_WORDS = frozenset(
    words(
    "minutes minute min mins seconds second secs sec hours hour hrs hr breaths breath sets rounds times "
    "time sessions session weeks week days day months month years year nights night reps repetitions "
    "per percent mg ml x out of items points point steps cycles passes taps minuten minute sekunden stunden "
    "stunde sitzungen sitzung wochen woche tage tag monate monat jahre jahr mal prozent punkte nächte "
    "atemzüge runden tagen monaten jahren nächten sekunden step bpm kg kgs lb lbs cm km mile miles mcg units "
    "unit drinks drink cigarettes pages laps euro euros eur dollars dollar usd pounds pfund pro klasse"))
AGE_BEFORE = frozenset(words(
    "age aged ages alter alters alt"))
AGE_AFTER = ("years old", "year old", "yrs old", "yo", "y/o", "jahre alt", "jahren", "jaar", "años")
DATE_BEFORE = frozenset(words(
    "on since until till by am vom seit bis dated op sinds el"))


def numeric_date(core: str) -> bool:
    """A numeric form that is a date whatever stands around it."""
    return bool(_ISO.fullmatch(core) or _DMY.fullmatch(core) or _ORDINAL.fullmatch(core)
                or _YEAR.fullmatch(core))


def is_day_month(core: str) -> bool:
    return bool(_DM.fullmatch(core))


def is_time(core: str) -> bool:
    return bool(_TIME.fullmatch(core)) and not core.isdigit()


def is_ssn(core: str) -> bool:
    return bool(_SSN.fullmatch(core))


def is_plain_number(core: str) -> bool:
    return bool(_PLAIN.fullmatch(core))


def score_range(core: str) -> bool:
    """ "0-10", "1–5", "0–100": a scale's range."""
    m = _RANGE.fullmatch(core)
    return m is not None and int(m.group(1)) < int(m.group(2)) <= 100 and int(m.group(1)) <= 10


def fraction(core: str) -> tuple[int, int] | None:
    m = _FRACTION.fullmatch(core)
    return (int(m.group(1)), int(m.group(2))) if m else None


def is_percent(core: str) -> bool:
    return bool(_PERCENT.fullmatch(core))


def age_word(core: str) -> int | None:
    """ "92-year-old" -> 92."""
    m = _AGE_WORD.match(core)
    return int(m.group(1)) if m else None


def decade(core: str) -> int | None:
    m = _DECADE.fullmatch(core)
    return int(m.group(1)) if m else None


def instrument(core: str) -> bool:
    return bool(_INSTRUMENT.fullmatch(core))


def is_money(core: str) -> bool:
    return bool(_MONEY.fullmatch(core))


def unit_compound(core: str) -> str | None:
    """ "15-minute" -> "minute": a count joined to its unit."""
    m = _UNIT_COMPOUND.fullmatch(core)
    return m.group(1).casefold() if m else None


def is_icd(core: str) -> bool:
    return bool(_ICD.fullmatch(core))


def is_dosing(core: str) -> bool:
    return bool(_DOSING.fullmatch(core))


def digits(core: str) -> int:
    return sum(ch.isdigit() for ch in core)


# Addresses and ZIP codes
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

