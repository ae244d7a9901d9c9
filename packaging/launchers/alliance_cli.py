"""Frozen entry point of the command line (``alliance``): the same as the ``alliance`` console script."""

import sys

from alliance.cli import main

if __name__ == "__main__":
    sys.exit(main())
