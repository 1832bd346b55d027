"""The frozen input data refuses what would print wrong."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from returns_app.documents.data import CreditNoteLine, ReturnLabelItem


def test_document_data_is_frozen(make_label_data):
    data = make_label_data()
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.return_code = "R11"  # type: ignore[misc]


def test_lists_are_stored_as_tuples(make_label_data):
    data = make_label_data(items=[ReturnLabelItem(1, "Paita", "S-1")])
    assert data.items == (ReturnLabelItem(1, "Paita", "S-1"),)


@pytest.mark.parametrize("lang", ["sv", "FI", ""])
def test_an_unsupported_language_is_refused(make_label_data, lang):
    with pytest.raises(ValueError, match="language"):
        make_label_data(lang=lang)


@pytest.mark.parametrize("code", ["R123 4567 0", "r12345670", "12345670", "R", "R1-2"])
def test_a_return_code_must_be_r_and_digits_without_spaces(make_label_data, code):
    with pytest.raises(ValueError, match="return code"):
        make_label_data(return_code=code)


def test_an_item_tag_refuses_a_gtin_with_a_wrong_check_digit(make_tag_data):
    with pytest.raises(ValueError, match="check digit"):
        make_tag_data(gtin="6417084000018")


def test_an_item_tag_needs_a_line_number_from_one(make_tag_data):
    with pytest.raises(ValueError, match="line number"):
        make_tag_data(line_number=0)


def test_a_deduction_needs_its_written_reason(make_credit_note):
    line = make_credit_note().lines[0]
    with pytest.raises(ValueError, match="reason"):
        dataclasses.replace(line, deduction_reason=None)


def test_amounts_must_be_decimals_never_floats():
    with pytest.raises(TypeError, match="Decimal"):
        CreditNoteLine(
            "Paita", "S-1", 1, 31.79, Decimal("39.90"), Decimal("25.5"), Decimal("39.90")
        )  # type: ignore[arg-type]


def test_a_credit_note_needs_a_line(make_credit_note):
    with pytest.raises(ValueError, match="at least one line"):
        make_credit_note(lines=())
