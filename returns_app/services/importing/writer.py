"""Writing imported orders fast, with exactly what :func:`upsert_order` would write.

A chunk of orders costs a handful of statements instead of a dozen per order:

- orders already in the database are loaded with their lines, shipments and customer in
  three queries; those that would not change are counted and left alone (re-importing a
  file is quick and writes nothing), those that would change go through
  :func:`upsert_order` itself, each in a savepoint so one refused update (a line already on
  a return) does not spoil the rest;
- new orders are inserted in bulk: customers matched by e-mail in one query, new customers,
  orders, lines and shipments each in one multi-row ``INSERT``. Should the database refuse
  the batch, the same orders go through :func:`upsert_order` one by one, which finds the
  culprit. The new orders' rows can be worked out beforehand, without the database
  (:func:`prepare`): SQLite's staged import does that in the pause between its batches.

The comparison in :func:`would_change` mirrors :func:`upsert_order`'s; a test checks that
the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, select, text, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session, joinedload, selectinload

from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.persistence.models import Customer, Order, OrderLine, Shipment
from returns_app.persistence.types import utcnow
from returns_app.services import sales_summary
from returns_app.services.importing.common import RowError
from returns_app.services.importing.resolve import DraftOrder, Products
from returns_app.services.orders import (
    OrderInput,
    keep_known_delivery,
    shipment_key,
    upsert_order,
)

CUSTOMER_FIELDS = ("name", "phone", "street", "postal_code", "city", "country", "lang")
_PART = 1000


def _m(text: str, **params: object) -> Message:
    return Message("import", text, params)


def order_values(o: OrderInput) -> dict[str, Any]:
    """The order's own columns as :func:`upsert_order` sets them (customer aside)."""
    return {
        "ordered_at": o.ordered_at,
        "currency": o.currency,
        "payment_method": o.payment_method,
        "payment_reference": o.payment_reference,
        "payment_transaction_id": o.payment_transaction_id or None,
        "delivery_method": o.delivery_method,
        "delivery_price": o.delivery_price,
        "cheapest_delivery_price": o.delivery_price
        if o.cheapest_delivery_price is None
        else o.cheapest_delivery_price,
        "delivery_vat_rate": o.delivery_vat_rate,
        "order_discount": o.order_discount,
        "refunded_in_shop": o.refunded_in_shop,
        "shop_payment_status": o.shop_payment_status,
        "consumer_informed": o.consumer_informed,
        "informed_on": o.informed_on,
        "source": o.source,
    }


def line_values(o: OrderInput, products: Products) -> list[dict[str, Any]]:
    """The order's lines as :func:`upsert_order` stores them (product data filled in)."""
    out = []
    for line in o.lines:
        product = products.find(line.gtin, line.sku)
        out.append(
            {
                "sku": line.sku,
                "gtin": line.gtin or (product.gtin if product else None),
                "name": line.name,
                "quantity": line.quantity,
                "unit_price": line.unit_price,
                "discount": line.discount,
                "vat_rate": line.vat_rate,
                "product_id": product.id if product else None,
                "exception_category": line.exception_category
                or (product.exception_category if product else "none"),
            }
        )
    return out


def would_change(order: Order, o: OrderInput, products: Products) -> bool:
    """Whether writing ``o`` over ``order`` changes the order (which customer included).

    The fields of a customer with an e-mail address are not compared: :meth:`OrderWriter.write`
    gives each such customer the data of their last order in the chunk in one pass (what
    writing the orders one by one leaves behind), so an order whose customer moved house is
    not rewritten for it. A customer without an address is the order's own when every field
    matches (where :func:`upsert_order` would make a new customer each time, so that re-imports
    from shops without e-mail addresses would change something every time).
    """
    customer = order.customer
    wanted_email = o.customer.email.lower() if o.customer.email else None
    if wanted_email != customer.email:
        return True
    if wanted_email is None:
        for name in CUSTOMER_FIELDS:
            value = getattr(o.customer, name)
            if value is not None and getattr(customer, name) != value:
                return True
    if any(getattr(order, k) != v for k, v in order_values(o).items()):
        return True
    wanted = line_values(o, products)
    if len(order.lines) != len(wanted):
        return True
    for no, (old, new) in enumerate(zip(order.lines, wanted, strict=True), start=1):
        if old.line_no != no or any(getattr(old, k) != v for k, v in new.items()):
            return True
    known = {shipment_key(sh) for sh in order.shipments}
    wanted = keep_known_delivery(order.shipments, o.shipments)
    return known != {shipment_key(sh) for sh in wanted}


