"""How much each user or station processes per hour, from the audit log.

A return counts as processed by whoever received its parcel, checked in or inspected its
items, issued its refund or closed it. Active hours are the distinct clock hours in which
the user (or station) did any of that, so a quarter of an hour of work counts as one hour:
the figure is returns per hour actually spent at the desk, slightly on the low side.
"""

from __future__ import annotations

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from returns_app.persistence.models import AuditEntry, Return
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.reports.dto import GroupBy, ThroughputRow
from returns_app.services.reports.filters import (
    ReportFilter,
    counted_returns,
    has_line_in_category,
    in_period,
)
from returns_app.services.reports.sql import DateSql

PARCEL_ACTIONS = ("parcel_received", "parcel_matched")
PROCESSING_ACTIONS = (
    *PARCEL_ACTIONS,
    "item_checked_in",
    "unit_inspected",
    "refund_issued",
    "return_closed",
)


def throughput(
    uow: UnitOfWork, f: ReportFilter, by: GroupBy = GroupBy.USER
) -> tuple[ThroughputRow, ...]:
    """Returns, parcels, inspected units and refunds per user (or station), most returns first."""
    with uow:
        return query_throughput(uow.session, DateSql(uow.dialect), f, GroupBy(by))


def query_throughput(
    session: Session, ds: DateSql, f: ReportFilter, by: GroupBy
) -> tuple[ThroughputRow, ...]:
    """The aggregate behind :func:`throughput`, in an open session."""
    if by is GroupBy.USER:
        key = AuditEntry.username.label("key")
    elif by is GroupBy.STATION:
        key = AuditEntry.station.label("key")
    else:
        raise ValueError(f"throughput cannot be grouped by {by}")

    def count_of(*actions: str):
        return func.sum(case((AuditEntry.action.in_(actions), 1), else_=0))

    returns = func.count(distinct(AuditEntry.return_id)).label("returns")
    q = (
        select(
            key,
            returns,
            count_of(*PARCEL_ACTIONS),
            count_of("unit_inspected"),
            count_of("refund_issued"),
            func.count(distinct(ds.hour(AuditEntry.at))),
        )
        .select_from(AuditEntry)
        .where(in_period(AuditEntry.at, f), AuditEntry.action.in_(PROCESSING_ACTIONS))
        .group_by(key)
        .order_by(returns.desc(), key)
    )
    if f.kind is None:
        # Every return but a rejected one counts, and returns are never deleted: the few
        # rejected ones are read once, instead of looking up the return of every entry (the
        # entries of a year are then read from ix_audit_log_at_report alone).
        rejected = select(Return.id).where(Return.goods_state == "rejected")
        q = q.where(AuditEntry.return_id.is_not(None), AuditEntry.return_id.not_in(rejected))
    else:
        q = q.join(Return, Return.id == AuditEntry.return_id).where(*counted_returns(f))
    if f.station is not None:
        q = q.where(AuditEntry.station == f.station)
    if f.category is not None:
        q = q.where(has_line_in_category(AuditEntry.return_id, f.category))
    return tuple(
        ThroughputRow(k, int(r), int(p or 0), int(u or 0), int(n or 0), int(h))
        for k, r, p, u, n, h in session.execute(q)
    )
