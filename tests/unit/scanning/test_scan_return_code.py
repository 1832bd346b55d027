"""Our return code: R + digits + GS1 mod-10 check digit (Policy, DOMAIN.md section 4)."""

from __future__ import annotations

import pytest

from returns_app.scanning import (
    ScanError,
    classify,
    format_return_code_for_people,
    gs1_check_digit,
    make_return_code,
    parse_return_code,
)


def test_return_code_is_r_and_nine_digits_and_a_check_digit():
    code = make_return_code(1234)
    assert code == "R0000012348"
    assert code[-1] == str(gs1_check_digit("000001234"))


def test_return_code_width_is_configurable():
    assert make_return_code(7, width=6) == "R000007" + str(gs1_check_digit("000007"))


@pytest.mark.parametrize(("number", "width"), [(-1, 9), (10**9, 9), (5, 2), (5, 40)])
def test_numbers_that_do_not_fit_are_refused(number, width):
    with pytest.raises(ValueError):
        make_return_code(number, width)


def test_people_see_groups_of_four():
    assert format_return_code_for_people("R0000012348") == "R000 0012 348"


@pytest.mark.parametrize(
    "typed", ["R0000012348", "r0000012348", "R000 0012 348", " r000 00123 48 "]
)
def test_parsing_accepts_lower_case_and_spaces(typed):
    assert parse_return_code(typed) == "R0000012348"


def test_wrong_check_digit_says_which_digit_was_expected():
    with pytest.raises(ScanError) as caught:
        parse_return_code("R0000012345")
    assert caught.value.message.render() == "Check digit should be 8, scanned 5."


@pytest.mark.parametrize("text", ["X0000012348", "R00000-12348", "R", "0000012348", "RR123456"])
def test_texts_that_are_not_return_codes_are_refused(text):
    with pytest.raises(ScanError):
        parse_return_code(text)


def test_too_short_a_return_code_is_refused_with_the_allowed_lengths():
    with pytest.raises(ScanError) as caught:
        parse_return_code("R123")
    assert caught.value.message.params == {"count": 3, "minimum": 5, "maximum": 20}


def test_return_code_contains_only_layout_safe_characters():
    code = make_return_code(987654321)
    assert set(code) <= set("R0123456789")


def test_classify_reads_a_printed_return_code_typed_by_a_person():
    result = classify("r000 0012 348")
    assert (result.valid, result.kind, result.value) == (True, "return_code", "R0000012348")


def test_item_tag_code_reads_as_its_return_code_with_the_line_number():
    # Item tags (returns_app.documents) print the return code, "L" and the line number.
    result = classify("R0000012348L2")
    assert (result.valid, result.kind, result.value) == (True, "return_code", "R0000012348")
    assert result.fields == {"line": "2"}


def test_item_tag_with_a_wrong_return_code_check_digit_is_an_error():
    result = classify("r0000012347l12")
    assert (result.valid, result.kind) == (False, "return_code")
    assert result.error.render() == "Check digit should be 8, scanned 7."
