"""WooCommerce's order exports: WooCommerce.com's "Customer / Order / Coupon Export" and
WebToffee's free "Order Export & Import for WooCommerce" (CSV).

Three layouts are read, told apart by the header:

- *Default*: one row per order; ``line_items`` holds the items, separated by ``;``, each a
  ``|``-separated list of ``key:value`` (``name:Pipo|sku:PIPO-1|quantity:2|subtotal:39.68|
  subtotal_tax:10.12|total:39.68|total_tax:10.12``), with ``\\:``, ``\\|`` and ``\\;``
  escaping those characters in values; a JSON list of the same objects is read too.
- *One row per item*: ``item_name``, ``item_sku``, ``item_quantity``, ``item_subtotal``,
  ``item_subtotal_tax``, ``item_total``, ``item_total_tax`` on each row, the order's columns
  repeated; rows of an order are consecutive.
- *WebToffee*: one row per order; ``line_item_1``, ``line_item_2``... each hold one item as
  ``name:Pipo|product_id:40|sku:PIPO-1|quantity:2|total:39.68|sub_total:39.68|tax:10.12``,
  followed by ``meta:...`` and ``tax_data:...`` parts (a serialized PHP array, which may hold
  ``;`` and ``:``, so a cell is split on ``|`` only, each part at its first ``:``).
  ``sub_total`` and ``total`` exclude VAT; ``tax`` is the line's VAT.

Phone numbers a spreadsheet kept as text carry a leading apostrophe (``'+358...``): it goes.

WooCommerce's amounts exclude VAT: the unit price VAT included is ``(subtotal +
subtotal_tax) / quantity`` (rounded up to the cent), the line's discount is what the
``total`` and ``total_tax`` fall short of that, and the VAT rate is the known rate that
turns ``total`` into ``total_tax``. Delivery is ``shipping_total + shipping_tax_total``
at the rate that relates them. Dates without an offset are the shop's time (Helsinki).
Orders that are cancelled, failed, pending or drafts are skipped. A ``refunded`` order is
not imported as a new one, but one already stored takes the refund (a refund made in the shop
after the import must reach the desk). What the shop paid back is ``refunded_total``
(WooCommerce.com) or the sum of the ``amount`` of each refund in ``refund_items`` (WebToffee:
refunds separated by ``;``, each ``amount:10.00|reason:...|date:...``); a ``refunded`` order
without either was refunded in full (``order_total``). WooCommerce
exports no delivery day: a ``date_completed`` column is the day the order left, and the
delivery day is estimated from it (marked as estimated); without it the day is unknown.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import ROUND_CEILING, Decimal

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.services.importing import common as c
from returns_app.services.importing import values as v
from returns_app.services.importing.common import CellError, CsvRow, CsvTable
from returns_app.services.importing.resolve import DraftLine, DraftOrder, VatRates, helsinki_day
from returns_app.services.orders import CustomerInput, ShipmentInput

SKIPPED_STATUSES = {
    "cancelled",
    "failed",
    "pending",
    "trash",
    "checkout-draft",
    "draft",
}
ITEM_KEYS = {
    "name": "name",
    "sku": "sku",
    "quantity": "quantity",
    "qty": "quantity",
    "subtotal": "subtotal",
    "sub_total": "subtotal",
    "subtotal_tax": "subtotal_tax",
    "total": "total",
    "total_tax": "total_tax",
    "tax": "total_tax",
}
ZERO = Decimal("0.00")


def _m(text: str, **params: object) -> Message:
    return Message("import", text, params)


_ITEM_COLUMN = re.compile(r"^line_item_(\d+)$", re.IGNORECASE)


def item_columns(table: CsvTable) -> list[str]:
    """WebToffee's ``line_item_1``, ``line_item_2``... columns, in their number's order."""
    found = [(int(m.group(1)), c) for c in table.columns if (m := _ITEM_COLUMN.match(c.strip()))]
    return [c for _, c in sorted(found)]


def looks_like(table: CsvTable) -> bool:
    """Whether the header is WooCommerce's (either exporter)."""
    return table.find("order_id") is not None and (
        table.find("line_items") is not None
        or table.find("item_quantity") is not None
        or bool(item_columns(table))
    )