def _customer_values(o: OrderInput) -> dict[str, Any]:
    return {k: v for k in CUSTOMER_FIELDS if (v := getattr(o.customer, k)) is not None}


@dataclass(frozen=True)
class Prepared:
    """A new order's rows, worked out and converted for the driver without the database:
    :func:`prepare` runs them while another station has its turn at SQLite's write lock,
    so the batch that writes them holds the lock for less."""

    order: dict[str, Any]  # the order's columns but its id, customer and time of writing
    lines: list[dict[str, Any]]  # each line's columns but its order
    shipments: list[dict[str, Any]]  # each shipment's columns but its order
    customer: dict[str, Any]  # the customer's fields the order gives
    sold: list[tuple[Any, int | None, int]]  # (ordered at, product, quantity) of each line


def prepare(
    orders: list[tuple[DraftOrder, OrderInput]], products: Products, dialect
) -> dict[str, Prepared]:
    """Each order's :class:`Prepared` rows, by order number, converted for ``dialect``.

    Worked out for every order given; :meth:`OrderWriter.write` uses them for those it
    finds new (the others, and orders without prepared rows, it works out itself)."""
    order_bind = _Binder(Order.__table__, dialect)
    line_bind = _Binder(OrderLine.__table__, dialect)
    ship_bind = _Binder(Shipment.__table__, dialect)
    return {
        o.order_number: _prepared(o, products, order_bind, line_bind, ship_bind) for _, o in orders
    }


def _prepared(o: OrderInput, products: Products, order_bind, line_bind, ship_bind) -> Prepared:
    lines = line_values(o, products)
    return Prepared(
        order=order_bind({"order_number": o.order_number, **order_values(o)}),
        lines=[line_bind({"line_no": no, **values}) for no, values in enumerate(lines, start=1)],
        shipments=[ship_bind(_shipment_row(sh)) for sh in o.shipments],
        customer=_customer_values(o),
        sold=[(o.ordered_at, line["product_id"], line["quantity"]) for line in lines],
    )


def _shipment_row(sh) -> dict[str, Any]:
    return {
        "carrier": sh.carrier,
        "tracking_number": sh.tracking_number,
        "shipped_at": sh.shipped_at,
        "delivered_on": sh.delivered_on,
        "delivery_estimated": sh.delivery_estimated,
    }


class _Binder:
    """Converts a row's values as the columns' types convert them for the driver (the app's
    UTC times, money, dates: exactly what an ``INSERT`` through SQLAlchemy would send);
    :func:`bulk_insert` then sends them as they are."""

    def __init__(self, table: Table, dialect) -> None:
        self.table = table
        self.dialect = dialect
        self._binds: dict[str, Any] = {}

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        out = {}
        binds = self._binds
        for name, value in row.items():
            try:
                bind = binds[name]
            except KeyError:
                column_type = self.table.c[name].type.dialect_impl(self.dialect)
                bind = binds[name] = column_type.bind_processor(self.dialect)
            out[name] = value if bind is None else bind(value)
        return out


