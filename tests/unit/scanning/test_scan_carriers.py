"""Every code a parcel carries: carriers' published formats, their check digits, ambiguity.

The valid and invalid numbers are the carriers' own published examples as collected in
jkeen/tracking_number_data (couriers/dhl.json, ups.json, dpd.json) and DOMAIN.md.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from returns_app.scanning import ScanConfig, classify
from returns_app.scanning.checkdigits import mod37_36_check_character, ups_check_digit
from returns_app.scanning.config import order_number_pattern


@pytest.mark.parametrize(
    ("raw", "carrier", "value"),
    [
        ("3318810025", "dhl", "3318810025"),
        ("8487135506", "dhl", "8487135506"),
        ("1099255990", "dhl", "1099255990"),
        ("3821724944", "dhl", "3821724944"),
        ("73891051146", "dhl", "73891051146"),
        ("JJD0099999999", "dhl", "JJD0099999999"),
        ("JVGL0999999990", "dhl", "JVGL0999999990"),
        ("1Z5R89390357567127", "ups", "1Z5R89390357567127"),
        ("1Z879E930346834440", "ups", "1Z879E930346834440"),
        ("1Z410E7W0392751591", "ups", "1Z410E7W0392751591"),
        ("1z8v92a70367203024", "ups", "1Z8V92A70367203024"),
        ("00 81827 0998 0000 0200 33 350 276 C", "dpd", "09980000020033"),
        ("0081 827 0998 0000 0200 45 327 276 N", "dpd", "09980000020045"),
        ("%008182709980000020033350276C", "dpd", "09980000020033"),
        ("09980000020033", "dpd", "09980000020033"),
        ("JJFI64040510048290391", "posti", "JJFI64040510048290391"),
    ],
)
def test_published_carrier_numbers_are_tracking_numbers_of_their_carrier(raw, carrier, value):
    result = classify(raw)
    assert result.valid, result.error and result.error.render()
    assert (result.kind, result.value, result.fields["carrier"]) == ("tracking", value, carrier)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("3318810010", "Check digit should be 4, scanned 0."),
        ("3318810034", "Check digit should be 6, scanned 4."),
        ("1Z5R89390357567128", "Check digit should be 7, scanned 8."),
        ("1Z1111111111111111", "Check digit should be 8, scanned 1."),
    ],
)
def test_carrier_check_digit_errors_say_what_was_expected(raw, message):
    result = classify(raw)
    assert (result.valid, result.kind) == (False, "tracking")
    assert result.error.render() == message


def test_a_dpd_barcode_with_a_wrong_check_character_is_not_valid():
    assert not classify("008182709980000020033350276A").valid
    assert not classify("0081 827 0998 0000 0200 45 000 000 N").valid


def test_dhl_waybills_are_no_longer_swallowed_by_the_order_number_pattern():
    assert (classify("3318810025").kind, classify("73891051146").kind) == ("tracking", "tracking")


def test_an_eleven_digit_dhl_waybill_is_dhl_and_may_also_be_gls():
    result = classify("73891051146")
    assert result.fields["carrier"] == "dhl"
    assert [(a.kind, a.fields["carrier"]) for a in result.alternatives] == [("tracking", "gls")]


def test_an_eleven_digit_number_without_the_dhl_check_is_a_gls_number():
    result = classify("12345678901")
    assert (result.valid, result.kind, result.fields) == (True, "tracking", {"carrier": "gls"})


def test_an_ambiguous_code_carries_every_reading_it_can_be():
    config = ScanConfig(order_number_patterns=(order_number_pattern("", 4, 10),))
    result = classify("3318810025", config)
    readings = [(r.kind, r.value) for r in result.readings()]
    assert readings == [("order_number", "3318810025"), ("tracking", "3318810025")]


def test_an_invalid_code_has_no_readings():
    assert classify("3318810010").readings() == ()


@pytest.mark.parametrize("country", ["XX", "ZZ", "AA", "QQ"])
def test_s10_numbers_need_a_real_iso_3166_country(country):
    result = classify(f"RR473124829{country}")
    assert (result.valid, result.kind) == (False, "tracking_s10")
    assert country in result.error.render()


def test_s10_from_a_real_country_without_a_known_post_is_upu():
    result = classify("RR473124829JP")
    assert (result.valid, result.fields["carrier"]) == (True, "upu")


@pytest.mark.parametrize(
    ("pattern_args", "raw", "value"),
    [
        (("", 4, 7), "#1001", "1001"),
        (("", 4, 7), "1234567", "1234567"),
        (("EU", 4, 6), "EU1001", "EU1001"),
        (("EU", 4, 6), "#EU1001", "EU1001"),
    ],
)
def test_the_shops_order_number_shape_reads_its_orders(pattern_args, raw, value):
    config = ScanConfig(order_number_patterns=(order_number_pattern(*pattern_args),))
    result = classify(raw, config)
    assert (result.valid, result.kind, result.value) == (True, "order_number", value)


def test_order_number_shape_is_checked():
    with pytest.raises(ValueError):
        order_number_pattern("", 7, 4)
    with pytest.raises(ValueError):
        order_number_pattern("", 0, 4)


def test_eight_digit_ean_with_a_wrong_check_digit_is_an_error_not_an_order():
    result = classify("12345678")
    assert (result.valid, result.kind) == (False, "gtin")


def test_ups_and_dpd_check_schemes_match_their_published_examples():
    assert ups_check_digit("5R8939035756712") == 7
    assert mod37_36_check_character("008182709980000020033350276") == "C"
    assert mod37_36_check_character("008182709980000020045327276") == "N"


def test_a_misread_dpd_barcode_is_told_by_its_own_check_not_as_gs1_data():
    result = classify("008182709980000020033350276A")
    assert (result.kind, result.fields["carrier"]) == ("tracking", "dpd")
    assert result.error.render() == "Check digit should be C, scanned A."


def test_glss_own_example_parcel_number_reads_as_gls():
    result = classify("36631234567")
    assert ("tracking", "gls") in [(r.kind, r.fields["carrier"]) for r in result.readings()]


# --- Properties ---------------------------------------------------------------------------

_DIGITS = "0123456789"


@given(st.text(_DIGITS, min_size=9, max_size=10))
def test_every_dhl_waybill_reads_as_dhl_under_the_default_order_shape(body):
    waybill = body + str(int(body) % 7)
    result = classify(waybill)
    assert (result.valid, result.kind, result.fields["carrier"]) == (True, "tracking", "dhl")


@given(st.text(_DIGITS, min_size=8, max_size=20))
def test_the_default_order_shape_never_takes_more_than_seven_digits(digits):
    result = classify(digits)
    assert "order_number" not in [r.kind for r in result.readings()]


@given(st.text("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=15, max_size=15))
def test_every_ups_number_with_its_check_digit_reads_as_ups(body):
    result = classify(f"1Z{body}{ups_check_digit(body)}")
    assert (result.valid, result.fields.get("carrier")) == (True, "ups")


# --- GLS: 11 digits and a check digit (GLS Uni-Box TechDoku 2D, chapter 3.2.1) ------------


def _gls(body: str) -> str:
    from returns_app.scanning.checkdigits import gls_check_digit

    return body + str(gls_check_digit(body))


def test_the_gls_check_digit_follows_glss_published_rule():
    from returns_app.scanning.checkdigits import gls_check_digit

    # By hand: 3·3+6+3·6+3+3·1+2+3·3+4+3·5+6+3·7 = 96, + 1 = 97, to the next ten: 3.
    assert gls_check_digit("36631234567") == 3
    assert gls_check_digit("00000000000") == 9  # 0 + 1 = 1, to the next ten: 9
    assert gls_check_digit("99999999999") == 2  # 9·(6·3 + 5·1) + 1 = 208, to the next ten: 2
    with pytest.raises(ValueError):
        gls_check_digit("1234567890")


@pytest.mark.parametrize(
    "body",
    [
        "36631234567",  # GLS's own example parcel number (its tracking help)
        "20105678901",  # depot 20 (Hamburg), product 10 (standard parcel), as on paketda.de
        "46850012345",  # depot 46, product 85 (express)
        "62740000017",  # depot 62, product 74 (DeliveryAtWork)
    ],
)
def test_a_gls_label_number_with_its_check_digit_reads_as_gls(body):
    result = classify(_gls(body))
    assert (result.valid, result.kind, result.value, result.fields) == (
        True,
        "tracking",
        _gls(body),
        {"carrier": "gls"},
    )


@pytest.mark.parametrize("body", ["36631234567", "20105678901", "46850012345"])
def test_a_mistyped_gls_number_is_not_taken_as_gls(body):
    number = _gls(body)
    for wrong in "0123456789":
        if wrong == number[-1]:
            continue
        result = classify(number[:-1] + wrong)
        assert ("tracking", "gls") not in [
            (r.kind, r.fields.get("carrier")) for r in result.readings()
        ]
    # any one digit of the body mistyped: weights 3 and 1 both catch it
    for position in range(11):
        digit = str((int(number[position]) + 1) % 10)
        result = classify(number[:position] + digit + number[position + 1 :])
        assert ("tracking", "gls") not in [
            (r.kind, r.fields.get("carrier")) for r in result.readings()
        ]


def test_a_gls_number_is_never_a_valid_gtin_12_nor_the_other_way_round():
    from returns_app.scanning.checkdigits import gs1_check_digit

    for body in ("36631234567", "20105678901", "00000000000"):
        gtin = body + str(gs1_check_digit(body))
        assert gtin != _gls(body)
        assert classify(gtin).kind == "gtin" and classify(_gls(body)).kind == "tracking"