def missing_columns(table: CsvTable) -> list[str]:
    """Required columns absent from the header."""
    out = [n for n in ("order_id",) if table.find(n) is None]
    if table.find("date", "order_date") is None:
        out.append("date")
    if (
        table.find("line_items") is None
        and table.find("item_quantity") is None
        and not item_columns(table)
    ):
        out.append("line_items")
    return out


_PHP_TAXES = re.compile(r's:\d+:"(total|subtotal)";a:\d+:\{([^}]*)\}')
_PHP_AMOUNT = re.compile(r'[sd]:(?:\d+:)?"?(-?\d+(?:\.\d+)?)"?;')


def _tax_data(text: str) -> dict[str, str]:
    """``subtotal_tax`` and ``total_tax`` from WebToffee's ``tax_data`` (a serialized PHP
    array of the line's taxes by rate id, before and after discounts)."""
    out: dict[str, str] = {}
    for name, body in _PHP_TAXES.findall(text):
        amounts = [Decimal(a) for a in _PHP_AMOUNT.findall(body)]
        if amounts:
            out[f"{name}_tax"] = str(sum(amounts, Decimal(0)))
    return out


def parse_one_item(cell: str) -> dict[str, str]:
    """One WebToffee ``line_item_N`` cell: ``key:value`` parts split on ``|`` only."""
    item: dict[str, str] = {}
    for part in split_escaped(cell.strip(), "|"):
        key, _, value = part.partition(":")
        key = _unescape(key).strip().lower()
        if key == "tax_data":
            for name, amount in _tax_data(value).items():
                item.setdefault(name, amount)
        elif key and key not in item:
            item[ITEM_KEYS.get(key, key)] = _unescape(value).strip()
    return item


def split_escaped(text: str, sep: str) -> list[str]:
    """Split on ``sep`` where it is not escaped by a backslash; unescape nothing."""
    parts, current, escaped = [], [], False
    for ch in text:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


def _unescape(text: str) -> str:
    return text.replace("\\:", ":").replace("\\|", "|").replace("\\;", ";")


def parse_items(cell: str) -> list[dict[str, str]]:
    """The items of a ``line_items`` cell (pipe-delimited or JSON) as dicts of texts."""
    cell = cell.strip()
    if not cell:
        return []
    if cell.startswith("["):
        try:
            data = json.loads(cell, parse_float=Decimal)
        except json.JSONDecodeError as exc:
            raise CellError(
                "line_items",
                _m(
                    QT_TRANSLATE_NOOP("import", "The items are not valid JSON ({detail})."),
                    detail=exc.msg,
                ),
            ) from exc
        return [
            {ITEM_KEYS.get(k, k): "" if v is None else str(v) for k, v in item.items()}
            for item in data
            if isinstance(item, dict)
        ]
    items = []
    for chunk in split_escaped(cell, ";"):
        if not chunk.strip():
            continue
        item: dict[str, str] = {}
        for part in split_escaped(chunk, "|"):
            key, *rest = split_escaped(part, ":")
            key = _unescape(key).strip().lower()
            item[ITEM_KEYS.get(key, key)] = _unescape(":".join(rest)).strip()
        items.append(item)
    return items


class _Row:
    def __init__(self, table: CsvTable, row: CsvRow) -> None:
        self.table = table
        self.row = row

    def get(self, *names: str) -> str:
        for name in names:
            value = self.table.cell(self.row, name)
            if value:
                return value
        return ""


def read(table: CsvTable, vat: VatRates) -> Iterator[DraftOrder]:
    """The orders of a WooCommerce export."""
    per_item = table.find("line_items") is None and not item_columns(table)
    id_col = table.find("order_id")
    group: list[CsvRow] = []
    for row in table.rows():
        if per_item and group and row.get(id_col) == group[0].get(id_col):
            group.append(row)
            continue
        if group:
            yield _order(table, group, vat, per_item)
        group = [row]
    if group:
        yield _order(table, group, vat, per_item)


