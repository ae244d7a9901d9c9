"""Messages from the pure layers (``core.messages.Msg``) and fixed labels as the user reads them: translated by
Qt, numbers and dates in the user's locale (``alliance.i18n``)."""

from __future__ import annotations

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.messages import Msg
from alliance.i18n import shown as _shown
from alliance.i18n import translated


def shown(m: Msg) -> str:
    """The message in the user's language and locale."""
    return _shown(m)


def term(label: str) -> str:
    """A fixed label marked with ``core.messages.translatable`` (a taxonomy term, a field name), translated."""
    return translated(label)



def problem_text(problem: FieldProblem) -> str:
    """One validation problem in the user's language (a text the UI made is already translated)."""
    return shown(problem.said) if isinstance(problem.said, Msg) else problem.said


def error_text(exc: BaseException) -> str:
    """What an error says, in the user's language: every problem of a validation error, a vault error's sentence;
    any other error's own text (the callers name unexpected errors by their type)."""
    if isinstance(exc, ValidationError):
        return " ".join(problem_text(p) for p in exc.problems)
    said = getattr(exc, "said", None)
    if isinstance(said, Msg):
        return shown(said)
    return said if isinstance(said, str) else str(exc)
