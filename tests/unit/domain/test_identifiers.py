"""Identifiers that check themselves: business ID, VAT number, IBAN, payment references."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from returns_app.domain.errors import InvalidIdentifier
from returns_app.domain.identifiers import (
    check_business_id,
    check_iban,
    check_reference,
    check_vat_number,
    format_reference,
    is_reference,
    make_reference,
    reference_check_digit,
    rf_reference,
    vat_number_for_business_id,
)


def test_a_business_id_is_written_with_its_hyphen():
    assert check_business_id("12345671") == "1234567-1"
    assert vat_number_for_business_id("1234567-1") == "FI12345671"


@pytest.mark.parametrize(
    ("check", "value"),
    [
        (check_business_id, "1234567-8"),
        (check_vat_number, "FI12345678"),
        (check_iban, "FI00 1234"),
        (check_iban, "FI49 5000 9420 0287 31"),
        (check_reference, "1234562"),
        (check_reference, "RF19 5390 0754 7034"),
    ],
)
def test_a_wrong_check_digit_is_refused_with_a_message_naming_the_value(check, value):
    with pytest.raises(InvalidIdentifier) as caught:
        check(value)
    assert f"“{value}”" in caught.value.message.render()


def test_valid_identifiers_come_back_in_their_written_form():
    assert check_vat_number("fi 1234 5671") == "FI12345671"
    assert check_iban("fi4950009420028730") == "FI49 5000 9420 0287 30"
    assert check_reference("RF18 5390 0754 7034") == "RF18539007547034"


def test_finance_finlands_example_reference():
    assert reference_check_digit("123456") == 1
    assert make_reference(123456) == "1234561"
    assert format_reference("12345678901234561") == "12 34567 89012 34561"


@given(st.text("0123456789", min_size=3, max_size=19))
def test_every_made_reference_checks_and_so_does_its_rf_form(base):
    reference = make_reference(base)
    assert is_reference(reference)
    rf = rf_reference(reference)
    assert rf.startswith("RF") and is_reference(rf) and rf.endswith(reference)


@given(st.text("0123456789", min_size=3, max_size=19), st.data())
def test_a_single_wrong_digit_in_a_reference_is_caught(base, data):
    reference = make_reference(base)
    index = data.draw(st.integers(0, len(reference) - 1))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != reference[index]]))
    assert not is_reference(reference[:index] + digit + reference[index + 1 :])
