"""Whether refunds are on time: days from the notice to the refund, against the legal 14.

The lead time of a refund is its Helsinki issue day minus the return's notice day. A refund is
late when it was issued after the return's refund due day (notice + 14 days, art. 13(1)).
Defect claims have no statutory refund day; for them (and any return without a due day) the
same 14 days are used as the shop's own target (**Policy**).

Unpaid returns whose due day has passed are listed too, except those the shop may still hold
(art. 13(3)): goods not yet received and no proof of dispatch. Issued refunds count in the
period they were issued in; unpaid ones in the period their due day fell in.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from returns_app.persistence.models import MONEY_STATES, Refund, Return
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.reports.dto import (
    LEGAL_REFUND_DAYS,
    LateRefund,
    LeadBucket,
    LeadTimeReport,
)
from returns_app.services.reports.filters import (
    ReportFilter,
    counted_returns,
    has_line_in_category,
    in_period,
)
from returns_app.services.reports.sql import DateSql

GOODS_IN = ("received", "inspected", "closed")
UNPAID_STATES = tuple(s for s in MONEY_STATES if s not in ("refunded", "not_refundable"))
CENT = Decimal("0.01")


def refund_lead_times(
    uow: UnitOfWork, f: ReportFilter, *, today: date, late_limit: int = 200
) -> LeadTimeReport:
    """The distribution of refund lead times and the late ones (at most ``late_limit``, the
    latest first), as of ``today`` (a Helsinki day)."""
    with uow:
        return query_lead_times(uow.session, DateSql(uow.dialect), f, today, late_limit)


def query_lead_times(
    session: Session, ds: DateSql, f: ReportFilter, today: date, late_limit: int
) -> LeadTimeReport:
    """The aggregates behind :func:`refund_lead_times`, in an open session."""
    # The refunds are those issued in the period: their years are the period's.
    issued_day = ds.local_day(Refund.issued_at, range(f.date_from.year, f.date_to.year + 1))
    days = ds.days_between(issued_day, Return.notice_date)
    allowed = func.coalesce(
        ds.days_between(Return.refund_due, Return.notice_date), LEGAL_REFUND_DAYS
    )
    is_late = days > allowed
    conditions = [Refund.status == "issued", in_period(Refund.issued_at, f), *counted_returns(f)]
    if f.station is not None:
        conditions.append(Refund.station == f.station)
    if f.category is not None:
        conditions.append(has_line_in_category(Return.id, f.category))

    def issued(*columns: Any) -> Select[Any]:
        return select(*columns).select_from(Refund).join(Return, Return.id == Refund.return_id)

    # One pass over the period's refunds gives the histogram and the money (summed per lead
    # day in cents, then here): the total no longer reads them a second time.
    rows = issued(days.label("lead"), allowed.label("allowed"), Refund.total.label("total"))
    rows = rows.where(*conditions).cte("issued")
    if not ds.pg and sqlite3.sqlite_version_info >= (3, 35):
        # Each refund's lead worked out once: SQLite would work it out for the select, the
        # group and the lateness each (a year: 0.48-0.80 -> 0.41-0.58 s for this statement).
        # PostgreSQL reads the CTE inline, as the plain statement it was.
        rows = rows.prefix_with("MATERIALIZED")
    histogram = session.execute(
        select(
            rows.c.lead,
            func.count(),
            func.sum(case((rows.c.lead > rows.c.allowed, 1), else_=0)),
            func.sum(rows.c.total),
        )
        .group_by(rows.c.lead)
        .order_by(rows.c.lead)
    ).all()
    buckets = tuple(LeadBucket(int(d), int(n), int(late or 0)) for d, n, late, _ in histogram)
    total = sum((Decimal(t or 0).quantize(CENT) for *_, t in histogram), Decimal("0.00"))
    # SQLite works out a refund's Helsinki day with date functions, for each of a year's
    # 124,000 refunds. A late one was issued after its due day even in UTC: on the day after
    # it in Helsinki, at 21:00 UTC of the due day at the earliest. So the stored UTC text is
    # first compared with the due day's ('2026-05-03 10:00:00' > '2026-05-02'), and the day is
    # worked out for the few left (313 -> 102 ms at a year).
    late_candidates = []
    if not ds.pg:
        due = func.coalesce(Return.refund_due, ds.add_days(Return.notice_date, LEGAL_REFUND_DAYS))
        late_candidates.append(Refund.issued_at > due)
    late_issued = session.execute(
        issued(
            Return.id,
            Return.code,
            Return.kind,
            Return.notice_date,
            Return.refund_due,
            issued_day,
            days,
            Refund.total,
        )
        .where(*conditions, *late_candidates, is_late)
        .order_by(days.desc(), Return.code)
        .limit(late_limit)
    ).all()

    # The overdue ones and how many there are, in one query: the count is taken over every
    # matching row before the limit (a window), not by a second query.
    overdue = _overdue_conditions(f, today)
    # On PostgreSQL "+ 0" keeps the planner from walking every return in notice-day order
    # in the hope of meeting the few overdue ones early (190 ms); it reads the period's due
    # days from their indexes instead (5 ms).
    first = Return.notice_date + 0 if ds.pg else Return.notice_date
    open_rows = session.execute(
        select(
            Return.id,
            Return.code,
            Return.kind,
            Return.notice_date,
            Return.refund_due,
            func.count().over().label("overdue"),
        )
        .where(*overdue)
        .order_by(first, Return.code)
        .limit(late_limit)
    ).all()
    open_count = open_rows[0][-1] if open_rows else 0
    if late_limit <= 0:  # no rows asked for: count them on their own
        open_count = session.scalar(select(func.count()).select_from(Return).where(*overdue))

    def due(notice: date, refund_due: date | None) -> date:
        return refund_due or notice + timedelta(days=LEGAL_REFUND_DAYS)

    late = [
        LateRefund(rid, code, kind, notice, due(notice, rdue), on, int(d), Decimal(t))
        for rid, code, kind, notice, rdue, on, d, t in late_issued
    ] + [
        LateRefund(rid, code, kind, notice, due(notice, rdue), None, (today - notice).days, None)
        for rid, code, kind, notice, rdue, _ in open_rows
    ]
    late.sort(key=lambda r: (-r.days_late, r.code))
    return LeadTimeReport(
        buckets=buckets,
        issued=sum(b.refunds for b in buckets),
        issued_late=sum(b.late for b in buckets),
        refunded_total=total,
        open_overdue=int(open_count),
        late=tuple(late[:late_limit]),
    )


def _overdue_conditions(f: ReportFilter, today: date) -> list[ColumnElement[bool]]:
    """Unpaid returns whose due day (in the period) is before ``today``."""
    # Due days are compared in Python terms: refund_due, or notice + 14 when there is none.
    last_due = min(f.date_to, today - timedelta(days=1))
    shift = timedelta(days=LEGAL_REFUND_DAYS)
    due_in_period = or_(
        and_(Return.refund_due.is_not(None), Return.refund_due.between(f.date_from, last_due)),
        and_(
            Return.refund_due.is_(None),
            Return.notice_date.between(f.date_from - shift, last_due - shift),
        ),
    )
    # Correlated: one probe of refunds.return_id per candidate (NOT IN would list every
    # issued refund there is, 125,000 at a million orders: 0.15 s on SQLite). The unpaid
    # money states are named rather than the paid ones excluded, so that SQLite reads the
    # candidates from the (money state, due day) index: 150 -> 12 ms at 90 days.
    unpaid = ~exists().where(Refund.return_id == Return.id, Refund.status == "issued")
    conditions = [
        *counted_returns(f),
        Return.money_state.in_(UNPAID_STATES),
        due_in_period,
        unpaid,
        or_(Return.goods_state.in_(GOODS_IN), Return.proof_of_dispatch_at.is_not(None)),
    ]
    if f.station is not None:
        conditions.append(Return.station == f.station)
    if f.category is not None:
        conditions.append(has_line_in_category(Return.id, f.category))
    return conditions
