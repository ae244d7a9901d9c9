"""Scrubbing: every identifier class on a corpus of synthetic notes, with recall reported per class."""

from __future__ import annotations

from collections import Counter

from alliance.core.scrub import KnownIdentifiers, scrub
from tests.core.scrub_corpus.synthetic import make_corpus

TAGS = ("[NAME]", "[PHONE]", "[EMAIL]", "[DATE]", "[ADDRESS]", "[ID]", "[URL]", "[IP]", "[ZIP]")


def test_corpus_recall_per_class(capsys) -> None:  # type: ignore[no-untyped-def]
    corpus = make_corpus()
    assert len(corpus) >= 200
    planted: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    misses = []
    for note in corpus:
        out = scrub(note.text, note.known)
        for tag, literal in note.planted:
            planted[tag] += 1
            if literal not in out:
                removed[tag] += 1
            else:
                misses.append((tag, literal))
    assert set(planted) == set(TAGS), "the corpus must cover every identifier class"
    with capsys.disabled():
        print("\nscrub recall on", len(corpus), "notes:",
              ", ".join(f"{t} {removed[t]}/{planted[t]}" for t in TAGS))
    for tag in TAGS:
        assert removed[tag] / planted[tag] >= 0.98, (tag, [m for m in misses if m[0] == tag][:5])
    assert sum(removed.values()) / sum(planted.values()) >= 0.99


def test_tags_replace_the_right_class() -> None:
    known = KnownIdentifiers.from_fields("Maria Lopez", "Tom", "(617) 555-0199", "m.lopez@example.org",
                                         "12 Elm Street")
    text = ("Maria rang from 617 555 0199, wrote from m.lopez@example.org, lives at 12 Elm Street, Boston MA 02134. "
            "Tom visited on March 3, 2026; see https://x.example/p 10.0.0.1 SSN 123-45-6789 MRN 99812345.")
    assert scrub(text, known) == (
        "[NAME] rang from [PHONE], wrote from [EMAIL], lives at [ADDRESS], [PLACE] [ZIP]. "
        "[NAME] visited on [DATE]; see [URL] [IP] SSN [ID] MRN [ID].")


def test_clinical_numbers_survive() -> None:
    text = "Rated trust 7/10; 45 minutes; SRS 36; intensity 4 of 5; session 12."
    assert scrub(text) == text


def test_empty_and_possessive() -> None:
    assert scrub("") == ""
    assert scrub("Maria's mother", KnownIdentifiers(names=("Maria",))) == "[NAME] mother"


def test_bracketed_phone_leaves_no_stray_bracket() -> None:
    known = KnownIdentifiers(phones=("(212) 555-0123",))
    assert scrub("call (212) 555-0123 now", known) == "call [PHONE] now"
    assert scrub("call (212) 555-0123 now") == "call [PHONE] now"
