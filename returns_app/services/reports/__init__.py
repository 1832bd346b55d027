"""Reports: what returns cost the shop and why they happen.

One function per report, each taking a unit of work and a :class:`ReportFilter` and
returning frozen DTOs. Everything is computed with aggregates (``GROUP BY``) in the
database; Python only fills empty days and rounds money. The same SQL runs on SQLite and
PostgreSQL: :mod:`.sql` holds the few date expressions that differ.

Rejected returns never count: the shop refused them, so nothing came back.
"""

from returns_app.services.reports.dto import (
    LEGAL_REFUND_DAYS,
    DispositionValue,
    GradeCount,
    Granularity,
    GroupBy,
    GroupReasonRow,
    LateRefund,
    LeadBucket,
    LeadTimeReport,
    MonthlySummary,
    ProductRate,
    ReasonRow,
    ReportOptions,
    ThroughputRow,
    ValueReport,
    VolumeBucket,
    VolumeReport,
)
from returns_app.services.reports.filters import ReportFilter
from returns_app.services.reports.products import MIN_SOLD, return_rates
from returns_app.services.reports.refund_times import refund_lead_times
from returns_app.services.reports.summary import (
    month_filter,
    monthly_summary,
    render_monthly_pdf,
    report_options,
)
from returns_app.services.reports.throughput import throughput
from returns_app.services.reports.value import B_STOCK_FRACTION, recovery_value
from returns_app.services.reports.volume import reasons_by_group, return_reasons, returns_volume

__all__ = [
    "B_STOCK_FRACTION",
    "LEGAL_REFUND_DAYS",
    "MIN_SOLD",
    "DispositionValue",
    "GradeCount",
    "Granularity",
    "GroupBy",
    "GroupReasonRow",
    "LateRefund",
    "LeadBucket",
    "LeadTimeReport",
    "MonthlySummary",
    "ProductRate",
    "ReasonRow",
    "ReportFilter",
    "ReportOptions",
    "ThroughputRow",
    "ValueReport",
    "VolumeBucket",
    "VolumeReport",
    "month_filter",
    "monthly_summary",
    "reasons_by_group",
    "recovery_value",
    "refund_lead_times",
    "render_monthly_pdf",
    "report_options",
    "return_rates",
    "return_reasons",
    "returns_volume",
    "throughput",
]
