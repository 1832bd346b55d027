"""What the inspected returns were worth: value recovered against value written off.

Each inspected unit is valued at its order line's unit price (what the customer paid per
unit, VAT included, before any line discount). A unit restocked as new recovers its full
price; a B-stock unit recovers ``b_stock_fraction`` of it (default 50 %, the shop's
estimate of an outlet price); quarantine, scrap and back-to-supplier units are written off
at the full price. B-stock values are rounded half up to the cent per unit, then summed.
Units count on the Helsinki day they were inspected.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from returns_app.persistence.models import Inspection, Product, Return, ReturnLine
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.reports.dto import DispositionValue, GradeCount, ValueReport
from returns_app.services.reports.filters import ReportFilter, counted_returns, in_period

B_STOCK_FRACTION = Decimal("0.50")
DISPOSITION_ORDER = ("restock", "b_stock", "quarantine", "scrap", "supplier")
CENT = Decimal("0.01")


def recovery_value(
    uow: UnitOfWork, f: ReportFilter, *, b_stock_fraction: Decimal = B_STOCK_FRACTION
) -> ValueReport:
    """Units, value at price and value counted per disposition, and units per grade."""
    with uow:
        return query_value(uow.session, f, b_stock_fraction)


def query_value(session: Session, f: ReportFilter, b_stock_fraction: Decimal) -> ValueReport:
    """The aggregate behind :func:`recovery_value`, in an open session."""
    if not Decimal(0) <= b_stock_fraction <= Decimal(1):
        raise ValueError("the B-stock fraction is between 0 and 1")
    q = (
        # The line's copy of its order line's unit price (migration 0016): no order line read.
        select(Inspection.disposition, Inspection.grade, ReturnLine.unit_price, func.count())
        .select_from(Inspection)
        .join(ReturnLine, ReturnLine.id == Inspection.return_line_id)
        .join(Return, Return.id == ReturnLine.return_id)
        .where(in_period(Inspection.created_at, f), *counted_returns(f))
        .group_by(Inspection.disposition, Inspection.grade, ReturnLine.unit_price)
    )
    if f.category is not None:
        q = q.join(Product, Product.id == ReturnLine.product_id).where(
            Product.category == f.category
        )
    if f.station is not None:
        q = q.where(Inspection.station == f.station)
    units: dict[str, int] = {}
    at_price: dict[str, Decimal] = {}
    counted: dict[str, Decimal] = {}
    grades: dict[str, int] = {}
    for disposition, grade, price, n in session.execute(q):
        n, price = int(n), Decimal(price)
        unit_value = price
        if disposition == "b_stock":
            unit_value = (price * b_stock_fraction).quantize(CENT, rounding=ROUND_HALF_UP)
        units[disposition] = units.get(disposition, 0) + n
        at_price[disposition] = at_price.get(disposition, Decimal("0.00")) + price * n
        counted[disposition] = counted.get(disposition, Decimal("0.00")) + unit_value * n
        grades[grade] = grades.get(grade, 0) + n
    order = [d for d in DISPOSITION_ORDER if d in units] + sorted(
        set(units) - set(DISPOSITION_ORDER)
    )
    return ValueReport(
        dispositions=tuple(DispositionValue(d, units[d], at_price[d], counted[d]) for d in order),
        grades=tuple(GradeCount(g, grades[g]) for g in sorted(grades)),
        b_stock_fraction=b_stock_fraction,
    )
