"""Realistic demo data: Finnish customers, products with valid EAN-13 codes, orders and returns.

Orders are written in bulk (Core ``insert`` with many rows per statement), so a million orders
is a matter of minutes, not hours. About 15 % of them come back, at every stage: a few hundred
returns are made through the real services (in a scratch database), and the returned orders
and their returns are copies of those, written set-based (:mod:`demo_returns`), so they are
exactly what a clerk would have produced.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import Engine, func, insert, select

from returns_app.persistence.models import (
    Customer,
    Order,
    OrderLine,
    Product,
    Setting,
    Shipment,
)
from returns_app.persistence.statistics import refresh_statistics
from returns_app.scanning.checkdigits import gtin_check_digit, s10_check_digit
from returns_app.services import demo_returns, sales_summary

FIRST_NAMES = (
    "Aino Eino Helmi Väinö Elli Onni Sofia Leo Aada Eetu Ilona Oliver Venla Veeti Lumi Juho "
    "Kerttu Matias Siiri Ilmari Pihla Lauri Enni Akseli Iida Niilo Hilla Toivo Saana Aarni"
).split()
LAST_NAMES = (
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
    "Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen "
    "Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen"
).split()
STREETS = (
    "Mannerheimintie Hämeenkatu Aleksanterinkatu Kauppakatu Rantatie Koulukatu Puistokatu "
    "Myllytie Koivukuja Kirkkokatu Satamakatu Asemakatu Pihlajatie Väinämöisenkatu Yliopistonkatu"
).split()
CITIES = (
    ("00100", "Helsinki"),
    ("02100", "Espoo"),
    ("33100", "Tampere"),
    ("20100", "Turku"),
    ("90100", "Oulu"),
    ("40100", "Jyväskylä"),
    ("15110", "Lahti"),
    ("70100", "Kuopio"),
    ("28100", "Pori"),
    ("53100", "Lappeenranta"),
    ("65100", "Vaasa"),
    ("96100", "Rovaniemi"),
)
# (name, category, price, VAT rate, exception category)
CATALOGUE = (
    ("Merino T-paita", "clothing", "39.90", "25.50", "none"),
    ("Villasukat", "clothing", "14.90", "25.50", "none"),
    ("Kuoritakki", "clothing", "189.00", "25.50", "none"),
    ("Farkut Slim", "clothing", "79.90", "25.50", "none"),
    ("Juoksukengät", "shoes", "129.00", "25.50", "none"),
    ("Kumisaappaat", "shoes", "59.90", "25.50", "none"),
    ("Kahvinkeitin", "kitchen", "49.90", "25.50", "none"),
    ("Valurautapannu", "kitchen", "69.00", "25.50", "none"),
    ("Keittokirja Arki", "books", "29.90", "13.50", "none"),
    ("Romaani Kesäyö", "books", "24.90", "13.50", "none"),
    ("Kuulokkeet BT", "electronics", "99.00", "25.50", "none"),
    ("Puhelimen kuori", "electronics", "19.90", "25.50", "none"),
    ("Sähköhammasharja", "hygiene", "59.00", "25.50", "sealed_hygiene"),
    ("Meikkivoide", "hygiene", "24.00", "25.50", "sealed_hygiene"),
    ("Elokuva Blu-ray", "media", "19.90", "25.50", "sealed_media"),
    ("Kaiverrettu kello", "gifts", "149.00", "25.50", "personalised"),
    ("Suklaarasia", "food", "12.90", "13.50", "perishable"),
    ("Aikakauslehti", "press", "9.90", "10.00", "newspaper"),
    ("Pipo", "clothing", "24.90", "25.50", "none"),
    ("Reppu 20 l", "bags", "89.00", "25.50", "none"),
)
SIZES = ("XS", "S", "M", "L", "XL")
DELIVERY_METHODS = (
    ("Posti SmartPOST", "5.90", "5.90"),
    ("Matkahuolto Lähellä", "5.90", "5.90"),
    ("Posti kotiinkuljetus", "12.90", "5.90"),
    ("Nouto myymälästä", "0.00", "0.00"),
)
PAYMENT_METHODS = ("card", "mobilepay", "paytrail_bank", "klarna_invoice")
CHUNK = 20_000
#: Orders are delivered over the last ORDER_DAYS days; about RETURN_SHARE of them come back
#: (a million orders have some 150,000 returns).
ORDER_DAYS = 365
RETURN_SHARE = 0.15


@dataclass(frozen=True)
class DemoSummary:
    """What the demo generator wrote."""

    products: int
    customers: int
    orders: int
    order_lines: int
    returns: int


def _ean13(prefix: str, n: int) -> str:
    body = f"{prefix}{n:0{12 - len(prefix)}d}"
    return f"0{body}{gtin_check_digit(body)}"


def _s10(n: int) -> str:
    digits = f"{n % 100_000_000:08d}"
    return f"JJ{digits}{s10_check_digit(digits)}FI"


def _chunks(rows: Iterator[dict], size: int = CHUNK) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _products(engine: Engine) -> list[dict]:
    with engine.begin() as conn:
        existing = conn.scalar(select(func.count()).select_from(Product))
        if not existing:
            rows = []
            n = 0
            for name, category, price, vat, exc in CATALOGUE:
                sizes = SIZES if category in ("clothing",) else ("",)
                for size in sizes:
                    n += 1
                    rows.append(
                        {
                            "sku": f"{category[:3].upper()}-{n:04d}{'-' + size if size else ''}",
                            "gtin": _ean13("64170840", n),
                            "name": f"{name} {size}".strip(),
                            "category": category,
                            "unit_price": Decimal(price),
                            "vat_rate": Decimal(vat),
                            "exception_category": exc,
                            "active": True,
                        }
                    )
            conn.execute(insert(Product), rows)
        return [dict(r._mapping) for r in conn.execute(select(Product.__table__))]


def order_rows_for(
    rng: random.Random,
    oid: int,
    first_line: int,
    customer_id: int,
    products: list[dict],
    delivered: date,
) -> tuple[dict, list[dict], dict]:
    """One random order (its row, its lines from id ``first_line`` on, its shipment)."""
    ordered = datetime.combine(
        delivered - timedelta(days=rng.randint(1, 4)),
        time(rng.randint(6, 22), rng.randint(0, 59)),
        UTC,
    )
    method, price, cheapest = rng.choice(DELIVERY_METHODS)
    paid_with = rng.choice(PAYMENT_METHODS)
    order = {
        "id": oid,
        "order_number": str(100000 + oid),
        "customer_id": customer_id,
        "ordered_at": ordered,
        "currency": "EUR",
        "payment_method": paid_with,
        "payment_reference": f"PAY-{oid:09d}",
        # Paid through Paytrail (all but the invoice): its transaction id, so a demo refund
        # can be paid out (against a test merchant).
        "payment_transaction_id": None
        if paid_with == "klarna_invoice"
        else payment_transaction_id(oid),
        "delivery_method": method,
        "delivery_price": Decimal(price),
        "cheapest_delivery_price": Decimal(cheapest),
        "delivery_vat_rate": Decimal("25.50"),
        "order_discount": Decimal("0.00"),
        "consumer_informed": True,
        "informed_on": None,
        "source": "demo",
        "updated_at": ordered,
    }
    lines = []
    for line_no, product in enumerate(
        rng.sample(products, k=rng.choice((1, 1, 2, 2, 3, 4))), start=1
    ):
        qty = rng.choice((1, 1, 1, 2, 3))
        discount = Decimal("0.00")
        if rng.random() < 0.1:
            discount = (product["unit_price"] * qty * Decimal("0.10")).quantize(Decimal("0.01"))
        lines.append(
            {
                "id": first_line + line_no - 1,
                "order_id": oid,
                "line_no": line_no,
                "product_id": product["id"],
                "sku": product["sku"],
                "gtin": product["gtin"],
                "name": product["name"],
                "quantity": qty,
                "unit_price": product["unit_price"],
                "discount": discount,
                "vat_rate": product["vat_rate"],
                "exception_category": product["exception_category"],
            }
        )
    return order, lines, shipment_row(oid, method, price, delivered)


def payment_transaction_id(oid: int) -> str:
    """The demo's Paytrail transaction id of order ``oid``."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"returns-desk-demo/{oid}"))


