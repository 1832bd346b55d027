"""What the reports return: frozen rows of plain values, money as ``Decimal``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from returns_app.services.reports.filters import ReportFilter

LEGAL_REFUND_DAYS = 14


class Granularity(StrEnum):
    """How returns are bucketed in time."""

    DAY = "day"
    WEEK = "week"


class GroupBy(StrEnum):
    """What a breakdown groups by."""

    CATEGORY = "category"
    PRODUCT = "product"
    USER = "user"
    STATION = "station"


# --- Volume and reasons -------------------------------------------------------------------


@dataclass(frozen=True)
class VolumeBucket:
    """Returns noticed in one day or week (``start`` is the day, or the week's Monday)."""

    start: date
    withdrawal: int = 0
    defect_claim: int = 0
    goodwill: int = 0
    units: int = 0

    @property
    def returns(self) -> int:
        """Returns of every kind."""
        return self.withdrawal + self.defect_claim + self.goodwill


@dataclass(frozen=True)
class VolumeReport:
    """Returns per day or week by kind; every bucket of the period is present."""

    granularity: Granularity
    buckets: tuple[VolumeBucket, ...]

    @property
    def returns(self) -> int:
        """Returns in the period."""
        return sum(b.returns for b in self.buckets)

    @property
    def units(self) -> int:
        """Units announced in the period's returns."""
        return sum(b.units for b in self.buckets)

    def by_kind(self) -> dict[str, int]:
        """Returns in the period per kind."""
        return {
            "withdrawal": sum(b.withdrawal for b in self.buckets),
            "defect_claim": sum(b.defect_claim for b in self.buckets),
            "goodwill": sum(b.goodwill for b in self.buckets),
        }


@dataclass(frozen=True)
class ReasonRow:
    """Why units came back: one reason code, most units first."""

    reason: str
    lines: int
    units: int


@dataclass(frozen=True)
class GroupReasonRow:
    """Units returned for one reason within one category or product.

    ``key`` is the category (``""`` for none) or the product's SKU; ``label`` what to show.
    """

    key: str
    label: str
    reason: str
    units: int


# --- Products -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductRate:
    """How many of the units sold in the period have come back (so far)."""

    product_id: int
    sku: str
    name: str
    category: str
    sold: int
    returned: int

    @property
    def rate(self) -> float:
        """Returned units / sold units (0..1)."""
        return self.returned / self.sold if self.sold else 0.0


# --- Refund lead time -----------------------------------------------------------------------


@dataclass(frozen=True)
class LeadBucket:
    """Refunds issued ``days`` after the notice, and how many of them were late."""

    days: int
    refunds: int
    late: int


@dataclass(frozen=True)
class LateRefund:
    """A refund paid after its due day, or one still unpaid with its due day passed.

    ``issued_on`` is None while unpaid; ``days`` is then the days since the notice until today.
    """

    return_id: int
    code: str
    kind: str
    notice_date: date
    due: date
    issued_on: date | None
    days: int
    total: Decimal | None

    @property
    def days_late(self) -> int:
        """Days past the due day (until paid, or until today)."""
        return (self.notice_date.toordinal() + self.days) - self.due.toordinal()


@dataclass(frozen=True)
class LeadTimeReport:
    """Refund lead times from notice to refund (Helsinki days) against the 14-day limit."""

    buckets: tuple[LeadBucket, ...]
    issued: int
    issued_late: int
    refunded_total: Decimal
    open_overdue: int
    late: tuple[LateRefund, ...]
    limit_days: int = LEGAL_REFUND_DAYS

    @property
    def on_time_share(self) -> float | None:
        """Share of issued refunds paid in time; None when none were issued."""
        return (self.issued - self.issued_late) / self.issued if self.issued else None

    @property
    def median_days(self) -> float | None:
        """The median lead time of issued refunds, in days."""
        if not self.issued:
            return None
        ordered = sorted(self.buckets, key=lambda b: b.days)

        def nth(n: int) -> int:
            seen = 0
            for bucket in ordered:
                seen += bucket.refunds
                if seen > n:
                    return bucket.days
            raise AssertionError("unreachable")

        middle = self.issued // 2
        if self.issued % 2:
            return float(nth(middle))
        return (nth(middle - 1) + nth(middle)) / 2


# --- Value and grades -----------------------------------------------------------------------


@dataclass(frozen=True)
class DispositionValue:
    """Inspected units that went one way, their value at the unit price, and what it counts as.

    ``counted`` is the value recovered (restock: full; B-stock: the fraction) or, for
    quarantine, scrap and supplier, the value written off.
    """

    disposition: str
    units: int
    at_price: Decimal
    counted: Decimal

    @property
    def recovers(self) -> bool:
        """True when the units went back on sale."""
        return self.disposition in ("restock", "b_stock")


@dataclass(frozen=True)
class GradeCount:
    """Inspected units of one grade."""

    grade: str
    units: int


@dataclass(frozen=True)
class ValueReport:
    """What inspected returns were worth: recovered against written off, and the grades."""

    dispositions: tuple[DispositionValue, ...]
    grades: tuple[GradeCount, ...]
    b_stock_fraction: Decimal

    def _sum(self, *names: str) -> Decimal:
        return sum((d.counted for d in self.dispositions if d.disposition in names), Decimal("0"))

    @property
    def recovered_full(self) -> Decimal:
        """Restocked at the full unit price."""
        return self._sum("restock")

    @property
    def recovered_b_stock(self) -> Decimal:
        """Sold as B-stock at ``b_stock_fraction`` of the unit price."""
        return self._sum("b_stock")

    @property
    def recovered(self) -> Decimal:
        """Everything recovered."""
        return self.recovered_full + self.recovered_b_stock

    @property
    def written_off(self) -> Decimal:
        """Quarantine, scrap and back to supplier, at the unit price."""
        return self._sum("quarantine", "scrap", "supplier")

    @property
    def units(self) -> int:
        """Units inspected."""
        return sum(g.units for g in self.grades)


# --- Throughput -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ThroughputRow:
    """What one user or station processed, and in how many active clock hours."""

    key: str
    returns: int
    parcels: int
    units_inspected: int
    refunds: int
    active_hours: int

    @property
    def returns_per_hour(self) -> float:
        """Returns processed per active hour."""
        return self.returns / self.active_hours if self.active_hours else 0.0


# --- Options and the month ------------------------------------------------------------------


@dataclass(frozen=True)
class ReportOptions:
    """Values the filters offer."""

    categories: tuple[str, ...]
    stations: tuple[str, ...]
    first_day: date | None


@dataclass(frozen=True)
class MonthlySummary:
    """Everything the one-page monthly PDF shows."""

    filter: ReportFilter
    volume: VolumeReport
    reasons: tuple[ReasonRow, ...]
    rates: tuple[ProductRate, ...]
    lead: LeadTimeReport
    value: ValueReport
    throughput: tuple[ThroughputRow, ...]
