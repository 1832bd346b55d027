"""From what a file says to an order the shop charged: VAT rates, product data, defaults.

Each format's parser yields :class:`DraftOrder` records: the values the file holds, with
the VAT rate of a line left open when the file does not give it. :func:`resolve` then fills
the gaps from the database, in this order (docs/formats.md explains why):

1. a rate the file gives for the line (our formats; WooCommerce's line tax);
2. the only rate named by the order's tax columns (Shopify's ``Tax 1 Name`` ...);
3. the product with the line's GTIN or SKU: its rate, moved to the order date through the
   VAT rate table (a book sold in 2024 was sold at 10 %, even if the product now says 13.5 %);
4. otherwise the line is an error: the shop must give the rate or import the products first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from returns_app.domain.calendar import HELSINKI
from returns_app.domain.delivery import DEFAULT_TRANSIT_DAYS, estimate_delivery
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Product, VatRate
from returns_app.services.importing.common import RowError
from returns_app.services.importing.values import MAX_AMOUNT
from returns_app.services.orders import CustomerInput, LineInput, OrderInput, ShipmentInput

GENERAL = "general"
FALLBACK_GENERAL = Decimal("25.50")


def _m(text: str, **params: object) -> Message:
    return Message("import", text, params)


@dataclass
class DraftLine:
    """An order line as read, before the database fills what the file left open."""

    line: int
    sku: str
    name: str
    quantity: int
    unit_price: Decimal
    discount: Decimal = Decimal("0.00")
    vat_rate: Decimal | None = None
    gtin: str | None = None
    exception_category: str | None = None
    sku_column: str = "sku"
    name_column: str = "name"
    vat_column: str = "vat_rate"


@dataclass
class DraftOrder:
    """An order as read from a file, with the problems found in it.

    Attributes:
        line: where the order starts in the file.
        tax_rates: the VAT rates the order's own tax columns name (Shopify), if any.
        delivery_vat_rate: None to derive it from the lines.
        consumer_informed: None for the shop's default.
        skipped: the order is deliberately not imported (cancelled in the shop).
        known_only: the order is written only over one already stored, never as a new one
            (refunded or cancelled in the shop after it was imported: the desk must learn
            what the shop paid back; a new order of that kind is skipped).
    """

    line: int
    order_number: str
    customer: CustomerInput | None = None
    ordered_at: datetime | None = None
    lines: list[DraftLine] = field(default_factory=list)
    shipments: tuple[ShipmentInput, ...] = ()
    currency: str = "EUR"
    payment_method: str = "card"
    payment_reference: str = ""
    payment_transaction_id: str = ""
    delivery_method: str = ""
    delivery_price: Decimal = Decimal("0.00")
    cheapest_delivery_price: Decimal | None = None
    delivery_vat_rate: Decimal | None = None
    order_discount: Decimal = Decimal("0.00")
    refunded_in_shop: Decimal = Decimal("0.00")
    shop_payment_status: str = ""
    consumer_informed: bool | None = None
    informed_on: date | None = None
    source: str = "import"
    tax_rates: tuple[Decimal, ...] = ()
    errors: list[RowError] = field(default_factory=list)
    skipped: bool = False
    known_only: bool = False
    number_column: str = "order_number"

    def error(self, line: int, column: str, message: Message) -> None:
        """Record a problem with this order."""
        self.errors.append(RowError(line, column, message, self.order_number))


@dataclass(frozen=True)
class ProductInfo:
    """What resolution needs of a product."""

    id: int
    sku: str
    gtin: str | None
    name: str
    vat_rate: Decimal
    category: str
    exception_category: str


@dataclass(frozen=True)
class Products:
    """Products by GTIN and by SKU."""

    by_gtin: dict[str, ProductInfo]
    by_sku: dict[str, ProductInfo]

    def find(self, gtin: str | None, sku: str) -> ProductInfo | None:
        """The product with ``gtin``, else the one with ``sku`` (as :func:`upsert_order`)."""
        if gtin and gtin in self.by_gtin:
            return self.by_gtin[gtin]
        return self.by_sku.get(sku)


def load_products(s: Session, lines: Iterable[DraftLine]) -> Products:
    """The products the given lines may refer to, in two indexed queries per 1,000 codes."""
    lines = list(lines)
    skus = sorted({l.sku for l in lines if l.sku})
    gtins = sorted({l.gtin for l in lines if l.gtin})
    found: list[Product] = []
    for i in range(0, max(len(skus), len(gtins)), 1000):
        part_s, part_g = skus[i : i + 1000], gtins[i : i + 1000]
        conds = []
        if part_s:
            conds.append(Product.sku.in_(part_s))
        if part_g:
            conds.append(Product.gtin.in_(part_g))
        if conds:
            found.extend(s.scalars(select(Product).where(or_(*conds))))
    infos = [
        ProductInfo(p.id, p.sku, p.gtin, p.name, p.vat_rate, p.category, p.exception_category)
        for p in found
    ]
    return Products({p.gtin: p for p in infos if p.gtin}, {p.sku: p for p in infos})


@dataclass(frozen=True)
class VatPeriod:
    """A row of the VAT rate table."""

    category: str
    rate: Decimal
    valid_from: date
    valid_to: date | None

    def covers(self, day: date) -> bool:
        """Whether the rate was in force on ``day``."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class VatRates:
    """The VAT rate table: which rate each category had on a given day."""

    periods: tuple[VatPeriod, ...]

    @classmethod
    def load(cls, s: Session) -> VatRates:
        """Read the table (a dozen rows)."""
        return cls(
            tuple(
                VatPeriod(r.category, r.rate, r.valid_from, r.valid_to)
                for r in s.scalars(select(VatRate).order_by(VatRate.valid_from))
            )
        )

    def on(self, category: str, day: date) -> Decimal | None:
        """The rate of ``category`` on ``day``."""
        for p in self.periods:
            if p.category == category and p.covers(day):
                return p.rate
        return None

    def general_on(self, day: date) -> Decimal:
        """The general rate on ``day`` (25.5 % when the table is empty)."""
        return self.on(GENERAL, day) or FALLBACK_GENERAL

    def known_rates(self) -> set[Decimal]:
        """Every rate in the table, and 0 %."""
        return {p.rate for p in self.periods} | {Decimal("0.00")}

    def for_product(
        self, product_rate: Decimal, product_category: str, day: date
    ) -> Decimal | None:
        """The rate of a product on ``day``, given the rate it carries now.

        The categories whose current rate is the product's (or, failing that, which ever had
        it) are the candidates; the product's own category decides between them when it names
        one. None when the candidates had different rates on ``day`` (ambiguous).
        """
        current = {
            p.category for p in self.periods if p.valid_to is None and p.rate == product_rate
        }
        candidates = current or {p.category for p in self.periods if p.rate == product_rate}
        if product_category in candidates:
            candidates = {product_category}
        if not candidates:
            return product_rate
        rates = {self.on(c, day) for c in candidates}
        rates.discard(None)
        if not rates:
            return product_rate
        if len(rates) > 1:
            return None
        return rates.pop()

    def snap(self, net: Decimal, tax: Decimal, quantity: int, day: date) -> Decimal | None:
        """The rate that turns ``net`` into ``tax`` (within the shop's rounding), or None.

        Rates in force on ``day`` win ties, then the closest.
        """
        if net <= 0:
            return None
        tolerance = Decimal("0.01") * max(1, quantity) + Decimal("0.01")
        best: tuple[bool, Decimal, Decimal] | None = None
        in_force = {p.rate for p in self.periods if p.covers(day)} | {Decimal("0.00")}
        for r in self.known_rates():
            diff = abs(net * r / 100 - tax)
            if diff > tolerance:
                continue
            key = (r not in in_force, diff, r)
            if best is None or key < best:
                best = key
        return best[2] if best else None


