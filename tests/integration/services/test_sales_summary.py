"""Units sold per day and product stay equal to the order lines, whatever wrote them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from returns_app.persistence.models import Product, SalesDaily
from returns_app.services import demo, orders, sales_summary
from returns_app.services.importing import import_orders, import_products

DATA = Path(__file__).resolve().parents[2] / "data" / "import"


def _summary(backend):
    with backend.uow(readonly=True) as uow:
        return sorted(
            (d, p, u)
            for d, p, u in uow.session.execute(
                select(SalesDaily.day, SalesDaily.product_id, SalesDaily.units)
            )
            if u
        )


def _recomputed(backend):
    with backend.uow() as uow:
        sales_summary.rebuild(uow.session)
        rows = sorted(
            (d, p, u)
            for d, p, u in uow.session.execute(
                select(SalesDaily.day, SalesDaily.product_id, SalesDaily.units)
            )
        )
        uow.rollback()
    return rows


def test_saving_and_updating_orders_keeps_the_daily_sales_equal_to_the_lines(backend, make_order):
    make_order(order_number="700001")
    make_order(order_number="700002")
    assert _summary(backend) and _summary(backend) == _recomputed(backend)
    fewer = (
        orders.LineInput(
            "SHIRT-M", "Paita M", 1, Decimal("39.90"), Decimal("25.5"), gtin="06417084000019"
        ),
    )
    make_order(order_number="700001", lines=fewer)
    assert _summary(backend) == _recomputed(backend)
    with backend.uow(readonly=True) as uow:
        sku = dict(uow.session.execute(select(Product.id, Product.sku)).all())
    # 700001 now has one shirt and no book; 700002 still two shirts and a book.
    assert {sku[p]: u for _, p, u in _summary(backend)} == {"SHIRT-M": 3, "BOOK-1": 1}


def test_imported_and_demo_orders_are_counted_too(backend, actors):
    import_products(backend.uow(), DATA / "products.csv", actor=actors.admin)
    report = import_orders(backend.uow(), DATA / "orders.csv", actor=actors.admin)
    assert report.created > 0
    demo.generate(backend.engine, orders=60, seed=3, returns=0)
    assert _summary(backend) == _recomputed(backend)
    assert sum(u for _, _, u in _summary(backend)) > 60
