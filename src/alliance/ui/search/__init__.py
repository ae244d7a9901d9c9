"""Searching the notes (per client or across the caseload) and opening the session a match is in."""
