"""Argon2id passphrase key derivation: parameters, safe bounds, calibration."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from alliance.core.messages import msg
from alliance.core.secret_memory import wipe
from alliance.store.errors import NotEnoughMemory, UnsafeKdfParameters

KEY_BYTES = 32
SALT_BYTES = 16
TARGET_SECONDS = 0.5

# Production floor (DESIGN.md): never below t=3, m=64 MiB.
FLOOR_ITERATIONS = 3
FLOOR_MEMORY_KIB = 64 * 1024
DEFAULT_LANES = 4

# Bounds checked before any derivation, so a hostile keys.json cannot make us allocate gigabytes
# or spin for long. The lower bounds admit the cheap test cost; they only weaken a vault its
# own creator chose to weaken.
# One attempt costs at most 256 MiB and 1 GiB-passes of work (iterations x memory): 16 passes over 64 MiB, or
# 4 over 256 MiB, about 1 s here idle and under 2.3 s with both cores busy (t=16, m=64 MiB, one lane; measured
# with cryptography's Argon2id). Calibration stays inside: at most MAX_WORK_KIB_PASSES // 64 MiB = 16 passes.
# (They were 64 passes and 4 GiB-passes: a hostile keys.json inside them took 10.6 s and 324 MiB per attempt.)
# A vault an earlier version calibrated above the bound (a fast computer: 17 to 32 passes) is refused for the
# passphrase with a word about the recovery key, which opens it without Argon2id and sets a passphrase at
# today's cost (``Vault.rewrap``).
MAX_MEMORY_KIB = 256 * 1024  # 256 MiB
MAX_ITERATIONS = 64
MAX_LANES = 16
MAX_WORK_KIB_PASSES = 1024 * 1024  # iterations x memory: 1 GiB-passes
EARLIER_MAX_WORK_KIB_PASSES = 4 * 1024 * 1024  # what 0.1 to 0.9 accepted (and calibrated up to 2 GiB-passes)


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
    def calibrate(cls, target_seconds: float = TARGET_SECONDS, runs: int = 3) -> KdfParams:
        """Raise the iteration count from the floor until one derivation takes about target_seconds.

        A derivation costs a fixed part (allocating and first touching the memory) plus a part per pass, so both
        are measured: the median of ``runs`` timed derivations at the floor's passes and at twice as many, after
        an untimed one. (One cold run picked t=8 taking 0.33 s on a quiet machine; dividing the floor's time by its
        passes, which counts the fixed part as passes, picked t=9 taking 0.40 s.)"""
        low = cls.floor()
        high = cls(2 * low.iterations, low.memory_kib, low.lanes)
        _time_derivation(low)  # warm-up
        low_s = statistics.median(_time_derivation(low) for _ in range(max(1, runs)))
        high_s = statistics.median(_time_derivation(high) for _ in range(max(1, runs)))
        per_pass = (high_s - low_s) / (high.iterations - low.iterations)
        if per_pass <= 0:  # a noisy machine: fall back to counting everything as passes
            per_pass = high_s / high.iterations
        if per_pass <= 0:
            return low
        fixed = max(0.0, low_s - per_pass * low.iterations)
        most = MAX_WORK_KIB_PASSES // low.memory_kib
        iterations = max(FLOOR_ITERATIONS, min(most, round((target_seconds - fixed) / per_pass)))
        return cls(iterations, low.memory_kib, low.lanes)

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
            if self.iterations * self.memory_kib <= EARLIER_MAX_WORK_KIB_PASSES:
                raise UnsafeKdfParameters(
                    msg("The key file (keys.json) asks for more key-derivation work than this version of Alliance "
                    "spends on one attempt, so the passphrase was not tried. If an earlier Alliance made this vault "
                    "on a fast computer, open it with its recovery key (`alliance recover`, or \"Use the recovery "
                    "key\" in the app): that sets a new passphrase at a cost this version accepts."))
            raise UnsafeKdfParameters()

    @property
    def within_bounds(self) -> bool:
        """Whether this cost passes ``check_bounds``."""
        try:
            self.check_bounds()
        except UnsafeKdfParameters:
            return False
        return True

    def check_plausible(self) -> None:
        """Refuse, when keys.json is read, any cost no version of Alliance ever accepted; a cost only an earlier
        version accepted passes here and is refused by ``check_bounds`` before the passphrase is tried (the
        recovery key needs no derivation)."""
        values = (self.iterations, self.memory_kib, self.lanes)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise UnsafeKdfParameters()
        if self.iterations * self.memory_kib <= EARLIER_MAX_WORK_KIB_PASSES:
            KdfParams(1, self.memory_kib, self.lanes).check_bounds()  # every bound but the work
            if not 1 <= self.iterations <= MAX_ITERATIONS:
                raise UnsafeKdfParameters()
            return
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
        secret = passphrase.encode("utf-8")
        try:
            return kdf.derive(secret)
        except MemoryError as exc:  # in bounds, but this machine cannot spare the memory right now
            raise NotEnoughMemory() from exc
        finally:
            wipe(secret)

    def as_dict(self) -> dict[str, int]:
        """The JSON form stored in keys.json."""
        return {"iterations": self.iterations, "memory_kib": self.memory_kib, "lanes": self.lanes}


def _time_derivation(params: KdfParams) -> float:
    start = time.perf_counter()
    params.derive("calibration", b"\0" * SALT_BYTES)
    return time.perf_counter() - start
