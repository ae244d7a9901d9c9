"""Frozen entry point of the windowed app (``alliance-gui``): the same as the ``alliance-gui`` script."""

import sys

from alliance.ui.shell.app import main

if __name__ == "__main__":
    sys.exit(main())
