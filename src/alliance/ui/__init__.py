"""The desktop app: the only home of QtWidgets. Nothing here runs at import time."""
