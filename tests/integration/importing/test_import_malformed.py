"""Malformed files of every kind: each error names its line and column, and nothing is written
unless the valid orders are asked for."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from import_helpers import DATA, counts, load_products

from returns_app.services.importing import import_orders
from returns_app.services.returns import LineRequest, RegisterReturn

HEADER = "order_number;ordered_at;customer_name;customer_email;sku;product_name;quantity;unit_price;vat_rate"
GOOD_1 = "1001;2026-02-10;Aino Laine;aino@example.fi;SKU-1;Paita;1;39,90;25,5"
GOOD_2 = "1002;2026-02-11;Eino Koski;eino@example.fi;SKU-2;Pipo;2;24,90;25,5"


def csv_file(*rows: str, header: str = HEADER) -> bytes:
    return ("\n".join((header, *rows)) + "\n").encode()


EMPTY = {"customers": 0, "orders": 0, "order_lines": 0, "shipments": 0}

CSV_CASES = [
    # (rows after the header, line, column, words in the message)
    ((GOOD_1.replace("39,90", "39,9x"), GOOD_2), 2, "unit_price", "not an amount"),
    ((GOOD_1, GOOD_2.replace("24,90", "24,905")), 3, "unit_price", "fractions of a cent"),
    ((GOOD_1.replace("2026-02-10", "31.2.2026"), GOOD_2), 2, "ordered_at", "not a date"),
    ((GOOD_1.replace("2026-02-10", ""), GOOD_2), 2, "ordered_at", "missing"),
    ((GOOD_1, GOOD_2.replace(";2;24,90", ";0;24,90")), 3, "quantity", "quantity"),
    ((GOOD_1.replace("Aino Laine", ""), GOOD_2), 2, "customer_name", "missing"),
    ((GOOD_1.replace("aino@example.fi", "aino at example"), GOOD_2), 2, "customer_email", "e-mail"),
    ((GOOD_1.replace(";25,5", ";0,255"), GOOD_2), 2, "vat_rate", "percent"),
    ((GOOD_1.replace(";25,5", ";"), GOOD_2), 2, "vat_rate", "Import the products first"),
    ((GOOD_1 + ";extra", GOOD_2), 2, "", "more than the header"),
    ((GOOD_1.replace("SKU-1", "S" * 65), GOOD_2), 2, "sku", "longer than 64"),
    ((GOOD_1.replace("1001", "9" * 70), GOOD_2), 2, "order_number", "longer than 64"),
    ((";" + GOOD_1.split(";", 1)[1], GOOD_2), 2, "order_number", "missing"),
    (
        (GOOD_1, GOOD_2, "1001;;;;SKU-3;Sukat;1;9,90;25,5"),
        4,
        "order_number",
        "already appears on line 2",
    ),
    (
        (GOOD_1, "1001;2026-02-12;;;SKU-3;Sukat;1;9,90;25,5", GOOD_2),
        3,
        "ordered_at",
        "differs from",
    ),
]


@pytest.mark.parametrize(("rows", "line", "column", "words"), CSV_CASES)
def test_a_bad_row_is_reported_by_line_and_column_and_nothing_is_imported(
    backend, rows, line, column, words, actors
):
    report = import_orders(backend.uow(), csv_file(*rows), actor=actors.admin)
    assert not report.written
    assert any(e.line == line and e.column == column and words in str(e) for e in report.errors), [
        str(e) for e in report.errors
    ]
    assert counts(backend) == EMPTY


@pytest.mark.parametrize(
    ("data", "column", "words"),
    [
        (
            csv_file(GOOD_1, header=HEADER.replace(";unit_price", ";price_eur")),
            "unit_price",
            "no such column",
        ),
        (b"", "", "not an order export"),
        (bytes(range(256)) * 4, "", "not an order export"),
        (b"name,size\nshirt,M\n", "", "not an order export"),
    ],
)
def test_a_file_that_is_not_an_order_file_says_why_on_line_one(
    backend, data, column, words, actors
):
    report = import_orders(backend.uow(), data, actor=actors.admin)
    assert [(e.line, e.column) for e in report.errors][:1] == [(1, column)]
    assert words in str(report.errors[0])
    assert not report.written and counts(backend) == EMPTY


def test_an_unterminated_quote_is_an_error_not_a_crash(backend, actors):
    report = import_orders(
        backend.uow(), csv_file(GOOD_1.replace("Aino", '"Aino'), GOOD_2), actor=actors.admin
    )
    assert report.errors and not report.written


def test_a_gtin_with_a_wrong_check_digit_is_refused_with_the_right_digit(backend, actors):
    header = HEADER + ";gtin"
    report = import_orders(
        backend.uow(), csv_file(GOOD_1 + ";6417084000017", header=header), actor=actors.admin
    )
    assert [(e.line, e.column) for e in report.errors] == [(2, "gtin")]
    assert "Check digit should be 9" in str(report.errors[0])


def test_json_syntax_errors_give_line_and_character(backend, actors):
    text = '{"orders": [\n  {"order_number": "1"},\n  {"order_number": }\n]}'
    report = import_orders(backend.uow(), text.encode(), actor=actors.admin)
    assert str(report.errors[0]) == "Line 3: Not valid JSON at character 20: Expecting value."


def test_json_field_errors_name_the_path_and_the_line_of_the_value(backend, actors):
    document = json.loads((DATA / "orders.json").read_text(encoding="utf-8"))
    document["orders"][1]["lines"][0]["unit_price"] = "24,9x"
    text = json.dumps(document, indent=2)
    report = import_orders(backend.uow(), text.encode(), actor=actors.admin)
    (error,) = report.errors
    assert error.column == "orders[1].lines[0].unit_price"
    assert '"24,9x"' in text.splitlines()[error.line - 1]
    assert error.record == "30002"


def test_a_json_order_that_is_not_an_object_or_has_no_lines_is_an_error(backend, actors):
    text = json.dumps(
        {
            "orders": [
                "1001",
                {"order_number": "1002", "ordered_at": "2026-01-01", "customer": {"name": "Aino"}},
            ]
        }
    )
    report = import_orders(backend.uow(), text.encode(), "json", actor=actors.admin)
    assert [(e.column, str(e.message)) for e in report.errors] == [
        ("orders[0]", "An order must be a JSON object."),
        ("orders[1].lines", "The order has no lines."),
    ]
    assert not report.written


def test_shopify_prices_without_vat_are_refused(backend, actors):
    load_products(backend, actors.admin)
    text = (DATA / "shopify_orders.csv").read_text(encoding="utf-8")
    # #1004: VAT added on top: Total = Subtotal + Shipping + Taxes
    taxed = text.replace("44.70,12.90,11.70,57.60", "44.70,12.90,11.70,69.30")
    assert taxed != text
    report = import_orders(backend.uow(), taxed.encode(), actor=actors.admin)
    assert [(e.column, e.record) for e in report.errors] == [("Taxes", "1004")]


def test_a_shopify_export_without_a_required_column_is_refused(backend, actors):
    text = (DATA / "shopify_orders.csv").read_text(encoding="utf-8")
    report = import_orders(
        backend.uow(), text.replace("Lineitem name", "Item").encode(), "shopify", actor=actors.admin
    )
    assert [(e.line, e.column) for e in report.errors] == [(1, "Lineitem name")]


def test_a_woocommerce_tax_that_matches_no_rate_is_reported_on_the_item(backend, actors):
    text = (DATA / "woocommerce_orders.csv").read_text(encoding="utf-8")
    bad = text.replace("total:39.68|total_tax:10.12", "total:39.68|total_tax:7.00")
    report = import_orders(backend.uow(), bad.encode(), actor=actors.admin)
    assert [(e.line, e.column, e.record) for e in report.errors] == [
        (2, "line_items #1 total_tax", "4101")
    ]


def test_the_valid_orders_import_when_asked_and_the_rest_are_reported(backend, actors):
    rows = (GOOD_1, GOOD_2.replace("24,90", "abc"), GOOD_1.replace("1001", "1003"))
    report = import_orders(backend.uow(), csv_file(*rows), allow_partial=True, actor=actors.admin)
    assert report.written
    assert (report.created, len(report.errors)) == (2, 1)
    assert report.errors[0].record == "1002"
    assert counts(backend)["orders"] == 2


def test_a_line_already_returned_cannot_be_removed_by_an_import(backend, actors):
    from returns_app.services import queries, returns

    two_lines = (GOOD_1, "1001;;;;SKU-3;Sukat;1;9,90;25,5", GOOD_2)
    assert import_orders(backend.uow(), csv_file(*two_lines), actor=actors.admin).ok
    hit = next(h for h in queries.find(backend.uow(), "1001") if h.kind == "order")
    order = queries.get_order(backend.uow(), hit.id)
    returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            kind="defect_claim",
            lines=(LineRequest(order.lines[1].id, 1, "defective"),),
            notice_at=datetime(2026, 2, 20, 9, tzinfo=UTC),
            remedy="cancellation",
        ),
    )
    changed = (GOOD_1, GOOD_2.replace("Pipo", "Pipo musta"))
    report = import_orders(backend.uow(), csv_file(*changed), actor=actors.admin)
    assert [(e.line, e.column, e.record) for e in report.errors] == [(2, "order_number", "1001")]
    assert "cannot be removed" in str(report.errors[0])
    assert not report.written
    partial = import_orders(
        backend.uow(), csv_file(*changed), allow_partial=True, actor=actors.admin
    )
    assert (partial.updated, len(partial.errors)) == (1, 1)
    assert len(queries.get_order(backend.uow(), hit.id).lines) == 2


def test_an_rf_payment_reference_with_wrong_check_digits_is_refused(backend, actors):
    header = HEADER + ";maksuviite"
    report = import_orders(
        backend.uow(),
        csv_file(GOOD_1 + ";RF19 5390 0754 7034", GOOD_2 + ";RF18 5390 0754 7034", header=header),
        actor=actors.admin,
    )
    assert [(e.line, e.column) for e in report.errors] == [(2, "maksuviite")]
    assert "is not a valid RF creditor reference" in str(report.errors[0])


def test_other_payment_references_are_kept_as_given(backend, actors):
    header = HEADER + ";payment_reference"
    report = import_orders(
        backend.uow(),
        csv_file(GOOD_1 + ";1234562", GOOD_2 + ";PSP-4711", header=header),
        actor=actors.admin,
    )
    assert list(report.errors) == []


def test_an_imported_tracking_number_is_kept_as_a_scan_reads_it(backend, actors):
    from returns_app.services import queries

    header = HEADER + ";tracking_number"
    report = import_orders(
        backend.uow(),
        csv_file(GOOD_1 + ";1z 5r8 939 03 5756 7127", header=header),
        actor=actors.admin,
    )
    assert list(report.errors) == []
    hits = queries.find(backend.uow(readonly=True), "1Z5R89390357567127")
    assert [(h.kind, h.code) for h in hits] == [("order", "1001")]


def test_a_repeated_order_is_one_error_not_one_per_field_its_rows_leave_out(backend, actors):
    rows = (GOOD_1, GOOD_2, "1001;;;;SKU-3;Sukat;1;9,90;25,5")
    report = import_orders(backend.uow(), csv_file(*rows), actor=actors.admin)
    assert [(e.line, e.column) for e in report.errors] == [(4, "order_number")]
    assert "already appears on line 2" in str(report.errors[0])
    assert "1 error(s)" in report.summary().render("en")