@dataclass
class OrderWriter:
    """Writes chunks of orders in the caller's transaction and counts what happened."""

    session: Session
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    # New orders' units sold, kept for :meth:`record_sales` instead of added batch by batch
    # (None: added with each batch). See :meth:`keep_sales`.
    sales: list[tuple[Any, int | None, int]] | None = None

    def keep_sales(self) -> None:
        """Keep the new orders' units sold until :meth:`record_sales`, for an import written
        in one transaction (PostgreSQL): every batch adding to the same days' rows of
        ``sales_daily`` left a dead row version behind each time, which the next batch had
        to step over (100,000 orders: 18 s of 70, growing with the square of the file)."""
        self.sales = []

    def record_sales(self) -> None:
        """Add the units kept since :meth:`keep_sales` to ``sales_daily``, once per day and
        product, in the caller's transaction."""
        if self.sales:
            sales_summary.record(self.session, self.sales)
        self.sales = []

    def write(
        self,
        batch: list[tuple[DraftOrder, OrderInput]],
        products: Products,
        prepared: dict[str, Prepared] | None = None,
    ) -> list[RowError]:
        """Write one chunk; returns the orders the database refused. ``prepared`` holds
        rows worked out beforehand (:func:`prepare`) for some or all of its orders."""
        s = self.session
        numbers = [o.order_number for _, o in batch]
        existing: dict[str, Order] = {}
        for i in range(0, len(numbers), _PART):
            stmt = (
                select(Order)
                .where(Order.order_number.in_(numbers[i : i + _PART]))
                .options(
                    selectinload(Order.lines),
                    selectinload(Order.shipments),
                    joinedload(Order.customer),
                )
            )
            existing.update((o.order_number, o) for o in s.scalars(stmt))
        errors: list[RowError] = []
        fresh: list[tuple[DraftOrder, OrderInput]] = []
        for draft, order in batch:
            found = existing.get(order.order_number)
            if found is None:
                fresh.append((draft, order))
            elif would_change(found, order, products):
                errors.extend(self._one(draft, order))
            else:
                self.unchanged += 1
        if fresh:
            try:
                with s.begin_nested():
                    sold = self._insert(fresh, products, prepared or {})
                    if self.sales is None:
                        sales_summary.record(s, sold)
                if self.sales is not None:
                    self.sales.extend(sold)  # only once the savepoint has held
                self.created += len(fresh)
            except (IntegrityError, DataError):
                for draft, order in fresh:
                    errors.extend(self._one(draft, order))
        s.flush()
        refused = {e.record for e in errors}
        self._settle_customers([o for _, o in batch if o.order_number not in refused])
        s.expunge_all()
        return errors

    def _settle_customers(self, orders: list[OrderInput]) -> None:
        """Give each customer with an e-mail address the data of their last order here."""
        s = self.session
        table = Customer.__table__
        last = {o.customer.email.lower(): _customer_values(o) for o in orders if o.customer.email}
        emails = sorted(last)
        for i in range(0, len(emails), _PART):
            stmt = select(table).where(table.c.email.in_(emails[i : i + _PART]))
            for row in s.execute(stmt).mappings():
                changed = {k: v for k, v in last[row["email"]].items() if row[k] != v}
                if changed:
                    s.execute(update(table).where(table.c.id == row["id"]).values(**changed))

    def _one(self, draft: DraftOrder, order: OrderInput) -> list[RowError]:
        try:
            with self.session.begin_nested():
                result = upsert_order(self.session, order)
        except ReturnsError as exc:
            # Every refusal of the re-import guard, as the staged (SQLite) path lists them.
            messages = getattr(exc, "refusals", None) or (exc.message,)
            return [
                RowError(draft.line, draft.number_column, m, order.order_number) for m in messages
            ]
        except (IntegrityError, DataError) as exc:
            detail = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
            return [
                RowError(
                    draft.line,
                    draft.number_column,
                    _m(
                        QT_TRANSLATE_NOOP("import", "The database refused the order: {detail}"),
                        detail=detail,
                    ),
                    order.order_number,
                )
            ]
        if result.outcome == "created":
            self.created += 1
        elif result.outcome == "updated":
            self.updated += 1
        else:
            self.unchanged += 1
        return []

    def _insert(
        self,
        fresh: list[tuple[DraftOrder, OrderInput]],
        products: Products,
        prepared: dict[str, Prepared],
    ) -> list[tuple[Any, int | None, int]]:
        """Insert the new orders; returns their units sold (ordered at, product, quantity)."""
        s = self.session
        dialect = s.get_bind().dialect
        missing = [(d, o) for d, o in fresh if o.order_number not in prepared]
        if missing:
            prepared = {**prepared, **prepare(missing, products, dialect)}
        rows = [prepared[o.order_number] for _, o in fresh]
        customer_ids = self._customers(
            [(o, p.customer) for (_, o), p in zip(fresh, rows, strict=True)]
        )
        now = _Binder(Order.__table__, dialect)({"updated_at": utcnow()})["updated_at"]
        ids = new_ids(s, Order.__table__, len(rows))
        bulk_insert(
            s,
            Order.__table__,
            [
                {"id": oid, "customer_id": cid, "updated_at": now, **p.order}
                for p, oid, cid in zip(rows, ids, customer_ids, strict=True)
            ],
        )
        line_rows = [
            {"order_id": oid, **line} for p, oid in zip(rows, ids, strict=True) for line in p.lines
        ]
        ship_rows = [
            {"order_id": oid, **sh} for p, oid in zip(rows, ids, strict=True) for sh in p.shipments
        ]
        bulk_insert(s, OrderLine.__table__, line_rows)
        bulk_insert(s, Shipment.__table__, ship_rows)
        return [item for p in rows for item in p.sold]

    def _customers(self, orders: list[tuple[OrderInput, dict[str, Any]]]) -> list[int]:
        """The customer id of each order (given with the customer's fields it gives): matched
        by e-mail, or new (their data is settled afterwards by :meth:`_settle_customers`)."""
        s = self.session
        table = Customer.__table__
        emails = sorted({o.customer.email.lower() for o, _ in orders if o.customer.email})
        known: dict[str, dict[str, Any]] = {}
        for i in range(0, len(emails), _PART):
            stmt = (
                select(table).where(table.c.email.in_(emails[i : i + _PART])).order_by(table.c.id)
            )
            for row in s.execute(stmt).mappings():
                known.setdefault(row["email"], dict(row))
        new_rows: list[dict[str, Any]] = []
        new_by_email: dict[str, int] = {}
        refs: list[tuple[str, int]] = []
        for o, values in orders:
            email = o.customer.email.lower() if o.customer.email else None
            if email is not None and email in known:
                refs.append(("id", known[email]["id"]))
            elif email is not None and email in new_by_email:
                new_rows[new_by_email[email]].update(values)
                refs.append(("new", new_by_email[email]))
            else:
                new_rows.append(
                    {
                        "email": email,
                        "phone": None,
                        "street": "",
                        "postal_code": "",
                        "city": "",
                        "country": "FI",
                        "lang": "fi",
                        **values,
                    }
                )
                if email is not None:
                    new_by_email[email] = len(new_rows) - 1
                refs.append(("new", len(new_rows) - 1))
        made: list[int] = []
        if new_rows:
            made = new_ids(s, table, len(new_rows))
            for row, cid in zip(new_rows, made, strict=True):
                row["id"] = cid
            bind = _Binder(table, s.get_bind().dialect)
            bulk_insert(s, table, [bind(row) for row in new_rows])
        return [value if kind == "id" else made[value] for kind, value in refs]


