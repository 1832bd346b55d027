"""Orders in: create or update an order as the web shop charged it (imports use this too)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from returns_app.domain.calendar import notice_date_from_utc
from returns_app.domain.money import format_money
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import (
    Customer,
    Order,
    OrderLine,
    Product,
    Refund,
    RefundLine,
    Shipment,
)
from returns_app.persistence.types import utcnow
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit, sales_summary
from returns_app.services.acting import authorize
from returns_app.services.errors import Conflict, InvalidInput


@dataclass(frozen=True)
class CustomerInput:
    """The buyer as the shop knows them; matched by e-mail when one is given."""

    name: str
    email: str | None = None
    phone: str | None = None
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FI"
    lang: str = "fi"


@dataclass(frozen=True)
class LineInput:
    """An order line as charged (unit price VAT included; discount for the whole line)."""

    sku: str
    name: str
    quantity: int
    unit_price: Decimal
    vat_rate: Decimal
    discount: Decimal = Decimal("0.00")
    gtin: str | None = None
    exception_category: str | None = None


@dataclass(frozen=True)
class ShipmentInput:
    """An outbound shipment and the day the customer got it."""

    tracking_number: str | None = None
    carrier: str = ""
    delivered_on: date | None = None
    shipped_at: datetime | None = None
    delivery_estimated: bool = False  # delivered_on is shipped + transit days, not an event


#: The web shop's payment states in which no money was received (Shopify's ``Financial
#: Status``): nothing can be refunded from such an order.
NOT_PAID = frozenset({"voided", "pending", "authorized", "expired"})


@dataclass(frozen=True)
class OrderInput:
    """An order from the web shop."""

    order_number: str
    customer: CustomerInput
    lines: tuple[LineInput, ...]
    ordered_at: datetime
    shipments: tuple[ShipmentInput, ...] = ()
    currency: str = "EUR"
    payment_method: str = "card"
    payment_reference: str = ""
    payment_transaction_id: str | None = None  # Paytrail's transaction id, if known
    delivery_method: str = ""
    delivery_price: Decimal = Decimal("0.00")
    cheapest_delivery_price: Decimal | None = None
    delivery_vat_rate: Decimal = Decimal("25.50")
    order_discount: Decimal = Decimal("0.00")
    refunded_in_shop: Decimal = Decimal("0.00")
    shop_payment_status: str = ""
    consumer_informed: bool = True
    informed_on: date | None = None
    source: str = "manual"
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class UpsertResult:
    """What happened to one order: created, updated or unchanged."""

    order_id: int
    order_number: str
    outcome: str


def _customer(s: Session, c: CustomerInput, current: Customer | None = None) -> Customer:
    found = None
    if c.email:
        found = s.scalar(select(Customer).where(Customer.email == c.email.lower()).limit(1))
    elif current is not None and current.email is None:
        found = current  # an update of an order whose buyer has no e-mail keeps its buyer
    if found is None:
        found = Customer(email=c.email.lower() if c.email else None)
        s.add(found)
    for name in ("name", "phone", "street", "postal_code", "city", "country", "lang"):
        value = getattr(c, name)
        if value is not None and getattr(found, name) != value:
            setattr(found, name, value)
    return found


def _product_for(s: Session, line: LineInput) -> Product | None:
    if line.gtin:
        product = s.scalar(select(Product).where(Product.gtin == line.gtin))
        if product:
            return product
    return s.scalar(select(Product).where(Product.sku == line.sku))


def shipment_key(sh: Shipment | ShipmentInput) -> tuple:
    """What a re-import compares of a shipment."""
    return (sh.tracking_number, sh.delivered_on, bool(sh.delivery_estimated))


def known_delivery(sh: Shipment) -> bool:
    """Whether ``sh`` has a delivery day a re-import keeps: one a clerk corrected from the
    customer's proof, or one read from a delivery event.

    Not an estimate, nor the shipping day itself: imports before 0011 stored ``Fulfilled at``
    (the day the parcel left) as the delivery day, unmarked, and such a day is an estimate at
    best (migration 0012 marks the stored ones; this catches any left).
    """
    if sh.delivered_on is None:
        return False
    if sh.delivery_corrected:
        return True
    shipping_day = sh.shipped_at is not None and sh.delivered_on == notice_date_from_utc(
        sh.shipped_at
    )
    return not sh.delivery_estimated and not shipping_day


def keep_known_delivery(
    existing: list[Shipment], incoming: tuple[ShipmentInput, ...]
) -> tuple[ShipmentInput, ...]:
    """``incoming`` with a known delivery day kept where the file only has an estimate.

    A day read from a delivery event or corrected by a clerk from the customer's proof is
    never replaced by an estimate from a later re-import of the same shipment, and a day a
    clerk corrected is never replaced at all: a shipment the clerk corrected stays even when
    the file names none (an order re-imported before the shop marked it fulfilled).
    """
    known = {sh.tracking_number: sh for sh in existing if known_delivery(sh)}
    out = []
    for sh in incoming:
        old = known.pop(sh.tracking_number, None)
        if old is not None and (
            sh.delivery_estimated or sh.delivered_on is None or old.delivery_corrected
        ):
            sh = replace(sh, delivered_on=old.delivered_on, delivery_estimated=False)
        out.append(sh)
    out += [
        ShipmentInput(sh.tracking_number, sh.carrier, sh.delivered_on, sh.shipped_at, False)
        for sh in known.values()
        if sh.delivery_corrected
    ]
    return tuple(out)


def _order_values(order: OrderInput) -> dict:
    """The order's own columns as stored (customer aside)."""
    return dict(
        ordered_at=order.ordered_at,
        currency=order.currency,
        payment_method=order.payment_method,
        payment_reference=order.payment_reference,
        payment_transaction_id=order.payment_transaction_id or None,
        delivery_method=order.delivery_method,
        delivery_price=order.delivery_price,
        cheapest_delivery_price=order.delivery_price
        if order.cheapest_delivery_price is None
        else order.cheapest_delivery_price,
        delivery_vat_rate=order.delivery_vat_rate,
        order_discount=order.order_discount,
        refunded_in_shop=order.refunded_in_shop,
        shop_payment_status=order.shop_payment_status,
        consumer_informed=order.consumer_informed,
        informed_on=order.informed_on,
        source=order.source,
    )


