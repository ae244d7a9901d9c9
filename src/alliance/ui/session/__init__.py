"""The session form (log or edit a session, its ruptures and repairs) and a session's edit history."""
