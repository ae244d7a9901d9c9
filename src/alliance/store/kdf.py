"""Argon2id passphrase key derivation: parameters, safe bounds, calibration."""

from __future__ import annotations

import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from alliance.store.errors import NotEnoughMemory, UnsafeKdfParameters

KEY_BYTES = 32
SALT_BYTES = 16
TARGET_SECONDS = 0.5

# Production floor (DESIGN.md): never below t=3, m=64 MiB.
FLOOR_ITERATIONS = 3
FLOOR_MEMORY_KIB = 64 * 1024
DEFAULT_LANES = 4

# Bounds checked before any derivation, so a hostile keys.json cannot make us allocate gigabytes
# or spin for minutes. The lower bounds admit the cheap test cost; they only weaken a vault its
# own creator chose to weaken.
# Calibration never raises memory above the floor (64 MiB) nor iterations above MAX_ITERATIONS // 2,
# so every vault this version creates costs at most 32 x 64 MiB. The bounds leave 4x headroom in
# memory and 2x in work. (They were 1 GiB and 8 GiB-passes: a hostile keys.json inside them took
# 7.6 s and 1 GiB of RAM per unlock attempt here, and died with a raw MemoryError under a 1 GiB limit.)
MAX_MEMORY_KIB = 256 * 1024  # 256 MiB
MAX_ITERATIONS = 64
MAX_LANES = 16
MAX_WORK_KIB_PASSES = 4 * 1024 * 1024  # iterations x memory: 2x the costliest calibration (32 x 64 MiB)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: passes over memory, memory in KiB, and parallel lanes."""

    iterations: int
    memory_kib: int
    lanes: int

    @classmethod
    def floor(cls) -> KdfParams:
        """The minimum production cost."""
        return cls(FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, DEFAULT_LANES)

    @classmethod
    def for_tests(cls) -> KdfParams:
        """A cheap cost for test fixtures only; production always calibrates."""
        return cls(1, 8 * 1024, 1)

    @classmethod
    def calibrate(cls, target_seconds: float = TARGET_SECONDS) -> KdfParams:
        """Raise the iteration count from the floor until one derivation takes about target_seconds."""
        params = cls.floor()
        elapsed = _time_derivation(params)
        if elapsed <= 0:
            return params
        per_pass = elapsed / params.iterations
        iterations = max(FLOOR_ITERATIONS, min(MAX_ITERATIONS // 2, round(target_seconds / per_pass)))
        return cls(iterations, params.memory_kib, params.lanes)

    def check_bounds(self) -> None:
        """Refuse costs outside the safe bounds before any derivation runs."""
        values = (self.iterations, self.memory_kib, self.lanes)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise UnsafeKdfParameters()
        if not (1 <= self.lanes <= MAX_LANES and 1 <= self.iterations <= MAX_ITERATIONS):
            raise UnsafeKdfParameters()
        if not (8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB):
            raise UnsafeKdfParameters()
        if self.iterations * self.memory_kib > MAX_WORK_KIB_PASSES:
            raise UnsafeKdfParameters()

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        """The 256-bit key-encryption key for a passphrase."""
        self.check_bounds()
        kdf = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        try:
            return kdf.derive(passphrase.encode("utf-8"))
        except MemoryError as exc:  # in bounds, but this machine cannot spare the memory right now
            raise NotEnoughMemory() from exc

    def as_dict(self) -> dict[str, int]:
        """The JSON form stored in keys.json."""
        return {"iterations": self.iterations, "memory_kib": self.memory_kib, "lanes": self.lanes}


def _time_derivation(params: KdfParams) -> float:
    start = time.perf_counter()
    params.derive("calibration", b"\0" * SALT_BYTES)
    return time.perf_counter() - start