def _line_values(s: Session, line: LineInput) -> dict:
    """An order line's columns as stored (product data filled in)."""
    product = _product_for(s, line)
    return dict(
        sku=line.sku,
        gtin=line.gtin or (product.gtin if product else None),
        name=line.name,
        quantity=line.quantity,
        unit_price=line.unit_price,
        discount=line.discount,
        vat_rate=line.vat_rate,
        product_id=product.id if product else None,
        exception_category=line.exception_category
        or (product.exception_category if product else "none"),
    )


# What returns and refunds rest on: a re-import may not move it under them.
LINE_MONEY = {
    "unit_price": QT_TRANSLATE_NOOP("orders", "unit price"),
    "discount": QT_TRANSLATE_NOOP("orders", "discount"),
    "vat_rate": QT_TRANSLATE_NOOP("orders", "VAT rate"),
}
DELIVERY_MONEY = {
    "delivery_price": QT_TRANSLATE_NOOP("orders", "delivery price"),
    "cheapest_delivery_price": QT_TRANSLATE_NOOP("orders", "cheapest delivery price"),
    "delivery_vat_rate": QT_TRANSLATE_NOOP("orders", "delivery VAT rate"),
}


def _shown(value: object) -> str:
    return format_money(value) if isinstance(value, Decimal) else str(value)


def _units_refunded(s: Session, order_id: int) -> tuple[dict[int, int], bool, bool]:
    """Per order line the units refunds (not cancelled) cover or rest on; whether any refund
    of the order exists and whether one refunds its delivery."""
    rows = s.execute(
        select(RefundLine.order_line_id, RefundLine.kind, func.sum(RefundLine.quantity))
        .join(Refund, Refund.id == RefundLine.refund_id)
        .where(RefundLine.order_id == order_id, Refund.status != "cancelled")
        .group_by(RefundLine.order_line_id, RefundLine.kind)
    ).all()
    units: dict[int, int] = {}
    for line_id, _kind, quantity in rows:
        if line_id is not None:
            units[line_id] = units.get(line_id, 0) + int(quantity or 0)
    return units, bool(rows), any(kind == "delivery" for _, kind, _ in rows)


