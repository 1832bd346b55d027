"""How long 100,000 orders take to import into a fresh database (issue 17: under 30 s on
SQLite, under 45 s on PostgreSQL).

Writes a Shopify export (the heaviest format: one row per line item, 79 columns) and our CSV
with the same orders into a temporary folder, imports each into a new SQLite file and (with
``--postgres``) a new schema ``bench_import`` on that server, then imports it again (nothing
changes) and prints the times, with the load (``uptime``)::

    .venv/bin/python bench/bench_import.py [--orders 100000] [--format shopify|csv|both]
        [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/test] [--no-sqlite]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import psycopg

from returns_app.domain.users import Actor
from returns_app.persistence import migrate
from returns_app.persistence.database import make_engine
from returns_app.persistence.waits import LONG_TIMEOUTS
from returns_app.services import users
from returns_app.services.importing import import_orders, import_products
from returns_app.services.runtime import Backend

ROOT = Path(__file__).resolve().parents[1]
SHOPIFY_HEADER = (
    (ROOT / "tests" / "data" / "import" / "shopify_orders.csv")
    .read_text(encoding="utf-8")
    .splitlines()[0]
    .split(",")
)
CATALOGUE = [
    (f"SKU-{i:04d}", f"Tuote {i}", Decimal(random.Random(i).randint(490, 19900)) / 100)
    for i in range(300)
]


def _orders(n: int, seed: int = 1):
    rng = random.Random(seed)
    for k in range(n):
        customer = k % (n // 3 + 1)
        lines = rng.sample(CATALOGUE, k=rng.choice((1, 1, 2, 2, 3, 4)))
        yield k, customer, [(sku, name, price, rng.choice((1, 1, 2))) for sku, name, price in lines]


def shopify_file(n: int) -> bytes:
    """``n`` orders as Shopify exports them (prices with VAT 25.5 %)."""
    out = io.StringIO(newline="")
    w = csv.DictWriter(out, SHOPIFY_HEADER, lineterminator="\r\n")
    w.writeheader()
    for k, c, lines in _orders(n):
        day = 1 + k % 28
        for i, (sku, name, price, qty) in enumerate(lines):
            row = {
                "Name": f"#{100000 + k}",
                "Lineitem quantity": qty,
                "Lineitem name": name,
                "Lineitem price": f"{price:.2f}",
                "Lineitem sku": sku,
                "Lineitem taxable": "true",
                "Lineitem discount": "0.00",
            }
            if i == 0:
                subtotal = sum(p * q for _, _, p, q in lines)
                row.update(
                    {
                        "Email": f"asiakas{c}@example.fi",
                        "Financial Status": "paid",
                        "Fulfillment Status": "fulfilled",
                        "Fulfilled at": f"2026-02-{day:02d} 15:00:00 +0200",
                        "Currency": "EUR",
                        "Subtotal": f"{subtotal:.2f}",
                        "Shipping": "5.90",
                        "Taxes": f"{(subtotal + Decimal('5.90')) * 255 / 1255:.2f}",
                        "Total": f"{subtotal + Decimal('5.90'):.2f}",
                        "Discount Amount": "0.00",
                        "Shipping Method": "Posti SmartPOST",
                        "Created at": f"2026-02-{day:02d} 10:00:00 +0200",
                        "Billing Name": f"Asiakas {c}",
                        "Billing Address1": f"Katu {c % 200 + 1}",
                        "Billing City": "Helsinki",
                        "Billing Zip": "'00100",
                        "Billing Country": "FI",
                        "Payment Method": "Shopify Payments",
                        "Payment Reference": f"c{k}.1",
                        "Tax 1 Name": "FI VAT 25.5%",
                        "Tax 1 Value": "0.00",
                    }
                )
            w.writerow(row)
    return out.getvalue().encode()


def csv_file(n: int) -> bytes:
    """The same orders in our CSV format (semicolon, decimal comma)."""
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(
        [
            "order_number",
            "ordered_at",
            "customer_name",
            "customer_email",
            "street",
            "city",
            "delivery_method",
            "delivery_price",
            "delivered_on",
            "sku",
            "product_name",
            "quantity",
            "unit_price",
            "vat_rate",
        ]
    )
    for k, c, lines in _orders(n):
        day = 1 + k % 28
        for i, (sku, name, price, qty) in enumerate(lines):
            first = i == 0
            w.writerow(
                [
                    str(100000 + k),
                    f"2026-02-{day:02d} 10:00" if first else "",
                    f"Asiakas {c}" if first else "",
                    f"asiakas{c}@example.fi" if first else "",
                    f"Katu {c % 200 + 1}" if first else "",
                    "Helsinki" if first else "",
                    "Posti SmartPOST" if first else "",
                    "5,90" if first else "",
                    f"{day}.2.2026" if first else "",
                    sku,
                    name,
                    qty,
                    f"{price:.2f}".replace(".", ","),
                    "25,5",
                ]
            )
    return out.getvalue().encode()


def products_file() -> bytes:
    """The catalogue, so lines find their products."""
    rows = ["sku;name;unit_price;vat_rate"] + [
        f"{sku};{name};{str(price).replace('.', ',')};25,5" for sku, name, price in CATALOGUE
    ]
    return ("\n".join(rows) + "\n").encode()


def _pg_url(server: str, schema: str) -> str:
    conninfo = server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
    return f"{server}?options=-csearch_path%3D{schema}"


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f}"


def run(fmt: str, data: bytes, url: str, n: int, db: str) -> None:
    engine = make_engine(url, timeouts=LONG_TIMEOUTS)
    migrate.upgrade(engine)
    backend = Backend(engine, url)
    admin = users.add_user(
        backend.uow(), "bench", "bench-password", "admin", actor=Actor(None, "setup", "admin")
    )
    actor = Actor(admin.id, admin.username, "admin", "BENCH")
    import_products(backend.uow(), products_file(), actor=actor)
    for attempt in ("first import", "again"):
        load = _load()
        started, cpu = time.perf_counter(), time.process_time()
        report = import_orders(backend.uow(long=True), data, fmt, actor=actor)
        took, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"{db:10s} {fmt:8s} {attempt:13s} {n:>7,} orders in {took:6.1f} s "
            f"({n / took:,.0f}/s, client CPU {cpu:.1f} s; {load} before, {_load()} after): created {report.created}, "
            f"updated {report.updated}, unchanged {report.unchanged}, errors {len(report.errors)}",
            flush=True,
        )
        if not report.ok:
            print("  first errors:", [str(e) for e in report.errors[:3]], file=sys.stderr)
    engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--format", choices=("shopify", "csv", "both"), default="both")
    parser.add_argument("--postgres", default="", help="server URL; the bench makes a schema")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for fmt, make in (("shopify", shopify_file), ("csv", csv_file)):
            if args.format in (fmt, "both"):
                data = make(args.orders)
                (folder / f"orders.{fmt}.csv").write_bytes(data)
                print(f"{fmt}: {len(data) / 1e6:.1f} MB")
                if not args.no_sqlite:
                    url = f"sqlite:///{folder / f'bench-{fmt}.sqlite3'}"
                    run(fmt, data, url, args.orders, "SQLite")
                if args.postgres:
                    url = _pg_url(args.postgres, f"bench_import_{fmt}")
                    run(fmt, data, url, args.orders, "PostgreSQL")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
