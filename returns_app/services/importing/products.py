"""Products from a CSV: SKU, GTIN, name, price, VAT rate and exception category.

A product is matched by SKU: a known SKU is updated, a new one created. A GTIN is checked
(digits and check digit) and stored as 14 digits; it may belong to one product only. An
empty GTIN leaves a known product's GTIN as it is; the ``category`` and ``active`` columns
change a product only when the file has them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Product
from returns_app.services.importing import common as c
from returns_app.services.importing import values as v
from returns_app.services.importing.common import CellError, CsvTable, RowError
from returns_app.services.importing.ours import EXCEPTION_CATEGORIES, unknown_category

COLUMNS: dict[str, tuple[str, ...]] = {
    "sku": ("sku", "product_code", "tuotekoodi", "variant_sku"),
    "gtin": ("gtin", "ean", "ean13", "barcode", "viivakoodi", "variant_barcode"),
    "name": ("name", "product_name", "nimi", "tuote", "title"),
    "unit_price": ("unit_price", "price", "hinta", "variant_price"),
    "vat_rate": ("vat_rate", "vat", "alv"),
    "exception_category": ("exception_category", "exception", "poikkeus"),
    "category": ("category", "tuoteryhmä", "product_type"),
    "active": ("active", "aktiivinen"),
}
REQUIRED = ("sku", "name", "unit_price", "vat_rate")


def _m(text: str, **params: object) -> Message:
    return Message("import", text, params)


@dataclass(frozen=True)
class ProductRow:
    """A product as the file gives it; None means the file has no such column."""

    line: int
    sku: str
    gtin: str | None
    name: str
    unit_price: Decimal
    vat_rate: Decimal
    exception_category: str
    category: str | None
    active: bool | None


def columns_of(table: CsvTable) -> dict[str, str | None]:
    """Canonical name → the header in this file."""
    return {key: table.find(*names) for key, names in COLUMNS.items()}


def missing_columns(columns: dict[str, str | None]) -> list[str]:
    """Required columns absent from the header."""
    return [k for k in REQUIRED if columns.get(k) is None]


def read(table: CsvTable) -> Iterator[ProductRow | RowError]:
    """Every product of the file, or the error that keeps a row from being one."""
    cols = columns_of(table)
    for row in table.rows():

        def cell(key: str, row=row) -> str:
            return row.get(cols.get(key))

        label = {k: v or k for k, v in cols.items()}
        sku = cell("sku")
        try:
            if row.extra:
                raise CellError("", c.extra_cells(row.extra))
            sku = v.text_field(sku, label["sku"], 64, required=True)
            category = cell("exception_category").lower() or "none"
            if category not in EXCEPTION_CATEGORIES:
                raise CellError(label["exception_category"], unknown_category(category))
            rate = v.rate(cell("vat_rate"), label["vat_rate"])
            if rate is None:
                raise CellError(label["vat_rate"], c.missing())
            yield ProductRow(
                line=row.line,
                sku=sku,
                gtin=v.gtin(cell("gtin"), label["gtin"]),
                name=v.text_field(cell("name"), label["name"], 200, required=True, cut=True),
                unit_price=v.money(cell("unit_price"), label["unit_price"]),
                vat_rate=rate,
                exception_category=category,
                category=v.text_field(cell("category"), label["category"], 80, cut=True)
                if cols["category"]
                else None,
                active=v.yes_no(cell("active"), label["active"], True) if cols["active"] else None,
            )
        except CellError as exc:
            yield RowError(row.line, exc.column, exc.message, sku)


@dataclass
class ProductWriter:
    """Creates and updates products in the caller's transaction, keeping GTINs unique."""

    session: Session
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def write(self, rows: list[ProductRow], gtin_label: str) -> list[RowError]:
        """Write ``rows`` (a chunk); returns the rows refused."""
        s = self.session
        skus = [r.sku for r in rows]
        gtins = [r.gtin for r in rows if r.gtin]
        by_sku = {p.sku: p for p in s.scalars(select(Product).where(Product.sku.in_(skus)))}
        by_gtin = {
            p.gtin: p for p in s.scalars(select(Product).where(Product.gtin.in_(gtins))) if p.gtin
        }
        by_gtin.update({p.gtin: p for p in by_sku.values() if p.gtin})
        errors: list[RowError] = []
        for row in rows:
            product = by_sku.get(row.sku)
            owner = by_gtin.get(row.gtin) if row.gtin else None
            if owner is not None and owner is not product:
                errors.append(
                    RowError(
                        row.line,
                        gtin_label,
                        _m(
                            QT_TRANSLATE_NOOP(
                                "import", "GTIN {gtin} already belongs to product {sku}."
                            ),
                            gtin=row.gtin,
                            sku=owner.sku,
                        ),
                        row.sku,
                    )
                )
                continue
            values = {
                "name": row.name,
                "unit_price": row.unit_price,
                "vat_rate": row.vat_rate,
                "exception_category": row.exception_category,
            }
            if row.gtin:
                values["gtin"] = row.gtin
            if row.category is not None:
                values["category"] = row.category
            if row.active is not None:
                values["active"] = row.active
            if product is None:
                product = Product(sku=row.sku, **values)
                s.add(product)
                by_sku[row.sku] = product
                self.created += 1
            elif any(getattr(product, k) != v for k, v in values.items()):
                if product.gtin and row.gtin and product.gtin != row.gtin:
                    by_gtin.pop(product.gtin, None)
                for k, v in values.items():
                    setattr(product, k, v)
                self.updated += 1
            else:
                self.unchanged += 1
            if row.gtin:
                by_gtin[row.gtin] = product
        s.flush()
        return errors
