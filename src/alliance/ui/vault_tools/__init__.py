"""Vault tools in the menus: backups, the audit log, export and history windows opened from them."""
