"""ORM models. Identifying columns carry info={"phi": True} so exporters can refuse them by construction;
free text that may hold identifiers carries info={"free_text": True}."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

PHI = {"phi": True}
FREE_TEXT = {"free_text": True}

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[type, object]] = {
        str: String(),
        dt.date: Date(),
        dt.datetime: DateTime(),
    }


class VaultMeta(Base):
    """Key/value facts about the vault (its id, the export pseudonym key). Never clinical text."""

    __tablename__ = "vault_meta"
    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str]


class ClientRow(Base):
    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(primary_key=True)
    # The code is the clinician's label (often initials): never exported, so flagged like a name.
    code: Mapped[str] = mapped_column(String(32), unique=True, info=PHI)
    display_name: Mapped[str] = mapped_column(default="", info=PHI)
    email: Mapped[str] = mapped_column(default="", info=PHI)
    phone: Mapped[str] = mapped_column(default="", info=PHI)
    address: Mapped[str] = mapped_column(default="", info=PHI)
    other_names: Mapped[str] = mapped_column(default="", info=PHI)
    # The clinician's treatment goals (one per line) and short formulation: clinical text, treated as notes are.
    goals: Mapped[str] = mapped_column(Text, default="", server_default="", info=FREE_TEXT)
    formulation: Mapped[str] = mapped_column(Text, default="", server_default="", info=FREE_TEXT)
    intake_date: Mapped[dt.date] = mapped_column(info=PHI)
    status: Mapped[str] = mapped_column(String(16), default="active")
    created_at: Mapped[dt.datetime] = mapped_column(info=PHI)  # calendar dates identify (Safe Harbor)
    updated_at: Mapped[dt.datetime] = mapped_column(info=PHI)

    sessions: Mapped[list[SessionRow]] = relationship(back_populates="client")

    __table_args__ = (CheckConstraint("status in ('active','paused','discharged')", name="status"),)


class SessionRow(Base):
    __tablename__ = "sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="RESTRICT"))
    number: Mapped[int]
    date: Mapped[dt.date] = mapped_column(info=PHI)
    duration_min: Mapped[int] = mapped_column(default=50)
    modality: Mapped[str] = mapped_column(String(16), default="in person")
    safety: Mapped[int]
    trust: Mapped[int]
    attunement: Mapped[int]
    boundaries: Mapped[int]
    ns_state_start: Mapped[str | None] = mapped_column(String(16))
    ns_state_end: Mapped[str | None] = mapped_column(String(16))
    corrective_experience: Mapped[bool] = mapped_column(default=False)
    corrective_experience_text: Mapped[str] = mapped_column(Text, default="", info=FREE_TEXT)
    note: Mapped[str] = mapped_column(Text, default="", info=FREE_TEXT)
    created_at: Mapped[dt.datetime] = mapped_column(info=PHI)  # calendar dates identify (Safe Harbor)
    updated_at: Mapped[dt.datetime] = mapped_column(info=PHI)

    client: Mapped[ClientRow] = relationship(back_populates="sessions")
    responses: Mapped[list[InstrumentResponseRow]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )

    __table_args__ = (
        # Serves every (client, number) read: the timeline's order, the latest sessions, numbering. It also
        # carries the date and the four ratings, so the caseload overview reads its recent sessions from the
        # index alone, never from table rows (which hold the notes). It replaced ix_sessions_client_number. It
        # also serves what ix_sessions_client_date served (a client's session count, latest date, date order),
        # reading that client's entries: that index was dropped (migration 0005), one page fewer per save.
        Index("ix_sessions_client_number_ratings", "client_id", "number", "date", "safety", "trust", "attunement",
              "boundaries"),
        *(CheckConstraint(f"{c} between 0 and 10", name=c) for c in ("safety", "trust", "attunement", "boundaries")),
        CheckConstraint("duration_min between 1 and 600", name="duration"),
    )


class InstrumentResponseRow(Base):
    __tablename__ = "instrument_responses"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    instrument: Mapped[str] = mapped_column(String(32))
    item: Mapped[str] = mapped_column(String(32))
    value: Mapped[int]

    session: Mapped[SessionRow] = relationship(back_populates="responses")

    __table_args__ = (UniqueConstraint("session_id", "instrument", "item", name="uq_response"),)


class RuptureRow(Base):
    __tablename__ = "ruptures"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    markers: Mapped[list[str]] = mapped_column(JSON, default=list)
    intensity: Mapped[int]
    raised_by: Mapped[str] = mapped_column(String(16), default="client")
    note: Mapped[str] = mapped_column(Text, default="", info=FREE_TEXT)

    repairs: Mapped[list[RepairRow]] = relationship(
        back_populates="rupture", foreign_keys="RepairRow.rupture_id", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("intensity between 1 and 5", name="intensity"),
        CheckConstraint("kind in ('withdrawal','confrontation','mixed')", name="kind"),
    )


class RepairRow(Base):
    __tablename__ = "repairs"
    id: Mapped[int] = mapped_column(primary_key=True)
    rupture_id: Mapped[int] = mapped_column(ForeignKey("ruptures.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    strategies: Mapped[list[str]] = mapped_column(JSON, default=list)
    resolution: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="", info=FREE_TEXT)

    rupture: Mapped[RuptureRow] = relationship(back_populates="repairs", foreign_keys=[rupture_id])

    __table_args__ = (CheckConstraint("resolution between 1 and 5", name="resolution"),)


class AuditEventRow(Base):
    """Append-only, hash-chained. Never holds note text or names.

    ``seq`` is the rowid (migration 0006): each event writes one b-tree, not a table and a unique index."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    ts_utc: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[int | None]
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def phi_columns() -> list[str]:
    """Every column flagged as identifying, as table.column."""
    return [
        f"{table.name}.{col.name}"
        for table in Base.metadata.sorted_tables
        for col in table.columns
        if col.info.get("phi")
    ]


