"""Synthetic practices for the benchmarks, made by the same code as `alliance demo`, cached between runs.

The cache lives in benchmarks/.cache (ignored by git); a vault is rebuilt when the schema head or the
demo generator changes. The Argon2id cost is the cheap test cost: no benchmark row includes the KDF.
A practice is generated into a ``.partial`` folder and renamed when complete, so an interrupted run
never leaves a half-made practice that looks cached. Missing practices are generated in parallel
processes (one per core): the 100k practice alone takes about two and a half minutes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase"
TODAY_SEED = 7


@dataclass(frozen=True)
class Practice:
    """One synthetic practice on disk."""

    name: str
    clients: int
    sessions: tuple[int, int]

    @property
    def folder(self) -> Path:
        return CACHE / f"{self.name}-{_fingerprint()}"


PRACTICES = {
    "1k": Practice("1k", 10, (100, 100)),
    "30k": Practice("30k", 200, (150, 150)),
    "100k": Practice("100k", 330, (150, 500)),
}


def _fingerprint() -> str:
    from alliance.store.migrate import head_revision

    demo_src = (ROOT / "src/alliance/services/demo.py").read_bytes()
    return hashlib.sha256(demo_src + head_revision().encode()).hexdigest()[:10]


def is_cached(practice: Practice) -> bool:
    return (practice.folder / "keys.json").exists()


def generate(practice: Practice) -> float:
    """Make the practice's vault in the cache (through ``alliance.services.demo.generate_demo``); seconds taken."""
    from alliance.services.demo import generate_demo
    from alliance.services.vault_access import create_vault
    from alliance.store.kdf import KdfParams

    folder = practice.folder
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    vault, _ = create_vault(partial, PASSPHRASE, kdf=KdfParams.for_tests())
    with vault:
        generate_demo(vault, clients=practice.clients, sessions=practice.sessions, seed=TODAY_SEED)
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    return time.perf_counter() - start


def ensure_all(names: list[str] | None = None, log: bool = True) -> dict[str, float]:
    """Generate every missing practice, in parallel processes; seconds each generation took (0 when cached)."""
    wanted = [PRACTICES[n] for n in (names or list(PRACTICES))]
    missing = [p for p in wanted if not is_cached(p)]
    for stale in CACHE.glob("*") if CACHE.exists() else []:
        if stale.is_dir() and not any(stale == p.folder for p in PRACTICES.values()):
            shutil.rmtree(stale, ignore_errors=True)  # other fingerprints, .partial leftovers
    taken = {p.name: 0.0 for p in wanted}
    if not missing:
        return taken
    # Biggest first: with two cores the 100k practice runs beside the others.
    missing.sort(key=lambda p: -p.clients * sum(p.sessions))
    slots = max(1, os.cpu_count() or 1)
    running: list[tuple[Practice, subprocess.Popen[str]]] = []
    queue = list(missing)
    if log:
        print(f"  generating {', '.join(p.name for p in missing)} (cold cache, {slots} at a time)", flush=True)
    while queue or running:
        while queue and len(running) < slots:
            p = queue.pop(0)
            proc = subprocess.Popen([sys.executable, "-m", "benchmarks.practice", p.name], cwd=ROOT,
                                    stdout=subprocess.PIPE, text=True)
            running.append((p, proc))
        done = [(p, proc) for p, proc in running if proc.poll() is not None]
        if not done:
            time.sleep(0.2)
            continue
        for p, proc in done:
            running.remove((p, proc))
            out, _ = proc.communicate()
            if proc.returncode != 0 or not is_cached(p):
                raise RuntimeError(f"generating the {p.name} practice failed")
            taken[p.name] = float(out.strip().splitlines()[-1])
            if log:
                print(f"  generated {p.name} in {taken[p.name]:.0f} s", flush=True)
    return taken


def ensure(practice: Practice) -> Path:
    """The practice's vault folder, generating it when missing."""
    if not is_cached(practice):
        generate(practice)
    return practice.folder


if __name__ == "__main__":  # one practice, in its own process: prints the seconds it took
    print(f"{generate(PRACTICES[sys.argv[1]]):.3f}")
