"""The month on one page, and the values the report filters offer."""

from __future__ import annotations

import calendar
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select

from returns_app.documents.report_summary import (
    DayCount,
    ReportSummaryData,
    SummaryRow,
    render_summary,
)
from returns_app.persistence.models import AuditEntry, Product, Return
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.reports import labels
from returns_app.services.reports.dto import (
    Granularity,
    GroupBy,
    MonthlySummary,
    ReportOptions,
)
from returns_app.services.reports.filters import ReportFilter
from returns_app.services.reports.products import MIN_SOLD, query_rates
from returns_app.services.reports.refund_times import query_lead_times
from returns_app.services.reports.sql import DateSql
from returns_app.services.reports.throughput import query_throughput
from returns_app.services.reports.value import B_STOCK_FRACTION, query_value
from returns_app.services.reports.volume import query_reasons, query_volume


def report_options(uow: UnitOfWork) -> ReportOptions:
    """The categories and stations to filter by, and the first notice day on record."""
    with uow:
        s = uow.session
        categories = s.scalars(
            select(Product.category)
            .distinct()
            .where(Product.category != "")
            .order_by(Product.category)
        ).all()
        stations = s.scalars(_distinct_stations()).all()
        first = s.scalar(select(func.min(Return.notice_date)))
    return ReportOptions(tuple(categories), tuple(stations), first)


def _distinct_stations():
    """The stations on record in the audit log, one index seek per station.

    A plain ``DISTINCT`` reads the whole log (half a million entries at 150,000 returns);
    this walks ``ix_audit_log_station`` from one value to the next (a "loose index scan",
    written as a recursive query because neither database does it by itself).
    """
    stations = (
        select(func.min(AuditEntry.station).label("station"))
        .where(AuditEntry.station != "")
        .cte("stations", recursive=True)
    )
    following = (
        select(func.min(AuditEntry.station))
        .where(AuditEntry.station > stations.c.station)
        .scalar_subquery()
    )
    stations = stations.union_all(
        select(following).select_from(stations).where(stations.c.station.is_not(None))
    )
    return (
        select(stations.c.station)
        .where(stations.c.station.is_not(None))
        .order_by(stations.c.station)
    )


def month_filter(
    year: int,
    month: int,
    *,
    kind: str | None = None,
    category: str | None = None,
    station: str | None = None,
) -> ReportFilter:
    """The filter for one calendar month."""
    last = calendar.monthrange(year, month)[1]
    return ReportFilter(date(year, month, 1), date(year, month, last), kind, category, station)


def monthly_summary(
    uow: UnitOfWork,
    f: ReportFilter,
    *,
    today: date,
    b_stock_fraction: Decimal = B_STOCK_FRACTION,
    min_sold: int = MIN_SOLD,
    top: int = 5,
) -> MonthlySummary:
    """Every report for the period of ``f`` (normally a month), read in one transaction."""
    with uow:
        s, ds = uow.session, DateSql(uow.dialect)
        return MonthlySummary(
            filter=f,
            volume=query_volume(s, ds, f, Granularity.DAY),
            reasons=query_reasons(s, f),
            rates=query_rates(s, f, min_sold, top),
            lead=query_lead_times(s, ds, f, today, top),
            value=query_value(s, f, b_stock_fraction),
            throughput=query_throughput(s, f, GroupBy.USER)[:top],
        )


def render_monthly_pdf(
    summary: MonthlySummary, *, lang: str, shop_name: str, created_at: datetime
) -> bytes:
    """The one-page PDF of ``summary`` in ``lang``."""
    f = summary.filter
    kind_rows = tuple(
        SummaryRow(labels.label(labels.KINDS, k, lang=lang), n)
        for k, n in summary.volume.by_kind().items()
    )
    data = ReportSummaryData(
        shop_name=shop_name,
        date_from=f.date_from,
        date_to=f.date_to,
        filters=tuple(
            text
            for text in (
                labels.label(labels.KINDS, f.kind, lang=lang) if f.kind else "",
                f.category or "",
                f.station or "",
            )
            if text
        ),
        returns=summary.volume.returns,
        units=summary.volume.units,
        by_kind=kind_rows,
        daily=tuple(
            DayCount(b.start, (b.withdrawal, b.defect_claim, b.goodwill))
            for b in summary.volume.buckets
        ),
        reasons=tuple(
            SummaryRow(labels.label(labels.REASONS, r.reason, lang=lang), r.units)
            for r in summary.reasons
        ),
        refunds_issued=summary.lead.issued,
        refunds_late=summary.lead.issued_late,
        refunded_total=summary.lead.refunded_total,
        open_overdue=summary.lead.open_overdue,
        median_days=summary.lead.median_days,
        recovered_full=summary.value.recovered_full,
        recovered_b_stock=summary.value.recovered_b_stock,
        written_off=summary.value.written_off,
        b_stock_fraction=summary.value.b_stock_fraction,
        grades=tuple(
            SummaryRow(labels.label(labels.GRADES, g.grade, lang=lang), g.units)
            for g in summary.value.grades
        ),
        top_products=tuple(
            SummaryRow(f"{p.name} ({p.sku})", p.returned, p.sold) for p in summary.rates
        ),
        throughput=tuple(SummaryRow(t.key, t.returns, t.active_hours) for t in summary.throughput),
        late=tuple(
            SummaryRow(r.code, r.days_late, 1 if r.issued_on is None else 0)
            for r in summary.lead.late
        ),
        created_at=created_at,
    )
    return render_summary(data, lang)
