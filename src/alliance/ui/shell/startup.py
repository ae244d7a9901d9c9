"""Constants the start-up path and the controller share (kept apart so neither imports the other)."""

from __future__ import annotations

# The demo vault holds only made-up clients; its passphrase is shown on its unlock window.
DEMO_PASSPHRASE = "demo vault passphrase"
EXIT_VAULT_IN_USE = 5
SETTINGS_FILE = "ui.ini"
