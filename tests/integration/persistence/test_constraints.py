"""The database itself refuses rows that must never exist."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from returns_app.persistence.models import (
    Customer,
    Order,
    OrderLine,
    Product,
    Return,
    ReturnLine,
)

NOW = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)


def _order(session) -> Order:
    customer = Customer(name="Aino Laine")
    order = Order(order_number="100001", customer=customer, ordered_at=NOW)
    session.add(order)
    session.flush()
    return order


def _line(order, **kw) -> OrderLine:
    values = dict(
        line_no=1,
        sku="S",
        name="Paita",
        quantity=1,
        unit_price=Decimal("10.00"),
        vat_rate=Decimal("25.50"),
    )
    values.update(kw)
    return OrderLine(order_id=order.id, **values)


@pytest.mark.parametrize(
    "bad",
    [
        {"quantity": 0},
        {"quantity": -1},
        {"unit_price": Decimal("-0.01")},
        {"discount": Decimal("-1.00")},
    ],
)
def test_order_lines_with_impossible_values_are_refused(backend, bad):
    with backend.uow() as uow:
        order = _order(uow.session)
        uow.session.add(_line(order, **bad))
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_two_products_cannot_share_a_gtin_or_sku(backend):
    with backend.uow() as uow:
        for sku in ("A", "B"):
            uow.session.add(
                Product(
                    sku=sku,
                    gtin="06417084000019",
                    name="x",
                    unit_price=Decimal(1),
                    vat_rate=Decimal("25.5"),
                )
            )
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_return_line_quantities_keep_their_order(backend):
    with backend.uow() as uow:
        order = _order(uow.session)
        line = _line(order, quantity=2)
        uow.session.add(line)
        ret = Return(
            code="R0000000017",
            kind="withdrawal",
            customer_id=order.customer_id,
            notice_date=date(2026, 11, 1),
            notice_at=NOW,
        )
        uow.session.add(ret)
        uow.session.flush()
        uow.session.add(
            ReturnLine(return_id=ret.id, order_line_id=line.id, qty_announced=1, qty_received=2)
        )
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_unknown_return_kind_is_refused(backend):
    with backend.uow() as uow:
        order = _order(uow.session)
        uow.session.add(
            Return(
                code="R1",
                kind="whim",
                customer_id=order.customer_id,
                notice_date=date(2026, 11, 1),
                notice_at=NOW,
            )
        )
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_the_audit_log_cannot_be_changed_or_deleted(backend):
    from returns_app.domain.users import Actor
    from returns_app.services import audit, users

    admin = users.add_user(
        backend.uow(), "admin1", "secret-password", "admin", actor=Actor(None, "setup", "admin")
    )
    with backend.uow() as uow:  # the app writes the log through record() (chained on SQLite)
        audit.record(uow, Actor(admin.id, "admin1", "admin"), "refund_issued", "refund", None)
        uow.commit()
    for statement in ("UPDATE audit_log SET action = 'nothing'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), backend.uow() as uow:
            uow.session.execute(text(statement))
    with backend.uow(readonly=True) as uow:
        actions = list(uow.session.scalars(text("SELECT action FROM audit_log ORDER BY id")))
        assert actions == ["user_added", "refund_issued"]
