"""GS1 element strings: AIs, FNC1 as GS / substitute / absent, AIM prefixes, the (01) form."""

from __future__ import annotations

import pytest

from returns_app.scanning import ScanConfig, classify
from returns_app.scanning.gs1 import (
    AI_TABLE,
    GS,
    parse_element_string,
    parse_hri,
    to_element_string,
    to_hri,
)

GTIN = "06417084000019"
SSCC = "123456789012345675"


def test_fixed_length_fields_need_no_separator():
    fields, error = parse_element_string(f"01{GTIN}17251231")
    assert error is None
    assert fields == {"01": GTIN, "17": "251231"}


def test_gs_ends_a_variable_length_field():
    fields, error = parse_element_string(f"01{GTIN}10LOT7{GS}21ABC123")
    assert error is None
    assert fields == {"01": GTIN, "10": "LOT7", "21": "ABC123"}


def test_without_fnc1_a_variable_field_runs_to_the_end():
    fields, error = parse_element_string(f"01{GTIN}10LOT717251231")
    assert error is None
    assert fields == {"01": GTIN, "10": "LOT717251231"}


def test_leading_fnc1_and_a_gs_after_a_fixed_field_are_tolerated():
    fields, error = parse_element_string(f"{GS}01{GTIN}{GS}17250100")
    assert error is None
    assert fields == {"01": GTIN, "17": "250100"}


@pytest.mark.parametrize("date", ["250100", "240229", "251231", "000229"])
def test_valid_dates_including_day_00_are_accepted(date):
    assert parse_element_string(f"17{date}")[1] is None


@pytest.mark.parametrize("date", ["251399", "250230", "251301", "230229", "250132"])
def test_impossible_dates_are_errors(date):
    _, error = parse_element_string(f"01{GTIN}17{date}")
    assert error is not None
    assert error.render() == f"GS1: AI 17 date {date} is not a valid date."


def test_check_digit_inside_ai_01_is_verified():
    _, error = parse_element_string("0106417084000018")
    assert error.render() == "GS1: AI 01 check digit should be 9, scanned 8."


def test_check_digit_inside_ai_00_is_verified():
    _, error = parse_element_string("00123456789012345670")
    assert error.render() == "GS1: AI 00 check digit should be 5, scanned 0."


def test_unknown_ai_is_reported_with_where_it_was():
    _, error = parse_element_string(f"01{GTIN}77ABC")
    assert error.render() == "GS1: unknown application identifier (AI) at “77ABC”."


def test_truncated_fixed_field_is_an_error():
    _, error = parse_element_string("01064170840000")
    assert error.params["ai"] == "01"
    assert "needs 14 characters" in error.render()


def test_too_long_variable_field_is_an_error():
    _, error = parse_element_string("10" + "A" * 21)
    assert error.render().startswith("GS1: AI 10 allows at most 20 characters")


def test_characters_outside_gs1_set_82_are_errors():
    _, error = parse_element_string("10ABö")
    assert error.render() == "GS1: AI 10 contains “ö”, which GS1 data may not contain."


def test_numeric_field_with_letters_is_an_error():
    _, error = parse_element_string("3103A01250")
    assert "allows only digits" in error.render()


def test_duplicate_ai_with_different_values_is_an_error():
    _, error = parse_element_string(f"10A{GS}10B")
    assert error.render() == "GS1: AI 10 appears twice with different values."


@pytest.mark.parametrize(
    ("ai", "value"),
    [
        ("02", GTIN),
        ("11", "250101"),
        ("12", "250101"),
        ("13", "250101"),
        ("15", "250101"),
        ("16", "250101"),
        ("20", "01"),
        ("22", "CPV-1"),
        ("30", "12"),
        ("37", "144"),
        ("240", "ADD-1"),
        ("241", "PART/9"),
        ("250", "SEC1"),
        ("251", "SRC1"),
        ("253", "6417084000002XYZ"),
        ("254", "EXT"),
        ("255", "6417084000002123"),
        ("400", "PO-4711"),
        ("401", "GINC1"),
        ("402", "64170840000000002"),
        ("403", "ROUTE7"),
        ("410", "6417084000002"),
        ("414", "6417084000002"),
        ("417", "6417084000002"),
        ("420", "00100"),
        ("421", "24600100"),
        ("422", "246"),
        ("7003", "2512311530"),
        ("8004", "ASSET-1"),
        ("8008", "25123115"),
        ("8020", "REF-1"),
        ("3103", "001250"),
        ("3922", "1999"),
        ("90", "INT"),
        ("99", "INTERNAL-99"),
    ],
)
def test_common_ais_are_known(ai, value):
    fields, error = parse_element_string(ai + value)
    assert error is None, error and error.render()
    assert fields == {ai: value}


