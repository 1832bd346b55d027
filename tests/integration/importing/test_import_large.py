"""Large files: thousands of orders in chunks, progress, cancelling, and the fast path agreeing
with :func:`upsert_order` on what changes."""

from __future__ import annotations

import gc
import random
from decimal import Decimal

from import_helpers import counts, generated_orders
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from returns_app.persistence.models import Customer, Order, OrderLine
from returns_app.services.importing import import_orders
from returns_app.services.importing.common import CsvTable
from returns_app.services.importing.ours import read_csv
from returns_app.services.importing.resolve import VatRates, load_products, resolve
from returns_app.services.importing.writer import would_change
from returns_app.services.orders import upsert_order

N = 2000


def test_two_thousand_orders_import_in_chunks_and_again_change_nothing(backend, actors):
    text = generated_orders(N)
    seen: list[tuple[int, int]] = []
    collecting: set[bool] = set()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        collecting.add(gc.isenabled())

    gc.enable()
    report = import_orders(
        backend.uow(), text.encode(), chunk_size=300, progress=progress, actor=actors.admin
    )
    assert report.ok and (report.records, report.created) == (N, N)
    # the cyclic garbage collector was paused while the file was read and written (it would
    # walk every order read so far, again and again), and runs again after
    assert collecting == {False} and gc.isenabled()
    after = counts(backend)
    assert after["orders"] == N and after["customers"] == N // 2 + 1
    assert seen == sorted(seen) and seen[-1][0] == seen[-1][1] and len(seen) > N // 300
    again = import_orders(backend.uow(), text.encode(), chunk_size=300, actor=actors.admin)
    assert (again.created, again.updated, again.unchanged) == (0, 0, N)
    assert counts(backend) == after


def test_a_cancelled_import_writes_nothing(sqlite_backend, sqlite_actors):
    calls = []
    report = import_orders(
        sqlite_backend.uow(),
        generated_orders(N).encode(),
        chunk_size=200,
        progress=lambda d, t: calls.append(d),
        cancel=lambda: len(calls) >= 2,
        actor=sqlite_actors.admin,
    )
    assert report.cancelled and not report.written
    assert str(report.summary()) == "Import cancelled: nothing was written."
    assert counts(sqlite_backend)["orders"] == 0


def _mutate(text: str, seed: int) -> str:
    """Change some orders the ways shops change them; leave most alone."""
    rng = random.Random(seed)
    out = []
    for line in text.splitlines():
        cells = line.split(";")
        if cells[0].isdigit() and rng.random() < 0.15:
            which = rng.randrange(6)
            if which == 0:
                cells[14] = "1,00"  # price
            elif which == 1 and cells[2]:
                cells[2] += " Jr."  # customer name only: the order itself is unchanged
            elif which == 2 and cells[10]:
                cells[10] = "28.2.2026"  # delivery day
            elif which == 3:
                cells[13] = "5"  # quantity
            elif which == 4 and cells[3]:
                cells[3] = "someone.else@example.fi"  # another customer
            elif which == 5 and not cells[1]:
                continue  # a line removed
        out.append(";".join(cells))
    return "\n".join(out) + "\n"


def test_the_fast_path_predicts_change_exactly_when_upsert_order_changes_the_order(
    sqlite_backend, sqlite_actors
):
    original = generated_orders(300, seed=3)
    assert import_orders(sqlite_backend.uow(), original.encode(), actor=sqlite_actors.admin).ok
    changed = _mutate(original, seed=4)
    with sqlite_backend.uow() as uow:
        s = uow.session
        vat = VatRates.load(s)
        drafts = list(read_csv(CsvTable(changed)))
        found = load_products(s, [l for d in drafts for l in d.lines])
        agreed = 0
        for draft in drafts:
            order = resolve(draft, found, vat, True)
            existing = s.scalar(
                select(Order)
                .where(Order.order_number == order.order_number)
                .options(
                    selectinload(Order.lines),
                    selectinload(Order.shipments),
                    joinedload(Order.customer),
                )
            )
            predicted = would_change(existing, order, found)
            point = s.begin_nested()
            outcome = upsert_order(s, order).outcome
            point.rollback()
            s.expire_all()
            assert predicted == (outcome == "updated"), order.order_number
            agreed += 1
    assert agreed == 300
    report = import_orders(sqlite_backend.uow(), changed.encode(), actor=sqlite_actors.admin)
    assert report.ok and report.updated > 0 and report.created == 0
    assert report.updated + report.unchanged == 300


def test_money_survives_the_bulk_path_to_the_cent(backend, actors):
    text = generated_orders(50, seed=9)
    import_orders(backend.uow(), text.encode(), actor=actors.admin)
    expected = Decimal(0)
    for line in text.splitlines()[1:]:
        cells = line.split(";")
        expected += Decimal(cells[14].replace(",", ".")) * int(cells[13])
    with backend.uow(readonly=True) as uow:
        total = uow.session.scalar(select(func.sum(OrderLine.unit_price * OrderLine.quantity)))
    assert Decimal(total).quantize(Decimal("0.01")) == expected


def test_a_customer_keeps_the_address_of_their_last_order_and_re_imports_keep_it(
    sqlite_backend, sqlite_actors
):
    rows = (
        b"order_number;ordered_at;customer_name;customer_email;street;sku;product_name;quantity;"
        b"unit_price;vat_rate\n"
        b"1;2026-01-05;Aino Laine;aino@example.fi;Vanha katu 1;A;Pipo;1;10,00;25,5\n"
        b"2;2026-02-05;Aino Laine;AINO@example.fi;Uusi katu 2;A;Pipo;1;10,00;25,5\n"
    )
    assert import_orders(sqlite_backend.uow(), rows, actor=sqlite_actors.admin).created == 2
    again = import_orders(sqlite_backend.uow(), rows, actor=sqlite_actors.admin)
    assert (again.unchanged, again.updated) == (2, 0)
    with sqlite_backend.uow(readonly=True) as uow:
        streets = list(uow.session.scalars(select(Customer.street)))
    assert streets == ["Uusi katu 2"]
