"""Messages from the pure layers (``core.messages.Msg``) and fixed labels as the user reads them: translated by
Qt, numbers and dates in the user's locale (``alliance.i18n``)."""

from __future__ import annotations

from alliance.core.messages import Msg
from alliance.i18n import shown as _shown
from alliance.i18n import translated


def shown(m: Msg) -> str:
    """The message in the user's language and locale."""
    return _shown(m)


def term(label: str) -> str:
    """A fixed label marked with ``core.messages.translatable`` (a taxonomy term, a field name), translated."""
    return translated(label)

