"""Which lexicon a note is judged by: the share of its lower-case words each common-word list holds."""

from __future__ import annotations

from collections import Counter

from alliance.core.messages import msg
from alliance.core.scrub import lexicon
from alliance.core.scrub.known import ScrubRefused

MIN_WORDS = 5  # fewer lower-case words than this: too short to tell, use the client's language or English
MIN_SHARE = 0.6


def _refuse(detail: str) -> ScrubRefused:
    return ScrubRefused(msg("{detail} The scrubber has word lists for {value} only, so this note cannot be scrubbed: "
                            "export without notes, or set the client's language.",
                            detail=detail, value=', '.join(lexicon.SUPPORTED)))


def _known_to(counts: Counter[str], lang: str) -> int:
    """How many of the counted words the language's common list or the clinical list holds."""
    common, clinical = lexicon.common(lang), lexicon.clinical()
    return sum(n for w, n in counts.items() if w in common or w in clinical)


def detect(counts: Counter[str]) -> tuple[str, int]:
    """The language whose most frequent words the note uses most, and how many it used (0: cannot tell).

    Each language's list of frequent words is looked up in the note's word counts: constant work per note."""
    best, hits = "", 0
    for lang, top in lexicon.detection().items():
        n = sum(counts[w] for w in top if w in counts)
        if n > hits or (n == hits and n and lang in lexicon.SUPPORTED and best not in lexicon.SUPPORTED):
            best, hits = lang, n
    return best, hits


def choose(words: list[str], language: str = "", all_words: list[str] | None = None) -> str:
    """The language code to scrub with, or ScrubRefused for a language without a lexicon."""
    if language:
        if language not in lexicon.SUPPORTED:
            raise _refuse(f"Notes in '{language}' cannot be scrubbed: there is no word list for that language.")
        return language
    sample = Counter(words if len(words) >= MIN_WORDS else (all_words or words))
    lang, hits = detect(sample)
    if hits == 0 or (len(words) < MIN_WORDS and hits < 2):
        # too few frequent words to tell: the supported list that holds most of the note's words
        shares = {code: _known_to(sample, code) for code in lexicon.SUPPORTED}
        best = max(lexicon.SUPPORTED, key=lambda code: shares[code])
        return best if shares[best] > shares["en"] else "en"
    if lang not in lexicon.SUPPORTED:
        if sample.total() >= MIN_WORDS and hits >= 3:
            raise _refuse(f"This note reads as '{lang}'.")
        return "en"
    if len(words) >= MIN_WORDS:
        share = _known_to(sample, lang) / len(words)
        if share < MIN_SHARE:
            raise _refuse(f"Only {share:.0%} of this note's words are in the '{lang}' word list.")
    return lang
