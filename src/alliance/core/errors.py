"""Errors the domain raises, each carrying a message a clinician can act on."""

from __future__ import annotations

from dataclasses import dataclass

from alliance.core.messages import Msg


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one input field: which field, and what to do about it. ``said`` is a message from the
    pure layers (translated where shown) or a text the UI has already translated; ``message`` its English."""

    field: str
    said: Msg | str

    @property
    def message(self) -> str:
        return str(self.said)


class ValidationError(ValueError):
    """Input that cannot be saved. Holds every problem found, not just the first."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(p.message for p in self.problems))

    @classmethod
    def single(cls, field: str, message: Msg | str) -> ValidationError:
        """A validation error with one problem."""
        return cls([FieldProblem(field, message)])

    def for_field(self, field: str) -> list[str]:
        """English messages for one field (the UI shows ``problems`` translated)."""
        return [p.message for p in self.problems if p.field == field]


class ResourceError(RuntimeError):
    """A shipped data file (instrument, taxonomy) is missing or malformed."""