def reimport_refusals(
    s: Session, existing: Order, values: dict, wanted: dict[int, dict]
) -> list[Message]:
    """Why an update of ``existing`` would move what its returns and refunds rest on.

    A line on a return or a refund (not rejected, not cancelled) keeps its unit price,
    discount and VAT rate, is not removed and keeps at least the units on them; the order
    discount stays once a line is on one, the delivery's price once it is refunded. Otherwise
    a refund computed on the old prices and one on the new ones together could give back
    more than was paid. ``values`` are the order's new columns, ``wanted`` its new lines by
    line number (as :func:`upsert_order` would store them).

    A pure check: it only reads (a read-only session will do) and returns the refusals, each
    naming the order and the line, in the order :func:`upsert_order` meets them; none means
    the update may go ahead. The SQLite import runs it while reading the file, before it
    writes anything; :func:`upsert_order` runs it again when it writes.
    """
    from returns_app.services.queries import returned_quantities

    if not existing.lines:
        return []
    returned = returned_quantities(s, [line.id for line in existing.lines])
    refunded, any_refund, delivery_refunded = _units_refunded(s, existing.id)
    number = existing.order_number
    found: list[Message] = []

    def refuse(text: str, **params: object) -> None:
        found.append(Message("orders", text, {"n": number, **params}))

    touched = False
    for old in sorted(existing.lines, key=lambda line: line.line_no):
        units = max(returned.get(old.id, 0), refunded.get(old.id, 0))
        on_refund = old.id in refunded
        if not units and not on_refund:
            continue
        touched = True
        new = wanted.get(old.line_no)
        if new is None:
            refuse(
                QT_TRANSLATE_NOOP(
                    "orders",
                    "Order {n}: line {line} ({name}) is on a return and cannot be removed. "
                    "Keep the line in the file as it was charged.",
                ),
                line=old.line_no,
                name=old.name,
            )
            continue
        if new["quantity"] < units:
            refuse(
                QT_TRANSLATE_NOOP(
                    "orders",
                    "Order {n}: line {line} ({name}) cannot drop to {quantity} unit(s): "
                    "{units} are on returns or refunds. Keep at least {units} in the file.",
                ),
                line=old.line_no,
                name=old.name,
                quantity=new["quantity"],
                units=units,
            )
        for column, name in LINE_MONEY.items():
            if getattr(old, column) != new[column]:
                refuse(
                    QT_TRANSLATE_NOOP(
                        "orders",
                        "Order {n}: line {line} ({name}) is on a return or a refund, which "
                        "rests on what it was charged; its {field} cannot change ({old} → "
                        "{new}). Import the order as it was charged.",
                    ),
                    line=old.line_no,
                    name=old.name,
                    field=Message("orders", name),
                    old=_shown(getattr(old, column)),
                    new=_shown(new[column]),
                )
    if (touched or any_refund) and existing.order_discount != values["order_discount"]:
        refuse(
            QT_TRANSLATE_NOOP(
                "orders",
                "Order {n}: its lines are on returns or refunds, which rest on the order "
                "discount; it cannot change ({old} → {new}). Import the order as it was "
                "charged.",
            ),
            old=_shown(existing.order_discount),
            new=_shown(values["order_discount"]),
        )
    if delivery_refunded:
        for column, name in DELIVERY_MONEY.items():
            if getattr(existing, column) != values[column]:
                refuse(
                    QT_TRANSLATE_NOOP(
                        "orders",
                        "Order {n}: its delivery was refunded, so its {field} cannot change "
                        "({old} → {new}). Import the order as it was charged.",
                    ),
                    field=Message("orders", name),
                    old=_shown(getattr(existing, column)),
                    new=_shown(values[column]),
                )
    return found


def refuse_changes_under_returns(
    s: Session, existing: Order, values: dict, wanted: dict[int, dict]
) -> None:
    """Raise :class:`Conflict` with the first of :func:`reimport_refusals`, if any; changes
    nothing."""
    refusals = reimport_refusals(s, existing, values, wanted)
    if refusals:
        error = Conflict(refusals[0])
        error.refusals = tuple(refusals)  # an import lists each, as the staged path does
        raise error


