"""Display strings for dates, scores and statuses, following the user's locale."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from alliance.core.records import ClientStatus, Modality, NervousSystemState
from alliance.core.taxonomy import RaisedBy, RuptureKind, RuptureStatus
from alliance.i18n import locale_date, translated


def _tr(text: str) -> str:
    return translated(text)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_text(day: dt.date | None) -> str:
    return "\u2014" if day is None else locale_date(day)


def index_text(value: float | Fraction | None) -> str:
    return "\u2014" if value is None else QLocale().toString(float(value), "f", 2)


def status_text(status: ClientStatus) -> str:
    return {
        ClientStatus.ACTIVE: _tr("Active"),
        ClientStatus.PAUSED: _tr("Paused"),
        ClientStatus.DISCHARGED: _tr("Discharged"),
    }[status]


def modality_text(modality: Modality) -> str:
    return {Modality.IN_PERSON: _tr("In person"), Modality.VIDEO: _tr("Video"), Modality.PHONE: _tr("Phone")}[modality]


def ns_state_text(state: NervousSystemState) -> str:
    return {
        NervousSystemState.VENTRAL: _tr("Ventral (rest and connect)"),
        NervousSystemState.SYMPATHETIC: _tr("Sympathetic (fight or flight)"),
        NervousSystemState.DORSAL: _tr("Dorsal (freeze or shutdown)"),
        NervousSystemState.UNCLEAR: _tr("Unclear"),
    }[state]


def kind_text(kind: RuptureKind) -> str:
    return {
        RuptureKind.WITHDRAWAL: _tr("Withdrawal"),
        RuptureKind.CONFRONTATION: _tr("Confrontation"),
        RuptureKind.MIXED: _tr("Mixed"),
    }[kind]


def raised_by_text(raised_by: RaisedBy) -> str:
    return {RaisedBy.CLIENT: _tr("Client"), RaisedBy.THERAPIST: _tr("Therapist"),
            RaisedBy.UNSPOKEN: _tr("Unspoken")}[raised_by]


def rupture_status_text(status: RuptureStatus) -> str:
    return {
        RuptureStatus.OPEN: _tr("Open"),
        RuptureStatus.PARTLY_RESOLVED: _tr("Partly resolved"),
        RuptureStatus.RESOLVED: _tr("Resolved"),
    }[status]


# The overview's trend column: an arrow to see, words for screen readers.
TREND_ARROWS = {"up": "\u2191", "flat": "\u2192", "down": "\u2193"}


def trend_words(trend: str) -> str:
    """'rising', 'steady' or 'falling' for a trend value ('up', 'flat', 'down')."""
    return {"up": _tr("rising"), "flat": _tr("steady"), "down": _tr("falling")}[trend]


def local_time_text(when: dt.datetime, seconds: bool = False) -> str:
    """A UTC (or any aware) timestamp as the person's local date and time, in their locale's short format."""
    local = QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000)).toLocalTime()
    locale = QLocale()
    if seconds:
        fmt = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
        if ":ss" not in fmt:
            fmt = fmt.replace(":mm", ":mm:ss", 1)
        return locale.toString(local, fmt)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def clients_text(n: int | None) -> str:
    """'1 client', '12 clients' ('? clients' when unknown)."""
    if n == 1:
        return QCoreApplication.translate("Counts", "1 client")
    return QCoreApplication.translate("Counts", "{n} clients").format(n="?" if n is None else n)


def sessions_text(n: int | None) -> str:
    """'1 session', '348 sessions' ('? sessions' when unknown)."""
    if n == 1:
        return QCoreApplication.translate("Counts", "1 session")
    return QCoreApplication.translate("Counts", "{n} sessions").format(n="?" if n is None else n)
