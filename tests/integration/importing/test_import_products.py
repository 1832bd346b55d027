"""Products from a CSV: matched by SKU, GTINs checked and kept unique, all or nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from import_helpers import DATA
from sqlalchemy import select

from returns_app.persistence.models import Product
from returns_app.services.importing import import_products

HEADER = "sku;gtin;name;unit_price;vat_rate;exception_category"


def _file(*rows: str, header: str = HEADER) -> bytes:
    return ("\n".join((header, *rows)) + "\n").encode()


def _products(backend) -> dict[str, tuple]:
    with backend.uow(readonly=True) as uow:
        return {
            p.sku: (p.gtin, p.name, p.unit_price, p.vat_rate, p.exception_category, p.category)
            for p in uow.session.scalars(select(Product))
        }


def test_the_sample_products_import_with_gtins_as_fourteen_digits(backend, actors):
    report = import_products(backend.uow(), DATA / "products.csv", actor=actors.admin)
    assert (report.created, report.encoding, report.delimiter) == (8, "utf-8-sig", ";")
    stored = _products(backend)
    assert stored["HAM-0013"] == (
        "06417084000132",
        "Sähköhammasharja",
        Decimal("59.00"),
        Decimal("25.50"),
        "sealed_hygiene",
        "hygiene",
    )


def test_a_known_sku_is_updated_and_the_same_file_again_changes_nothing(backend, actors):
    import_products(
        backend.uow(), _file("A;6417084000019;Pipo;24,90;25,5;none"), actor=actors.admin
    )
    changed = import_products(
        backend.uow(), _file("A;;Pipo musta;19,90;25,5;none"), actor=actors.admin
    )
    assert (changed.created, changed.updated) == (0, 1)
    # an empty GTIN keeps the one known; the category column is absent, so it stays
    assert _products(backend)["A"][:3] == ("06417084000019", "Pipo musta", Decimal("19.90"))
    again = import_products(
        backend.uow(), _file("A;;Pipo musta;19,90;25,5;none"), actor=actors.admin
    )
    assert (again.updated, again.unchanged) == (0, 1)


@pytest.mark.parametrize(
    ("rows", "line", "column", "words"),
    [
        (("A;6417084000017;Pipo;24,90;25,5;none",), 2, "gtin", "Check digit should be 9"),
        (("A;;Pipo;24,90;;none",), 2, "vat_rate", "missing"),
        (("A;;Pipo;24,90;25,5;fragile",), 2, "exception_category", "not an exception category"),
        (("A;;;24,90;25,5;none",), 2, "name", "missing"),
        (
            ("A;;Pipo;24,90;25,5;none", "A;;Pipo;19,90;25,5;none"),
            3,
            "sku",
            "already appears on line 2",
        ),
        (
            ("A;6417084000019;Pipo;24,90;25,5;none", "B;06417084000019;Sukat;9,90;25,5;none"),
            3,
            "gtin",
            "already belongs to product A",
        ),
    ],
)
def test_bad_product_rows_are_reported_and_nothing_is_written(
    backend, rows, line, column, words, actors
):
    report = import_products(backend.uow(), _file(*rows), actor=actors.admin)
    assert any(e.line == line and e.column == column and words in str(e) for e in report.errors), [
        str(e) for e in report.errors
    ]
    assert not report.written and _products(backend) == {}


def test_a_products_file_without_a_price_column_is_refused(backend, actors):
    report = import_products(
        backend.uow(),
        _file("A;;Pipo;25,5;none", header="sku;gtin;name;vat_rate;x"),
        actor=actors.admin,
    )
    assert [(e.line, e.column) for e in report.errors] == [(1, "unit_price")]
