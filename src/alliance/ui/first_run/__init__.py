"""The welcome window, creating a vault, and the recovery key shown once."""
