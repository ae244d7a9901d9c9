"""The word lists the scrubber allows (common and clinical words) or treats as a warning (names, places).

Data files in alliance.resources/lexicons, read once with importlib.resources; see their README for the
sources and licences.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from alliance.core.messages import translatable
from alliance.core.scrub.normalise import words

SUPPORTED = ("en", "de", "nl", "es")
# The languages' names, as the export dialog tells which notes can be scrubbed.
LANGUAGE_NAMES = {"en": translatable("English"), "de": translatable("German"), "nl": translatable("Dutch"),
                  "es": translatable("Spanish")}
CLINICAL = ("en", "de")


@cache
def _lines(name: str) -> tuple[str, ...]:
    path = resources.files("alliance.resources").joinpath("lexicons", name)
    text = path.read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def _read(name: str) -> frozenset[str]:
    return frozenset(_lines(name))


def common(lang: str) -> frozenset[str]:
    """Common words of a supported language, case-folded."""
    return _read(f"{lang}.txt")


@cache
def clinical() -> frozenset[str]:
    """Clinical words of every language with a clinical list (notes mix them)."""
    return frozenset().union(*(_read(f"clinical_{lang}.txt") for lang in CLINICAL))


@cache
def allowed(lang: str) -> frozenset[str]:
    return common(lang) | clinical() | EXTRA_WORDS


def names() -> frozenset[str]:
    return _read("names.txt")


def places() -> frozenset[str]:
    return _read("places.txt")


def proper() -> frozenset[str]:
    return _read("proper_en.txt")


def de_keep() -> frozenset[str]:
    """German words that are also names or places, read as words in German notes."""
    return _read("de_keep.txt")


@cache
def detection() -> dict[str, frozenset[str]]:
    """The most frequent words of each language the detector knows, supported or not."""
    out: dict[str, frozenset[str]] = {}
    for line in _lines("detect.txt"):  # in file order, so that ties break the same way every run
        lang, *top = line.split()
        out[lang] = frozenset(top)
    return out


@cache
def employers() -> frozenset[str]:
    return _read("employers.txt")


# Words every note may use whatever its language (units, abbreviations the lists lack).
EXTRA_WORDS = frozenset(
    words(
    "ok okay min mins hr hrs sec secs approx etc e.g i.e vs re wk wks pt pts dx tx hx sx rx ca bzw z.b "
    "usw ggf evtl vgl u.a d.h a.m p.m o.k reg az"))
