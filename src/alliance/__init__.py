"""Alliance: keep track of the therapeutic relationship, privately."""

__version__ = "0.1.0"
APP_NAME = "Alliance"
