"""Scrubber benchmark: recall per Safe Harbor category and overall, clinical phrases kept, token precision,
and the worst time for a 100k-character adversarial note (python -m benchmarks.bench_scrub).

``run()`` returns one dict per row for benchmarks/run.py: name, split, value, target, ok, unit.
Corpus: tests/core/scrub_corpus/{dev,heldout,fresh,heldout3,heldout4,heldout5}.jsonl. Tuned on dev. fresh.jsonl and
heldout3.jsonl were written by hand, on 2026-12-03, by writers who had seen neither the scrubber nor the other
corpora; fresh was read once to find general faults (the clinical lexicon gained medicines and abbreviations).
heldout3 was untouched until issue 17, whose work read the misses of all four splits to find classes of faults: none
of them is an unseen measurement any more. heldout4 (324 notes, 222 English and 102 German, 941 identifiers, 745
phrases) was written on 2026-12-04, while that work went on, by a writer who saw only score.py and three lines of
heldout3's format, and was scored once, after it. heldout5 (333 notes, 222 English and 111 German, 33 clients, 834
identifiers, 491 phrases) was written on 2026-12-06 by a writer who saw neither the scrubber, its word lists nor any
other corpus (only one example line of the format), and was scored once with the scrubber unchanged since heldout4:
with heldout4 it is the honest figure. Tune on heldout4 next; keep heldout5 unread (score it, do not read its
misses) so that one unseen measurement remains.
"""

from __future__ import annotations

import time
from typing import Any

from tests.core.scrub_corpus.score import CATEGORIES, adversarial_notes, load, score

from alliance.core.scrub import scrub

SPLITS = ("dev", "heldout", "fresh", "heldout3", "heldout4", "heldout5")
RECALL_TARGET, KEPT_TARGET, PRECISION_TARGET, SECONDS_TARGET = 0.99, 0.98, 0.90, 1.0


def adversarial_seconds() -> tuple[float, str]:
    worst, name = 0.0, ""
    for label, note in adversarial_notes().items():
        start = time.perf_counter()
        scrub(note)
        took = time.perf_counter() - start
        if took > worst:
            worst, name = took, label
    return worst, name


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    scrub("warm the lexicons up")
    for split in SPLITS:
        s = score(load(split))
        for cat in CATEGORIES:
            rows.append({"name": f"recall {cat}", "split": split, "value": s.recall_of(cat), "target": RECALL_TARGET,
                         "ok": s.recall_of(cat) >= RECALL_TARGET, "unit": "", "n": s.planted[cat]})
        rows.append({"name": "recall overall", "split": split, "value": s.recall, "target": RECALL_TARGET,
                     "ok": s.recall >= RECALL_TARGET, "unit": "", "n": sum(s.planted.values())})
        rows.append({"name": "clinical phrases kept", "split": split, "value": s.kept, "target": KEPT_TARGET,
                     "ok": s.kept >= KEPT_TARGET, "unit": "", "n": s.keep_total})
        rows.append({"name": "token precision", "split": split, "value": s.precision, "target": PRECISION_TARGET,
                     "ok": s.precision >= PRECISION_TARGET, "unit": "", "n": s.true_pos + s.false_pos})
    worst, label = adversarial_seconds()
    rows.append({"name": f"100k adversarial note, worst ({label})", "split": "-", "value": worst,
                 "target": SECONDS_TARGET, "ok": worst <= SECONDS_TARGET, "unit": "s", "n": len(adversarial_notes())})
    return rows


def main() -> None:
    rows = run()
    by_name: dict[str, dict[str, dict[str, Any]]] = {}
    for r in rows:
        by_name.setdefault(r["name"], {})[r["split"]] = r
    print(f"{'row':<44} " + " ".join(f"{split:>14}" for split in SPLITS) + "  target")
    for name, splits in by_name.items():
        def cell(split: str, splits: dict[str, dict[str, Any]] = splits) -> str:
            r = splits.get(split)
            if r is None:
                return ""
            mark = "" if r["ok"] else " !"
            return f"{r['value']:.3f}{r['unit']} ({r['n']}){mark}"
        if "-" in splits:
            r = splits["-"]
            print(f"{name:<44} {r['value']:>13.3f}s {'':>14}  <= {r['target']} s{'' if r['ok'] else ' !'}")
        else:
            cells = " ".join(f"{cell(split):>14}" for split in SPLITS)
            print(f"{name:<44} {cells}  >= {splits['dev']['target']}")


if __name__ == "__main__":
    main()
