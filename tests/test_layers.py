"""Imports point downward only (DESIGN.md, "Layers"), and no module imports itself around a cycle. Walks
src/alliance with ``ast``.

Every import counts, including those under ``if TYPE_CHECKING:``: a type-only import still ties a
lower layer to a higher one. The single exception is the command line starting the GUI, which may
import ``alliance.ui`` inside a function body so ``alliance log`` never loads Qt widgets. ``ui/`` reaches
the data only through the services: of the store it may import the errors and the ``Vault`` type alone.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE_ROOT = SRC / "alliance"

# Importing the package root itself (``from alliance import __version__``) and the packaged data
# files is harmless from any layer.
SHARED_ROOT = "alliance"
SHARED = ("alliance.resources",)


@dataclass(frozen=True)
class Rule:
    """What one layer may import: module prefixes, plus stdlib when ``stdlib`` is set."""

    layer: str
    allowed: tuple[str, ...]
    stdlib: bool = True
    # Modules allowed only inside a function body (lazy imports).
    lazy_only: tuple[str, ...] = ()
    # Modules of which only these names may be imported (``from module import name``).
    only_names: tuple[tuple[str, frozenset[str]], ...] = ()


CORE = Rule("core", ("alliance.core",))
CORE_ANALYTICS = Rule("core (analytics)", ("alliance.core", "numpy"))
STORE = Rule(
    "store",
    ("alliance.store", "alliance.core", "alliance.paths", "sqlalchemy", "sqlcipher3", "cryptography", "alembic"),
)
SERVICES = Rule("services", ("alliance.services", "alliance.core", "alliance.store", "alliance.paths"))
REPORTS = Rule(
    "reports", ("alliance.reports", "alliance.services", "alliance.core", "alliance.i18n", "PySide6.QtGui",
                "PySide6.QtCore")
)
# The translators and locale formatting: Qt's core module and the pure messages, so reports may use it too.
I18N = Rule("i18n", ("alliance.core", "PySide6.QtCore"))
CLI = Rule(
    "cli",
    (
        "alliance.cli",
        "alliance.arguments",
        "alliance.services",
        "alliance.reports",
        "alliance.core",
        "alliance.store.errors",
        "alliance.paths",
    ),
    lazy_only=("alliance.ui.shell.app",),
)
UI = Rule(
    "ui",
    ("alliance.ui", "alliance.services", "alliance.core", "alliance.reports", "alliance.i18n", "alliance.store.errors",
     "alliance.store.vault", "alliance.paths", "alliance.arguments", "alliance.hardening", "PySide6", "shiboken6",
     "pyqtgraph", "numpy", "zxcvbn"),  # zxcvbn: the passphrase meter (ui.widgets.strength)
    only_names=(("alliance.store.vault", frozenset({"Vault"})),),
)
PATHS = Rule("paths", ("platformdirs",))
ARGUMENTS = Rule("arguments", ())
HARDENING = Rule("hardening", ())  # standard library only: runs first in both entry points
ROOT = Rule("package root", ())
MAIN = Rule("__main__", ("alliance.launch",))
# The `alliance` command's entry point picks the app window or the command line; it imports either only when chosen.
LAUNCH = Rule("launch", ("alliance.hardening",),
              lazy_only=("alliance.arguments", "alliance.cli", "alliance.ui.shell.app"))


def rule_for(module: str) -> Rule | None:
    """The layer rule of a module named like ``alliance.core.ratings`` (None when the table has none)."""
    parts = module.split(".")
    if parts[0] != "alliance":
        return None
    if len(parts) == 1:
        return ROOT
    top = parts[1]
    if top == "core":
        if len(parts) > 2 and parts[2].startswith("analytics"):
            return CORE_ANALYTICS
        return CORE
    return {
        "store": STORE,
        "services": SERVICES,
        "reports": REPORTS,
        "ui": UI,
        "cli": CLI,
        "paths": PATHS,
        "__main__": MAIN,
        "arguments": ARGUMENTS,
        "launch": LAUNCH,
        "hardening": HARDENING,
        "i18n": I18N,
    }.get(top)


@dataclass(frozen=True)
class Violation:
    module: str
    line: int
    imported: str
    layer: str
    lazy: bool

    def __str__(self) -> str:
        where = " (inside a function)" if self.lazy else ""
        return f"{self.module}:{self.line} ({self.layer}) imports {self.imported}{where}"


def module_name(path: Path) -> str:
    rel = path.relative_to(SRC).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def known_modules() -> set[str]:
    modules = {module_name(p) for p in PACKAGE_ROOT.rglob("*.py")}
    return modules | {"alliance.resources"}


@dataclass(frozen=True)
class Imported:
    """One imported name: ``name`` is what is judged, ``parent`` the module of a ``from`` import."""

    name: str
    parent: str
    line: int
    lazy: bool
    names: tuple[str, ...] = ()  # the names of a ``from`` import


def imported_names(tree: ast.AST, module: str, is_package: bool, modules: set[str]) -> list[Imported]:
    """Every module a source imports, as absolute names, noting imports inside a function body."""
    found: list[Imported] = []

    def resolve_relative(level: int, target: str | None) -> str:
        base = module.split(".") if is_package else module.split(".")[:-1]
        if level > 1:
            base = base[: len(base) - (level - 1)]
        return ".".join([*base, target] if target else base)

    def visit(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, ast.Import):
            found.extend(Imported(a.name, a.name, node.lineno, in_function) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = resolve_relative(node.level, node.module) if node.level else (node.module or "")
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                if base.split(".")[0] == "alliance":
                    # `from alliance.store import vault` imports a module; `from alliance import X` may not.
                    name = candidate if candidate in modules else base
                else:
                    # `from PySide6 import QtWidgets` must read as PySide6.QtWidgets.
                    name = candidate if alias.name != "*" else base
                found.append(Imported(name, base, node.lineno, in_function, (alias.name,)))
        nested = in_function or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for child in ast.iter_child_nodes(node):
            visit(child, nested)

    visit(tree, False)
    return found


def _matches(name: str, prefix: str) -> bool:
    return prefix == "" or name == prefix or name.startswith(prefix + ".")


def check_source(
    source: str, module: str, *, is_package: bool = False, modules: set[str] | None = None
) -> list[Violation]:
    """Upward or foreign imports in one module's source, judged by its layer's rule."""
    rule = rule_for(module)
    if rule is None:
        return [Violation(module, 0, "(no layer in the DESIGN.md table)", "unknown", False)]
    tree = ast.parse(source)
    violations: list[Violation] = []
    for imp in imported_names(tree, module, is_package, modules or known_modules()):
        name, lazy = imp.name, imp.lazy
        top = name.split(".")[0]
        if rule.stdlib and top in sys.stdlib_module_names:
            continue
        limited = dict(rule.only_names).get(name)
        if limited is not None and not set(imp.names) <= limited:
            refused = sorted(set(imp.names) - limited)
            violations.append(Violation(module, imp.line, f"{name} ({', '.join(refused)})", rule.layer, lazy))
            continue
        if name == SHARED_ROOT or any(_matches(name, p) for p in (*rule.allowed, *SHARED)):
            continue
        if lazy and any(_matches(name, p) for p in rule.lazy_only):
            continue
        # `from sqlalchemy import func, select` is one import of sqlalchemy; but name the submodule in
        # `from PySide6 import QtWidgets`, where the rule allows some submodules of PySide6 and not others.
        finer = any(p.startswith(imp.parent + ".") for p in (*rule.allowed, *rule.lazy_only))
        shown = name if finer or top == "alliance" else imp.parent
        violation = Violation(module, imp.line, shown, rule.layer, lazy)
        if violation not in violations:  # `from x import a, b` is one import of x
            violations.append(violation)
    return violations


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE_ROOT.rglob("*.py") if "__pycache__" not in p.parts)


def test_the_walk_sees_the_layers() -> None:
    names = {module_name(p) for p in source_files()}
    assert "alliance.core.ratings" in names
    assert "alliance.core.instruments" in names
    assert all(n == "alliance" or n.startswith("alliance.") for n in names)


def test_no_upward_imports() -> None:
    modules = known_modules()
    violations: list[Violation] = []
    for path in source_files():
        module = module_name(path)
        source = path.read_text(encoding="utf-8")
        violations += check_source(source, module, is_package=path.name == "__init__.py", modules=modules)
    assert not violations, "Imports that break the layer table in DESIGN.md:\n" + "\n".join(
        str(v) for v in violations
    )


# --- the checker checks ------------------------------------------------------------------------

MODULES = {
    "alliance",
    "alliance.core",
    "alliance.core.ratings",
    "alliance.core.analytics",
    "alliance.store",
    "alliance.store.vault",
    "alliance.store.errors",
    "alliance.services",
    "alliance.services.sessions",
    "alliance.reports",
    "alliance.ui",
    "alliance.ui.app",
    "alliance.cli",
    "alliance.paths",
}


def flagged(source: str, module: str, *, is_package: bool = False) -> list[str]:
    return [v.imported for v in check_source(source, module, is_package=is_package, modules=MODULES)]


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("alliance.core.ratings", "import PySide6.QtCore", ["PySide6.QtCore"]),
        ("alliance.core.ratings", "from sqlalchemy import select, func", ["sqlalchemy"]),
        ("alliance.core.ratings", "import numpy as np", ["numpy"]),
        ("alliance.core.ratings", "from alliance.store.vault import Vault", ["alliance.store.vault"]),
        ("alliance.core.ratings", "from alliance.paths import data_folder", ["alliance.paths"]),
        ("alliance.store.vault", "from alliance.ui import app", ["alliance.ui.app"]),
        ("alliance.store.vault", "from ..services.sessions import log_session", ["alliance.services.sessions"]),
        ("alliance.store.vault", "from PySide6.QtCore import QLockFile", ["PySide6.QtCore"]),
        ("alliance.store.vault", "import pyqtgraph", ["pyqtgraph"]),
        ("alliance.services.sessions", "from PySide6.QtCore import QObject", ["PySide6.QtCore"]),
        ("alliance.services.sessions", "import alliance.reports", ["alliance.reports"]),
        ("alliance.services.sessions", "from alliance import cli", ["alliance.cli"]),
        ("alliance.reports", "from PySide6 import QtWidgets", ["PySide6.QtWidgets"]),
        ("alliance.reports", "from PySide6.QtWidgets import QApplication", ["PySide6.QtWidgets"]),
        ("alliance.reports", "import pyqtgraph as pg", ["pyqtgraph"]),
        ("alliance.reports", "from alliance.store.vault import Vault", ["alliance.store.vault"]),
        ("alliance.cli", "from alliance.ui.app import main", ["alliance.ui.app"]),
        ("alliance.ui.app", "from alliance.store.repositories import sessions", ["alliance.store.repositories"]),
        ("alliance.ui.app", "from alliance.store.vault import Vault, vault_is_open_here",
         ["alliance.store.vault (vault_is_open_here)"]),
        ("alliance.ui.app", "import sqlalchemy", ["sqlalchemy"]),
        ("alliance.cli", "from alliance.store.vault import Vault", ["alliance.store.vault"]),
        ("alliance.cli", "from PySide6.QtWidgets import QApplication", ["PySide6.QtWidgets"]),
        (
            "alliance.cli",
            "class Gui:\n    from alliance.ui import app\n",  # a class body runs at import time
            ["alliance.ui.app"],
        ),
        (
            "alliance.core.ratings",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from alliance.store.models import X\n",
            ["alliance.store.models"],
        ),
        ("alliance.paths", "from alliance.core import ratings", ["alliance.core.ratings"]),
        ("alliance", "import alliance.ui", ["alliance.ui"]),
    ],
)
def test_checker_flags_upward_imports(module: str, source: str, expected: list[str]) -> None:
    assert flagged(source, module) == expected


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("alliance.core.ratings", "from __future__ import annotations\nimport dataclasses, json"),
        ("alliance.core.ratings", "from alliance.core.errors import FieldProblem"),
        ("alliance.core.ratings", "from . import taxonomy\nfrom .errors import ValidationError"),
        ("alliance.core.ratings", "from alliance import __version__"),
        ("alliance.core.analytics", "import numpy as np"),
        ("alliance.store.vault", "import sqlcipher3\nfrom sqlalchemy.orm import Session\nimport alembic"),
        ("alliance.store.vault", "from cryptography.hazmat.primitives.kdf.argon2 import Argon2id"),
        ("alliance.store.vault", "from alliance.paths import data_folder"),
        ("alliance.services.sessions", "from alliance.store.vault import Vault\nfrom alliance.core import records"),
        ("alliance.reports", "from PySide6.QtGui import QPdfWriter, QPainter\nfrom PySide6.QtCore import Qt"),
        ("alliance.reports", "from alliance.services import sessions"),
        ("alliance.cli", "import argparse\nfrom alliance.store.errors import VaultError"),
        ("alliance.cli", "from alliance.services.sessions import log_session\nfrom alliance import paths"),
        ("alliance.ui.app", "import pyqtgraph\nfrom PySide6.QtWidgets import QWidget\nfrom alliance.services import x"),
        ("alliance.ui.app", "from alliance.store.vault import Vault\nfrom alliance.store.errors import VaultError"),
        ("alliance.paths", "from platformdirs import user_data_path"),
    ],
)
def test_checker_allows_what_the_table_allows(module: str, source: str) -> None:
    assert flagged(source, module) == []


def test_checker_resolves_relative_imports_from_a_package() -> None:
    # In alliance/store/__init__.py, `from ..ui import app` is alliance.ui.app.
    assert flagged("from ..ui import app", "alliance.store", is_package=True) == ["alliance.ui.app"]
    assert flagged("from . import vault", "alliance.store", is_package=True) == []


def test_checker_reports_line_and_layer() -> None:
    (violation,) = check_source("import os\n\nimport PySide6.QtWidgets\n", "alliance.core.ratings", modules=MODULES)
    assert violation.line == 3
    assert violation.layer == "core"
    assert str(violation) == "alliance.core.ratings:3 (core) imports PySide6.QtWidgets"


def test_checker_refuses_modules_outside_the_table() -> None:
    (violation,) = check_source("import os", "alliance.plugins", modules=MODULES)
    assert violation.layer == "unknown"


# --- no import cycles -----------------------------------------------------------------------------


def import_graph() -> dict[str, set[str]]:
    """Module -> the alliance modules it imports (lazily or not), from the source."""
    modules = known_modules()
    graph: dict[str, set[str]] = {}
    for path in source_files():
        module = module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets = set()
        for imp in imported_names(tree, module, path.name == "__init__.py", modules):
            if imp.name in modules and imp.name != module and imp.name != "alliance":
                targets.add(imp.name)
        graph[module] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_circular_imports() -> None:
    groups = cycles(import_graph())
    assert groups == [], "Modules importing each other (directly or around a loop):\n" + "\n".join(
        " <-> ".join(g) for g in groups)


def test_the_cycle_finder_finds_a_loop() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
