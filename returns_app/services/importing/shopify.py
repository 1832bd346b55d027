"""Shopify's order export (Orders → Export → CSV for Excel or plain CSV).

One row per line item; the order's own columns (``Email``, ``Created at``, ``Billing ...``,
``Shipping``, ``Tax 1 Name`` ...) are filled on its first row only, the later rows repeat
``Name`` and carry ``Lineitem ...`` columns. What we make of it (docs/formats.md):

- ``Name`` (``#1001``) is the order number without its ``#`` (``1001``), the way Returns Desk
  keeps order numbers; searching finds it either way.
- Prices include VAT (the EU setting "All prices include tax"); an order whose ``Total`` is
  ``Subtotal + Shipping + Taxes`` was charged VAT on top and is refused.
- A line's VAT rate is the one rate the order's ``Tax N Name`` columns name
  (``FI VAT 25.5%``) with a ``Tax N Value`` above 0.00 (a named tax of 0.00 charged nothing;
  only such lines: 0 %), else the product's rate (see :mod:`resolve`); ``Lineitem taxable``
  ``false`` means 0 %.
- ``Financial Status`` ``refunded`` / ``partially_refunded`` and ``Refunded Amount``: what the
  shop already paid back, counted in every refund limit; ``voided``, ``pending``,
  ``authorized`` and ``expired``: the money was never received, so nothing is refunded from
  the order (the status is kept and a refund is refused with the reason).
- ``Lineitem discount`` is the line's discount; what ``Discount Amount`` holds beyond the
  line discounts is an order discount.
- The withdrawal period runs from delivery, not from ``Fulfilled at`` (the day the parcel
  left). A ``Delivered at`` (or ``Delivery date``) column is the delivery day; otherwise the
  day is estimated from ``Fulfilled at`` and the shipping method's transit days (a shop
  setting) and marked as estimated, so a clerk can correct it from the customer's proof. No
  ``Fulfilled at``: delivery day unknown.
- Orders with ``Cancelled at`` are not imported as new orders; one already stored is
  updated with what the shop paid back (its ``Financial Status`` and ``Refunded Amount``),
  so a refund or cancellation made in the shop after the import reaches the desk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.services.importing import common as c
from returns_app.services.importing import values as v
from returns_app.services.importing.common import CellError, CsvRow, CsvTable
from returns_app.services.importing.resolve import DraftLine, DraftOrder
from returns_app.services.orders import NOT_PAID, CustomerInput, ShipmentInput

REQUIRED = ("Name", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price")
SIGNATURE = ("Lineitem quantity", "Lineitem price")
_PERCENT = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*%")
ZERO = Decimal("0.00")
# Delivery events some shops add to the export (apps, the fulfilment's "Delivered" status).
DELIVERED_COLUMNS = ("Delivered at", "Delivery date", "Delivered on")
_TAX_COLUMNS = tuple((f"Tax {i} Name", f"Tax {i} Value") for i in range(1, 6))


def _m(text: str, **params: object) -> Message:
    return Message("import", text, params)


def looks_like(table: CsvTable) -> bool:
    """Whether the header is Shopify's."""
    return all(table.find(name) for name in SIGNATURE) and table.find("Name") is not None


def missing_columns(table: CsvTable) -> list[str]:
    """Required columns absent from the header."""
    return [name for name in REQUIRED if table.find(name) is None]


class _Row:
    __slots__ = ("table", "row", "_named")

    def __init__(self, table: CsvTable, row: CsvRow) -> None:
        self.table = table
        self.row = row
        self._named = table.named

    def get(self, name: str) -> str:
        """The cell of column ``name`` without surrounding spaces ('' when absent)."""
        return self.row.get(self._named[name])

    def first(self, *names: str) -> str:
        for name in names:
            value = self.get(name)
            if value:
                return value
        return ""


def read(table: CsvTable) -> Iterator[DraftOrder]:
    """The orders of a Shopify export (rows of an order are consecutive)."""
    name_col = table.find("Name")
    group: list[CsvRow] = []
    for row in table.rows():
        if group and row.get(name_col) == group[0].get(name_col):
            group.append(row)
            continue
        if group:
            yield _order(table, group)
        group = [row]
    if group:
        yield _order(table, group)


