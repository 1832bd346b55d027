"""How many returns came in, of which kind, and why: counted on the notice day."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from returns_app.persistence.models import Product, Return, ReturnLine
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.reports.dto import (
    Granularity,
    GroupBy,
    GroupReasonRow,
    ReasonRow,
    VolumeBucket,
    VolumeReport,
)
from returns_app.services.reports.filters import ReportFilter, counted_returns
from returns_app.services.reports.sql import DateSql


def returns_volume(
    uow: UnitOfWork, f: ReportFilter, granularity: Granularity = Granularity.DAY
) -> VolumeReport:
    """Returns per day or week of the notice, by kind, with the units announced.

    The notice day is already a Helsinki day, so no time zone arithmetic is needed. Every day
    (or week, starting on Monday) of the period is present, with zeros where nothing came.
    """
    with uow:
        return query_volume(uow.session, DateSql(uow.dialect), f, Granularity(granularity))


def return_reasons(uow: UnitOfWork, f: ReportFilter) -> tuple[ReasonRow, ...]:
    """Return lines and units per reason, most units first."""
    with uow:
        return query_reasons(uow.session, f)


def reasons_by_group(
    uow: UnitOfWork, f: ReportFilter, by: GroupBy = GroupBy.CATEGORY, limit: int = 10
) -> tuple[GroupReasonRow, ...]:
    """Units per reason within the ``limit`` categories (or products) with most units.

    Rows come group by group (most units first), reasons by units within a group.
    """
    with uow:
        return query_reasons_by_group(uow.session, f, GroupBy(by), limit)


def lines_in_period(f: ReportFilter, *columns: Any, products: bool = False) -> Select[Any]:
    """``SELECT columns`` over the counted return lines noticed in the period.

    The query starts from the returns of the period (the notice-day index) and reaches their
    lines by ``return_id``; it joins the products (``products``, or a category to filter by)
    by key only when it needs them. It reads no order line: a line keeps its own copies of
    its order line's product, price, SKU and name and its order's time (migrations 0016 and
    0018, :mod:`returns_app.persistence.line_copies`).
    """
    q = (
        select(*columns)
        .select_from(Return)
        .join(ReturnLine, ReturnLine.return_id == Return.id)
        .where(Return.notice_date >= f.date_from, Return.notice_date <= f.date_to)
        .where(*counted_returns(f))
    )
    if products or f.category is not None:
        # The line's copy of its product (migration 0016): a category needs no order line.
        q = q.outerjoin(Product, Product.id == ReturnLine.product_id)
    if f.category is not None:
        q = q.where(Product.category == f.category)
    if f.station is not None:
        q = q.where(Return.station == f.station)
    return q


def bucket_starts(f: ReportFilter, granularity: Granularity) -> list[date]:
    """The first day of every bucket that touches the period."""
    if granularity is Granularity.DAY:
        return [f.date_from + timedelta(days=i) for i in range(f.days)]
    monday = f.date_from - timedelta(days=f.date_from.weekday())
    starts = []
    while monday <= f.date_to:
        starts.append(monday)
        monday += timedelta(days=7)
    return starts


def query_volume(
    session: Session, ds: DateSql, f: ReportFilter, granularity: Granularity
) -> VolumeReport:
    """The aggregate behind :func:`returns_volume`, in an open session."""
    if granularity is Granularity.DAY:
        bucket = Return.notice_date.label("bucket")
    else:
        bucket = ds.week_start(Return.notice_date).label("bucket")
    q = lines_in_period(
        f,
        bucket,
        Return.kind,
        func.count(distinct(Return.id)),
        func.sum(ReturnLine.qty_announced),
    ).group_by(bucket, Return.kind)
    counts: dict[date, dict[str, int]] = {}
    for start, kind, returns, units in session.execute(q):
        into = counts.setdefault(start, {"units": 0})
        into[kind] = int(returns)
        into["units"] += int(units or 0)
    buckets = tuple(
        VolumeBucket(start, **counts.get(start, {})) for start in bucket_starts(f, granularity)
    )
    return VolumeReport(granularity, buckets)


def query_reasons(session: Session, f: ReportFilter) -> tuple[ReasonRow, ...]:
    """The aggregate behind :func:`return_reasons`, in an open session."""
    units = func.sum(ReturnLine.qty_announced).label("units")
    q = (
        lines_in_period(f, ReturnLine.reason_code, func.count(ReturnLine.id), units)
        .group_by(ReturnLine.reason_code)
        .order_by(units.desc(), ReturnLine.reason_code)
    )
    return tuple(ReasonRow(reason, int(n), int(u)) for reason, n, u in session.execute(q))


def query_reasons_by_group(
    session: Session, f: ReportFilter, by: GroupBy, limit: int
) -> tuple[GroupReasonRow, ...]:
    """The aggregates behind :func:`reasons_by_group`, in an open session."""
    if by is GroupBy.CATEGORY:
        key = func.coalesce(Product.category, "").label("key")
        shown = func.min(func.coalesce(Product.category, ""))
    elif by is GroupBy.PRODUCT:
        # The line's copies of its order line's SKU and name as sold (migration 0018).
        key = ReturnLine.sku.label("key")
        shown = func.min(ReturnLine.name)
    else:
        raise ValueError(f"reasons cannot be grouped by {by}")
    # One pass: units per group and reason; the windows rank the groups by their units
    # (then key) and give each its label, so the period is read once, not twice.
    per_reason = (
        lines_in_period(
            f,
            key,
            ReturnLine.reason_code.label("reason"),
            shown.label("shown"),
            func.sum(ReturnLine.qty_announced).label("units"),
            products=by is GroupBy.CATEGORY,
        )
        .group_by(key, ReturnLine.reason_code)
        .subquery()
    )
    totals = select(
        per_reason.c.key,
        func.min(per_reason.c.shown).over(partition_by=per_reason.c.key).label("label"),
        per_reason.c.reason,
        per_reason.c.units,
        func.sum(per_reason.c.units).over(partition_by=per_reason.c.key).label("total"),
    ).subquery()
    ranked = select(
        totals.c.key,
        totals.c.label,
        totals.c.reason,
        totals.c.units,
        func.dense_rank().over(order_by=(totals.c.total.desc(), totals.c.key)).label("rank"),
    ).subquery()
    rows = session.execute(
        select(ranked.c.key, ranked.c.label, ranked.c.reason, ranked.c.units, ranked.c.rank).where(
            ranked.c.rank <= limit
        )
    ).all()
    rows.sort(key=lambda r: (r[4], -int(r[3]), r[2]))
    return tuple(GroupReasonRow(k, text, reason, int(u)) for k, text, reason, u, _ in rows)