def _customer(r: _Row) -> CustomerInput:
    name = " ".join(
        p for p in (r.get("billing_first_name"), r.get("billing_last_name")) if p
    ) or r.get("billing_full_name", "billing_company", "shipping_first_name")
    street = r.get("billing_address_1", "shipping_address_1")
    extra = r.get("billing_address_2")
    if extra:
        street = f"{street}, {extra}"
    country = v.country(r.get("billing_country", "shipping_country"), "billing_country")
    return CustomerInput(
        name=v.text_field(
            name or r.get("billing_email"), "billing_first_name", 200, required=True, cut=True
        ),
        email=v.email(r.get("billing_email"), "billing_email"),
        phone=v.text_field(v.phone_text(r.get("billing_phone")), "billing_phone", 40) or None,
        street=v.text_field(street, "billing_address_1", 200, cut=True),
        postal_code=v.text_field(
            r.get("billing_postcode", "shipping_postcode").lstrip("'"), "billing_postcode", 20
        ),
        city=v.text_field(r.get("billing_city", "shipping_city"), "billing_city", 100, cut=True),
        country=country,
        lang=v.language_for(country),
    )


def _order(table: CsvTable, rows: list[CsvRow], vat: VatRates, per_item: bool) -> DraftOrder:
    first = _Row(table, rows[0])
    order_id = first.get("order_id")
    number = first.get("order_number_formatted", "order_number") or order_id
    draft = DraftOrder(
        line=rows[0].line, order_number=number, source="woocommerce", number_column="order_id"
    )
    if not number:
        draft.error(rows[0].line, "order_id", c.missing())
        return draft
    status = first.get("status").lower().removeprefix("wc-")
    if status in SKIPPED_STATUSES:
        draft.skipped = True
        return draft
    draft.known_only = status == "refunded"
    try:
        if problem := c.identifier_problem(number, 64):
            raise CellError("order_number", problem)
        _order_fields(draft, first, vat)
    except CellError as exc:
        draft.error(rows[0].line, exc.column, exc.message)
        return draft
    if per_item:
        for row in rows:
            r = _Row(table, row)
            item = {
                key: r.get(f"item_{key}")
                for key in (
                    "name",
                    "sku",
                    "quantity",
                    "subtotal",
                    "subtotal_tax",
                    "total",
                    "total_tax",
                )
            }
            _add_item(draft, item, row.line, "item_", vat)
    elif table.find("line_items") is None:
        for column in item_columns(table):
            cell = rows[0].get(column)
            if cell.strip():
                _add_item(draft, parse_one_item(cell), rows[0].line, f"{column} ", vat)
    else:
        try:
            items = parse_items(first.get("line_items"))
        except CellError as exc:
            draft.error(rows[0].line, exc.column, exc.message)
            return draft
        for n, item in enumerate(items, start=1):
            _add_item(draft, item, rows[0].line, f"line_items #{n} ", vat)
    return draft


# The WooCommerce gateway ids of Paytrail's plugins: "paytrail" (Paytrail for WooCommerce,
# its Plugin::GATEWAY_ID) and "checkout_finland" (the deprecated Checkout Finland plugin it
# replaced); "paytrail_..." covers the ids of the plugin's per-method gateways.
PAYTRAIL_GATEWAYS = ("paytrail", "checkout_finland")


def is_paytrail_gateway(method: str | None) -> bool:
    """Whether a WooCommerce ``payment_method`` id is one of Paytrail's plugins."""
    name = (method or "").strip().lower()
    return name in PAYTRAIL_GATEWAYS or name.startswith(("paytrail_", "paytrail-"))


