"""The unlock window, recovery with the recovery key, and the offer to restore a backup."""
