"""Pieces every window shares: controls, labels, the look and icons, formatting, table models, field errors."""
