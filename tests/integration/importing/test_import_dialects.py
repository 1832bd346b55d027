"""One order file in every shape Excel and shops save it: the same orders come out."""

from __future__ import annotations

import codecs
from decimal import Decimal

import pytest
from import_helpers import DATA
from sqlalchemy import select

from returns_app.persistence.models import Order, OrderLine
from returns_app.services.importing import import_orders, import_products

ROWS = [
    [
        "order_number",
        "ordered_at",
        "customer_name",
        "customer_email",
        "city",
        "sku",
        "product_name",
        "quantity",
        "unit_price",
        "line_discount",
        "vat_rate",
    ],
    [
        "7001",
        "2026-02-10 12:00",
        "Väinö Mäkelä",
        "vaino@example.fi",
        "Jyväskylä",
        "SKU-1",
        "Villasukat “Hyvä”",
        "2",
        "1234.50",
        "0.50",
        "25.5",
    ],
    ["7001", "", "", "", "", "SKU-2", "Pipo, musta", "1", "24.90", "", "13.5"],
]


def render(delimiter: str, decimal: str) -> str:
    def cell(text: str) -> str:
        if decimal == ",":
            if text.replace(".", "").isdigit() and "." in text:
                text = text.replace(".", ",")
        if delimiter in text or '"' in text:
            return '"' + text.replace('"', '""') + '"'
        return text

    return "\r\n".join(delimiter.join(cell(c) for c in row) for row in ROWS) + "\r\n"


def stored(backend) -> list[tuple]:
    with backend.uow(readonly=True) as uow:
        return [
            (
                o.order_number,
                o.customer.name,
                o.customer.city,
                l.name,
                l.unit_price,
                l.discount,
                l.vat_rate,
            )
            for o in uow.session.scalars(select(Order))
            for l in uow.session.scalars(
                select(OrderLine).where(OrderLine.order_id == o.id).order_by(OrderLine.line_no)
            )
        ]


EXPECTED = [
    (
        "7001",
        "Väinö Mäkelä",
        "Jyväskylä",
        "Villasukat “Hyvä”",
        Decimal("1234.50"),
        Decimal("0.50"),
        Decimal("25.50"),
    ),
    (
        "7001",
        "Väinö Mäkelä",
        "Jyväskylä",
        "Pipo, musta",
        Decimal("24.90"),
        Decimal("0.00"),
        Decimal("13.50"),
    ),
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize(
    ("delimiter", "decimal"), [(",", "."), (";", ","), (";", "."), ("\t", ",")]
)
def test_encodings_delimiters_and_decimal_commas_give_the_same_orders(
    sqlite_backend, encoding, delimiter, decimal, sqlite_actors
):
    data = render(delimiter, decimal).encode(encoding)  # “ ” and ä exist in Windows-1252 too
    report = import_orders(sqlite_backend.uow(), data, actor=sqlite_actors.admin)
    assert report.ok, [str(e) for e in report.errors]
    assert report.delimiter == delimiter
    assert stored(sqlite_backend) == EXPECTED


def test_a_products_file_from_finnish_excel_reads_the_same_as_utf8(sqlite_backend, sqlite_actors):
    text = (DATA / "products.csv").read_text(encoding="utf-8-sig")
    report = import_products(sqlite_backend.uow(), text.encode("cp1252"), actor=sqlite_actors.admin)
    assert report.ok and report.created == 8 and report.encoding == "windows-1252"
    again = import_products(
        sqlite_backend.uow(), codecs.BOM_UTF8 + text.encode(), actor=sqlite_actors.admin
    )
    assert (again.created, again.unchanged) == (0, 8)
