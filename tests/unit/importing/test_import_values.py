"""Reading what spreadsheets and shops write: encodings, delimiters, amounts, dates, codes."""

from __future__ import annotations

import codecs
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from returns_app.services.importing import common as c
from returns_app.services.importing import values as v
from returns_app.services.importing.common import CellError, CsvTable, ImportFileError


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Mäkelä;ÅÖ".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Mäkelä;ÅÖ".encode(), "utf-8-sig"),
        ("Mäkelä;ÅÖ".encode("cp1252"), "windows-1252"),
        ("Mäkelä;ÅÖ".encode("utf-16"), "utf-16"),
    ],
)
def test_utf8_with_or_without_bom_utf16_and_windows_1252_all_read_the_same_text(data, encoding):
    decoded = c.decode(data)
    assert decoded.text == "Mäkelä;ÅÖ"
    assert decoded.encoding == encoding


def test_euro_sign_in_windows_1252_is_read_as_the_euro_sign():
    assert c.decode("12,50 €".encode("cp1252")).text == "12,50 €"


def test_a_bom_that_lies_about_utf8_is_an_error_naming_the_byte():
    with pytest.raises(ImportFileError, match="byte 4"):
        c.decode(codecs.BOM_UTF8 + b"a\xffb")


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [
        ("sku,name,price\n", ","),
        ("sku;name;price\n", ";"),
        ("sku\tname\tprice\n", "\t"),
        ('"a,b";c;d\n', ";"),  # a comma inside quotes does not count
        ("single\n", ","),
    ],
)
def test_the_delimiter_is_the_most_frequent_one_in_the_header(header, delimiter):
    assert c.sniff_delimiter(header) == delimiter


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12,50", "12.50"),
        ("12.50", "12.50"),
        ("12,5", "12.50"),
        ("1 234,50", "1234.50"),
        ("1\u00a0234,50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("12,50 €", "12.50"),
        ("7 EUR", "7.00"),
        ("0", "0.00"),
    ],
)
def test_amounts_with_decimal_comma_or_point_and_thousand_separators(text, value):
    assert v.money(text, "price") == Decimal(value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("12,505", "fractions of a cent"),
        ("1,234", "fractions of a cent"),  # ambiguous: read as 1.234, refused
        ("1,234,567", "not an amount"),
        ("abc", "not an amount"),
        ("-5,00", "negative"),
        ("", "missing"),
    ],
)
def test_amounts_that_cannot_be_read_without_guessing_are_errors(text, fragment):
    with pytest.raises(CellError, match=fragment) as err:
        v.money(text, "unit_price")
    assert err.value.column == "unit_price"


@given(
    st.decimals(min_value=0, max_value=Decimal("9999999.99"), places=2),
    st.sampled_from([",", "."]),
    st.sampled_from(["", " ", "\u00a0"]),
)
def test_any_amount_written_with_either_decimal_mark_reads_back_exactly(value, mark, thousands):
    whole, cents = f"{value:.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", thousands) if thousands else whole
    assert v.money(f"{grouped}{mark}{cents}", "x") == value


@pytest.mark.parametrize(
    ("text", "rate"),
    [("25,5", "25.50"), ("25.5 %", "25.50"), ("14", "14.00"), ("0", "0.00"), ("", None)],
)
def test_vat_rates_in_percent(text, rate):
    assert v.rate(text, "vat_rate") == (Decimal(rate) if rate else None)


@pytest.mark.parametrize("text", ["0,255", "125", "x", "25,555"])
def test_vat_rates_that_are_fractions_or_out_of_range_are_errors(text):
    with pytest.raises(CellError):
        v.rate(text, "vat_rate")


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2024-05-01 10:00:00 +0000", datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ("2026-03-02 14:12:45 +0200", datetime(2026, 3, 2, 12, 12, 45, tzinfo=UTC)),
        ("2026-03-02T14:12:45+02:00", datetime(2026, 3, 2, 12, 12, 45, tzinfo=UTC)),
        ("2026-03-02T12:12:45Z", datetime(2026, 3, 2, 12, 12, 45, tzinfo=UTC)),
        # without an offset, Helsinki time (UTC+2 in winter, +3 in summer)
        ("2026-03-02 14:12", datetime(2026, 3, 2, 12, 12, tzinfo=UTC)),
        ("2026-07-02 14:12", datetime(2026, 7, 2, 11, 12, tzinfo=UTC)),
        ("2.3.2026 klo 14.12", datetime(2026, 3, 2, 12, 12, tzinfo=UTC)),
        ("02.03.2026", datetime(2026, 3, 1, 22, 0, tzinfo=UTC)),
    ],
)
def test_timestamps_in_iso_shopify_and_finnish_forms(text, moment):
    assert v.timestamp(text, "Created at") == moment


@pytest.mark.parametrize("text", ["5/31/2016 0:37", "31.2.2026", "yesterday", "2026-13-01"])
def test_dates_that_need_guessing_or_do_not_exist_are_errors(text):
    with pytest.raises(CellError, match="not a date"):
        v.timestamp(text, "date")


def test_a_day_is_the_helsinki_day_of_a_timestamp():
    assert v.day("2026-03-02T23:30:00Z", "delivered_on") == date(2026, 3, 3)
    assert v.day("", "delivered_on") is None


@pytest.mark.parametrize(
    ("text", "code"), [("FI", "FI"), ("fi", "FI"), ("Finland", "FI"), ("Suomi", "FI"), ("", "FI")]
)
def test_countries_are_two_letter_codes(text, code):
    assert v.country(text, "country") == code


def test_an_unknown_country_name_is_an_error():
    with pytest.raises(CellError, match="two-letter code"):
        v.country("Narnia", "Billing Country")


