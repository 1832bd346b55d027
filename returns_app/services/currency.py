"""The currency a return's money is in: its orders' (EUR when they name none).

A return's lines come from orders of one shop, in one currency; the first line's order is
asked, as :func:`returns_app.services.queries.get_return` does for the desk.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from returns_app.persistence.models import Order, OrderLine, Return, ReturnLine


def return_currency() -> Any:
    """A scalar subquery for the currency of :class:`Return` (correlated to it): EUR when
    the return has no line or its order names no currency."""
    first = (
        select(Order.currency)
        .join(OrderLine, OrderLine.order_id == Order.id)
        .join(ReturnLine, ReturnLine.order_line_id == OrderLine.id)
        .where(ReturnLine.return_id == Return.id)
        .order_by(ReturnLine.id)
        .limit(1)
        .correlate(Return)
        .scalar_subquery()
    )
    return func.coalesce(first, "EUR")
