"""How the GUI reaches the vault: every service call runs on the worker thread (``worker.py``); writes are
operations that announce what changed (``changes.py``), and each view refreshes only when a change concerns it."""
