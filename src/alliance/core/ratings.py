"""The four components of the therapeutic relationship and the alliance index."""

from __future__ import annotations

from dataclasses import dataclass

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.messages import msg, translatable

RATING_MIN = 0
RATING_MAX = 10


@dataclass(frozen=True)
class Component:
    """One rated component of the relationship."""

    key: str
    label: str
    prompt: str


COMPONENTS: tuple[Component, ...] = (
    Component(
        "safety",
        translatable("Safety"),
        translatable("Could the client feel physically and emotionally safe in the room; did their nervous system "
                     "settle?"),
    ),
    Component(
        "trust",
        translatable("Trust"),
        translatable("Is trust growing through reliability: appointments kept, time honoured, hard material held?"),
    ),
    Component(
        "attunement",
        translatable("Attunement"),
        translatable("Did my tone, body language and timing tell the client they were seen and understood?"),
    ),
    Component(
        "boundaries",
        translatable("Boundaries"),
        translatable("Were topics, pace, distance and interruptions negotiated with mutual consent?"),
    ),
)
COMPONENT_KEYS: tuple[str, ...] = tuple(c.key for c in COMPONENTS)
SCALE_ANCHORS: dict[int, str] = {0: translatable("absent"), 5: translatable("partly present"),
                                 10: translatable("fully present")}


@dataclass(frozen=True)
class RatingsDraft:
    """The four ratings as typed: each a whole number 0-10, or None while a field is blank."""

    safety: int | None = None
    trust: int | None = None
    attunement: int | None = None
    boundaries: int | None = None

    def as_dict(self) -> dict[str, int | None]:
        """The ratings keyed by component."""
        return {k: getattr(self, k) for k in COMPONENT_KEYS}


@dataclass(frozen=True)
class Ratings(RatingsDraft):
    """The therapist's four ratings of one session, each a whole number 0-10."""

    safety: int
    trust: int
    attunement: int
    boundaries: int

    @property
    def alliance_index(self) -> float:
        """Mean of the four components."""
        return alliance_index(self)

    def scores(self) -> dict[str, int]:
        """The ratings keyed by component."""
        return {k: int(getattr(self, k)) for k in COMPONENT_KEYS}


def alliance_index(ratings: Ratings) -> float:
    """The alliance index of a session: the mean of its four component ratings."""
    return (ratings.safety + ratings.trust + ratings.attunement + ratings.boundaries) / 4.0


def component_label(key: str) -> str:
    """The display label of a component key."""
    for c in COMPONENTS:
        if c.key == key:
            return c.label
    raise KeyError(key)


def check_rating(key: str, value: object) -> list[FieldProblem]:
    """Problems with one rating value (empty when it is a whole number from 0 to 10)."""
    label = component_label(key)
    if isinstance(value, bool) or not isinstance(value, int) or not RATING_MIN <= value <= RATING_MAX:
        return [FieldProblem(key, msg("{label} must be a whole number from {RATING_MIN} to {RATING_MAX}.",
                                      label=label, RATING_MIN=RATING_MIN, RATING_MAX=RATING_MAX))]
    return []


def make_ratings(values: RatingsDraft | dict[str, object]) -> Ratings:
    """Validated Ratings from a draft or a mapping; raises ValidationError naming every bad component."""
    mapping: dict[str, object] = dict(values.as_dict() if isinstance(values, RatingsDraft) else values)
    problems: list[FieldProblem] = []
    scores: dict[str, int] = {}
    for key in COMPONENT_KEYS:
        value = mapping.get(key)
        found = check_rating(key, value)
        problems += found
        if not found and isinstance(value, int):
            scores[key] = value
    if problems:
        raise ValidationError(problems)
    return Ratings(**scores)
