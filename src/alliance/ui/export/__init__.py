"""The export dialog with its live preview."""
