"""Scoring the scrubber on the corpus: recall per Safe Harbor category, clinical phrases kept, token precision.

An identifier counts as removed when its (normalised) text is gone from the output and none of its
identifying tokens (any with a digit, or a word other than the generic ones below) is left more often than
it occurs outside planted identifiers in the input. Token precision is Philter's: of the input tokens the
scrubber replaced, the share that belonged to a planted identifier.
"""

from __future__ import annotations

import difflib
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alliance.core.scrub import KnownIdentifiers, normalise, scrub
from alliance.core.scrub.normalise import words

HERE = Path(__file__).resolve().parent
CATEGORIES = ("name", "geographic", "date", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
              "licence", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id")
GENERIC = frozenset(words(
    "the of said street st road lane avenue drive court way row close terrace am eve day sunday years "
    "year old aged jahre alt group mr mrs ms dr frau herr real name"))
_TOKEN = re.compile(r"\[[A-Z]+\]|\w+(?:['’]\w+)*")
_WORD = re.compile(r"\[[A-Z]+\]|\w+")


def load(split: str) -> list[dict[str, Any]]:
    with (HERE / f"{split}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def known_of(row: dict[str, Any]) -> KnownIdentifiers:
    k = row["known"]
    return KnownIdentifiers(tuple(k["names"]), tuple(k["phones"]), tuple(k["emails"]), tuple(k["addresses"]),
                            tuple(k.get("codes", ())))


@dataclass
class Score:
    planted: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    keep_total: int = 0
    keep_kept: int = 0
    true_pos: int = 0
    false_pos: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (category, identifier, output)
    lost: list[tuple[str, str]] = field(default_factory=list)  # (phrase, output)
    over: list[tuple[str, str]] = field(default_factory=list)  # (token wrongly replaced, output)
    seconds: float = 0.0

    @property
    def recall(self) -> float:
        return sum(self.removed.values()) / max(1, sum(self.planted.values()))

    def recall_of(self, category: str) -> float:
        return self.removed[category] / self.planted[category] if self.planted[category] else float("nan")

    @property
    def kept(self) -> float:
        return self.keep_kept / max(1, self.keep_total)

    @property
    def precision(self) -> float:
        return self.true_pos / max(1, self.true_pos + self.false_pos)


def _identifying(value: str) -> list[str]:
    return [t for t in _WORD.findall(value) if any(c.isdigit() for c in t)
            or (t.lower() not in GENERIC and len(t) >= 2)]


def score(rows: list[dict[str, Any]]) -> Score:
    s = Score()
    start = time.perf_counter()
    for row in rows:
        text = normalise(row["text"])
        out = scrub(row["text"], known_of(row))
        out_counts = Counter(_WORD.findall(out))
        in_counts = Counter(_WORD.findall(text))
        planted_counts: Counter[str] = Counter()
        spans: list[tuple[int, int]] = []
        for p in row["planted"]:
            value = normalise(p["text"])
            planted_counts.update(_identifying(value))
            at = text.find(value)
            while at >= 0:
                spans.append((at, at + len(value)))
                at = text.find(value, at + 1)
        for p in row["planted"]:
            value = normalise(p["text"])
            s.planted[p["category"]] += 1
            left = [t for t in _identifying(value) if out_counts[t] > max(0, in_counts[t] - planted_counts[t])]
            whole = len(_TOKEN.findall(value)) > 1 and value in out
            if whole or left:
                s.misses.append((p["category"], value, out))
            else:
                s.removed[p["category"]] += 1
        for phrase in row["keep"]:
            s.keep_total += 1
            if normalise(phrase) in out:
                s.keep_kept += 1
            else:
                s.lost.append((phrase, out))
        in_tokens = [(m.group(), any(a < m.end() and m.start() < b for a, b in spans))
                     for m in _TOKEN.finditer(text)]
        out_tokens = _TOKEN.findall(out)
        matcher = difflib.SequenceMatcher(None, [t for t, _ in in_tokens], out_tokens, autojunk=False)
        matched = set()
        for block in matcher.get_matching_blocks():
            matched.update(range(block.a, block.a + block.size))
        for i, (tok, phi) in enumerate(in_tokens):
            if i in matched:
                continue
            if phi:
                s.true_pos += 1
            else:
                s.false_pos += 1
                s.over.append((tok, out))
    s.seconds = time.perf_counter() - start
    return s


def adversarial_notes(size: int = 100_000) -> dict[str, str]:
    """Notes built to make a backtracking scrubber slow: long runs without a space, repeated separators."""
    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]
    return {
        "1.1.1.": fill("1."), "a@a@a": fill("a@"), "aaaa": fill("a"), "a.a.a": fill("a."),
        "1-1-1": fill("1-"), "digits": fill("1234567890"), "words": fill("hope said the client "),
        "numbers": fill("12 "), "brackets": fill("(1) "), "hosts": fill("x.example.com/"),
        "ipv6ish": fill("fe80::"), "zero-width": fill("a\u200b"), "mixed": fill("SUDS 9 Hope 3/4 www.x.org a@b.c "),
        "dashes": fill("- "), "apostrophes": fill("'s "),
    }