def upsert_order(uow_session: Session, order: OrderInput) -> UpsertResult:
    """Create or update ``order`` in the caller's transaction (match by order number).

    A building block, not a use case: the caller (:func:`save_order`, the importer) has
    checked the acting user's permission in the same transaction and audits the change.

    What the order's returns and refunds rest on never moves under them (see
    :func:`refuse_changes_under_returns`): such an update is refused whole, before anything
    is written. The order row is locked first (PostgreSQL), the first lock of the one lock
    order every money use case follows (order -> return -> refund -> counters), so a refund
    proposed at the same moment sees either the old order or the new one, never a mix.
    """
    s = uow_session
    if not order.lines:
        raise InvalidInput(
            Message(
                "orders",
                QT_TRANSLATE_NOOP("orders", "Order {n} has no lines."),
                {"n": order.order_number},
            )
        )
    stmt = (
        select(Order)
        .where(Order.order_number == order.order_number)
        .options(
            selectinload(Order.lines),
            selectinload(Order.shipments),
            selectinload(Order.customer),
        )
        .execution_options(populate_existing=True)
    )
    if s.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=Order)
    existing = s.scalar(stmt)
    new_lines = {no: _line_values(s, line) for no, line in enumerate(order.lines, start=1)}
    if existing is not None:
        refuse_changes_under_returns(s, existing, _order_values(order), new_lines)
    old_units = (
        [(existing.ordered_at, line.product_id, line.quantity) for line in existing.lines]
        if existing is not None
        else []
    )
    customer = _customer(s, order.customer, existing.customer if existing else None)
    s.flush()
    values = dict(customer_id=customer.id, **_order_values(order))
    outcome = "created"
    if existing is None:
        existing = Order(order_number=order.order_number, **values)
        s.add(existing)
        s.flush()
    else:
        changed = any(getattr(existing, k) != v for k, v in values.items())
        outcome = "updated" if changed else "unchanged"
        for k, v in values.items():
            setattr(existing, k, v)
    old_lines = {line.line_no: line for line in existing.lines}
    for no, new in new_lines.items():
        old = old_lines.pop(no, None)
        if old is None:
            s.add(OrderLine(order_id=existing.id, line_no=no, **new))
            if outcome == "unchanged":
                outcome = "updated"
        elif any(getattr(old, k) != v for k, v in new.items()):
            for k, v in new.items():
                setattr(old, k, v)
            outcome = "updated" if outcome == "unchanged" else outcome
    if old_lines:  # none of them is on a return or a refund: checked above
        for old in old_lines.values():
            s.delete(old)
        outcome = "updated"
    shipments = keep_known_delivery(existing.shipments, order.shipments)
    known = {shipment_key(sh) for sh in existing.shipments}
    wanted = {shipment_key(sh) for sh in shipments}
    if known != wanted:
        by_tracking = {sh.tracking_number: sh for sh in existing.shipments}
        for sh in shipments:
            row = by_tracking.pop(sh.tracking_number, None)
            if row is None:
                s.add(
                    Shipment(
                        order_id=existing.id,
                        carrier=sh.carrier,
                        tracking_number=sh.tracking_number,
                        shipped_at=sh.shipped_at,
                        delivered_on=sh.delivered_on,
                        delivery_estimated=sh.delivery_estimated,
                    )
                )
            else:
                row.delivered_on, row.carrier = sh.delivered_on, sh.carrier or row.carrier
                row.delivery_estimated = sh.delivery_estimated
        for row in by_tracking.values():
            s.delete(row)
        if outcome == "unchanged":
            outcome = "updated"
    if outcome != "unchanged":
        existing.updated_at = utcnow()
    s.flush()
    if outcome != "unchanged":
        sales_summary.record(s, old_units, sign=-1)
        sales_summary.record(
            s,
            (
                (existing.ordered_at, product_id, quantity)
                for product_id, quantity in s.execute(
                    select(OrderLine.product_id, OrderLine.quantity).where(
                        OrderLine.order_id == existing.id
                    )
                )
            ),
        )
    return UpsertResult(existing.id, existing.order_number, outcome)


def save_order(uow: UnitOfWork, order: OrderInput, actor: Actor) -> UpsertResult:
    """Create or update one order in its own transaction, with an audit entry.

    Saving an order is what an import does, so it needs the import permission.
    """
    with uow:
        authorize(uow, actor, "import")
        result = upsert_order(uow.session, order)
        if result.outcome != "unchanged":
            audit.record(
                uow,
                actor,
                f"order_{result.outcome}",
                "order",
                result.order_id,
                number=order.order_number,
            )
        uow.commit()
        return result
