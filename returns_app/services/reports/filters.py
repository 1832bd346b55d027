"""What every report is asked for: a period of Helsinki days and optional filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.sql.elements import ColumnElement

from returns_app.domain.calendar import HELSINKI
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import RETURN_KINDS, Product, Return, ReturnLine
from returns_app.services.errors import InvalidInput


@dataclass(frozen=True)
class ReportFilter:
    """A period (both days included, Helsinki days) and optional filters.

    Attributes:
        kind: ``withdrawal``, ``defect_claim`` or ``goodwill``; None for every kind.
        category: a product category; a return counts when one of its lines is in it, and only
            those lines' units are counted.
        station: the station that did the step a report measures (registration for volumes
            and reasons, issuing for refunds, inspection for values, each action for
            throughput).
    """

    date_from: date
    date_to: date
    kind: str | None = None
    category: str | None = None
    station: str | None = None

    def __post_init__(self) -> None:
        if self.date_to < self.date_from:
            raise InvalidInput(
                Message(
                    "reports",
                    QT_TRANSLATE_NOOP("reports", "The period ends ({end}) before it starts."),
                    {"end": self.date_to.isoformat()},
                )
            )
        if self.kind is not None and self.kind not in RETURN_KINDS:
            raise InvalidInput(
                Message(
                    "reports",
                    QT_TRANSLATE_NOOP("reports", "There is no return kind '{kind}'."),
                    {"kind": self.kind},
                )
            )

    @property
    def days(self) -> int:
        """The number of days in the period."""
        return (self.date_to - self.date_from).days + 1

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """The period as UTC instants ``[start, end)``: Helsinki midnight to midnight."""
        start = datetime.combine(self.date_from, time(0), HELSINKI).astimezone(UTC)
        end = datetime.combine(self.date_to + timedelta(days=1), time(0), HELSINKI)
        return start, end.astimezone(UTC)


def in_period(column: Any, f: ReportFilter) -> ColumnElement[bool]:
    """``column`` (a UTC timestamp) falls on a Helsinki day of the period."""
    start, end = f.utc_bounds()
    return (column >= start) & (column < end)


def counted_returns(f: ReportFilter) -> list[ColumnElement[bool]]:
    """Conditions on :class:`Return` shared by every report: rejected returns never count
    (the shop refused them, so nothing came back and nothing was refunded), and the kind."""
    conditions: list[ColumnElement[bool]] = [Return.goods_state != "rejected"]
    if f.kind is not None:
        conditions.append(Return.kind == f.kind)
    return conditions


def has_line_in_category(return_id: Any, category: str) -> ColumnElement[bool]:
    """The return ``return_id`` has at least one line of a product in ``category``."""
    return exists(
        select(ReturnLine.id)
        .join(Product, Product.id == ReturnLine.product_id)
        .where(ReturnLine.return_id == return_id, Product.category == category)
    )
