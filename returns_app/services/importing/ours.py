"""Our own documented order formats for any other shop: a CSV and a JSON (docs/formats.md).

The CSV has one row per order line; the order's own columns are read from its first row and
may be repeated (equal) or left empty on the others; the rows of an order are consecutive.
Shipment columns may differ per row, so an order can have several parcels. The JSON is a
document ``{"format": "returns-desk-orders", "version": 1, "orders": [...]}`` (or a bare
list of orders) with the same field names, nested as ``customer``, ``lines`` and
``shipments``; numbers may be JSON numbers or strings with a decimal comma.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from returns_app.domain.identifiers import is_reference
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.scanning.tracking import normalise_tracking
from returns_app.services.importing import common as c
from returns_app.services.importing import values as v
from returns_app.services.importing.common import CellError, CsvRow, CsvTable
from returns_app.services.importing.resolve import DraftLine, DraftOrder
from returns_app.services.orders import CustomerInput, ShipmentInput

EXCEPTION_CATEGORIES = (
    "none",
    "personalised",
    "perishable",
    "sealed_hygiene",
    "mixed_inseparably",
    "sealed_media",
    "newspaper",
    "alcohol_market_price",
)

# Canonical column name → accepted spellings (compared lower case, spaces as underscores).
ORDER_COLUMNS: dict[str, tuple[str, ...]] = {
    "order_number": ("order_number", "order_no", "tilausnumero"),
    "ordered_at": ("ordered_at", "order_date", "tilauspäivä"),
    "customer_name": ("customer_name", "asiakas"),
    "customer_email": ("customer_email", "email", "sähköposti"),
    "customer_phone": ("customer_phone", "phone", "puhelin"),
    "street": ("street", "address", "katuosoite"),
    "postal_code": ("postal_code", "postcode", "zip", "postinumero"),
    "city": ("city", "postitoimipaikka"),
    "country": ("country", "maa"),
    "language": ("language", "lang", "kieli"),
    "currency": ("currency", "valuutta"),
    "payment_method": ("payment_method", "maksutapa"),
    "payment_reference": ("payment_reference", "maksuviite"),
    "payment_transaction_id": ("payment_transaction_id", "transaction_id", "maksutapahtuma"),
    "delivery_method": ("delivery_method", "toimitustapa"),
    "delivery_price": ("delivery_price", "toimitusmaksu"),
    "cheapest_delivery_price": ("cheapest_delivery_price",),
    "delivery_vat_rate": ("delivery_vat_rate",),
    "order_discount": ("order_discount",),
    "consumer_informed": ("consumer_informed",),
    "informed_on": ("informed_on",),
}
SHIPMENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "tracking_number": ("tracking_number", "seurantakoodi"),
    "carrier": ("carrier", "kuljetusliike"),
    "shipped_at": ("shipped_at",),
    "delivered_on": ("delivered_on", "toimituspäivä"),
}
LINE_COLUMNS: dict[str, tuple[str, ...]] = {
    "sku": ("sku", "product_code", "tuotekoodi"),
    "gtin": ("gtin", "ean", "barcode"),
    "product_name": ("product_name", "tuote"),
    "quantity": ("quantity", "qty", "määrä"),
    "unit_price": ("unit_price", "price", "hinta"),
    "line_discount": ("line_discount", "alennus"),
    "vat_rate": ("vat_rate", "vat", "alv"),
    "exception_category": ("exception_category",),
}
REQUIRED = ("order_number", "ordered_at", "customer_name", "quantity", "unit_price")


def _m(text: str, **params: object) -> Message:
    return Message("import", text, params)


class Fields(Protocol):
    """Values by canonical field name, wherever they come from (a CSV row, a JSON object)."""

    def text(self, key: str) -> str:
        """The value of ``key`` as text ('' when absent)."""

    def label(self, key: str) -> str:
        """How errors name the place of ``key``: the CSV header, or the JSON path."""

    def line(self, key: str) -> int:
        """The line of the file where ``key``'s value is."""

    def line_at(self, label: str) -> int:
        """The line of the file where the value an error names by ``label`` is."""


# --- Shared reading of fields ------------------------------------------------------------


def _customer(f: Fields) -> CustomerInput:
    country = v.country(f.text("country"), f.label("country"))
    lang = f.text("language").lower() or v.language_for(country)
    if lang not in ("fi", "en", "sv"):
        raise CellError(
            f.label("language"),
            _m(QT_TRANSLATE_NOOP("import", "“{value}” is not fi, sv or en."), value=lang),
        )
    return CustomerInput(
        name=v.text_field(f.text("customer_name"), f.label("customer_name"), 200, required=True),
        email=v.email(f.text("customer_email"), f.label("customer_email")),
        phone=v.text_field(v.phone_text(f.text("customer_phone")), f.label("customer_phone"), 40)
        or None,
        street=v.text_field(f.text("street"), f.label("street"), 200, cut=True),
        postal_code=v.text_field(f.text("postal_code").lstrip("'"), f.label("postal_code"), 20),
        city=v.text_field(f.text("city"), f.label("city"), 100, cut=True),
        country=country,
        lang="fi" if lang == "sv" else lang,  # documents exist in Finnish and English
    )