def shipment_row(oid: int, method: str, price: str, delivered: date) -> dict:
    """The shipment of order ``oid``: a tracked parcel, or a pick-up at the shop when free."""
    tracked = price != "0.00"
    return {
        "order_id": oid,
        "carrier": ("posti" if "Posti" in method else "matkahuolto") if tracked else "pickup",
        "tracking_number": _s10(oid * 7 + 13) if tracked else None,
        "shipped_at": None,
        "delivered_on": delivered,
    }


def _reset_sequences(engine: Engine) -> None:
    # Rows above were written with explicit ids; PostgreSQL's sequences must follow them.
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        for table in ("customers", "orders", "order_lines", "shipments", "products"):
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )


def generate(
    engine: Engine,
    orders: int = 2000,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    returns: int | None = None,
) -> DemoSummary:
    """Write ``orders`` demo orders (with customers, lines, shipments) to ``engine``, and
    ``returns`` returns of them (default: :data:`RETURN_SHARE` of the orders)."""
    rng = random.Random(seed)
    today = today or datetime.now(UTC).date()
    _demo_shop_identity(engine)
    products = _products(engine)
    with engine.begin() as conn:
        first_order = (conn.scalar(select(func.max(Order.id))) or 0) + 1
        first_customer = (conn.scalar(select(func.max(Customer.id))) or 0) + 1
        first_line = (conn.scalar(select(func.max(OrderLine.id))) or 0) + 1
    n_customers = max(1, orders // 3)

    def customers() -> Iterator[dict]:
        for i in range(n_customers):
            cid = first_customer + i
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            postal, city = rng.choice(CITIES)
            yield {
                "id": cid,
                "name": f"{first} {last}",
                "email": f"{first.lower()}.{last.lower()}{cid}@example.fi".translate(
                    str.maketrans("äöå", "aoa")
                ),
                "phone": f"+35840{cid:07d}"[:14],
                "street": f"{rng.choice(STREETS)} {rng.randint(1, 80)}",
                "postal_code": postal,
                "city": city,
                "country": "FI",
                "lang": "fi" if rng.random() < 0.85 else "en",
            }

    with engine.begin() as conn:
        for batch in _chunks(customers()):
            conn.execute(insert(Customer), batch)

    n_returns = round(orders * RETURN_SHARE) if returns is None else min(returns, orders)
    if n_returns:
        demo_supervisor(engine)  # the returns are the demo users' work: refuse early if not
    templates = demo_returns.make_templates(engine, n_returns, seed, today) if n_returns else []
    plan = demo_returns.ClonePlan(templates, today, rng, {p["sku"]: p["id"] for p in products})
    returned = set(rng.sample(range(orders), k=n_returns)) if templates else set()

    line_id = first_line
    written_lines = 0
    for start in range(0, orders, CHUNK):
        order_rows, line_rows, ship_rows = [], [], []
        for i in range(start, min(orders, start + CHUNK)):
            oid = first_order + i
            customer_id = first_customer + rng.randrange(n_customers)
            delivered = today - timedelta(days=rng.randint(1, ORDER_DAYS))
            if i in returned:
                order, lines, ship = plan.clone_order(oid, line_id, customer_id, delivered)
            else:
                order, lines, ship = order_rows_for(
                    rng, oid, line_id, customer_id, products, delivered
                )
            order_rows.append(order)
            line_rows.extend(lines)
            ship_rows.append(ship)
            line_id += len(lines)
        with engine.begin() as conn:
            conn.execute(insert(Order), order_rows)
            conn.execute(insert(OrderLine), line_rows)
            conn.execute(insert(Shipment), ship_rows)
            ordered = {row["id"]: row["ordered_at"] for row in order_rows}
            sales_summary.record(
                conn, ((ordered[r["order_id"]], r["product_id"], r["quantity"]) for r in line_rows)
            )
        written_lines += len(line_rows)
        if progress:
            progress(min(orders, start + CHUNK), orders)
    _reset_sequences(engine)
    made = plan.write(engine) if templates else 0
    refresh_statistics(engine)  # a bulk write: the planner must know what the tables hold
    return DemoSummary(len(products), n_customers, orders, written_lines, made)


#: The demo shop's identifiers: examples that pass their check digits (the shipped settings
#: have none, since any valid example could be a real company's), so that demo credit notes
#: print whole and the Finvoice export works. Never written over a value a shop has set.
DEMO_IDENTITY = {
    "business_id": "1234567-1",
    "vat_number": "FI12345671",
    "iban": "FI49 5000 9420 0287 30",
}


def _demo_shop_identity(engine: Engine) -> None:
    with engine.begin() as conn:
        known = set(conn.scalars(select(Setting.key).where(Setting.key.in_(DEMO_IDENTITY))))
        missing = [{"key": k, "value": v} for k, v in DEMO_IDENTITY.items() if k not in known]
        if missing:
            conn.execute(insert(Setting), missing)


DEMO_PASSWORD = "demo-password"


def ensure_demo_users(engine: Engine) -> list[str]:
    """Create admin, supervisor and clerk (password ``demo-password``) in a database without
    users; returns the names made. The admin is the database's first user (added by nobody,
    audited as adding themselves) and adds the other two."""
    from returns_app.domain.users import Actor
    from returns_app.persistence.uow import UnitOfWork
    from returns_app.services import users

    if users.count_users(UnitOfWork(engine, readonly=True)):
        return []
    admin = users.add_user(
        UnitOfWork(engine),
        "admin",
        DEMO_PASSWORD,
        "admin",
        display_name="Admin",
        actor=Actor(None, "demo", "admin", "DEMO"),
    )
    signer = Actor(admin.id, admin.username, admin.role, "DEMO")
    for role in ("supervisor", "clerk"):
        users.add_user(
            UnitOfWork(engine), role, DEMO_PASSWORD, role, display_name=role.title(), actor=signer
        )
    return ["admin", "supervisor", "clerk"]


def demo_supervisor(engine: Engine):
    """The demo's supervisor, who makes the demo returns (a real user: services check)."""
    from sqlalchemy.orm import Session

    from returns_app.domain.users import Actor
    from returns_app.persistence.models import User

    ensure_demo_users(engine)
    with Session(engine) as s:
        user = s.scalar(
            select(User).where(User.username == "supervisor", User.role == "supervisor")
        )
    if user is None or not user.active:
        raise ValueError(
            "demo returns are made by the demo user 'supervisor': use a database without "
            "users (the demo adds admin, supervisor and clerk) or pass --returns 0"
        )
    return Actor(user.id, user.username, user.role, "DEMO")