class AlertAckRow(Base):
    """A clinician's acknowledgement of one alert, so it stops nagging. The note is clinical text."""

    __tablename__ = "alert_acks"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    alert_key: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="", info=FREE_TEXT)
    created_at: Mapped[dt.datetime] = mapped_column(info=PHI)

    __table_args__ = (UniqueConstraint("client_id", "alert_key", name="uq_alert_ack"),)


class SessionVersionRow(Base):
    """The state of a session before one edit: the edit history a clinician can look back through."""

    __tablename__ = "session_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    changed_at: Mapped[dt.datetime] = mapped_column(info=PHI)
    actor: Mapped[str] = mapped_column(String(32), default="clinician")
    changed_fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The whole previous record as JSON, notes included: clinical text, encrypted with the vault.
    snapshot: Mapped[str] = mapped_column(Text, info={**PHI, **FREE_TEXT})

    __table_args__ = (UniqueConstraint("session_id", "version", name="uq_session_version"),)


class MeasureScheduleRow(Base):
    """How often a client is asked to fill in one outcome measure (core.outcomes.schedule)."""

    __tablename__ = "measure_schedules"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    instrument: Mapped[str] = mapped_column(String(32))
    frequency: Mapped[str] = mapped_column(String(24))  # every session | every n weeks | intake and discharge
    weeks: Mapped[int | None]
    since: Mapped[dt.date] = mapped_column(info=PHI)  # asked for from this day on: earlier sessions never missed it

    __table_args__ = (UniqueConstraint("client_id", "instrument", name="uq_measure_schedule"),)


class MeasureDeclineRow(Base):
    """A measure that was due in a session and not filled in, with why (recorded, not missing)."""

    __tablename__ = "measure_declines"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    instrument: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(32))

    __table_args__ = (UniqueConstraint("session_id", "instrument", name="uq_measure_decline"),)


class TrashedSessionRow(Base):
    """A deleted session, kept for 30 days so it can be restored (``services.trash``): the whole session as it
    was, with its ruptures, repairs, responses and edit history, as one JSON snapshot. Nothing reads it but the
    trash: not the timeline, the signals, the search or any export."""

    __tablename__ = "trashed_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int]  # the id it had, named in the audit trail's delete event
    number: Mapped[int]
    date: Mapped[dt.date] = mapped_column(info=PHI)
    deleted_at: Mapped[dt.datetime] = mapped_column(info=PHI)
    snapshot: Mapped[str] = mapped_column(Text, info={**PHI, **FREE_TEXT})


class ContextEventRow(Base):
    """Something in a client's life or therapy that helps read the charts: a life event, a medication change, a
    therapist absence, a change of setting, a phase change. The label is the clinician's own short text."""

    __tablename__ = "context_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(info=PHI)
    kind: Mapped[str] = mapped_column(String(24))
    label: Mapped[str] = mapped_column(String(200), default="", info=FREE_TEXT)


class HandoverRow(Base):
    """A check-in the client answered on this computer (client mode, ``services.handover``). Its answers stay here
    until a session of that client and date is saved, which takes them in (``session_id``)."""

    __tablename__ = "handovers"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"), index=True)
    date: Mapped[dt.date] = mapped_column(info=PHI)
    started_at: Mapped[dt.datetime] = mapped_column(info=PHI)
    # None while the client holds the computer; "finished" (handed back) or "interrupted" (an escape locked the vault)
    ended: Mapped[str | None] = mapped_column(String(16))
    revealed: Mapped[bool] = mapped_column(default=False)


class HandoverInstrumentRow(Base):
    """One instrument of a hand-over, in the order asked: pending, done, or "not today" (the client's choice)."""

    __tablename__ = "handover_instruments"
    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id", ondelete="CASCADE"), index=True)
    instrument: Mapped[str] = mapped_column(String(32))
    position: Mapped[int]
    state: Mapped[str] = mapped_column(String(16), default="pending")

    __table_args__ = (UniqueConstraint("handover_id", "instrument", name="uq_handover_instrument"),)


class HandoverItemRow(Base):
    """One item of a hand-over: the therapist's prediction (entered before handing over) and the client's answer
    (None until given; ``skipped`` when the client preferred not to answer)."""

    __tablename__ = "handover_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id", ondelete="CASCADE"), index=True)
    instrument: Mapped[str] = mapped_column(String(32))
    item: Mapped[str] = mapped_column(String(32))
    predicted: Mapped[int | None]
    answer: Mapped[int | None]
    skipped: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (UniqueConstraint("handover_id", "instrument", "item", name="uq_handover_item"),)