def _guard(draft: DraftOrder, f: Fields, read: Callable[[], Any]) -> Any:
    try:
        return read()
    except CellError as exc:
        draft.error(f.line_at(exc.column), exc.column, exc.message)
        return None


def _required_time(f: Fields, key: str) -> datetime:
    if not f.text(key):
        raise CellError(f.label(key), c.missing())
    return v.timestamp(f.text(key), f.label(key))


def _texts(f: Fields) -> dict[str, str]:
    return {
        "currency": v.text_field(f.text("currency").upper() or "EUR", f.label("currency"), 3),
        "payment_method": v.text_field(
            f.text("payment_method"), f.label("payment_method"), 40, cut=True
        ),
        "payment_reference": _payment_reference(f),
        "payment_transaction_id": v.text_field(
            f.text("payment_transaction_id"), f.label("payment_transaction_id"), 100
        ),
        "delivery_method": v.text_field(
            f.text("delivery_method"), f.label("delivery_method"), 80, cut=True
        ),
    }


def _payment_reference(f: Fields) -> str:
    """The payment's reference. One written as an international creditor reference (RF…)
    must pass its ISO 11649 check; other references (a payment service's transaction id, a
    Finnish reference number) are kept as given: digits alone may be either."""
    label = f.label("payment_reference")
    text = v.text_field(f.text("payment_reference"), label, 100)
    compact = "".join(text.split()).upper()
    if compact.startswith("RF") and compact[2:4].isdigit() and not is_reference(compact):
        raise CellError(
            label,
            Message(
                "import",
                QT_TRANSLATE_NOOP(
                    "import",
                    "{value} is not a valid RF creditor reference: its check digits do not "
                    "match. Copy it again from the payment.",
                ),
                {"value": text},
            ),
        )
    return text


def order_fields(draft: DraftOrder, f: Fields) -> None:
    """Read the order's own fields into ``draft``."""

    def money(key: str) -> Decimal:
        return v.money(f.text(key), f.label(key), default=Decimal("0.00"))

    draft.ordered_at = _guard(draft, f, lambda: _required_time(f, "ordered_at"))
    draft.customer = _guard(draft, f, lambda: _customer(f))
    for attr, value in (_guard(draft, f, lambda: _texts(f)) or {}).items():
        setattr(draft, attr, value)
    for key in ("delivery_price", "order_discount"):
        got = _guard(draft, f, lambda key=key: money(key))
        if got is not None:
            setattr(draft, key, got)
    if f.text("cheapest_delivery_price"):
        draft.cheapest_delivery_price = _guard(draft, f, lambda: money("cheapest_delivery_price"))
    draft.delivery_vat_rate = _guard(
        draft, f, lambda: v.rate(f.text("delivery_vat_rate"), f.label("delivery_vat_rate"))
    )
    if f.text("consumer_informed"):
        draft.consumer_informed = _guard(
            draft,
            f,
            lambda: v.yes_no(f.text("consumer_informed"), f.label("consumer_informed"), True),
        )
    draft.informed_on = _guard(
        draft, f, lambda: v.day(f.text("informed_on"), f.label("informed_on"))
    )


def shipment_of(draft: DraftOrder, f: Fields) -> ShipmentInput | None:
    def read() -> ShipmentInput | None:
        tracking = v.text_field(f.text("tracking_number"), f.label("tracking_number"), 64)
        # Kept as a scan reads it (upper case, no spaces), so the parcel's label finds it.
        tracking = normalise_tracking(tracking)
        carrier = v.text_field(f.text("carrier"), f.label("carrier"), 40, cut=True)
        shipped = f.text("shipped_at")
        shipped_at = v.timestamp(shipped, f.label("shipped_at")) if shipped else None
        delivered = v.day(f.text("delivered_on"), f.label("delivered_on"))
        if not (tracking or carrier or shipped_at or delivered):
            return None
        return ShipmentInput(tracking or None, carrier, delivered, shipped_at)

    return _guard(draft, f, read)