def _customer(r: _Row) -> CustomerInput:
    name = r.first("Billing Name", "Shipping Name")
    street = r.first("Billing Address1", "Billing Street", "Shipping Address1", "Shipping Street")
    extra = r.get("Billing Address2") if r.get("Billing Address1") else ""
    if extra:
        street = f"{street}, {extra}"
    country = v.country(r.first("Billing Country", "Shipping Country"), "Billing Country")
    return CustomerInput(
        name=v.text_field(name or r.get("Email"), "Billing Name", 200, required=True, cut=True),
        email=v.email(r.get("Email"), "Email"),
        phone=v.text_field(
            v.phone_text(r.first("Billing Phone", "Phone", "Shipping Phone")), "Billing Phone", 40
        )
        or None,
        street=v.text_field(street, "Billing Address1", 200, cut=True),
        postal_code=v.text_field(
            r.first("Billing Zip", "Shipping Zip").lstrip("'"), "Billing Zip", 20
        ),
        city=v.text_field(r.first("Billing City", "Shipping City"), "Billing City", 100, cut=True),
        country=country,
        lang=v.language_for(country),
    )


def tax_rates(r: _Row) -> tuple[Decimal, ...]:
    """The rates of the VAT actually charged, from ``Tax 1 Name`` ... ``Tax 5 Name``
    (``FI VAT 25.5%`` → 25.5).

    A tax line with a name but a ``Tax N Value`` of 0.00 (``GB VAT 20%`` 0.00 on an order the
    shop did not tax) charged nothing, so it sets no rate; when every named line is 0.00 the
    order was charged no VAT at all: 0 %.
    """
    found: list[Decimal] = []
    named = False
    for name_column, value_column in _TAX_COLUMNS:
        name = r.get(name_column)
        match = _PERCENT.search(name) if name else None
        if not match:
            continue
        named = True
        text = r.get(value_column)
        if text.strip() and v.money(text, value_column) == 0:
            continue
        value = Decimal(match.group(1).replace(",", ".")).quantize(v.CENT)
        if value not in found:
            found.append(value)
    if named and not found:
        return (ZERO,)
    return tuple(found)


def _shop_refunds(r: _Row, draft: DraftOrder) -> None:
    """``Financial Status`` and ``Refunded Amount``: what the shop already paid back.

    ``refunded`` without an amount counts the whole ``Total``; ``voided``, ``pending``,
    ``authorized`` and ``expired`` (the money was never received) are kept with their status
    so that nothing is refunded from the order.
    """
    status = r.get("Financial Status").strip().lower()
    refunded = v.money(r.get("Refunded Amount"), "Refunded Amount", default=ZERO)
    if status == "refunded" and not refunded:
        refunded = v.money(r.get("Total"), "Total", default=ZERO)
    draft.refunded_in_shop = refunded
    if status in ("refunded", "partially_refunded") or status in NOT_PAID:
        draft.shop_payment_status = status
    elif refunded:
        draft.shop_payment_status = "partially_refunded"


def _order(table: CsvTable, rows: list[CsvRow]) -> DraftOrder:
    first = _Row(table, rows[0])
    number = first.get("Name").lstrip("#").strip()
    draft = DraftOrder(
        line=rows[0].line, order_number=number, source="shopify", number_column="Name"
    )
    if not number:
        draft.error(rows[0].line, "Name", c.missing())
        return draft
    if first.get("Cancelled at"):
        draft.known_only = True
    try:
        if len(number) > 64:
            raise CellError("Name", _m(QT_TRANSLATE_NOOP("import", "The order name is too long.")))
        if problem := c.control_problem(number):
            raise CellError("Name", problem)
        _order_fields(draft, first)
    except CellError as exc:
        draft.error(rows[0].line, exc.column, exc.message)
    line_discounts = ZERO
    for row in rows:
        r = _Row(table, row)
        if row.extra:
            draft.error(row.line, "", c.extra_cells(row.extra))
        try:
            line = _line(r, draft)
        except CellError as exc:
            draft.error(row.line, exc.column, exc.message)
            continue
        line_discounts += line.discount
        draft.lines.append(line)
    try:
        discount = v.money(first.get("Discount Amount"), "Discount Amount", default=ZERO)
    except CellError as exc:
        draft.error(rows[0].line, exc.column, exc.message)
    else:
        draft.order_discount = max(ZERO, discount - line_discounts)
    return draft


