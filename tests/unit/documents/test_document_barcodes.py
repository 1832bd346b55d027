"""Barcode encoding and placement on whole printer dots."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from returns_app.documents.barcodes import (
    DOT_MM,
    bar_runs,
    choose_module,
    code128,
    ean13,
    gtin_symbol,
)
from returns_app.documents.codes import check_gtin, gs1_check_digit, item_code

CODE128_STOP = "1100011101011"
digits = st.text(alphabet="0123456789", min_size=6, max_size=14)


def _return_code(body: str) -> str:
    return f"R{body}{gs1_check_digit(body)}"


@pytest.mark.parametrize(
    "gtin",
    ["02345673", "416000336108", "1234567890128", "12345678901231", "6417084000019"],
)
def test_gs1_test_values_have_valid_check_digits(gtin):
    assert gs1_check_digit(gtin[:-1]) == int(gtin[-1])
    assert check_gtin(gtin) == gtin.zfill(14)


@pytest.mark.parametrize("gtin", ["6417084000018", "1234567890127", "02345674"])
def test_a_wrong_gtin_check_digit_is_an_error_not_corrected(gtin):
    with pytest.raises(ValueError, match="check digit"):
        check_gtin(gtin)
    with pytest.raises(ValueError, match="check digit"):
        gtin_symbol(gtin)


@pytest.mark.parametrize(
    "gtin", ["641708400", "641708400001900", "64170840000A9", "", "\uff16417084000019"]
)
def test_gtins_of_the_wrong_shape_are_rejected(gtin):
    with pytest.raises(ValueError, match="digits"):
        check_gtin(gtin)


def test_ean13_needs_all_13_digits():
    with pytest.raises(ValueError, match="13 digits"):
        ean13("641708400001")


def test_ean13_keeps_the_given_digits():
    symbol = ean13("6417084000019")
    assert symbol.data == "6417084000019"
    assert len(symbol.modules) == 95
    assert (symbol.quiet_left, symbol.quiet_right) == (11, 7)


@pytest.mark.parametrize(
    ("gtin", "symbology", "data"),
    [
        ("6417084000019", "ean13", "6417084000019"),
        ("06417084000019", "ean13", "6417084000019"),
        ("416000336108", "ean13", "0416000336108"),
        ("02345673", "ean13", "0000002345673"),
        ("12345678901231", "code128", "12345678901231"),
    ],
)
def test_a_gtin_prints_as_ean13_when_it_fits_in_13_digits_else_code128(gtin, symbology, data):
    symbol = gtin_symbol(gtin)
    assert (symbol.symbology, symbol.data) == (symbology, data)


@given(digits)
def test_code128_patterns_are_whole_symbols_with_a_stop_pattern(body):
    symbol = code128(_return_code(body))
    assert symbol.modules.endswith(CODE128_STOP)
    assert (len(symbol.modules) - len(CODE128_STOP)) % 11 == 0
    assert (symbol.quiet_left, symbol.quiet_right) == (10, 10)


def test_code128_refuses_text_a_scanner_cannot_type():
    with pytest.raises(ValueError, match="printable ASCII"):
        code128("R123ä")


@given(digits, st.sampled_from([2, 3]), st.integers(0, 200))
def test_every_bar_is_a_whole_number_of_modules_on_whole_dots(body, module, left):
    symbol = code128(_return_code(body))
    runs = bar_runs(symbol, module, left)
    first_bar = left + symbol.quiet_left * module
    assert runs[0][0] == first_bar
    assert runs[-1][0] + runs[-1][1] == first_bar + len(symbol.modules) * module
    dark = sum(width for _, width in runs)
    assert dark == symbol.modules.count("1") * module
    for x, width in runs:
        assert isinstance(x, int) and isinstance(width, int)
        assert (x - first_bar) % module == 0 and width % module == 0


def test_the_widest_module_that_fits_is_chosen():
    symbol = code128("R12345670")
    width = symbol.width_modules
    assert choose_module(symbol, 3 * width) == 3
    assert choose_module(symbol, 3 * width - 1) == 2
    with pytest.raises(ValueError, match="needs"):
        choose_module(symbol, 2 * width - 1)


def test_a_module_of_two_or_three_dots_is_within_code128_limits():
    # 203 dpi: 2 dots = 0.25 mm, 3 dots = 0.375 mm; Code 128 needs at least 0.19 mm.
    assert 0.19 < 2 * DOT_MM < 3 * DOT_MM < 1.0


@given(digits, st.integers(1, 999))
def test_an_item_code_survives_any_keyboard_layout(body, line):
    code = item_code(_return_code(body), line)
    assert re.fullmatch(r"R[0-9]+L[0-9]+", code)
    assert not set(code) & set("YZyz")
    return_code, _, line_text = code.rpartition("L")
    assert (return_code, int(line_text)) == (_return_code(body), line)
