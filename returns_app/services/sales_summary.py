"""Units sold per Helsinki day and product (``sales_daily``), kept in step with the orders.

Every path that writes order lines adds its units here in the same transaction; an updated
order first takes its old units back. The increments are ``INSERT ... ON CONFLICT DO UPDATE
SET units = units + excluded.units``, so two stations saving orders at once never lose one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select

from returns_app.domain.calendar import notice_date_from_utc
from returns_app.persistence.counters import upsert_insert
from returns_app.persistence.models import Order, OrderLine, SalesDaily


def _dialect(executor) -> str:
    if hasattr(executor, "dialect"):  # a Connection
        return executor.dialect.name
    return executor.get_bind().dialect.name  # a Session


def record(executor, items: Iterable[tuple[datetime, int | None, int]], sign: int = 1) -> None:
    """Add (``sign=-1``: take back) ``(ordered_at, product_id, quantity)`` units.

    ``executor`` is a Session or a Connection in the caller's transaction.
    """
    totals: dict[tuple[date, int], int] = defaultdict(int)
    days: dict[datetime, date] = {}  # an order's lines share its time
    for ordered_at, product_id, quantity in items:
        if product_id is not None and quantity:
            day = days.get(ordered_at)
            if day is None:
                day = days[ordered_at] = notice_date_from_utc(ordered_at)
            totals[(day, product_id)] += sign * quantity
    if not totals:
        return
    # One statement run for many rows (the driver's executemany), not one statement of
    # thousands of parameters: compiling and parsing that cost more than the rows.
    stmt = upsert_insert(executor)(SalesDaily)
    stmt = stmt.on_conflict_do_update(
        index_elements=["day", "product_id"],
        set_={"units": SalesDaily.units + stmt.excluded.units},
    )
    executor.execute(
        stmt, [{"day": d, "product_id": p, "units": n} for (d, p), n in sorted(totals.items())]
    )


def rebuild(executor) -> None:
    """Recompute the whole table from the order lines (tests, repairs)."""
    # Imported here: the reports package loads its PDF renderer (ReportLab), which the desk's
    # start reaches through orders and refunds but never needs.
    from returns_app.services.reports.sql import DateSql

    day = DateSql(_dialect(executor)).local_day(Order.ordered_at)
    executor.execute(delete(SalesDaily))
    executor.execute(
        insert(SalesDaily).from_select(
            ["day", "product_id", "units"],
            select(day, OrderLine.product_id, func.sum(OrderLine.quantity))
            .join(Order, Order.id == OrderLine.order_id)
            .where(OrderLine.product_id.is_not(None))
            .group_by(day, OrderLine.product_id),
        )
    )
