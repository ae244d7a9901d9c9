"""Alliance: keep track of the therapeutic relationship, privately."""

from importlib import metadata as _metadata

try:
    # The one version source is the package metadata (pyproject.toml [project] version); the bundles carry it
    # too (alliance.spec copies alliance's dist-info).
    __version__ = _metadata.version("alliance")
except _metadata.PackageNotFoundError:  # pragma: no cover - a source tree on sys.path without an install
    __version__ = "0+unknown"
APP_NAME = "Alliance"
