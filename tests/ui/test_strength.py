"""The passphrase meter: zxcvbn's guess count, with the words people really use in other languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from alliance.ui.widgets.passphrase_fields import NewPassphraseFields
from alliance.ui.widgets.strength import ESTIMATED_CHARACTERS, passphrase_strength


@pytest.mark.parametrize("passphrase", ["Password2024!", "Passwort123!", "Sommer2024!", "Winter2025#",
                                        "Alliance2024!", "Therapie2023!"])
def test_a_word_with_a_year_and_a_symbol_is_not_good(passphrase: str) -> None:
    strength = passphrase_strength(passphrase)
    assert strength.score < 3, (passphrase, strength)


@pytest.mark.parametrize("passphrase", ["correct horse battery staple", "mein hund heisst bello",
                                        "blue-lamp-orbit-canyon"])
def test_unrelated_words_are_strong(passphrase: str) -> None:
    assert passphrase_strength(passphrase).score == 4


def test_a_long_passphrase_is_judged_by_its_start_without_failing() -> None:
    long = "correct horse battery staple " * 5
    assert len(long) > ESTIMATED_CHARACTERS
    assert passphrase_strength(long).score == 4


def test_the_meter_follows_typed_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    fields.show()
    qtbot.keyClicks(fields.passphrase, "Sommer2024!")
    assert fields.meter.value() < 3
    assert "common word" in fields.hint.text()
    fields.passphrase.selectAll()
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_Delete)
    qtbot.keyClicks(fields.passphrase, "mein hund heisst bello")
    assert fields.meter.value() == 4
