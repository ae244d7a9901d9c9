"""Every action and record kind written to the audit trail is in services.audit_words, so the audit window can
show it translated."""

from __future__ import annotations

import ast
from pathlib import Path

from alliance.services.audit_words import AUDIT_ACTIONS, AUDIT_RECORDS

SRC = Path(__file__).resolve().parents[2] / "src" / "alliance"


def _recorded() -> tuple[set[str], set[str]]:
    actions: set[str] = set()
    records: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "record"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "audit"):
                continue
            for found, arg in zip((actions, records), node.args[1:3], strict=False):
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return actions, records


def test_every_recorded_word_is_listed() -> None:
    actions, records = _recorded()
    assert len(actions) > 20
    assert actions - set(AUDIT_ACTIONS) == set()
    assert records - set(AUDIT_RECORDS) == set()
    assert {"unlock", "recovery unlock"} <= set(AUDIT_ACTIONS)  # passed to finish_unlock by name