def test_gln_check_digit_in_ai_414_is_verified():
    _, error = parse_element_string("4146417084000008")
    assert error.render() == "GS1: AI 414 check digit should be 2, scanned 8."


def test_measure_ais_are_the_ones_gs1_defines_fixed_6_digits():
    for ai in ("3100", "3105", "3205", "3375", "3495", "3570", "3605"):
        assert AI_TABLE[ai].fixed and AI_TABLE[ai].max_length == 6
    for ai in ("3106", "3169", "3376", "3699"):
        assert ai not in AI_TABLE


def test_bad_time_in_ai_7003_is_an_error():
    _, error = parse_element_string("70032512312560")
    assert error.render() == "GS1: AI 7003 time 2512312560 is not a valid time."


def test_parenthesised_form_is_read():
    fields, error = parse_hri(f"(01){GTIN}(21)ABC")
    assert error is None
    assert fields == {"01": GTIN, "21": "ABC"}


def test_parenthesised_form_with_spaces_is_read():
    fields, error = parse_hri(f"(01) {GTIN} (17) 251231 (10) L1")
    assert error is None
    assert fields == {"01": GTIN, "17": "251231", "10": "L1"}


def test_element_string_and_parenthesised_form_round_trip():
    fields = {"01": GTIN, "10": "L1", "17": "251231", "21": "S9"}
    data = to_element_string(fields)
    assert data == f"01{GTIN}10L1{GS}1725123121S9"
    assert parse_element_string(data) == (fields, None)
    assert parse_hri(to_hri(fields)) == (fields, None)


@pytest.mark.parametrize("prefix", ["]C1", "]d2", "]Q3", "]e0"])
def test_gs1_symbology_identifiers_are_stripped_and_recorded(prefix):
    result = classify(f"{prefix}01{GTIN}21ABC123")
    assert result.valid
    assert result.kind == "gs1"
    assert result.symbology == prefix
    assert result.fields == {"01": GTIN, "21": "ABC123"}
    assert result.value == f"(01){GTIN}(21)ABC123"


def test_gs1_128_with_only_an_sscc_is_an_sscc():
    result = classify(f"]C100{SSCC}")
    assert (result.valid, result.kind, result.value) == (True, "sscc", SSCC)
    assert result.fields == {"00": SSCC}


def test_gs1_with_only_a_gtin_is_a_gtin():
    result = classify(f"]d201{GTIN}")
    assert (result.kind, result.value, result.fields) == ("gtin", GTIN, {"01": GTIN})


def test_configured_substitute_stands_for_fnc1():
    config = ScanConfig(gs_substitute="~")
    result = classify(f"01{GTIN}10LOT7~21ABC", config)
    assert result.valid
    assert result.fields == {"01": GTIN, "10": "LOT7", "21": "ABC"}


def test_without_the_substitute_configured_the_variable_field_keeps_it():
    result = classify(f"01{GTIN}10LOT7~21ABC")
    assert not result.valid  # "~" is not in GS1 character set 82
    assert result.error.render() == "GS1: AI 10 contains “~”, which GS1 data may not contain."


def test_unmarked_gs1_data_is_recognised_by_its_first_ai():
    result = classify(f"01{GTIN}{GS}17251231")
    assert result.valid and result.kind == "gs1"


def test_gs1_error_from_the_classifier_names_the_ai():
    result = classify(f"]C101{GTIN}17251399")
    assert not result.valid
    assert result.error.render() == "GS1: AI 17 date 251399 is not a valid date."
