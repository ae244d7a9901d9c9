"""Which lexicon a note is judged by: the share of its lower-case words each common-word list holds."""

from __future__ import annotations

from alliance.core.scrub import lexicon
from alliance.core.scrub.known import ScrubRefused

MIN_WORDS = 5  # fewer lower-case words than this: too short to tell, use the client's language or English
MIN_SHARE = 0.6


def choose(words: list[str], language: str = "", all_words: list[str] | None = None) -> str:
    """The language code to scrub with, or ScrubRefused for a language without a lexicon."""
    if language:
        if language not in lexicon.SUPPORTED:
            raise ScrubRefused(f"Notes in '{language}' cannot be scrubbed: there is no word list for that "
                               f"language (supported: {', '.join(lexicon.SUPPORTED)}). Export without notes.")
        return language
    short = len(words) < MIN_WORDS
    if short:
        words = all_words or words
        if not words:
            return "en"
    clinical = lexicon.clinical()
    best, best_share = "en", -1.0
    for lang in lexicon.SUPPORTED:
        common = lexicon.common(lang)
        share = sum(1 for w in words if w in common or w in clinical) / len(words)
        if share > best_share + 0.02:
            best, best_share = lang, share
    if best_share < MIN_SHARE and not short:
        raise ScrubRefused(f"This note does not read as any language the scrubber has a word list for "
                           f"(supported: {', '.join(lexicon.SUPPORTED)}; best match {best} with "
                           f"{best_share:.0%} of its words). Export without notes, or set the client's language.")
    return best
