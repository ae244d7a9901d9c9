"""Overwriting secrets in place, so that memory freed after a lock holds zeros instead of a key or a passphrase.

Python's ``bytes`` and ``str`` are immutable, and freeing one leaves its characters in memory until the block
is used again. ``wipe`` overwrites them through the object's own buffer (CPython's layout). Use it only on an
object made for the purpose and about to be dropped (a passphrase just read from a field, a key unwrapped for
one open): wiping an object someone else still holds changes their value too. Elsewhere than on CPython it
does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_CPYTHON = sys.implementation.name == "cpython"
# Where the characters start: the size of an empty object less its terminating NUL.
_BYTES_DATA = sys.getsizeof(b"") - 1
_ASCII_DATA = sys.getsizeof("") - 1  # PyASCIIObject
_COMPACT_DATA = sys.getsizeof("\u00e9") - 2  # PyCompactUnicodeObject: its utf8 length and utf8 pointer follow ...
_UTF8_LENGTH = _ASCII_DATA  # ... the PyASCIIObject head
_UTF8_POINTER = _ASCII_DATA + ctypes.sizeof(ctypes.c_ssize_t)


def wipe(value: bytes | bytearray | str) -> None:
    """Overwrite ``value``'s content with zeros, in place. Objects of length 0 or 1 are shared by the
    interpreter and left alone (they hold no secret)."""
    if isinstance(value, bytearray):
        value[:] = bytes(len(value))
        return
    if not _CPYTHON or len(value) <= 1:
        return
    if isinstance(value, bytes):
        ctypes.memset(id(value) + _BYTES_DATA, 0, len(value))
        return
    if value.isascii():
        ctypes.memset(id(value) + _ASCII_DATA, 0, len(value))
        return
    widest = max(map(ord, value))
    kind = 1 if widest < 0x100 else 2 if widest < 0x10000 else 4
    ctypes.memset(id(value) + _COMPACT_DATA, 0, len(value) * kind)
    # A non-ASCII string may also keep a UTF-8 copy of itself, made the first time C code asked for one.
    utf8 = ctypes.c_void_p.from_address(id(value) + _UTF8_POINTER).value
    if utf8:
        length = ctypes.c_ssize_t.from_address(id(value) + _UTF8_LENGTH).value
        ctypes.memset(utf8, 0, length)