@pytest.mark.parametrize(
    ("text", "gtin"),
    [
        ("6417084000019", "06417084000019"),
        ("'06417084000019", "06417084000019"),
        ("02345673", "00000002345673"),
        ("", None),
    ],
)
def test_gtins_are_stored_as_fourteen_digits(text, gtin):
    assert v.gtin(text, "gtin") == gtin


def test_a_gtin_with_a_wrong_check_digit_is_refused_not_corrected():
    with pytest.raises(CellError, match="Check digit should be 9"):
        v.gtin("6417084000017", "gtin")


@pytest.mark.parametrize(
    ("text", "value"), [("yes", True), ("ei", False), ("0", False), ("", True)]
)
def test_yes_and_no_in_english_and_finnish(text, value):
    assert v.yes_no(text, "consumer_informed", True) is value


def test_quantities_are_whole_numbers_of_at_least_one():
    assert v.quantity("3", "qty") == 3
    for bad in ("0", "1,5", "-1", ""):
        with pytest.raises(CellError):
            v.quantity(bad, "qty")


def test_identifiers_too_long_are_refused_but_names_are_cut():
    assert v.text_field("x" * 250, "name", 200, cut=True).endswith("…")
    with pytest.raises(CellError, match="longer than 64"):
        v.text_field("x" * 65, "sku", 64)


def test_csv_rows_know_the_line_they_start_on_even_after_a_quoted_line_break():
    table = CsvTable('a;b\n1;"two\nlines"\n\n3;4\n')
    rows = list(table.rows())
    assert [r.line for r in rows] == [2, 5]
    assert rows[0].get("b") == "two\nlines"


def test_columns_are_found_by_any_spelling_case_or_spacing():
    table = CsvTable("\ufeffOrder Number;Unit-Price\n")
    assert table.find("order_number") == "Order Number"
    assert table.find("unit_price") == "Unit-Price"
    assert table.find("missing") is None


def test_a_row_with_more_cells_than_the_header_says_so():
    rows = list(CsvTable("a,b\n1,2,3\n").rows())
    assert rows[0].extra == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("0001-01-01", "between 1970 and 2199"),
        ("9999-12-31 23:59", "between 1970 and 2199"),
        ("9999-12-31T23:59:59-14:00", "between 1970 and 2199"),
        ("31.12.9999 klo 23.59", "between 1970 and 2199"),
        ("2026-02-10T10:00:00+99:99", r"offset \+99:99"),
        ("2026-02-10 10:00 -24:00", "offset -24:00"),
        ("2026-02-10T10:00+14:60", r"offset \+14:60"),
    ],
)
def test_dates_at_the_edges_of_time_are_errors_that_say_why(text, words):
    with pytest.raises(CellError, match=words):
        v.timestamp(text, "ordered_at")
    with pytest.raises(CellError, match=words):
        v.day(text, "delivered_on")


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2026-02-10T10:00+14:00", datetime(2026, 2, 9, 20, 0, tzinfo=UTC)),
        ("2026-02-10T10:00-12:00", datetime(2026, 2, 10, 22, 0, tzinfo=UTC)),
        ("1970-01-01T00:00Z", datetime(1970, 1, 1, tzinfo=UTC)),
    ],
)
def test_the_widest_real_offsets_and_the_first_year_still_read(text, moment):
    assert v.timestamp(text, "x") == moment


@pytest.mark.parametrize(
    ("read", "text", "words"),
    [
        (v.quantity, str(2**63 + 1), "too large for one order line"),
        (v.quantity, "100001", "too large for one order line"),
        (v.quantity, "9" * 5000, "not a quantity"),
        (v.money, "99999999999,99", "too large"),
        (v.money, "12345678901234567890123456789012345,50", "too large"),
        (v.money, "1" * 60 + ",50", "not an amount"),
        (v.money, "1" + "0" * 4400, "not an amount"),
        (v.number, "10000000000", "too large"),
        (v.number, "1" * 5000, "not a number"),
    ],
)
def test_numbers_past_what_the_database_holds_are_errors_not_overflows(read, text, words):
    with pytest.raises(CellError, match=words):
        read(text, "x")


def test_the_largest_amount_and_quantity_still_read():
    assert v.money("9 999 999 999,99", "x") == v.MAX_AMOUNT
    assert v.quantity(str(v.MAX_QUANTITY), "x") == v.MAX_QUANTITY


@pytest.mark.parametrize("text", ["Aino\x00Laine", "Aino\x1bLaine", "\ud800", "A\x7f"])
def test_text_with_a_control_character_is_refused_naming_the_character(text):
    with pytest.raises(CellError, match=r"control character U\+") as caught:
        v.text_field(text, "customer_name", 200)
    assert "\x00" not in str(caught.value) and "\ud800" not in str(caught.value)
    with pytest.raises(CellError, match="control character"):
        v.email(text + "@example.fi", "customer_email")


def test_text_is_stored_composed_and_tabs_and_line_breaks_are_spaces():
    assert v.text_field("Ma\u0308kela\u0308\tAino\r\n", "x", 200) == "Mäkelä Aino"


@pytest.mark.parametrize("cut", [1, 7, 15])
def test_a_utf16_file_cut_at_an_odd_byte_is_an_error_with_its_line(cut):
    data = "order_number;x\n1;a\n2;b\n".encode("utf-16")  # BOM + 2 bytes a character
    cut_at = len(data) - cut
    with pytest.raises(ImportFileError, match="UTF-16") as caught:
        c.decode(data[:cut_at])
    good = data[: cut_at - 1].decode("utf-16", "ignore")
    assert caught.value.line == good.count("\n") + 1