def line_of(draft: DraftOrder, f: Fields) -> DraftLine | None:
    def read() -> DraftLine:
        sku = v.text_field(f.text("sku"), f.label("sku"), 64)
        code = v.gtin(f.text("gtin"), f.label("gtin"))
        if not sku and not code:
            raise CellError(f.label("sku"), c.missing())
        qty = v.quantity(f.text("quantity"), f.label("quantity"))
        price = v.money(f.text("unit_price"), f.label("unit_price"))
        discount = v.money(
            f.text("line_discount"), f.label("line_discount"), default=Decimal("0.00")
        )
        if discount > price * qty:
            raise CellError(
                f.label("line_discount"),
                _m(
                    QT_TRANSLATE_NOOP(
                        "import", "The discount {discount} is more than the line's price {price}."
                    ),
                    discount=discount,
                    price=price * qty,
                ),
            )
        category = f.text("exception_category").lower() or None
        if category is not None and category not in EXCEPTION_CATEGORIES:
            raise CellError(f.label("exception_category"), unknown_category(category))
        return DraftLine(
            line=f.line("quantity"),
            sku=sku or (code or ""),
            gtin=code,
            name=v.text_field(f.text("product_name"), f.label("product_name"), 200, cut=True),
            quantity=qty,
            unit_price=price,
            discount=discount,
            vat_rate=v.rate(f.text("vat_rate"), f.label("vat_rate")),
            exception_category=category,
            sku_column=f.label("sku"),
            name_column=f.label("product_name"),
            vat_column=f.label("vat_rate"),
        )

    return _guard(draft, f, read)


def unknown_category(value: str) -> Message:
    """The message for an exception category we do not know."""
    return _m(
        QT_TRANSLATE_NOOP(
            "import",
            "“{value}” is not an exception category; use one of: {known}.",
        ),
        value=value,
        known=", ".join(EXCEPTION_CATEGORIES),
    )


# --- CSV ---------------------------------------------------------------------------------


class _RowFields:
    """A CSV row seen through the canonical names."""

    def __init__(self, row: CsvRow, columns: dict[str, str | None]) -> None:
        self.row = row
        self.columns = columns

    def text(self, key: str) -> str:
        return self.row.get(self.columns.get(key))

    def label(self, key: str) -> str:
        return self.columns.get(key) or key

    def line(self, key: str) -> int:
        del key
        return self.row.line

    def line_at(self, label: str) -> int:
        del label
        return self.row.line


def csv_columns(table: CsvTable) -> dict[str, str | None]:
    """Canonical name → the header in this file (None when absent)."""
    spec = {**ORDER_COLUMNS, **SHIPMENT_COLUMNS, **LINE_COLUMNS}
    return {key: table.find(*names) for key, names in spec.items()}


def missing_columns(columns: dict[str, str | None]) -> list[str]:
    """Required columns absent from the header."""
    out = [k for k in REQUIRED if columns.get(k) is None]
    if columns.get("sku") is None and columns.get("gtin") is None:
        out.append("sku")
    return out


def read_csv(table: CsvTable) -> Iterator[DraftOrder]:
    """The orders of a CSV in our format (rows of an order are consecutive)."""
    columns = csv_columns(table)
    group: list[CsvRow] = []
    for row in table.rows():
        number = row.get(columns["order_number"])
        if group and number == group[0].get(columns["order_number"]):
            group.append(row)
            continue
        if group:
            yield _csv_order(group, columns)
        group = [row]
    if group:
        yield _csv_order(group, columns)


def _csv_order(rows: list[CsvRow], columns: dict[str, str | None]) -> DraftOrder:
    first = _RowFields(rows[0], columns)
    number = first.text("order_number")
    draft = DraftOrder(
        line=rows[0].line,
        order_number=number,
        source="csv",
        number_column=first.label("order_number"),
    )
    if not number:
        draft.error(rows[0].line, first.label("order_number"), c.missing())
        return draft
    if problem := c.identifier_problem(number, 64):
        draft.error(rows[0].line, first.label("order_number"), problem)
    order_fields(draft, first)
    shipments: list[ShipmentInput] = []
    for row in rows:
        f = _RowFields(row, columns)
        if row.extra:
            draft.error(row.line, "", c.extra_cells(row.extra))
        if row is not rows[0]:
            for key in ORDER_COLUMNS:
                value = f.text(key)
                if value and value != first.text(key):
                    draft.error(
                        row.line,
                        f.label(key),
                        _m(
                            QT_TRANSLATE_NOOP(
                                "import",
                                "“{value}” differs from “{first}” on line {line}, the order's "
                                "first row; leave it empty or repeat it.",
                            ),
                            value=value,
                            first=first.text(key),
                            line=rows[0].line,
                        ),
                    )
        line = line_of(draft, f)
        if line is not None:
            draft.lines.append(line)
        shipment = shipment_of(draft, f)
        if shipment is not None and shipment not in shipments:
            shipments.append(shipment)
    draft.shipments = tuple(shipments)
    return draft
