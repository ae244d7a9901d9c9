"""Reading alliance.db-wal as SQLite would at recovery, to report what it drops (https://sqlite.org/fileformat.html).

SQLite replays WAL frames up to the last commit frame before the first frame whose salts or cumulative checksum do
not match, and ignores the rest without an error. ``wal_damage`` walks the same way and says when frames of the
current WAL generation follow that point: those commits are lost to SQLite, and ``verify`` reports them.
Read-only: the file is only read.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

HEADER = 32
FRAME_HEADER = 24
MAGIC_LE, MAGIC_BE = 0x377F0682, 0x377F0683
MAX_SCANNED = 256 * 1024 * 1024  # larger logs are left to SQLite's own recovery (the mark still catches a loss)


@dataclass(frozen=True)
class WalDamage:
    """Where the WAL stops authenticating, and how much of the current generation SQLite will drop."""

    bad_frame: int  # 1-based
    frames: int  # frames of the current generation in the file
    dropped_commits: int


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def wal_damage(path: Path) -> WalDamage | None:
    """The first frame SQLite would stop at while later frames of the same generation follow; None when the WAL
    is absent, empty, too large to scan, or intact."""
    try:
        size = path.stat().st_size
        if size < HEADER or size > MAX_SCANNED:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    magic, _version, page_size, _ckpt, _salt1, _salt2, c0, c1 = struct.unpack(">8I", data[:HEADER])
    if magic not in (MAGIC_LE, MAGIC_BE) or page_size < 512 or page_size & (page_size - 1):
        return None
    big = magic == MAGIC_BE
    s0, s1 = _checksum(data[:24], 0, 0, big)
    if (s0, s1) != (c0, c1):
        return None  # SQLite ignores the whole log; nothing in it was ever readable
    frame_size = FRAME_HEADER + page_size
    total = (len(data) - HEADER) // frame_size
    salts = data[16:24]
    generation = 0
    while generation < total:
        start = HEADER + generation * frame_size
        if data[start + 8:start + 16] != salts:
            break
        generation += 1
    for n in range(generation):
        start = HEADER + n * frame_size
        header = data[start:start + FRAME_HEADER]
        s0, s1 = _checksum(header[:8] + data[start + FRAME_HEADER:start + frame_size], s0, s1, big)
        if struct.unpack(">2I", header[16:24]) != (s0, s1):
            later = range(n, generation)
            commits = sum(1 for k in later
                          if struct.unpack(">I", data[HEADER + k * frame_size + 4:HEADER + k * frame_size + 8])[0])
            if commits == 0:
                return None  # an unfinished transaction at the end: never committed, nothing lost
            return WalDamage(n + 1, generation, commits)
    return None
