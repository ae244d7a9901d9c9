"""wipe() overwrites a secret where it lies, whatever its kind of string."""

from __future__ import annotations

import sqlite3

import pytest

from alliance.core.secret_memory import wipe


@pytest.mark.parametrize("text", ["correct horse battery", "pässwörd straße", "пароль-секрет", "key \u20ac 2026",
                                  "emoji \U0001f511 key"])
def test_a_string_is_zeroed_in_place(text: str) -> None:
    secret = "".join(list(text))  # a string of its own, not the literal shared with the test
    if not secret.isascii():
        sqlite3.connect(":memory:").execute("SELECT ?", (secret,)).fetchone()  # C code asks for a UTF-8 copy
    wipe(secret)
    # Character by character: a wiped wide string still says it is wide, and == compares that first.
    assert len(secret) == len(text) and set(secret) == {"\x00"}


def test_bytes_and_bytearray_are_zeroed_and_shared_tiny_objects_left_alone() -> None:
    key = bytes(range(1, 33))
    buffer = bytearray(b"secret")
    wipe(key)
    wipe(buffer)
    assert key == bytes(32) and buffer == bytearray(6)
    one, empty = "a", b""
    wipe(one)
    wipe(empty)
    assert one == "a" and chr(97) == "a"  # the interpreter's shared one-character string is untouched
