"""Write dev.jsonl and heldout.jsonl from the templates (python -m tests.core.scrub_corpus.build).

Each line: {"id", "lang", "split", "text", "known": {names, phones, emails, addresses, codes},
"planted": [{"text", "category", "sub"}], "keep": [clinical phrases]}. Categories are the 18 HIPAA Safe
Harbor identifiers. A few sentences carry obfuscated characters (zero-width space, soft hyphen, RLO,
Cyrillic or full-width letters) inside planted identifiers.
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path
from typing import Any

from tests.core.scrub_corpus import pools
from tests.core.scrub_corpus.templates import DE, EN

HERE = Path(__file__).resolve().parent
FILLS = 3
MONTHS_EN = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
HOLIDAYS = ["Christmas Eve", "Christmas", "Thanksgiving", "New Year's Eve", "Easter Sunday", "Halloween",
            "the 4th of July", "Mother's Day", "Boxing Day", "Ramadan"]
# Identifiers written into the templates themselves.
LITERAL_PLANTS = [("March '13", "date", "date"), ("3/4", "date", "date"), ("Thursday the 19th", "date", "date"),
                  ("3. März", "date", "date"), ("Christmas Eve", "date", "holiday"), ("Heiligabend", "date", "holiday"),
                  ("Ostern", "date", "holiday")]
RELATIONS = ["sister", "brother", "friend", "aunt", "cousin", "neighbour"]


def _date_en(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2009, 2026)
    mon = MONTHS_EN[m % len(MONTHS_EN)]
    forms = [f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}",
             f"the {d}th of {mon}", f"{m}/{d}", f"Thursday the {d}th", f"{mon} '{y % 100:02d}", f"{d}.{m}.{y}",
             f"Christmas Eve {y}", f"{d} augustus", f"Monday {mon} {d}", f"{mon[:3]} {d}"]
    return r.choice(forms)


def _date_de(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2009, 2026)
    return r.choice([f"{d}. {MONTHS_DE[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d}. {MONTHS_DE[m - 1]}",
                     f"{d}.{m}.{y % 100:02d}", f"Heiligabend {y}"])


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.ascii_uppercase) for _ in range(n))


def _phone(r: random.Random) -> str:
    a = r.randint(201, 989)
    return r.choice([f"({a}) 555-0{r.randint(100, 199)}", f"{a}-555-0{r.randint(100, 199)}",
                     f"+1 {a} 555 0{r.randint(100, 199)}", f"{a}.555.0{r.randint(100, 199)}",
                     f"+44 20 7946 0{r.randint(100, 999)}", f"07700 900{r.randint(100, 999)}"])


def _phone_de(r: random.Random) -> str:
    return r.choice([f"0171 {_digits(r, 7)}", f"+49 30 {_digits(r, 7)}", f"0521/{_digits(r, 6)}",
                     f"(0221) {_digits(r, 3)} {_digits(r, 3)}", f"+49 (0)176 {_digits(r, 8)}"])


def _obfuscate(r: random.Random, value: str) -> str:
    """Hide a value from naive matching the way pasted text does, so that it still reads the same."""
    trick = r.randrange(5)
    if trick == 0 and len(value) > 2:
        i = r.randint(1, len(value) - 1)
        return value[:i] + "\u200b" + value[i:]
    if trick == 1 and len(value) > 3:
        i = r.randint(1, len(value) - 2)
        return value[:i] + "\u00ad" + value[i:]
    if trick == 2:
        return value.replace("a", "\u0430").replace("o", "\u043e").replace("e", "\u0435")
    if trick == 3:
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)
    return "\u202e" + value + "\u202c"


def _fill(template: str, keep: list[str], lang: str, r: random.Random, ident: str, split: str,
          obfuscate: bool) -> dict[str, Any]:
    clients = pools.CLIENTS_DE if lang == "de" else pools.CLIENTS_EN
    first, last = r.choice(clients)
    for word, name in (("Rose said", ("Rose", "Halloran")), ("Grace period", ("Grace", "Okafor")),
                       ("Will you", ("Will", "Sandoval"))):
        if word in template:
            first, last = name
    rels = pools.RELATIVES_DE if lang == "de" else pools.RELATIVES_EN
    surnames = pools.SURNAMES_DE if lang == "de" else pools.SURNAMES_EN
    cities = pools.CITIES_DE if lang == "de" else pools.CITIES_EN
    email = f"{first.lower()}.{last[:1].lower()}{r.randint(10, 99)}@{r.choice(pools.DOMAINS)}"
    email = email.replace("é", "e").replace("ë", "e").replace("ö", "o").replace("ü", "u").replace("ä", "a")
    phone = _phone_de(r) if lang == "de" else _phone(r)
    street = f"{r.randint(2, 240)} {r.choice(pools.STREETS_EN)}"
    street_de = f"{r.choice(pools.STREETS_DE)} {r.randint(1, 120)}"
    code = r.choice([f"{first[:1]}{last[:1]}-{r.randint(1, 99)}", f"{first[:1]}vd{last[:1]}",
                     f"{first[:2].upper()}{r.randint(100, 999)}"])
    home = street_de if lang == "de" else street
    known = {"names": [f"{first} {last}"], "phones": [phone], "emails": [email], "addresses": [home],
             "codes": [code]}
    values: dict[str, tuple[str, str, str]] = {
        "first": (first, "name", "client"), "last": (last, "name", "client"),
        "rel_name": (r.choice(rels), "name", "relative"), "rel_name2": (r.choice(rels), "name", "relative"),
        "surname": (r.choice(surnames), "name", "relative"),
        "surname_de": (r.choice(pools.SURNAMES_DE), "name", "relative"),
        "nick": (r.choice(pools.NICKNAMES), "name", "nickname"),
        "nick_de": (r.choice(pools.NICKNAMES_DE), "name", "nickname"),
        "employer": (r.choice(pools.EMPLOYERS_EN), "name", "employer"),
        "employer_de": (r.choice(pools.EMPLOYERS_DE), "name", "employer"),
        "city": (r.choice(cities), "geographic", "place"), "city2": (r.choice(cities), "geographic", "place"),
        "street_addr": (street, "geographic", "address"), "street_de": (street_de, "geographic", "address"),
        "street_name": (r.choice(pools.STREETS_EN), "geographic", "address"),
        "zip": (f"{r.choice(pools.STATES)} {_digits(r, 5)}", "geographic", "zip"),
        "zip_de": (_digits(r, 5), "geographic", "zip"),
        "date": (_date_en(r), "date", "date"), "date_de": (_date_de(r), "date", "date"),
        "dob": (_date_en(r).replace("Thursday the", "the"), "date", "birth date"),
        "dob_de": (f"{r.randint(1, 28)}.{r.randint(1, 12)}.{r.randint(1950, 2005)}", "date", "birth date"),
        "year": (str(r.randint(2001, 2024)), "date", "year beside event"),
        "holiday": (r.choice(HOLIDAYS), "date", "holiday"),
        "age": (r.choice([f"{r.randint(90, 104)}", f"aged {r.randint(90, 104)}", f"{r.randint(90, 104)} years old"]),
                "date", "age over 89"),
        "age_n": (str(r.randint(90, 104)), "date", "age over 89"),
        "age_word": (f"{r.randint(90, 101)}-year-old", "date", "age over 89"),
        "age_de": (r.choice([f"{r.randint(90, 101)} Jahre alt", f"{r.randint(90, 101)}"]), "date", "age over 89"),
        "phone": (phone, "phone", "phone"), "phone_de": (phone, "phone", "phone"),
        "rel_phone": (_phone(r), "phone", "phone"),
        "fax": (_phone(r), "fax", "fax"), "fax_de": (_phone_de(r), "fax", "fax"),
        "email": (email, "email", "email"),
        "ssn": (r.choice([f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 4)}", f"{_digits(r, 3)} {_digits(r, 2)} "
                          f"{_digits(r, 4)}"]), "ssn", "ssn"),
        "mrn": (r.choice([f"{_digits(r, 8)}", f"E{_digits(r, 7)}", f"MR-{_digits(r, 6)}"]), "mrn", "mrn"),
        "plan": (r.choice([f"OR{_digits(r, 7)}X", f"XJH-{_digits(r, 3)}-{_digits(r, 4)}", f"W{_digits(r, 9)}"]),
                 "health_plan", "member id"),
        "plan_de": (f"{_letters(r, 1)}{_digits(r, 9)}", "health_plan", "member id"),
        "account": (r.choice([f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}", f"ACC-{_digits(r, 8)}",
                              f"{_digits(r, 10)}"]), "account", "account"),
        "iban": (f"DE{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
                 "account", "iban"),
        "licence": (r.choice([f"D{_digits(r, 4)}-{_digits(r, 5)}", f"FL-{_digits(r, 6)}", f"S530{_digits(r, 5)}"]),
                    "licence", "licence"),
        "plate": (r.choice([f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}", f"{_letters(r, 2)}{_digits(r, 2)} "
                            f"{_letters(r, 3)}"]), "vehicle", "plate"),
        "plate_de": (f"{_letters(r, 2)}-{_letters(r, 2)} {r.randint(10, 9999)}", "vehicle", "plate"),
        "vin": (f"1HG{_letters(r, 2)}{_digits(r, 5)}{_letters(r, 1)}{_digits(r, 6)}", "vehicle", "vin"),
        "device": (r.choice([f"SN-{_digits(r, 5)}-{_letters(r, 1)}", f"PM{_digits(r, 4)}-{_digits(r, 2)}",
                             f"{_digits(r, 15)}"]), "device", "serial"),
        "url": (r.choice([f"www.{last.lower()}recovery.org", f"{first.lower()}-heals.example.com/blog",
                          f"https://instagram.com/{first.lower()}_{r.randint(10, 99)}",
                          f"facebook.com/{first.lower()}.{last.lower()}.{r.randint(1, 99)}"]), "url", "url"),
        "ip": (r.choice([f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"10.{r.randint(0, 255)}.4.{r.randint(1, 254)}",
                         f"2001:db8:{r.randint(1000, 9999)}::8a2e:370:{r.randint(1000, 9999)}"]), "ip", "ip"),
        "bio": (r.choice([f"FP-{_digits(r, 5)}", f"VP_{_digits(r, 4)}", f"RS-{_digits(r, 4)}-B"]), "biometric",
                "template id"),
        "photo": (r.choice([f"IMG_{_digits(r, 4)}.jpg", f"{_digits(r, 8)}_{_digits(r, 4)}.jpg",
                            f"DSC{_digits(r, 4)}.JPG"]),
                  "photo", "photo file"),
        "code": (code, "other_id", "client code"),
        "handle": (f"@{first.lower()}_{r.choice(['rising', 'heals', 'xo', 'survives'])}", "url", "handle"),
        "relation": (r.choice(RELATIONS), "", ""),
    }
    planted = []
    text = template
    for key, (value, category, sub) in values.items():
        slot = "{" + key + "}"
        if slot not in text:
            continue
        shown = _obfuscate(r, value) if obfuscate and category and key not in ("relation",) else value
        text = text.replace(slot, shown)
        if category:
            planted.append({"text": shown, "category": category, "sub": sub})
    for literal, category, sub in LITERAL_PLANTS:
        if literal in text:
            planted.append({"text": literal, "category": category, "sub": sub})
    if "Rose said" in template:
        planted.append({"text": "Rose said", "category": "name", "sub": "client, a word"})
    return {"id": ident, "lang": lang, "split": split, "text": text, "known": known, "planted": planted,
            "keep": keep}


def build() -> dict[str, list[dict[str, Any]]]:
    r = random.Random(20261203)
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "heldout": []}
    for lang, templates in (("en", EN), ("de", DE)):
        for t_index, (template, keep) in enumerate(templates):
            split = "dev" if t_index % 2 == 0 else "heldout"
            for fill in range(FILLS):
                obfuscate = fill == 2 and t_index % 3 == 0
                out[split].append(_fill(template, keep, lang, r, f"{lang}-{t_index:03d}-{fill}", split, obfuscate))
    return out


def main() -> None:
    for split, rows in build().items():
        with (HERE / f"{split}.jsonl").open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(split, len(rows))


if __name__ == "__main__":
    main()
