"""Frozen entry point of the command line (``alliance``): the same as the ``alliance`` console script
(``alliance.launch:main``: the app window without a subcommand, else the command line)."""

import sys

from alliance.launch import main

if __name__ == "__main__":
    sys.exit(main())