def new_ids(s: Session, table: Table, n: int) -> list[int]:
    """``n`` ids for new rows of ``table``, taken in one statement (no ``RETURNING`` per row).

    PostgreSQL: from the table's sequence, as its default would. SQLite: the highest id plus
    one on, as SQLite itself numbers rows; the writing transaction holds the write lock (``BEGIN
    IMMEDIATE``), so nobody else takes them meanwhile.
    """
    if n <= 0:
        return []
    if s.get_bind().dialect.name == "postgresql":
        stmt = text(
            "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
        )
        return list(s.scalars(stmt, {"table": table.name, "n": n}))
    first = (s.scalar(select(func.max(table.c.id))) or 0) + 1
    return list(range(first, first + n))


def bulk_insert(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys, converted for the driver by a
    :class:`_Binder`) into ``table`` in the session's transaction.

    Straight through the driver, without building SQLAlchemy's parameters row by row:
    PostgreSQL takes the rows by ``COPY`` (the server parses and plans nothing per row),
    SQLite by the driver's ``executemany``.
    """
    if not rows:
        return
    columns = list(rows[0])
    dialect = s.get_bind().dialect
    values = ([row[c] for c in columns] for row in rows)
    names = ", ".join(f'"{name}"' for name in columns)
    driver = s.connection().connection.driver_connection
    if dialect.name == "postgresql":
        with (
            driver.cursor() as cursor,
            cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy,
        ):
            for row in values:
                copy.write_row(row)
        return
    marks = ", ".join("?" * len(columns))
    cursor = driver.cursor()
    try:
        cursor.executemany(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', values)
    finally:
        cursor.close()
