"""A corpus of synthetic clinical notes with planted identifiers of every class DOMAIN.md lists.

Every identifier is made up. Each note records what was planted, so recall can be measured per class.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from alliance.core.scrub import KnownIdentifiers

FIRST = ["Maria", "Tom", "Aisha", "Jonas", "Priya", "Liam", "Sofia", "Kwame", "Elena", "Noah", "Yuki", "Omar",
         "Greta", "Mateo", "Ingrid", "Ravi", "Chloe", "Dmitri", "Fatima", "Oscar"]
LAST = ["Lopez", "Becker", "Okafor", "Nakamura", "Haddad", "Sorensen", "Patel", "Moreau", "Kowalski", "Nguyen",
        "Fitzgerald", "Castillo", "Andersson", "Mensah", "Rossi"]
RELATIVES = ["her sister", "his father", "their partner", "her boss", "his son", "the neighbour"]
STREETS = ["Elm Street", "Oak Hill Road", "Maple Avenue", "Harbour Lane", "Kings Road", "Birch Drive",
           "Station Close", "Mill Way"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December", "Jan", "Feb", "Sept", "Oct", "Dec"]
STATES = ["MA", "CA", "NY", "TX", "WA", "IL"]
FILLER = ["We stayed with the rupture from last week.", "The client went quiet when we touched on work.",
          "Good attunement in the second half.", "Boundaries around lateness were renegotiated.",
          "She laughed, then apologised for laughing.", "Settled by the end; breathing slowed.",
          "Homework: notice the urge to appease.", "He asked whether I was bored with him."]


@dataclass(frozen=True)
class Note:
    """One synthetic note, the client's known identifiers, and what was planted by class."""

    text: str
    known: KnownIdentifiers
    planted: tuple[tuple[str, str], ...]  # (tag, literal text)


def _phone(rng: random.Random) -> str:
    a, b, c = rng.randint(200, 989), rng.randint(200, 999), rng.randint(1000, 9999)
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
                       f"+44 20 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"])


def _date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2026)
    month = rng.choice(MONTHS)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{d}.{m}.{y}", f"{month} {d}, {y}",
                       f"{d} {month} {y}", f"{d}th of {month}", f"{month} {y}"])


def make_corpus(n: int = 240, seed: int = 11) -> list[Note]:
    """n notes, each planting three to six identifiers; every class appears many times."""
    rng = random.Random(seed)
    notes = []
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        relative = rng.choice(FIRST)
        phone = _phone(rng)
        domain = rng.choice(["gmail.com", "example.org", "mail.co.uk"])
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{domain}"
        street_no, street = rng.randint(1, 999), rng.choice(STREETS)
        address = f"{street_no} {street}"
        known = KnownIdentifiers.from_fields(f"{first} {last}", relative, phone, email, address)
        planted: list[tuple[str, str]] = []
        parts: list[str] = [rng.choice(FILLER)]

        def plant(tag: str, literal: str, sentence: str,
                  planted: list[tuple[str, str]] = planted, parts: list[str] = parts) -> None:
            planted.append((tag, literal))
            parts.append(sentence)

        kinds = [*rng.sample(range(12), k=rng.randint(3, 6)), i % 12]
        for k in kinds:
            if k == 0:
                plant("[NAME]", first, f"{first} talked about {rng.choice(RELATIVES)}.")
            elif k == 1:
                plant("[NAME]", relative, f"{relative} had called her again.")
            elif k == 2:
                plant("[PHONE]", phone, f"Asked me to ring {phone} if running late.")
            elif k == 3:
                plant("[EMAIL]", email, f"Sent the worksheet to {email}.")
            elif k == 4:
                plant("[ADDRESS]", address, f"Moved to {address} last month.")
            elif k == 5:
                street_name = rng.choice(["Cedar", "North", "Queen"])
                other = f"{rng.randint(1, 400)} {street_name} {rng.choice(['Street', 'Avenue', 'Road'])}"
                plant("[ADDRESS]", other, f"Her mother lives at {other}.")
            elif k == 6:
                zip_code = f"{rng.randint(10000, 99999)}"
                plant("[ZIP]", zip_code, f"Boston {rng.choice(STATES)} {zip_code} is where she grew up.")
            elif k == 7:
                date = _date(rng)
                plant("[DATE]", date, f"The accident was on {date}.")
            elif k == 8:
                url = rng.choice(["https://example.org/blog/", "www.myjournal.net/", "http://forum.example.com/t/"])
                url += str(rng.randint(100, 999))
                plant("[URL]", url, f"She shared her blog {url} with me.")
            elif k == 9:
                ip = ".".join(str(rng.randint(1, 254)) for _ in range(4))
                plant("[IP]", ip, f"Worried her ex tracks her from {ip}.")
            elif k == 10:
                ssn = f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
                plant("[ID]", ssn, f"Insurance form listed SSN {ssn}.")
            else:
                mrn = str(rng.randint(10000, 99999999))
                plant("[ID]", mrn, f"Hospital record number {mrn}.")
        rng.shuffle(parts)
        notes.append(Note(" ".join(parts), known, tuple(planted)))
    return notes
