"""The caseload page: every client, the ones needing attention first."""