def _order_fields(draft: DraftOrder, r: _Row, vat: VatRates) -> None:
    when = r.get("date", "order_date")
    if not when:
        raise CellError("date", c.missing())
    draft.ordered_at = v.timestamp(when, "date")
    draft.customer = _customer(r)
    draft.currency = v.text_field(
        r.get("order_currency", "currency").upper() or "EUR", "order_currency", 3
    )
    draft.payment_method = v.text_field(r.get("payment_method"), "payment_method", 40, cut=True)
    draft.payment_reference = v.text_field(r.get("transaction_id"), "transaction_id", 100)
    # Paytrail's plugin stores Paytrail's transaction id as the order's transaction_id; other
    # gateways store their own ids there (Stripe's, PayPal's), which Paytrail cannot refund.
    if is_paytrail_gateway(draft.payment_method):
        draft.payment_transaction_id = draft.payment_reference
    draft.delivery_method = v.text_field(r.get("shipping_method"), "shipping_method", 80, cut=True)
    net = v.number(r.get("shipping_total", "order_shipping"), "shipping_total", default=ZERO)
    tax = v.number(
        r.get("shipping_tax_total", "order_shipping_tax"), "shipping_tax_total", default=ZERO
    )
    draft.delivery_price = (net + tax).quantize(v.CENT)
    if net > 0:
        draft.delivery_vat_rate = vat.snap(net, tax, 1, helsinki_day(draft.ordered_at))
        if draft.delivery_vat_rate is None:
            raise CellError("shipping_tax_total", _no_rate(tax, net))
    _shop_refunds(draft, r)
    completed = r.get("date_completed", "completed_date")
    if completed:
        # Completed is when the order left, not when the customer got it: resolution
        # estimates the delivery day from the shipping method's transit days, marked so.
        at = v.timestamp(completed, "date_completed")
        draft.shipments = (ShipmentInput(None, "", None, at),)


def _shop_refunds(draft: DraftOrder, r: _Row) -> None:
    """What the shop already paid back (see the module's docstring)."""
    refunded = v.money(r.get("refunded_total"), "refunded_total", default=ZERO)
    if not refunded:
        refunded = sum(_refund_amounts(r.get("refund_items")), ZERO)
    if r.get("status").lower().removeprefix("wc-") == "refunded":
        draft.shop_payment_status = "refunded"
        if not refunded:
            refunded = v.money(r.get("order_total"), "order_total", default=ZERO)
    elif refunded:
        draft.shop_payment_status = "partially_refunded"
    draft.refunded_in_shop = refunded


def _refund_amounts(cell: str) -> Iterator[Decimal]:
    """The ``amount`` of each refund in WebToffee's ``refund_items`` cell."""
    for part in re.split(r"[;|]", cell):
        key, _, value = part.partition(":")
        if key.strip().lower() in ("amount", "refund_amount") and value.strip():
            yield abs(v.number(value, "refund_items")).quantize(v.CENT)


def _no_rate(tax: Decimal, net: Decimal) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "import", "A tax of {tax} on {net} matches no VAT rate in the rate table."
        ),
        tax=tax,
        net=net,
    )


def _add_item(
    draft: DraftOrder, item: dict[str, str], line: int, prefix: str, vat: VatRates
) -> None:
    def col(key: str) -> str:
        return f"{prefix}{key}"

    try:
        qty = v.quantity(item.get("quantity", ""), col("quantity"))
        total = v.number(item.get("total", ""), col("total"))
        total_tax = v.number(item.get("total_tax", ""), col("total_tax"), default=ZERO)
        subtotal = v.number(item.get("subtotal", ""), col("subtotal"), default=total)
        subtotal_tax = v.number(
            item.get("subtotal_tax", ""), col("subtotal_tax"), default=total_tax
        )
        if not item.get("subtotal_tax") and total > 0 and subtotal != total:
            # Only the tax after the discount is known: the same rate on the price before it.
            subtotal_tax = (subtotal * total_tax / total).quantize(v.CENT)
        sku = v.text_field(item.get("sku", "").replace("unknown_product", ""), col("sku"), 64)
        name = v.text_field(item.get("name", ""), col("name"), 200, cut=True)
    except CellError as exc:
        draft.error(line, exc.column, exc.message)
        return
    rate = None
    day = helsinki_day(draft.ordered_at) if draft.ordered_at else None
    if day is not None and (total > 0 or subtotal > 0):
        net, tax = (total, total_tax) if total > 0 else (subtotal, subtotal_tax)
        rate = vat.snap(net, tax, qty, day)
        if rate is None:
            draft.error(line, col("total_tax"), _no_rate(tax, net))
            return
    before = subtotal + subtotal_tax
    after = (total + total_tax).quantize(v.CENT)
    unit = (max(before, after) / qty).quantize(v.CENT, ROUND_CEILING)
    draft.lines.append(
        DraftLine(
            line=line,
            sku=sku,
            name=name,
            quantity=qty,
            unit_price=unit,
            discount=unit * qty - after,
            vat_rate=rate,
            sku_column=col("sku"),
            name_column=col("name"),
            vat_column=col("total_tax"),
        )
    )
