"""The malformed files an outside harness found crashing imports: each is now an error with its
line (and column, where a field is at fault), on SQLite and PostgreSQL, and nothing is written."""

from __future__ import annotations

import pytest
from import_helpers import counts
from nasty_files import CASES, EMPTY, GOOD_1, GOOD_2, csv_file

from returns_app.services.importing import import_orders, import_products


@pytest.mark.parametrize(("data", "line", "column", "words"), CASES.values(), ids=CASES.keys())
def test_a_malformed_file_is_an_error_with_its_line_and_nothing_is_written(
    backend, actors, data, line, column, words
):
    report = import_orders(backend.uow(), data, actor=actors.admin)
    assert any(e.line == line and e.column == column and words in str(e) for e in report.errors), [
        str(e) for e in report.errors
    ]
    assert all("\x00" not in str(e) and "\ud800" not in str(e) for e in report.errors)
    assert not report.written and counts(backend) == EMPTY


def test_with_partial_import_the_orders_around_a_nul_are_written(backend, actors):
    data = csv_file(GOOD_1, GOOD_2.replace("Eino Koski", "Eino\x00Koski"))
    report = import_orders(backend.uow(), data, allow_partial=True, actor=actors.admin)
    assert report.written and (report.created, len(report.errors)) == (1, 1)
    assert counts(backend)["orders"] == 1


def test_a_product_file_with_a_nul_or_a_huge_price_is_refused_by_line(backend, actors):
    header = "sku;name;unit_price;vat_rate"
    data = f"{header}\nA-1;Paita;39,90;25,5\nA-2;Pi\x00po;9,90;25,5\nA-3;Sukat;{'9' * 5000};25,5\n"
    report = import_products(backend.uow(), data.encode(), actor=actors.admin)
    assert [(e.line, e.column) for e in report.errors] == [(3, "name"), (4, "unit_price")]
    assert not report.written
