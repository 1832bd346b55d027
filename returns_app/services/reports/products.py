"""Which products come back: the return rate of the units sold in the period.

The rate follows the units sold in the period (by the order's Helsinki day) and counts how
many of exactly those units have been announced for return since, whenever that was. A
product that sells in March and comes back in April thus counts for March, and a rate can
never pass 100 %. Recent periods are low until their returns have had time to come in.
Order lines not linked to a product (free-text lines from an import) are not rated.

The returned units are found from the returns side: a notice comes after the order, so the
returns of the period's sales are noticed on or after its first day (with
:data:`NOTICE_SLACK_DAYS` of slack for a back-dated notice or a station's wrong clock); the
query reads those returns through the notice-day index and their lines by key; each line
keeps its product and its order's time (migration 0016), so no order line is read at all.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Float, cast, func, select
from sqlalchemy.orm import Session

from returns_app.persistence.models import Product, Return, ReturnLine, SalesDaily
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.reports.dto import ProductRate
from returns_app.services.reports.filters import ReportFilter, counted_returns, in_period

MIN_SOLD = 20
#: Days a return's notice day may lie before its order's day and still count (a notice can
#: only follow the order; this covers a back-dated notice typed a few days wrong).
NOTICE_SLACK_DAYS = 7


def return_rates(
    uow: UnitOfWork, f: ReportFilter, *, min_sold: int = MIN_SOLD, limit: int = 15
) -> tuple[ProductRate, ...]:
    """The ``limit`` products with the highest return rate among those that sold at least
    ``min_sold`` units in the period; highest rate first.

    ``f.kind`` and ``f.station`` (the registering station) filter the returned units only;
    ``f.category`` the products.
    """
    with uow:
        return query_rates(uow.session, f, min_sold, limit)


def query_rates(
    session: Session, f: ReportFilter, min_sold: int, limit: int
) -> tuple[ProductRate, ...]:
    """The aggregate behind :func:`return_rates`, in an open session."""
    # Units sold come from the per-day summary kept with the orders (see sales_summary):
    # summing the order lines themselves takes over a second at a million orders.
    sold_units = func.sum(SalesDaily.units)
    sold_q = (
        select(SalesDaily.product_id.label("pid"), sold_units.label("sold"))
        .where(SalesDaily.day >= f.date_from, SalesDaily.day <= f.date_to)
        .group_by(SalesDaily.product_id)
        .having(sold_units >= min_sold)
    )
    # Each returned line keeps its product and its order's time (migration 0016), so the
    # period's returns are read with their lines alone: no order line or order is probed.
    returned_q = (
        select(
            ReturnLine.product_id.label("product_id"),
            func.sum(ReturnLine.qty_announced).label("returned"),
        )
        .select_from(Return)
        .join(ReturnLine, ReturnLine.return_id == Return.id)
        .where(Return.notice_date >= f.date_from - timedelta(days=NOTICE_SLACK_DAYS))
        .where(in_period(ReturnLine.ordered_at, f), ReturnLine.product_id.is_not(None))
        .where(*counted_returns(f))
        .group_by(ReturnLine.product_id)
    )
    if f.station is not None:
        returned_q = returned_q.where(Return.station == f.station)
    sold = sold_q.cte("sold")
    returned = returned_q.cte("returned")
    returned_units = func.coalesce(returned.c.returned, 0)
    q = (
        select(
            Product.id,
            Product.sku,
            Product.name,
            Product.category,
            sold.c.sold,
            returned_units,
        )
        .join(sold, sold.c.pid == Product.id)
        .outerjoin(returned, returned.c.product_id == Product.id)
        .order_by(
            (cast(returned_units, Float) / sold.c.sold).desc(), sold.c.sold.desc(), Product.sku
        )
        .limit(limit)
    )
    if f.category is not None:
        q = q.where(Product.category == f.category)
    return tuple(
        ProductRate(pid, sku, name, category, int(n_sold), int(n_returned))
        for pid, sku, name, category, n_sold, n_returned in session.execute(q)
    )
