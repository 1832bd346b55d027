"""New orders go in a chunk at a time: the statements an import sends do not grow with the
orders (no INSERT ... RETURNING per order or customer), and what goes in by COPY
(PostgreSQL) or the driver's executemany (SQLite) reads back as an INSERT would have
written it."""

from __future__ import annotations

from decimal import Decimal

from import_helpers import generated_orders
from sqlalchemy import event, select

from returns_app.persistence.models import Customer, Order, OrderLine, SalesDaily, Shipment
from returns_app.services import sales_summary
from returns_app.services.importing import import_orders


def _statements(backend, run) -> list[str]:
    seen: list[str] = []

    def count(conn, cursor, statement, params, context, executemany):
        seen.append(statement)

    event.listen(backend.engine, "before_cursor_execute", count)
    try:
        run()
    finally:
        event.remove(backend.engine, "before_cursor_execute", count)
    return seen


def _import(backend, actors, n: int):
    text = generated_orders(n, start=600000 + n).encode()
    report = import_orders(backend.uow(), text, chunk_size=500, actor=actors.admin)
    assert report.ok and report.created == n, report.errors
    return report


def test_the_statements_of_an_import_do_not_grow_with_its_orders(backend, actors):
    small = _statements(backend, lambda: _import(backend, actors, 100))
    large = _statements(backend, lambda: _import(backend, actors, 1000))
    # 1000 orders are two chunks of 500, 100 orders one: about twice the statements, never
    # ten times (one per order or customer would be thousands).
    assert len(large) <= 2 * len(small) + 10, (len(small), len(large))
    tables = ("orders", "order_lines", "customers", "shipments")
    writes = [
        s
        for s in large
        if s.lstrip().upper().startswith(("INSERT", "COPY"))
        and s.split("(")[0].replace('"', "").split()[-1] in tables
    ]
    # (the rows themselves go by COPY or the driver's executemany, beside SQLAlchemy's events)
    assert not any("RETURNING" in s.upper() for s in writes)


def test_bulk_written_orders_read_back_as_inserted(backend, actors):
    text = generated_orders(40, start=610000).encode()
    first = import_orders(backend.uow(), text, actor=actors.admin)
    assert first.ok and first.created == 40
    # Read back, every value equals what the file says (times, money, dates, customers):
    # importing the file again changes nothing.
    again = import_orders(backend.uow(), text, actor=actors.admin)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 40)
    with backend.uow(readonly=True) as uow:
        s = uow.session
        order = s.scalar(select(Order).where(Order.order_number == "610000"))
        assert order.ordered_at.tzinfo is not None and isinstance(order.delivery_price, Decimal)
        assert s.scalar(select(Customer).where(Customer.id == order.customer_id)).email
        assert s.scalar(select(Shipment).where(Shipment.order_id == order.id)) is not None
        assert s.scalar(select(OrderLine).where(OrderLine.order_id == order.id)) is not None
        summary = {(r.day, r.product_id): r.units for r in s.scalars(select(SalesDaily))}
    with backend.uow() as uow:
        sales_summary.rebuild(uow.session)
        rebuilt = {(r.day, r.product_id): r.units for r in uow.session.scalars(select(SalesDaily))}
        uow.session.rollback()
    assert summary == rebuilt
    # the ids taken in bulk are the tables' own: a later file's orders follow them
    more = import_orders(
        backend.uow(), generated_orders(3, start=620000).encode(), actor=actors.admin
    )
    assert more.ok and more.created == 3


def test_units_sold_add_up_after_a_file_of_many_chunks_of_new_and_changed_orders(backend, actors):
    """PostgreSQL writes a file in one transaction and adds its new orders' units to
    ``sales_daily`` once at the end; changed orders take back and add theirs as they go.
    Either way the summary is what the order lines say."""
    from returns_app.services.importing import import_products

    catalogue = "sku;name;unit_price;vat_rate\n" + "".join(
        f"SKU-{i:03d};Tuote {i};10,00;25,5\n" for i in range(40)
    )
    assert import_products(backend.uow(), catalogue.encode(), actor=actors.admin).ok
    first = import_orders(
        backend.uow(),
        generated_orders(150, start=630000).encode(),
        chunk_size=40,
        actor=actors.admin,
    )
    assert first.ok and first.created == 150
    # The same numbers with other lines (changed), and 75 new ones, over several chunks.
    second = import_orders(
        backend.uow(),
        generated_orders(225, seed=8, start=630000).encode(),
        chunk_size=40,
        actor=actors.admin,
    )
    assert second.ok and second.created == 75 and second.updated > 0, second
    with backend.uow(readonly=True) as uow:
        summary = {(r.day, r.product_id): r.units for r in uow.session.scalars(select(SalesDaily))}
    with backend.uow() as uow:
        sales_summary.rebuild(uow.session)
        rebuilt = {(r.day, r.product_id): r.units for r in uow.session.scalars(select(SalesDaily))}
        uow.session.rollback()
    # (a day and product whose units were all taken back keeps its row, at 0)
    assert {k: n for k, n in summary.items() if n} == rebuilt
    assert sum(rebuilt.values()) > 300
