"""How much each user or station processes per hour, from the audit log.

A return counts as processed by whoever received its parcel, checked in or inspected its
items, issued its refund or closed it. Active hours are the distinct clock hours in which
the user (or station) did any of that, so a quarter of an hour of work counts as one hour:
the figure is returns per hour actually spent at the desk, slightly on the low side.

The entries are read through their summary per clock hour (``persistence.processing_hours``).
"""

from __future__ import annotations

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from returns_app.persistence.models import ProcessingHour, Return
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.reports.dto import GroupBy, ThroughputRow
from returns_app.services.reports.filters import (
    ReportFilter,
    counted_returns,
    has_line_in_category,
    in_period,
)


def throughput(
    uow: UnitOfWork, f: ReportFilter, by: GroupBy = GroupBy.USER
) -> tuple[ThroughputRow, ...]:
    """Returns, parcels, inspected units and refunds per user (or station), most returns first."""
    with uow:
        return query_throughput(uow.session, f, GroupBy(by))


def query_throughput(session: Session, f: ReportFilter, by: GroupBy) -> tuple[ThroughputRow, ...]:
    """The aggregate behind :func:`throughput`, in an open session.

    It reads the audit log's summary per clock hour, user, station and return (migration
    0017), not the log's entries: a year is 760,000 entries at a million orders. The period's
    bounds are whole hours in UTC (Helsinki's midnight is), so an hour's row is in the period
    exactly when its entries are.
    """
    h = ProcessingHour
    if by is GroupBy.USER:
        key = h.username.label("key")
    elif by is GroupBy.STATION:
        key = h.station.label("key")
    else:
        raise ValueError(f"throughput cannot be grouped by {by}")

    returns = func.count(distinct(h.return_id)).label("returns")
    q = (
        select(
            key,
            returns,
            func.sum(h.parcels),
            func.sum(h.units_inspected),
            func.sum(h.refunds),
            func.count(distinct(h.hour)),
        )
        .where(in_period(h.hour, f))
        .group_by(key)
        .order_by(returns.desc(), key)
    )
    if f.kind is None:
        # Every return but a rejected one counts, and returns are never deleted: the few
        # rejected ones are read once, instead of looking up the return of every row.
        rejected = select(Return.id).where(Return.goods_state == "rejected")
        q = q.where(h.return_id.not_in(rejected))
    else:
        q = q.join(Return, Return.id == h.return_id).where(*counted_returns(f))
    if f.station is not None:
        q = q.where(h.station == f.station)
    if f.category is not None:
        q = q.where(has_line_in_category(h.return_id, f.category))
    return tuple(
        ThroughputRow(k, int(r), int(p or 0), int(u or 0), int(n or 0), int(hours))
        for k, r, p, u, n, hours in session.execute(q)
    )
