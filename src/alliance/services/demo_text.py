"""Made-up people and note sentences for the demo practice.

Every name, phone number (555 exchange), e-mail address (example.* domains) and street below is
invented. The notes deliberately mention them so that de-identified exports have something to scrub.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

FIRST_NAMES: tuple[str, ...] = (
    "Mara", "Jonah", "Ilse", "Tobias", "Noor", "Elias", "Priya", "Dario", "Wren", "Cato", "Lena", "Amos",
    "Sunniva", "Idris", "Greta", "Malik", "Odile", "Ruben", "Tamsin", "Yusuf", "Brigid", "Kasimir", "Leonie",
    "Matteo", "Ines", "Bastian", "Femke", "Jasper", "Zofia", "Henrik", "Aurelia", "Levin", "Marisol", "Quentin",
    "Selma", "Emeric", "Ottilie", "Rasmus", "Vesna", "Anselm",
)
LAST_NAMES: tuple[str, ...] = (
    "Lindqvist", "Okafor", "Brandauer", "Halloran", "Vasquez", "Nakamura", "Terhorst", "Abernethy", "Kowalczyk",
    "Delacroix", "Mbeki", "Thorvaldsen", "Quispe", "Ferreira", "Hollingsworth", "Ivanova", "Marchetti",
    "Oyelaran", "Petrakis", "Rautio", "Szabo", "Wexford", "Yilmaz", "Zanetti", "Achterberg", "Bellweather",
    "Castellan", "Dunmore", "Eriksdottir", "Fairbairn",
)
STREETS: tuple[str, ...] = (
    "Alder Street", "Wickham Lane", "Marlowe Avenue", "Bramble Road", "Quayside Court", "Hollis Street",
    "Larkspur Drive", "Fennel Way", "Orchard Row", "Kestrel Close", "Juniper Terrace", "Millbrook Road",
)
TOWNS: tuple[str, ...] = ("Eastbridge", "Northfield", "Glenhollow", "Westmere", "Ashby Cross", "Ravensford")
RELATIONS: tuple[str, ...] = ("partner", "sister", "brother", "mother", "father", "manager", "best friend",
                              "ex-partner", "son", "daughter", "flatmate", "colleague")
MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December")


@dataclass(frozen=True)
class Person:
    """A made-up client with contact details and the people in their life."""

    first: str
    last: str
    email: str
    phone: str
    address: str
    others: tuple[tuple[str, str], ...]  # (relation, name)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def initials(self) -> str:
        return (self.first[0] + self.last[0]).upper()


def phone_number(rng: random.Random) -> str:
    """A fictional number in the 555-01xx range reserved for fiction."""
    style = rng.randrange(3)
    tail = rng.randrange(100, 200)
    area = rng.randrange(200, 990)
    if style == 0:
        return f"({area}) 555-0{tail}"
    if style == 1:
        return f"{area}-555-0{tail}"
    return f"+1 {area} 555 0{tail}"


def make_person(rng: random.Random) -> Person:
    """A made-up client."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    domain = rng.choice(("example.org", "example.net", "example.com"))
    email = f"{first.lower()}.{last[:1].lower()}{rng.randrange(10, 99)}@{domain}"
    address = f"{rng.randrange(2, 240)} {rng.choice(STREETS)}, {rng.choice(TOWNS)} {rng.randrange(10000, 99999)}"
    relations = rng.sample(RELATIONS, 3)
    others = tuple((rel, f"{rng.choice(FIRST_NAMES)}") for rel in relations)
    return Person(first, last, email, phone_number(rng), address, others)


def written_date(rng: random.Random, day: dt.date) -> str:
    """A date in one of the forms people write in notes."""
    style = rng.randrange(4)
    if style == 0:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == 1:
        return f"{day.day} {MONTHS[day.month - 1]}"
    if style == 2:
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    return day.isoformat()


_ORDINARY = (
    "{first} spoke about the week with {rel_name} ({rel}); more settled than last time.",
    "Worked on grounding; {first} noticed their breath slowing when we paused.",
    "{first} brought a dream about the house on {street}; stayed with the images.",
    "Talked about the conflict with {rel_name} at work. {first} could name the anger without acting on it.",
    "{first} arrived early and said the drive felt easier. Continued the timeline work.",
    "Reviewed the safety plan. {first} says {rel_name} can be reached at {other_phone} if needed.",
    "{first} mentioned the appointment on {date} and asked to move next week's session.",
    "Gentle session; {first} cried for the first time in here and let me see it.",
    "{first} wrote to {email} to confirm the new time; I replied from the practice account.",
    "Explored how {rel_name} reacts when {first} sets a limit. Linked to the pattern with their {rel}.",
    "Pendulation between the hard memory and the sense of the chair under them. Good titration.",
    "{first} reported sleeping better since {date}. Asked if we could slow the pace a little; agreed.",
    "Worked with the part of {first} that expects to be dropped. New address is {address}.",
)
_RUPTURE = {
    "withdrawal": (
        "{first} went quiet after my comment about {rel_name}; answers became short and vague.",
        "{first} kept changing topic when I asked about the weekend; seemed to be somewhere else.",
        "Content/affect split: {first} described the argument with {rel_name} with a smile.",
    ),
    "confrontation": (
        "{first} said I wasn't listening and that the exercises are pointless.",
        "{first} was angry about the cancelled session on {date} and said the fee policy is unfair.",
        "{first} pushed back hard on the homework: \"You sound like my {rel}.\"",
    ),
    "mixed": (
        "{first} first agreed with everything, then said the work is going nowhere and went silent.",
        "Complaint about the pace, then {first} apologised and withdrew for the rest of the hour.",
    ),
}
_REPAIR = (
    "Named what happened between us; {first} said it helped that I noticed.",
    "I acknowledged my part in moving too fast. {first} softened and we slowed down.",
    "Asked {first} what it was like to disagree with me here; linked it to how it goes with {rel_name}.",
    "Explained the rationale for the exercise again and offered a different one; {first} chose it.",
)
_DROPOUT_LAST = (
    "{first} said therapy isn't helping and that they may not come back. Could not explore it before the end. "
    "Left a message on {phone} offering a follow-up; no reply."
)


def _fill(template: str, rng: random.Random, person: Person, day: dt.date) -> str:
    rel, rel_name = rng.choice(person.others)
    when = written_date(rng, day - dt.timedelta(days=rng.randrange(1, 40)))
    return template.format(
        first=person.first, rel=rel, rel_name=rel_name, street=person.address.split(",")[0], date=when,
        email=person.email, phone=person.phone, other_phone=phone_number(rng), address=person.address,
    )


def session_note(rng: random.Random, person: Person, day: dt.date, rupture_kind: str | None,
                 repaired: bool) -> str:
    """A short clinical note for one session, full of (made-up) identifiers."""
    parts = [_fill(rng.choice(_ORDINARY), rng, person, day)]
    if rupture_kind is not None:
        parts.append(_fill(rng.choice(_RUPTURE[rupture_kind]), rng, person, day))
    if repaired:
        parts.append(_fill(rng.choice(_REPAIR), rng, person, day))
    if rng.random() < 0.2:
        parts.append(f"Full name on the referral: {person.name}.")
    return " ".join(parts)


def dropout_note(rng: random.Random, person: Person, day: dt.date) -> str:
    """The note of the dropout client's last session."""
    return _fill(_DROPOUT_LAST, rng, person, day)
