"""Check-digit schemes, with the worked examples of DOMAIN.md section 4."""

from __future__ import annotations

import pytest

from returns_app.scanning import (
    ScanError,
    gs1_check_digit,
    gtin_check_digit,
    mod7_check_digit,
    normalise_gtin,
    s10_check_digit,
)
from returns_app.scanning.checkdigits import gs1_check_ok


def test_domain_example_gtin_check_digit_is_9():
    assert gtin_check_digit("641708400001") == 9


@pytest.mark.parametrize(
    "code", ["02345673", "416000336108", "1234567890128", "12345678901231", "6417084000019"]
)
def test_gs1_test_values_have_right_check_digits(code):
    assert gs1_check_digit(code[:-1]) == int(code[-1])
    assert gs1_check_ok(code)


def test_sscc_example_is_valid():
    assert gs1_check_ok("123456789012345675")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("6417084000019", "06417084000019"),
        ("02345673", "00000002345673"),
        ("416000336108", "00416000336108"),
        ("12345678901231", "12345678901231"),
        ("641 7084 000019", "06417084000019"),
    ],
)
def test_gtins_are_stored_as_14_digits(code, expected):
    assert normalise_gtin(code) == expected


def test_wrong_gtin_check_digit_is_an_error_and_never_corrected():
    with pytest.raises(ScanError) as caught:
        normalise_gtin("6417084000014")
    assert str(caught.value) == "Check digit should be 9, scanned 4."
    assert caught.value.message.params == {"expected": 9, "scanned": "4"}


@pytest.mark.parametrize("code", ["", "123", "12345678901", "641708400001X", "123456789012345"])
def test_gtin_of_wrong_shape_is_rejected(code):
    with pytest.raises(ScanError):
        normalise_gtin(code)


def test_domain_example_s10_check_digit_is_9():
    # 4*8 + 7*6 + 3*4 + 1*2 + 2*3 + 4*5 + 8*9 + 2*7 = 200; 200 mod 11 = 2; 11 - 2 = 9
    assert s10_check_digit("47312482") == 9


def test_s10_remainder_0_gives_5_and_remainder_1_gives_0():
    assert sum_s10("00000000") % 11 == 0
    assert s10_check_digit("00000000") == 5
    assert sum_s10("00000008") % 11 == 1  # 8 * 7 = 56 = 5 * 11 + 1
    assert s10_check_digit("00000008") == 0


def sum_s10(serial: str) -> int:
    return sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))


@pytest.mark.parametrize("bad", ["", "1234567", "123456789", "1234567a"])
def test_s10_serial_must_be_8_digits(bad):
    with pytest.raises(ValueError):
        s10_check_digit(bad)


@pytest.mark.parametrize("waybill", ["3318810025", "8487135506", "1099255990", "3821724944"])
def test_dhl_express_waybills_use_mod_7(waybill):
    assert mod7_check_digit(waybill[:-1]) == int(waybill[-1])


def test_gs1_check_digit_rejects_non_digits():
    with pytest.raises(ValueError):
        gs1_check_digit("12a")
    with pytest.raises(ValueError):
        gs1_check_digit("")
