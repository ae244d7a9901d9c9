"""The ``alliance`` command's entry point: the app window when no subcommand is given, else the command line.

``alliance`` and ``alliance --vault PATH`` start the GUI, which must paint its first window fast (DESIGN.md,
"Performance budget"): deciding that here, before argparse and the command line's imports, keeps them
out of the way. Everything else (subcommands, ``--help``, ``--version``, usage errors) is
``alliance.cli.main``'s.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def gui_vault(args: Sequence[str]) -> tuple[bool, str | None]:
    """(whether these arguments only start the GUI, the vault folder they name or None)."""
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--vault" and args[1] and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--vault=") and len(args[0]) > len("--vault="):
        return True, args[0].removeprefix("--vault=")
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``alliance``; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    gui, vault = gui_vault(args)
    if gui:
        try:
            from alliance.ui.app import main as gui_main
        except ImportError:  # no Qt: the command line says so in its own words
            pass
        else:
            return int(gui_main(["--vault", vault] if vault else []) or 0)
    from alliance.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
