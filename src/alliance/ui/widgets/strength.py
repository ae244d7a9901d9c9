"""A plain-language strength hint for a new passphrase (a hint, not a guarantee), from ``zxcvbn``.

zxcvbn (Dropbox's estimator) counts the guesses an attacker working from dictionaries, keyboard patterns,
dates, repeats and l33t substitutions would need. Its own score calls 10^8–10^10 guesses "good"; a vault's
key file can be attacked offline, so the bands here sit two orders higher (Good from 10^10). Its
dictionaries are English: common words of the other languages clinicians write passphrases in (and the
app's own words) are added as "user inputs", so "Sommer2024!" reads as the word-plus-year it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from alliance.i18n import translated

MIN_LENGTH = 10
ESTIMATED_CHARACTERS = 72  # zxcvbn refuses longer input; what follows only adds guesses

# Words zxcvbn's English lists lack but people put in passwords: seasons, months, "password" and
# pet words in German, French, Spanish, Italian and Dutch, and the words of this app.
EXTRA_WORDS = (
    "passwort", "kennwort", "geheim", "hallo", "schatz", "liebe", "sommer", "winter", "herbst", "fruehling",
    "frühling", "januar", "februar", "maerz", "märz", "juni", "juli", "oktober", "dezember", "sonne", "tresor",
    "motdepasse", "soleil", "bonjour", "amour", "printemps", "hiver", "automne", "ete", "été",
    "contrasena", "contraseña", "verano", "invierno", "otono", "otoño", "primavera", "hola", "amor",
    "estate", "inverno", "autunno", "ciao", "amore", "wachtwoord", "zomer", "herfst", "lente", "welkom",
    "alliance", "therapy", "therapie", "terapia", "therapist", "praxis", "practice", "psychotherapy",
    "psychotherapie", "vault", "client", "klient", "session", "trauma",
)


@dataclass(frozen=True)
class Strength:
    """Score 0 (unusable) to 4 (strong), and one sentence saying why."""

    score: int
    hint: str

    @property
    def acceptable(self) -> bool:
        return self.score >= 1


def _tr(text: str) -> str:
    return translated(text)


def guesses_log10(passphrase: str) -> float:
    """log10 of the guesses zxcvbn estimates an attacker needs (first ``ESTIMATED_CHARACTERS`` characters)."""
    from zxcvbn import zxcvbn  # ~80 ms of word lists: loaded when a passphrase is first typed

    result = zxcvbn(passphrase[:ESTIMATED_CHARACTERS], user_inputs=list(EXTRA_WORDS))
    return float(result["guesses_log10"])


def passphrase_strength(passphrase: str) -> Strength:
    """How strong a new passphrase looks, with a hint a person can act on."""
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, _tr("Use at least {n} characters.").format(n=MIN_LENGTH))
    log10 = guesses_log10(passphrase)
    if log10 < 3:
        return Strength(0, _tr("This passphrase is too easy to guess. Try a few unrelated words."))
    if log10 < 8:
        return Strength(1, _tr("Weak: a common word, name or pattern with a few characters added is guessed "
                               "quickly. Try three or four unrelated words."))
    if log10 < 10:
        return Strength(2, _tr("Fair. A word with a year or a symbol added is among the first things tried: "
                               "add another unrelated word."))
    if log10 < 12:
        return Strength(3, _tr("Good. Another unrelated word would make it strong."))
    return Strength(4, _tr("Strong."))
