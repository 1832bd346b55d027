"""Shared by the import and export tests: sample files, row counts, generated order files."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from returns_app.domain.users import Actor
from returns_app.persistence.models import Customer, Order, OrderLine, Shipment
from returns_app.services.importing import import_products
from returns_app.services.runtime import Backend

DATA = Path(__file__).resolve().parents[2] / "data" / "import"

OURS_HEADER = (
    "order_number;ordered_at;customer_name;customer_email;street;postal_code;city;"
    "delivery_method;delivery_price;tracking_number;delivered_on;sku;product_name;quantity;"
    "unit_price;line_discount;vat_rate"
)


def counts(backend: Backend) -> dict[str, int]:
    """Rows in the order tables."""
    with backend.uow(readonly=True) as uow:
        return {
            m.__tablename__: uow.session.scalar(select(func.count()).select_from(m))
            for m in (Customer, Order, OrderLine, Shipment)
        }


def load_products(backend: Backend, actor: Actor) -> None:
    """The sample products (the Shopify and WooCommerce samples need their VAT rates)."""
    report = import_products(backend.uow(), DATA / "products.csv", actor=actor)
    assert report.ok and report.written, report.errors


def generated_orders(n: int, seed: int = 7, start: int = 500000) -> str:
    """``n`` orders in our CSV format (semicolon, decimal comma), 1–3 lines each."""
    rng = random.Random(seed)
    lines = [OURS_HEADER]
    skus = [(f"SKU-{i:03d}", Decimal(rng.randint(500, 15000)) / 100) for i in range(40)]
    for k in range(n):
        number = str(start + k)
        day = 1 + k % 27
        for j in range(rng.choice((1, 1, 2, 3))):
            sku, price = rng.choice(skus)
            qty = rng.choice((1, 1, 2))
            first = j == 0
            lines.append(
                ";".join(
                    [
                        number,
                        f"2026-02-{day:02d} 10:{k % 60:02d}" if first else "",
                        f"Asiakas {k % (n // 2 + 1)}" if first else "",
                        f"asiakas{k % (n // 2 + 1)}@example.fi" if first else "",
                        f"Katu {k % (n // 2 + 1) % 90 + 1}" if first else "",
                        "00100" if first else "",
                        "Helsinki" if first else "",
                        "Posti" if first else "",
                        "5,90" if first else "",
                        "",
                        f"{min(day + 2, 28)}.2.2026" if first else "",
                        sku,
                        f"Tuote {sku}",
                        str(qty),
                        f"{price:.2f}".replace(".", ","),
                        "",
                        "25,5",
                    ]
                )
            )
    return "\n".join(lines) + "\n"
