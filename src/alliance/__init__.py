"""Alliance: keep track of the therapeutic relationship, privately."""

from __future__ import annotations

APP_NAME = "Alliance"


def __getattr__(name: str) -> str:
    # ``__version__``: the one version source is the package metadata (pyproject.toml [project] version); the
    # bundles carry it too (alliance.spec copies alliance's dist-info). Read when asked for, not at import:
    # importlib.metadata costs tens of milliseconds before the first window paints.
    if name == "__version__":
        from importlib import metadata

        try:
            return metadata.version("alliance")
        except metadata.PackageNotFoundError:  # pragma: no cover - a source tree on sys.path without an install
            return "0+unknown"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
