"""Names: the vault's known identifiers turned into lookups, and the context words that mark a name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from alliance.core.scrub.normalise import fold, normalise, strip_accents, words

TITLES = frozenset(
    words(
    "mr mrs ms miss mx dr prof sir dame lady lord frau herr fr hr doktor dr.med fräulein mevrouw meneer "
    "mevr dhr señor señora sr sra don doña aunt uncle auntie tante onkel"))
KINSHIP = frozenset(
    words(
    "mother father mum mom dad mummy mommy daddy sister brother son daughter aunt uncle cousin niece "
    "nephew grandmother grandfather grandma grandpa granny gran nan nana nanna grandad granddad grandson "
    "granddaughter husband wife partner boyfriend girlfriend fiance fiancé fiancée ex ex-partner "
    "ex-husband ex-wife stepfather stepmother stepdad stepmum stepmom stepson stepdaughter stepbrother "
    "stepsister half-brother half-sister twin child children kid kids baby friend bestie flatmate "
    "roommate housemate neighbour neighbor colleague coworker co-worker boss manager supervisor teacher "
    "coach pastor priest rabbi imam doctor gp nurse therapist counsellor counselor lawyer caseworker "
    "worker carer lodger tenant landlord landlady dog cat pet puppy kitten horse named called nicknamed "
    "aka alias mutter vater mama papa mami papi schwester bruder sohn tochter tante onkel cousine cousin "
    "nichte neffe oma opa großmutter großvater ehemann ehefrau mann frau partnerin freund freundin "
    "ex-mann ex-frau stiefvater stiefmutter kollege kollegin chef chefin nachbar nachbarin lehrer "
    "lehrerin hund katze namens genannt heißt spitzname moeder vader zus broer zoon dochter oma opa madre "
    "padre hermana hermano hijo hija abuela abuelo"))
# Words after a sentence-initial word that make it a person: "Hope said", "Mark texted".
SPEECH_VERBS = frozenset(
    words(
    "said says told asked texted wrote called rang phoned replied shouted yelled screamed whispered "
    "emailed messaged answered insisted admitted explained agreed refused threatened hit hits slapped "
    "sagte sagt meinte erzählte berichtete fragte schrieb rief schrie zei vroeg dijo"))
NAME_VERBS = SPEECH_VERBS | frozenset(
    words(
    "is was has had came arrived left went cried felt feels wants wanted thinks thought seems seemed and "
    "'s will would can could did does isn't wasn't doesn't didn't ist war hat hatte kam ging weinte "
    "fühlte will wollte"))
# Common English nicknames that are also words: a person when they act ("Tiny said", "Bear came").
NICKNAMES = frozenset(words(
    "sunny tiny bear buddy junior princess peanut bubba sissy moose skip sugar ace doc red lucky angel baby "
    "honey kitty bunny chip duke rocky shorty sparky cookie pumpkin bean bug champ chief boss babe dolly "
    "goose missy pip pixie poppy rusty scout smiley snowy sonny sweetie tank tiger trixie"))
# Sentence-initial words that are never a person even before "said".
NOT_PERSON = frozenset(
    words(
    "she he they we i you it this that who someone somebody nobody everyone everybody one client patient "
    "patientin klient klientin "
    "therapist mum mom dad mother father sister brother partner husband wife son daughter child sie er es "
    "wir ich du man jemand niemand")) | KINSHIP


# Capitalised mid-sentence words that are ordinary usage.
CAPITAL_OK = frozenset(
    words(
    "i i'm i've i'd i'll ok okay god english german dutch spanish french italian polish turkish arabic "
    "russian ukrainian british american european african asian muslim christian jewish catholic "
    "protestant hindu buddhist lgbtq lgbt lgbtqia+ internet tv dvd covid covid-19 ptsd adhd ocd asd bpd "
    "nhs gp er icu a&e aa na dna hiv aids mri ct ecg eeg ivf ssri ssris snri iud std sti uti ed ssn mrn "
    "dob vin fin id no nr iban bic tel fax zip plz url ip pin ok am pm instagram facebook whatsapp tiktok "
    "snapchat youtube zoom skype teams signal telegram imei sn reg az ref ni nino sv"))

# Pronouns, articles and the like: capitalised mid-sentence after a bracket or in a title, never a name.
FUNCTION_CAPITALS = frozenset(words(
    "the a she he they we you it my your her his our their its this that these those there here what who "
    "which when where why how and but or if then not no yes at in on of to for from by with as about after "
    "before because nobody everybody everyone someone nothing everything something"))



def _variants(word: str) -> set[str]:
    w = fold(normalise(word))
    out = {w, fold(strip_accents(w))}
    translit = w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    out.add(translit)
    if w.endswith("'s"):
        out.add(w[:-2])
    return {v for v in out if v}


@dataclass(frozen=True)
class KnownLookup:
    """Folded forms of what the vault knows, by the tag each becomes."""

    words: dict[str, str]  # single folded word -> tag
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]  # first word -> [(words, tag)]


_SPLIT = re.compile(r"[\s,;/]+")


def build_lookup(names: tuple[str, ...], addresses: tuple[str, ...], codes: tuple[str, ...],
                 emails: tuple[str, ...]) -> KnownLookup:
    words: dict[str, str] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}

    def add_phrase(parts: list[str], tag: str) -> None:
        if len(parts) >= 2:
            for first in _variants(parts[0]):
                phrases.setdefault(first, []).append((tuple(fold(p) for p in parts), tag))

    for code in codes:
        for v in _variants(code.strip()):
            words[v] = "[ID]"
    for name in names:
        parts = [p.strip(".,'\"()") for p in re.split(r"[\s]+", name) if p.strip(".,'\"()")]
        add_phrase(parts, "[NAME]")
        for p in parts:
            for sub in [*re.split(r"[-]", p), p]:
                if len(sub) >= 2 and any(c.isalpha() for c in sub):
                    for v in _variants(sub):
                        words.setdefault(v, "[NAME]")
    for address in addresses:
        for line in re.split(r"[\n,;]", address):
            parts = [p.strip(".,") for p in line.split() if p.strip(".,")]
            add_phrase([p for p in parts if not any(c.isdigit() for c in p)], "[ADDRESS]")
    for email in emails:
        local = email.split("@", 1)[0]
        for piece in re.split(r"[._+-]", local):
            if len(piece) >= 3 and piece.isalpha():
                for v in _variants(piece):
                    words.setdefault(v, "[NAME]")
    return KnownLookup(words, phrases)
