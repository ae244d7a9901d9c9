"""The ``alliance`` command's entry point: the app window when no command is given, else the command line.

``alliance`` and ``alliance --vault PATH`` start the app, whose first window must paint fast (DESIGN.md,
"Performance budget"): the choice is made here, before the command line and its imports load, by looking only
for a command name or a help option. The window's options are parsed by ``alliance.arguments`` (the one
definition the command line shares); everything else is ``alliance.cli.main``'s.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from alliance.hardening import harden_process

COMMANDS = frozenset({"init", "demo", "log", "import", "export", "verify", "backup", "restore", "passwd",
                      "recover"})


def wants_window(args: Sequence[str]) -> bool:
    """Whether these arguments ask for the app window: no command, no help."""
    return not any(a in COMMANDS or a in ("-h", "--help") for a in args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``alliance``; returns the exit code."""
    harden_process()  # before anything secret is in memory: no core dumps, no debugger attach
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_window(args):
        from alliance.arguments import parse_gui_arguments

        parsed = parse_gui_arguments(args, prog="alliance")
        if isinstance(parsed, int):  # --version, or a usage error already reported
            return parsed
        vault, rest = parsed
        if not rest:
            try:
                from alliance.ui.shell.app import run
            except ImportError:  # no Qt: the command line says so in its own words
                pass
            else:
                return int(run(vault) or 0)
    from alliance.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
