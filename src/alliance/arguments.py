"""The app window's command-line options, defined once for ``alliance`` (no command) and ``alliance-gui``.

Standard library only: both fronts import it before the first window paints.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn


def add_app_options(parser: argparse.ArgumentParser, prog: str) -> None:
    """``--version`` and ``--vault PATH`` (stored as ``gui_vault``)."""
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    parser.add_argument("--vault", dest="gui_vault", type=Path, metavar="PATH",
                        help="the vault folder (for the app window, or for the command)")


def parse_gui_arguments(argv: Sequence[str], prog: str = "alliance-gui") -> tuple[Path | None, list[str]] | int:
    """``alliance-gui``'s arguments: (the vault folder or None, what is left for Qt), or an exit code when the
    arguments asked for something else (``--version``, ``--help``) or were wrong."""
    parser = argparse.ArgumentParser(prog=prog, allow_abbrev=False, description="The Alliance app window.")
    add_app_options(parser, prog)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    return args.gui_vault, rest


class _Version(argparse.Action):
    """argparse's ``version`` action, with the version looked up only when asked for (``alliance.__version__``)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> NoReturn:
        import alliance

        print(f"{parser.prog} {alliance.__version__}")  # on standard output, as argparse's own version action
        parser.exit()
