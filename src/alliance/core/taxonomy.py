"""Rupture and repair taxonomy (after the Rupture Resolution Rating System, 3RS).

Labels are our own short wording; keys are stable identifiers stored in the vault.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from alliance.core.messages import translatable


class RuptureKind(StrEnum):
    """Whether the client moved away from, against, or both."""

    WITHDRAWAL = "withdrawal"
    CONFRONTATION = "confrontation"
    MIXED = "mixed"


class RuptureStatus(StrEnum):
    """Derived from a rupture's repairs."""

    OPEN = "open"
    PARTLY_RESOLVED = "partly resolved"
    RESOLVED = "resolved"


class RaisedBy(StrEnum):
    """Who brought the rupture into the room."""

    CLIENT = "client"
    THERAPIST = "therapist"
    UNSPOKEN = "unspoken"


@dataclass(frozen=True)
class Term:
    """One marker or strategy: a stable key and a readable label."""

    key: str
    label: str


WITHDRAWAL_MARKERS: tuple[Term, ...] = (
    Term("denial", translatable("Denial")),
    Term("minimal_response", translatable("Minimal response")),
    Term("abstract_communication", translatable("Abstract communication")),
    Term("avoidant_storytelling", translatable("Avoidant storytelling or shifting topic")),
    Term("deferential", translatable("Deferential or appeasing")),
    Term("content_affect_split", translatable("Content/affect split")),
    Term("self_criticism", translatable("Self-criticism or hopelessness")),
)

CONFRONTATION_MARKERS: tuple[Term, ...] = (
    Term("complaints_therapist", translatable("Complaints about the therapist")),
    Term("rejects_intervention", translatable("Rejects an intervention")),
    Term("complaints_activities", translatable("Complaints about the activities of therapy")),
    Term("complaints_parameters", translatable("Complaints about the parameters (time, fees, scheduling)")),
    Term("complaints_progress", translatable("Complaints about progress")),
    Term("defends_self", translatable("Defends self against the therapist")),
    Term("control_pressure", translatable("Efforts to control or pressure the therapist")),
)

REPAIR_STRATEGIES: tuple[Term, ...] = (
    Term("clarifies", translatable("Clarifies a misunderstanding")),
    Term("changes_tasks_goals", translatable("Changes tasks or goals")),
    Term("explains_rationale", translatable("Explains the rationale or illustrates a task")),
    Term("invites_relationship_talk", translatable("Invites the client to talk about the relationship or the therapy")),
    Term("acknowledges_contribution", translatable("Acknowledges own contribution")),
    Term("discloses_experience", translatable("Discloses own experience of the interaction")),
    Term("links_therapy_patterns", translatable("Links the rupture to patterns between client and therapist")),
    Term("links_other_relationships", translatable("Links it to patterns in the client's other relationships")),
    Term("validates_defence", translatable("Validates the client's defensive stance")),
    Term("redirects", translatable("Redirects or refocuses")),
)

INTENSITY_MIN, INTENSITY_MAX = 1, 5
INTENSITY_ANCHORS: dict[int, str] = {1: translatable("barely noticeable"), 5: translatable("dominated the session")}
RESOLUTION_MIN, RESOLUTION_MAX = 1, 5
# How far a repair resolved its rupture (after the 3RS resolution rating); the guide and the form show these.
RESOLUTION_ANCHORS: dict[int, str] = {
    1: translatable("not resolved: not addressed, or addressed without any shift"),
    2: translatable("touched on: a little movement, the strain mostly remains"),
    3: translatable("partly worked through: some reconnection, something still unresolved"),
    4: translatable("largely resolved: both are back in the work and the relationship"),
    5: translatable("fully resolved: talked through, the client feels understood, the bond feels stronger"),
}
RESOLVED_AT = 4
PARTLY_RESOLVED_AT = 2


def markers_for(kind: RuptureKind) -> tuple[Term, ...]:
    """Markers that fit a rupture kind (mixed ruptures may carry either)."""
    if kind is RuptureKind.WITHDRAWAL:
        return WITHDRAWAL_MARKERS
    if kind is RuptureKind.CONFRONTATION:
        return CONFRONTATION_MARKERS
    return WITHDRAWAL_MARKERS + CONFRONTATION_MARKERS


MARKER_LABELS: dict[str, str] = {t.key: t.label for t in WITHDRAWAL_MARKERS + CONFRONTATION_MARKERS}
STRATEGY_LABELS: dict[str, str] = {t.key: t.label for t in REPAIR_STRATEGIES}


def rupture_status(resolutions: Iterable[int]) -> RuptureStatus:
    """Resolved when any repair reached 4 or more, partly resolved at 2-3, otherwise open."""
    best = max(resolutions, default=0)
    if best >= RESOLVED_AT:
        return RuptureStatus.RESOLVED
    if best >= PARTLY_RESOLVED_AT:
        return RuptureStatus.PARTLY_RESOLVED
    return RuptureStatus.OPEN


def _check_unique(name: str, terms: Iterable[Term]) -> None:
    keys = [t.key for t in terms]
    if len(keys) != len(set(keys)):
        raise RuntimeError(f"duplicate key in {name}")


_check_unique("markers", WITHDRAWAL_MARKERS + CONFRONTATION_MARKERS)
_check_unique("strategies", REPAIR_STRATEGIES)
