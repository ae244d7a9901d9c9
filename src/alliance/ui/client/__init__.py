"""The client page: timeline chart, sessions, ruptures and repairs, alerts; the client and acknowledge dialogs."""
