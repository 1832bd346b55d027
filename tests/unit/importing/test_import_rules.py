"""How VAT rates, WooCommerce items and Shopify taxes are read, and how errors are told."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.services.importing.common import ImportReport, RowError
from returns_app.services.importing.resolve import (
    DraftLine,
    DraftOrder,
    ProductInfo,
    Products,
    VatPeriod,
    VatRates,
    resolve,
)
from returns_app.services.importing.woocommerce import parse_items, split_escaped
from returns_app.services.orders import CustomerInput

D = Decimal


def finnish_rates() -> VatRates:
    """The rate table of the first migration (DOMAIN.md section 3)."""
    rows = [
        ("general", "24.00", date(2013, 1, 1), date(2024, 8, 31)),
        ("general", "25.50", date(2024, 9, 1), None),
        ("food", "14.00", date(2013, 1, 1), date(2025, 12, 31)),
        ("food", "13.50", date(2026, 1, 1), None),
        ("books", "10.00", date(2013, 1, 1), date(2024, 12, 31)),
        ("books", "14.00", date(2025, 1, 1), date(2025, 12, 31)),
        ("books", "13.50", date(2026, 1, 1), None),
        ("press", "10.00", date(2013, 1, 1), None),
    ]
    return VatRates(tuple(VatPeriod(c, D(r), f, t) for c, r, f, t in rows))


@pytest.mark.parametrize(
    ("rate", "category", "day", "expected"),
    [
        ("25.50", "clothing", date(2024, 6, 1), "24.00"),  # sold before 1.9.2024
        ("25.50", "clothing", date(2024, 9, 1), "25.50"),
        ("13.50", "books", date(2024, 6, 1), "10.00"),
        ("13.50", "books", date(2025, 6, 1), "14.00"),
        ("13.50", "food", date(2024, 6, 1), "14.00"),
        ("13.50", "books", date(2026, 2, 1), "13.50"),
        ("10.00", "press", date(2020, 1, 1), "10.00"),
        ("0.00", "gift_cards", date(2026, 1, 1), "0.00"),  # no category has it: as is
    ],
)
def test_a_products_rate_is_moved_to_the_day_of_the_sale(rate, category, day, expected):
    assert finnish_rates().for_product(D(rate), category, day) == D(expected)


def test_a_reduced_rate_shared_by_food_and_books_is_ambiguous_for_2024_without_a_category():
    assert finnish_rates().for_product(D("13.50"), "other", date(2024, 6, 1)) is None
    assert finnish_rates().for_product(D("13.50"), "other", date(2025, 6, 1)) == D("14.00")


@pytest.mark.parametrize(
    ("net", "tax", "qty", "day", "rate"),
    [
        ("31.79", "8.11", 1, date(2026, 3, 1), "25.50"),
        ("21.94", "2.96", 1, date(2026, 3, 1), "13.50"),
        ("32.18", "7.72", 1, date(2024, 3, 1), "24.00"),
        ("9.00", "0.90", 1, date(2026, 3, 1), "10.00"),
        ("10.00", "0.00", 1, date(2026, 3, 1), "0.00"),
        # rounded per unit by the shop: 3 × (19.84 + 5.06)
        ("59.52", "15.18", 3, date(2026, 3, 1), "25.50"),
    ],
)
def test_a_line_tax_finds_its_rate(net, tax, qty, day, rate):
    assert finnish_rates().snap(D(net), D(tax), qty, day) == D(rate)


def test_a_tax_that_matches_no_rate_finds_none():
    assert finnish_rates().snap(D("10.00"), D("1.80"), 1, date(2026, 3, 1)) is None


def test_woocommerce_items_split_on_unescaped_separators_only():
    cell = (
        "id:1|name:Romaani\\: Kesäyö|sku:ROM-0010|quantity:1|subtotal:21.94|"
        "subtotal_tax:2.96|total:19.75|total_tax:2.67;name:A\\|B\\;C|qty:2|total:10|tax:2.55"
    )
    items = parse_items(cell)
    assert items[0]["name"] == "Romaani: Kesäyö"
    assert items[0]["total_tax"] == "2.67"
    assert items[1] == {"name": "A|B;C", "quantity": "2", "total": "10", "total_tax": "2.55"}


def test_woocommerce_items_may_be_json():
    items = parse_items('[{"name": "Pipo", "sku": "PIP", "quantity": 2, "total": 39.68}]')
    assert items == [{"name": "Pipo", "sku": "PIP", "quantity": "2", "total": "39.68"}]


def test_split_keeps_escapes_for_the_next_level():
    assert split_escaped("a\\;b;c", ";") == ["a\\;b", "c"]


def _draft(**lines) -> DraftOrder:
    draft = DraftOrder(
        line=2,
        order_number="1001",
        customer=CustomerInput("Aino"),
        ordered_at=datetime(2024, 6, 1, 12, tzinfo=UTC),
    )
    draft.lines.append(
        DraftLine(line=2, sku="BOOK", name="", quantity=1, unit_price=D("20.00"), **lines)
    )
    return draft


BOOK = ProductInfo(1, "BOOK", None, "Kirja", D("13.50"), "books", "none")


def test_the_vat_rate_and_name_come_from_the_product_when_the_file_lacks_them():
    order = resolve(_draft(), Products({}, {"BOOK": BOOK}), finnish_rates(), True)
    assert order is not None
    assert order.lines[0].vat_rate == D("10.00")  # a book in June 2024
    assert order.lines[0].name == "Kirja"
    assert order.delivery_vat_rate == D("10.00")


def test_a_rate_given_in_the_file_wins_over_the_product():
    order = resolve(
        _draft(vat_rate=D("14.00")), Products({}, {"BOOK": BOOK}), finnish_rates(), True
    )
    assert order.lines[0].vat_rate == D("14.00")


def test_without_a_rate_or_a_product_the_line_is_an_error_naming_its_column():
    draft = _draft(vat_column="Tax 1 Name")
    assert resolve(draft, Products({}, {}), finnish_rates(), True) is None
    assert [(e.line, e.column, e.record) for e in draft.errors] == [(2, "Tax 1 Name", "1001")]
    assert "Import the products first" in str(draft.errors[0])


def test_a_row_error_tells_line_and_column_in_one_sentence():
    error = RowError(
        12, "Lineitem price", Message("import", QT_TRANSLATE_NOOP("import", "Bad."), {})
    )
    assert str(error) == "Line 12, column Lineitem price: Bad."


def test_a_report_of_a_file_with_errors_says_nothing_was_imported():
    error = RowError(3, "x", Message("import", "Bad.", {}))
    report = ImportReport("orders", "csv", records=2, created=1, errors=(error,))
    assert str(report.summary()).startswith("Nothing was imported: 1 error(s)")
    partial = ImportReport("orders", "csv", records=2, created=1, errors=(error,), written=True)
    assert "1 new" in str(partial.summary())


def test_a_webtoffee_item_splits_on_pipes_only_and_reads_its_taxes():
    from returns_app.services.importing.woocommerce import parse_one_item

    cell = (
        "name:Romaani: Kesäyö|product_id:82|sku:ROM-0010|quantity:1|total:19.75|"
        'sub_total:21.94|tax:2.67|meta:pa_kieli:suomi|tax_data:a:2:{s:5:"total";'
        'a:1:{i:1;s:4:"2.67";}s:8:"subtotal";a:1:{i:1;s:4:"2.96";}}'
    )
    item = parse_one_item(cell)
    assert item["name"] == "Romaani: Kesäyö"
    assert (item["quantity"], item["subtotal"], item["total"]) == ("1", "21.94", "19.75")
    assert (item["total_tax"], item["subtotal_tax"]) == ("2.67", "2.96")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("'+358401234567", "+358401234567"), ("+358 40 123 4567", "+358 40 123 4567"), ("", "")],
)
def test_the_spreadsheets_apostrophe_before_a_phone_number_goes(typed, kept):
    from returns_app.services.importing.values import phone_text

    assert phone_text(typed) == kept
