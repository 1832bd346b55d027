"""classify(): which kind wins, links and texts, keyboard-layout garbling, precise errors."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from returns_app.scanning import (
    DEFAULT_PRECEDENCE,
    CarrierRule,
    ScanConfig,
    ScanResult,
    classify,
    kind_label,
)
from returns_app.scanning.config import order_number_pattern

GTIN = "06417084000019"
US_LAYOUT = (
    "The scanner seems to use a US keyboard layout on a Finnish computer: "
    "set the scanner to Finnish layout."
)


def test_result_is_frozen():
    result = classify("6417084000019")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.valid = False  # type: ignore[misc]


@pytest.mark.parametrize(
    ("raw", "kind", "value"),
    [
        ("6417084000019", "gtin", GTIN),
        ("02345673", "gtin", "00000002345673"),
        ("416000336108", "gtin", "00416000336108"),
        ("1234567890128", "gtin", "01234567890128"),
        ("12345678901231", "gtin", "12345678901231"),
        ("123456789012345675", "sscc", "123456789012345675"),
        ("JJ473124829FI", "tracking_s10", "JJ473124829FI"),
        ("jj 473 124 829 fi", "tracking_s10", "JJ473124829FI"),
        ("R0000012348", "return_code", "R0000012348"),
        ("12345", "order_number", "12345"),
        ("#100234", "order_number", "100234"),
        ("JJFI64040510048290391", "tracking", "JJFI64040510048290391"),
        ("JVGL0999999990", "tracking", "JVGL0999999990"),
        ("JJD0099999999", "tracking", "JJD0099999999"),
        ("70438101234567894", "tracking", "70438101234567894"),
    ],
)
def test_each_kind_is_recognised(raw, kind, value):
    result = classify(raw)
    assert result.valid, result.error and result.error.render()
    assert (result.kind, result.value) == (kind, value)
    assert result.raw == raw


def test_scanner_terminators_and_surrounding_spaces_are_ignored():
    assert classify("  6417084000019\r\n").value == GTIN
    assert classify("6417084000019\t").valid


def test_s10_fields_name_the_carrier_and_parts():
    result = classify("JJ473124829FI")
    assert result.fields == {
        "carrier": "posti",
        "service": "JJ",
        "serial": "47312482",
        "country": "FI",
    }


def test_s10_from_another_country_names_that_post():
    assert classify("RR473124829SE").fields["carrier"] == "postnord"
    assert classify("RR473124829JP").fields["carrier"] == "upu"


@pytest.mark.parametrize(
    ("raw", "kind", "message"),
    [
        ("6417084000014", "gtin", "Check digit should be 9, scanned 4."),
        ("123456789012345670", "sscc", "Check digit should be 5, scanned 0."),
        ("JJ473124824FI", "tracking_s10", "Check digit should be 9, scanned 4."),
        ("R0000012347", "return_code", "Check digit should be 8, scanned 7."),
        ("70438101234567890", "tracking", "Check digit should be 4, scanned 0."),
    ],
)
def test_wrong_check_digits_are_errors_that_say_what_was_expected(raw, kind, message):
    result = classify(raw)
    assert not result.valid
    assert result.kind == kind
    assert result.error.render() == message


def test_unknown_text_is_an_unknown_format():
    result = classify("HELLO")
    assert (result.valid, result.kind) == (False, "unknown")
    assert result.error.render() == "Unknown format: “HELLO”."


def test_empty_scan_says_nothing_was_scanned():
    result = classify(" \r\n")
    assert not result.valid
    assert result.error.render() == "Nothing was scanned."


def test_valid_gtin_8_wins_over_an_order_number_by_default():
    assert classify("02345673").kind == "gtin"


def test_eight_digits_with_a_wrong_gtin_check_digit_are_a_misread_ean_not_an_order_number():
    result = classify("02345674")
    assert (result.valid, result.kind) == (False, "gtin")
    assert result.error.render() == "Check digit should be 3, scanned 4."


def test_a_shop_with_eight_digit_order_numbers_reads_them_as_orders():
    config = ScanConfig(order_number_patterns=(order_number_pattern("", 8, 8),))
    result = classify("02345674", config)
    assert (result.valid, result.kind, result.value) == (True, "order_number", "02345674")


def test_shops_with_8_digit_order_numbers_can_put_orders_first():
    precedence = ("order_number", *[k for k in DEFAULT_PRECEDENCE if k != "order_number"])
    patterns = (order_number_pattern("", 4, 8),)
    config = ScanConfig(precedence=precedence, order_number_patterns=patterns)
    result = classify("02345673", config)
    assert result.kind == "order_number"
    assert [(a.kind, a.value) for a in result.alternatives] == [("gtin", "00000002345673")]
    assert classify("6417084000019", config).kind == "gtin"  # 13 digits: not an order


def test_ean_symbology_makes_eight_digits_a_gtin_even_with_a_wrong_check_digit():
    result = classify("]E402345674")
    assert (result.valid, result.kind, result.symbology) == (False, "gtin", "]E4")
    assert result.error.render() == "Check digit should be 3, scanned 4."


def test_code_128_symbology_is_recorded_and_the_data_classified():
    result = classify("]C0R0000012348")
    assert (result.kind, result.symbology) == ("return_code", "]C0")


def test_custom_order_number_pattern_with_number_group():
    config = ScanConfig(order_number_patterns=(r"WEB-(?P<number>\d{6})",))
    result = classify("WEB-123456", config)
    assert (result.kind, result.value) == ("order_number", "123456")


def test_ten_digit_dhl_waybill_is_a_tracking_number_when_orders_are_shorter():
    config = ScanConfig(order_number_patterns=(r"\d{4,8}",))
    result = classify("3318810025", config)
    assert (result.kind, result.fields) == ("tracking", {"carrier": "dhl"})
    # 331881001 mod 7 = 4
    assert classify("3318810010", config).error.render() == "Check digit should be 4, scanned 0."


def test_carrier_table_is_configurable():
    config = ScanConfig(carriers=(CarrierRule("schenker", r"SCH\d{8}"),))
    result = classify("SCH12345678", config)
    assert (result.valid, result.kind, result.fields) == (True, "tracking", {"carrier": "schenker"})


def test_unpublished_carrier_format_does_not_override_a_gtin_check_digit_error():
    config = ScanConfig(carriers=(CarrierRule("somebody", r"\d{13}"),))
    result = classify("6417084000014", config)
    assert (result.valid, result.kind) == (False, "gtin")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"gs_substitute": "ab"},
        {"gs_substitute": "7"},
        {"precedence": ("gtin", "nonsense")},
        {"order_number_patterns": ("(",)},
        {"return_code_digits": (9, 3)},
    ],
)
def test_bad_configuration_is_refused(kwargs):
    with pytest.raises((ValueError, re.error)):
        ScanConfig(**kwargs)


def test_carrier_rule_with_unknown_check_scheme_is_refused():
    with pytest.raises(ValueError):
        CarrierRule("x", r"\d+", check="luhn")


# Links and texts (QR codes) -------------------------------------------------------------


def test_tracking_link_gives_the_tracking_number_inside():
    url = "https://www.posti.fi/fi/seuranta#/lahetys/JJ473124829FI"
    result = classify(url)
    assert (result.valid, result.kind, result.value) == (True, "tracking_s10", "JJ473124829FI")
    assert result.fields["url"] == url


def test_query_parameter_code_is_found():
    result = classify("https://track.example.com/?code=JJ473124829FI&lang=fi")
    assert result.value == "JJ473124829FI"


def test_order_number_in_a_query_parameter_is_found():
    result = classify("https://shop.example.fi/returns?order=100234")
    assert (result.kind, result.value) == ("order_number", "100234")


def test_gs1_digital_link_gives_gs1_fields():
    result = classify("https://id.example.com/01/06417084000019/21/ABC?17=251231")
    assert result.valid
    assert result.kind == "gs1"
    assert {k: v for k, v in result.fields.items() if k != "url"} == {
        "01": GTIN,
        "21": "ABC",
        "17": "251231",
    }


def test_digital_link_with_a_gtin_13_pads_it_to_14():
    result = classify("https://id.example.com/01/6417084000019")
    assert (result.kind, result.value) == ("gtin", GTIN)


def test_digital_link_with_a_wrong_check_digit_is_an_error():
    result = classify("https://id.example.com/01/06417084000018/21/ABC")
    assert not result.valid
    assert result.error.render() == "GS1: AI 01 check digit should be 9, scanned 8."


def test_link_without_a_known_code_is_not_valid_and_says_so():
    result = classify("https://example.com/about-us")
    assert (result.valid, result.kind) == (False, "url")
    assert "contains no return code" in result.error.render()


def test_return_code_inside_a_text_is_found():
    result = classify("Palautuskoodi: R000 0012 348. Kiitos!")
    assert (result.kind, result.value) == ("return_code", "R0000012348")
    assert result.fields["text"].startswith("Palautuskoodi")


def test_bare_numbers_in_a_text_are_not_taken_for_order_numbers():
    assert not classify("Soita 0401234 klo 9").valid


# Keyboard layouts -----------------------------------------------------------------------


def test_us_scanner_on_finnish_keyboard_link_is_undone_with_a_warning():
    # https://track.example.com/?code=JJ473124829FI typed by a US-layout scanner; "=" is lost.
    result = classify("httpsÖ--track.example.com-_codeJJ473124829FI")
    assert (result.valid, result.value) == (True, "JJ473124829FI")
    assert [w.render() for w in result.warnings] == [US_LAYOUT]


def test_aim_prefix_whose_bracket_was_a_dead_key_is_recognised():
    for garbled in (f"C101{GTIN}21ABC", f"¨C101{GTIN}21ABC"):
        result = classify(garbled)
        assert result.valid, garbled
        assert (result.kind, result.symbology) == ("gs1", "]C1")
        assert result.fields == {"01": GTIN, "21": "ABC"}
        assert result.warnings[0].render() == US_LAYOUT


def test_garbled_gs1_batch_is_restored():
    # Batch "A;1'2" arrives as "Aö1ä2"; ö and ä are not GS1 characters.
    result = classify(f"]C101{GTIN}10Aö1ä2")
    assert result.valid
    assert result.fields["10"] == "A;1'2"
    assert result.warnings[0].render() == US_LAYOUT


def test_garbling_that_still_reads_as_valid_data_cannot_be_detected():
    # "A-1/2" arrives as "A+1-2", which is valid GS1 data as it stands.
    result = classify(f"]C101{GTIN}10A+1-2")
    assert result.valid
    assert result.fields["10"] == "A+1-2"
    assert result.warnings == ()


def test_garbling_that_cannot_be_undone_still_gets_the_advice():
    result = classify("ÖÖÖ")
    assert not result.valid
    assert [w.render() for w in result.warnings] == [US_LAYOUT]


def test_y_and_z_swapped_by_a_german_layout_is_detected():
    config = ScanConfig(carriers=(CarrierRule("zz", r"ZY\d{6}"),))
    result = classify("YZ123456", config)
    assert (result.valid, result.value) == (True, "ZY123456")
    assert "swap Y and Z" in result.warnings[0].render()


def test_layout_detection_can_be_switched_off():
    result = classify(
        "httpsÖ--track.example.com-_codeJJ473124829FI", ScanConfig(detect_layout=False)
    )
    assert not result.valid
    assert result.warnings == ()


# Output ---------------------------------------------------------------------------------


def test_as_dict_is_json_ready_with_rendered_messages():
    data = classify("6417084000014").as_dict()
    assert json.loads(json.dumps(data)) == {
        "valid": False,
        "kind": "gtin",
        "value": "6417084000014",
        "fields": {},
        "error": "Check digit should be 9, scanned 4.",
        "warnings": [],
        "symbology": None,
        "alternatives": [],
    }


def test_messages_are_translatable_in_the_scanning_context():
    result = classify("6417084000014")
    assert result.error.context == "scanning"
    seen = []
    rendered = result.error.render(translator=lambda ctx, text: seen.append((ctx, text)) or text)
    assert seen == [("scanning", "Check digit should be {expected}, scanned {scanned}.")]
    assert rendered == "Check digit should be 9, scanned 4."


@pytest.mark.parametrize("kind", [*DEFAULT_PRECEDENCE, "url", "unknown"])
def test_every_kind_has_a_label_for_people(kind):
    label = kind_label(kind).render()
    assert label and label != kind


def test_result_can_be_built_by_others_with_defaults():
    result = ScanResult(True, "order_number", "1234")
    assert result.fields == {} and result.warnings == () and result.error is None
