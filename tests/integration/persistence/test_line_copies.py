"""A return line keeps its order line's product, unit price, SKU and name and its order's time
for the reports (migrations 0016 and 0018): written when the return is registered, filled by the database for a
line inserted without them, and kept in step when an order line's product or an order's time
changes afterwards (a re-import), on SQLite and PostgreSQL; a database migrated from before
either gets them for the returns it has."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from returns_app.persistence.models import Order, OrderLine, Product, ReturnLine
from returns_app.services import returns as returns_service
from returns_app.services.returns import LineRequest, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)


def _rows(backend, stmt) -> list[tuple]:
    with backend.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(stmt)]


def _copies(backend, return_id: int) -> list[tuple]:
    return _rows(
        backend,
        select(
            ReturnLine.product_id,
            ReturnLine.unit_price,
            ReturnLine.ordered_at,
            ReturnLine.sku,
            ReturnLine.name,
        )
        .where(ReturnLine.return_id == return_id)
        .order_by(ReturnLine.id),
    )


def _truth(backend, return_id: int) -> list[tuple]:
    """What the copies stand for, read through the order lines and orders."""
    return _rows(
        backend,
        select(
            OrderLine.product_id,
            OrderLine.unit_price,
            Order.ordered_at,
            OrderLine.sku,
            OrderLine.name,
        )
        .select_from(ReturnLine)
        .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(ReturnLine.return_id == return_id)
        .order_by(ReturnLine.id),
    )


def test_the_copies_follow_the_order_lines_and_orders_however_they_are_written(
    backend, actors, make_order
):
    order = make_order()
    cmd = RegisterReturn(
        "withdrawal",
        (LineRequest(order.lines[0].id, 1), LineRequest(order.lines[1].id, 1)),
        notice_at=NOTICE,
    )
    ret = returns_service.register_return(backend.uow(), actors.clerk, cmd)
    copies = _copies(backend, ret.id)
    assert copies == _truth(backend, ret.id)
    assert [c[1] for c in copies] == [Decimal("39.90"), Decimal("24.90")]
    assert all(c[0] is not None for c in copies)
    assert all(c[3] and c[4] for c in copies)

    # A line written without its copies (a bulk insert) gets them from the database.
    with backend.uow() as uow:
        uow.session.add(
            ReturnLine(return_id=ret.id, order_line_id=order.lines[0].id, qty_announced=1)
        )
        uow.commit()
    assert _copies(backend, ret.id) == _truth(backend, ret.id)
    assert len(_copies(backend, ret.id)) == 3

    # A re-import corrects the order's time and links the book to another product.
    with backend.uow() as uow:
        other = Product(
            sku="BOOK-2", name="Kirja 2", unit_price=Decimal("24.90"), vat_rate=Decimal("14")
        )
        uow.session.add(other)
        uow.session.flush()
        uow.session.execute(
            update(Order)
            .where(Order.id == order.id)
            .values(ordered_at=datetime(2026, 11, 4, 21, 30, tzinfo=UTC))
        )
        uow.session.execute(
            update(OrderLine).where(OrderLine.id == order.lines[1].id).values(product_id=other.id)
        )
        # ... and renames the shirt, whose SKU it corrects
        uow.session.execute(
            update(OrderLine)
            .where(OrderLine.id == order.lines[0].id)
            .values(sku="SHIRT-M2", name="Paita, sininen")
        )
        uow.commit()
    copies = _copies(backend, ret.id)
    assert copies == _truth(backend, ret.id)
    assert copies[1][0] == other.id
    assert (copies[0][3], copies[0][4]) == ("SHIRT-M2", "Paita, sininen")
    assert (copies[2][3], copies[2][4]) == ("SHIRT-M2", "Paita, sininen")  # the bulk-written line
    assert {c[2] for c in copies} == {datetime(2026, 11, 4, 21, 30, tzinfo=UTC)}


@pytest.mark.parametrize("before", ["0015", "0017"])
def test_returns_registered_before_the_copies_get_them(backend, actors, make_order, before):
    """A database migrated from before 0016 (every copy) or 0018 (the SKU and the name)."""
    from returns_app.persistence import migrate

    order = make_order()
    cmd = RegisterReturn(
        "withdrawal",
        (LineRequest(order.lines[0].id, 2), LineRequest(order.lines[1].id, 1)),
        notice_at=NOTICE,
    )
    ret = returns_service.register_return(backend.uow(), actors.clerk, cmd)
    migrate.downgrade(backend.engine, before)
    migrate.upgrade(backend.engine)
    copies = _copies(backend, ret.id)
    assert copies == _truth(backend, ret.id)
    assert [(c[1], c[3]) for c in copies] == [
        (Decimal("39.90"), "SHIRT-M"),
        (Decimal("24.90"), "BOOK-1"),
    ]