def _order_fields(draft: DraftOrder, r: _Row) -> None:
    if not r.get("Created at"):
        raise CellError("Created at", c.missing())
    draft.ordered_at = v.timestamp(r.get("Created at"), "Created at")
    draft.customer = _customer(r)
    draft.currency = v.text_field(r.get("Currency").upper() or "EUR", "Currency", 3)
    draft.payment_method = v.text_field(r.get("Payment Method"), "Payment Method", 40, cut=True)
    draft.payment_reference = v.text_field(
        r.first("Payment Reference", "Payment References", "Payment ID"),
        "Payment Reference",
        100,
        cut=True,
    )
    draft.delivery_method = v.text_field(r.get("Shipping Method"), "Shipping Method", 80, cut=True)
    draft.delivery_price = v.money(r.get("Shipping"), "Shipping", default=ZERO)
    draft.tax_rates = tax_rates(r)
    _shop_refunds(r, draft)
    _check_taxes_included(r, draft.delivery_price)
    fulfilled = r.get("Fulfilled at")
    delivered = r.first(*DELIVERED_COLUMNS)
    at = v.timestamp(fulfilled, "Fulfilled at") if fulfilled else None
    if delivered:
        column = next(name for name in DELIVERED_COLUMNS if r.get(name))
        day = v.day(delivered, column)  # a timestamp gives its Helsinki day
        draft.shipments = (ShipmentInput(None, "", day, at),)
    elif at is not None:
        # The day it left, not the day the customer got it: resolution estimates that from
        # the shipping method's transit days and marks it as estimated.
        draft.shipments = (ShipmentInput(None, "", None, at),)


def _check_taxes_included(r: _Row, shipping: Decimal) -> None:
    """Refuse an order whose total shows VAT was added on top of the prices."""
    texts = [r.get(n) for n in ("Subtotal", "Taxes", "Total")]
    if not all(texts):
        return
    subtotal, taxes, total = (
        v.money(t, n) for t, n in zip(texts, ("Subtotal", "Taxes", "Total"), strict=True)
    )
    slack = Decimal("0.05")
    included = abs(subtotal + shipping - total) <= slack
    added = taxes > 0 and abs(subtotal + shipping + taxes - total) <= slack
    if added and not included:
        raise CellError(
            "Taxes",
            _m(
                QT_TRANSLATE_NOOP(
                    "import",
                    "VAT was added on top of the prices (Total = Subtotal + Shipping + Taxes). "
                    "Returns Desk needs prices with VAT included: export with “All prices "
                    "include tax” or use our CSV format.",
                )
            ),
        )


def _line(r: _Row, draft: DraftOrder) -> DraftLine:
    qty = v.quantity(r.get("Lineitem quantity"), "Lineitem quantity")
    price = v.money(r.get("Lineitem price"), "Lineitem price")
    discount = v.money(r.get("Lineitem discount"), "Lineitem discount", default=ZERO)
    if discount > price * qty:
        raise CellError(
            "Lineitem discount",
            _m(
                QT_TRANSLATE_NOOP(
                    "import", "The discount {discount} is more than the line's price {price}."
                ),
                discount=discount,
                price=price * qty,
            ),
        )
    sku = v.text_field(r.get("Lineitem sku"), "Lineitem sku", 64)
    name = v.text_field(r.get("Lineitem name"), "Lineitem name", 200, required=True, cut=True)
    taxable = v.yes_no(r.get("Lineitem taxable"), "Lineitem taxable", True)
    has_tax_columns = r.table.find("Tax 1 Name") is not None
    return DraftLine(
        line=r.row.line,
        sku=sku,
        name=name,
        quantity=qty,
        unit_price=price,
        discount=discount,
        vat_rate=None if taxable else ZERO,
        sku_column="Lineitem sku",
        name_column="Lineitem name",
        vat_column="Tax 1 Name" if has_tax_columns else "Lineitem sku",
    )