def helsinki_day(moment: datetime) -> date:
    """The day in Helsinki of an aware moment."""
    return moment.astimezone(HELSINKI).date()


@dataclass(frozen=True)
class Transit:
    """The shop's typical transit days per shipping method (for estimated delivery days)."""

    table: dict[str, int] = field(default_factory=dict)
    default: int = DEFAULT_TRANSIT_DAYS


def estimated_shipments(
    shipments: tuple[ShipmentInput, ...], method: str, transit: Transit
) -> tuple[ShipmentInput, ...]:
    """Shipments that left but have no delivery day get the estimated one, marked so."""
    return tuple(
        replace(
            sh,
            delivered_on=estimate_delivery(
                helsinki_day(sh.shipped_at), method, transit.table, transit.default
            ),
            delivery_estimated=True,
        )
        if sh.delivered_on is None and sh.shipped_at is not None
        else sh
        for sh in shipments
    )


def resolve(
    draft: DraftOrder,
    products: Products,
    vat: VatRates,
    informed_default: bool,
    transit: Transit | None = None,
) -> OrderInput | None:
    """Turn a draft into an :class:`OrderInput`, or record in ``draft.errors`` why not.

    A shipment that left without a delivery day gets one estimated from ``transit`` (the
    shipping day plus the method's transit days, marked as estimated).
    """
    if draft.errors or draft.customer is None or draft.ordered_at is None:
        return None
    if not draft.lines:
        draft.error(
            draft.line,
            "",
            _m(
                QT_TRANSLATE_NOOP("import", "Order {number} has no lines."),
                number=draft.order_number,
            ),
        )
        return None
    day = helsinki_day(draft.ordered_at)
    lines: list[LineInput] = []
    for dl in draft.lines:
        product = products.find(dl.gtin, dl.sku)
        rate = dl.vat_rate
        if rate is None and len(draft.tax_rates) == 1:
            rate = draft.tax_rates[0]
        if rate is None and product is not None:
            rate = vat.for_product(product.vat_rate, product.category, day)
            if rate is None:
                draft.error(
                    dl.line,
                    dl.vat_column,
                    _m(
                        QT_TRANSLATE_NOOP(
                            "import",
                            "The VAT rate of {sku} on {day} cannot be told from the product "
                            "table (its rate {rate} % had different values then); give the "
                            "rate in the file.",
                        ),
                        sku=dl.sku or dl.gtin,
                        day=f"{day.day}.{day.month}.{day.year}",
                        rate=product.vat_rate.normalize(),
                    ),
                )
                continue
            if draft.tax_rates and rate not in draft.tax_rates:
                draft.error(
                    dl.line,
                    dl.vat_column,
                    _m(
                        QT_TRANSLATE_NOOP(
                            "import",
                            "Product {sku} has VAT {rate} %, but the order's taxes are {rates} %.",
                        ),
                        sku=dl.sku,
                        rate=rate.normalize(),
                        rates=", ".join(str(r.normalize()) for r in draft.tax_rates),
                    ),
                )
                continue
        if rate is None:
            draft.error(
                dl.line,
                dl.vat_column if not draft.tax_rates else dl.sku_column,
                _m(
                    QT_TRANSLATE_NOOP(
                        "import",
                        "The VAT rate of “{sku}” is unknown: the file does not give it and no "
                        "product has this SKU or GTIN. Import the products first, or give the rate.",
                    ),
                    sku=dl.sku or dl.gtin or dl.name,
                ),
            )
            continue
        name = dl.name or (product.name if product else "")
        if not name:
            draft.error(
                dl.line,
                dl.name_column,
                _m(
                    QT_TRANSLATE_NOOP(
                        "import", "The line has no name and no product has SKU “{sku}”."
                    ),
                    sku=dl.sku,
                ),
            )
            continue
        lines.append(
            LineInput(
                sku=dl.sku,
                name=name,
                quantity=dl.quantity,
                unit_price=dl.unit_price,
                vat_rate=rate,
                discount=dl.discount,
                gtin=dl.gtin,
                exception_category=dl.exception_category,
            )
        )
    total = sum((li.unit_price * li.quantity for li in lines), draft.delivery_price)
    if total > MAX_AMOUNT:  # every refund of the order must fit the money columns
        draft.error(
            draft.line,
            "",
            _m(
                QT_TRANSLATE_NOOP(
                    "import",
                    "The order comes to {total}, more than an order can hold "
                    "(9 999 999 999,99): check its quantities and prices.",
                ),
                total=total,
            ),
        )
    if draft.errors:
        return None
    delivery_rate = draft.delivery_vat_rate
    if delivery_rate is None:
        # Delivery follows the goods: their rate when they share one, else the highest of
        # them (a simplification of proportional VAT on a mixed delivery; see formats.md).
        delivery_rate = max(l.vat_rate for l in lines)
    return OrderInput(
        order_number=draft.order_number,
        customer=draft.customer,
        lines=tuple(lines),
        ordered_at=draft.ordered_at,
        shipments=estimated_shipments(draft.shipments, draft.delivery_method, transit or Transit()),
        currency=draft.currency,
        payment_method=draft.payment_method,
        payment_reference=draft.payment_reference,
        payment_transaction_id=draft.payment_transaction_id or None,
        delivery_method=draft.delivery_method,
        delivery_price=draft.delivery_price,
        cheapest_delivery_price=draft.cheapest_delivery_price,
        delivery_vat_rate=delivery_rate,
        order_discount=draft.order_discount,
        refunded_in_shop=draft.refunded_in_shop,
        shop_payment_status=draft.shop_payment_status,
        consumer_informed=informed_default
        if draft.consumer_informed is None
        else draft.consumer_informed,
        informed_on=draft.informed_on,
        source=draft.source,
    )


def with_source(order: OrderInput, source: str) -> OrderInput:
    """``order`` marked with the format it came from."""
    return replace(order, source=source)
