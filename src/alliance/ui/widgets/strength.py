"""A plain-language strength hint for a new passphrase (a hint, not a guarantee)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

MIN_LENGTH = 10

_COMMON = frozenset(
    {"password", "passphrase", "1234567890", "qwertyuiop", "letmein123", "therapy123", "alliance123",
     "iloveyou12", "0987654321", "abcdefghij", "password12", "password123"}
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
    return QCoreApplication.translate("Strength", text)


def estimate_bits(passphrase: str) -> float:
    """A rough entropy estimate: character pool size to the power of length, discounted for repeats."""
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    distinct = len(set(passphrase))
    effective = min(len(passphrase), distinct * 2)
    return effective * math.log2(pool) if pool else 0.0


def passphrase_strength(passphrase: str) -> Strength:
    """How strong a new passphrase looks, with a hint a person can act on."""
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, _tr("Use at least {n} characters.").format(n=MIN_LENGTH))
    if passphrase.lower() in _COMMON or len(set(passphrase)) <= 3:
        return Strength(0, _tr("This passphrase is too easy to guess. Try a few unrelated words."))
    bits = estimate_bits(passphrase)
    words = len([w for w in passphrase.replace("-", " ").split() if w])
    if bits >= 90 or (words >= 4 and len(passphrase) >= 20):
        return Strength(4, _tr("Strong."))
    if bits >= 70 or (words >= 3 and len(passphrase) >= 16):
        return Strength(3, _tr("Good. A fourth unrelated word would make it strong."))
    if bits >= 55:
        return Strength(2, _tr("Fair. Longer is better: try three or four unrelated words."))
    return Strength(1, _tr("Weak. Add more words or characters."))
