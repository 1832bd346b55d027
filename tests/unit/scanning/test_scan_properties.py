"""Property tests: valid codes of every kind are read back; single errors are caught.

What each scheme guarantees, and so what is asserted:
- GS1 mod 10 (GTIN, SSCC, our return code): every single-digit substitution is caught
  (weights 1 and 3 are both coprime with 10). An adjacent transposition a↔b is caught
  unless |a - b| = 5 (the weighted sum changes by 2(a - b), a multiple of 10 then).
- UPU S10: every single-digit error changes the weighted sum mod 11 (11 is prime and no
  weight is 0 mod 11), but remainders 0 and 6 both give check digit 5, so an error that
  moves the remainder between 0 and 6 slips through. The same holds for adjacent
  transpositions (neighbouring weights always differ). Errors in the check digit itself
  are always caught.
"""

from __future__ import annotations

import pycountry
from hypothesis import given
from hypothesis import strategies as st

from returns_app.scanning import (
    ScanConfig,
    classify,
    gs1_check_digit,
    make_return_code,
    s10_check_digit,
)
from returns_app.scanning.checkdigits import gls_check_digit, gs1_check_ok
from returns_app.scanning.gs1 import GS, to_element_string, to_hri

S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def digits(size: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=size, max_size=size)


def with_check_digit(body: str) -> str:
    return body + str(gs1_check_digit(body))


def gtins(length: int | None = None) -> st.SearchStrategy[str]:
    lengths = st.just(length) if length else st.sampled_from([8, 12, 13, 14])
    return lengths.flatmap(lambda n: digits(n - 1)).map(with_check_digit)


ssccs = digits(17).map(with_check_digit)


def substituted(code: str, data: st.DataObject, positions: range) -> tuple[str, int]:
    index = data.draw(st.sampled_from(positions), label="position")
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != code[index]]), label="digit")
    return code[:index] + new + code[index + 1 :], index


def transposed(code: str, data: st.DataObject, positions: range) -> tuple[str, int]:
    index = data.draw(st.sampled_from(positions), label="position")
    chars = list(code)
    chars[index], chars[index + 1] = chars[index + 1], chars[index]
    return "".join(chars), index


# GTIN ---------------------------------------------------------------------------------


@given(gtins())
def test_every_valid_gtin_is_read_as_14_digits(code):
    result = classify(code)
    assert (result.valid, result.kind, result.value) == (True, "gtin", code.zfill(14))


@given(gtins(), st.data())
def test_every_single_digit_substitution_in_a_gtin_is_caught(code, data):
    mutated, _ = substituted(code, data, range(len(code)))
    assert not gs1_check_ok(mutated)
    result = classify(mutated)
    assert not (result.valid and result.kind == "gtin")
    if len(code) == 14:  # 14 digits with a failing GTIN check: DPD's parcel number shape
        assert (result.valid, result.kind, result.fields) == (True, "tracking", {"carrier": "dpd"})
    elif len(code) == 12 and gls_check_digit(mutated[:-1]) == int(mutated[-1]):
        # 12 digits whose GLS check holds: a GLS parcel number, not a misread GTIN-12
        assert (result.valid, result.kind, result.fields) == (True, "tracking", {"carrier": "gls"})
    else:
        assert (result.valid, result.kind) == (False, "gtin")
        expected = gs1_check_digit(mutated[:-1])
        assert result.error.params == {"expected": expected, "scanned": mutated[-1]}


@given(gtins(), st.data())
def test_adjacent_transpositions_in_a_gtin_are_caught_unless_digits_differ_by_5(code, data):
    mutated, index = transposed(code, data, range(len(code) - 1))
    a, b = int(code[index]), int(code[index + 1])
    if a == b:
        assert mutated == code
    elif abs(a - b) == 5:
        assert gs1_check_ok(mutated)  # the scheme's known blind spot
    else:
        assert not gs1_check_ok(mutated)


# SSCC ---------------------------------------------------------------------------------


@given(ssccs)
def test_every_valid_sscc_is_read(code):
    assert classify(code).kind == "sscc"
    result = classify(f"]C100{code}")
    assert (result.valid, result.kind, result.value, result.fields) == (
        True,
        "sscc",
        code,
        {"00": code},
    )


@given(ssccs, st.data())
def test_every_single_digit_substitution_in_an_sscc_is_caught(code, data):
    mutated, _ = substituted(code, data, range(18))
    result = classify(mutated)
    assert (result.valid, result.kind) == (False, "sscc")


# Return codes -------------------------------------------------------------------------


return_codes = (
    st.integers(4, 19)
    .flatmap(lambda width: st.tuples(st.integers(0, 10**width - 1), st.just(width)))
    .map(lambda args: make_return_code(*args))
)


@given(return_codes)
def test_every_return_code_made_is_read_back(code):
    result = classify(code)
    assert (result.valid, result.kind, result.value) == (True, "return_code", code)
    spaced = " ".join(code[i : i + 4] for i in range(0, len(code), 4)).lower()
    assert classify(spaced).value == code


@given(return_codes, st.data())
def test_every_single_digit_substitution_in_a_return_code_is_caught(code, data):
    mutated, _ = substituted(code, data, range(1, len(code)))
    result = classify(mutated)
    assert (result.valid, result.kind) == (False, "return_code")


@given(return_codes, st.data())
def test_return_code_transpositions_are_caught_unless_digits_differ_by_5(code, data):
    mutated, index = transposed(code, data, range(1, len(code) - 1))
    a, b = int(code[index]), int(code[index + 1])
    assert classify(mutated).valid == (a == b or abs(a - b) == 5)


# UPU S10 ------------------------------------------------------------------------------


def s10_remainder(serial: str) -> int:
    return sum(int(d) * w for d, w in zip(serial, S10_WEIGHTS, strict=True)) % 11


letters = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)
iso_countries = st.sampled_from(sorted(c.alpha_2 for c in pycountry.countries))
s10_parts = st.tuples(letters, digits(8), iso_countries)


def s10(service: str, serial: str, country: str) -> str:
    return f"{service}{serial}{s10_check_digit(serial)}{country}"


@given(s10_parts)
def test_every_valid_s10_is_read(parts):
    code = s10(*parts)
    result = classify(code)
    assert (result.valid, result.kind, result.value) == (True, "tracking_s10", code)
    assert result.fields["serial"] == parts[1]


@given(s10_parts, st.data())
def test_s10_substitutions_are_caught_except_between_remainders_0_and_6(parts, data):
    service, serial, country = parts
    mutated_serial, _ = substituted(serial, data, range(8))
    before, after = s10_remainder(serial), s10_remainder(mutated_serial)
    assert before != after  # every single-digit error changes the sum mod 11
    code = f"{service}{mutated_serial}{s10_check_digit(serial)}{country}"
    result = classify(code)
    assert result.kind == "tracking_s10"
    assert result.valid == ({before, after} == {0, 6})


@given(s10_parts, st.data())
def test_s10_check_digit_errors_are_always_caught(parts, data):
    code = s10(*parts)
    mutated, _ = substituted(code, data, range(10, 11))
    assert not classify(mutated).valid


@given(s10_parts, st.data())
def test_s10_transpositions_are_caught_except_between_remainders_0_and_6(parts, data):
    service, serial, country = parts
    mutated_serial, index = transposed(serial, data, range(7))
    code = f"{service}{mutated_serial}{s10_check_digit(serial)}{country}"
    if serial[index] == serial[index + 1]:
        assert classify(code).valid
        return
    before, after = s10_remainder(serial), s10_remainder(mutated_serial)
    assert before != after
    assert classify(code).valid == ({before, after} == {0, 6})


def test_the_s10_blind_spot_exists():
    # Weight 8 on the first digit: a change of +9 moves the sum by 72 = 6 mod 11.
    assert s10_remainder("00000000") == 0
    assert s10_remainder("90000000") == 6
    assert s10_check_digit("00000000") == s10_check_digit("90000000") == 5


# GS1 element strings ------------------------------------------------------------------

cset82_text = st.text(
    "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz",
    min_size=1,
    max_size=20,
)
alnum_text = st.text("0123456789ABCDEFGHJKLMNPQRSTUVWXabcdefgh", min_size=1, max_size=20)
dates = st.tuples(st.integers(0, 99), st.integers(1, 12), st.integers(0, 28)).map(
    lambda t: f"{t[0]:02d}{t[1]:02d}{t[2]:02d}"
)


@st.composite
def gs1_fields(draw, text=cset82_text) -> dict[str, str]:
    fields = {"01": draw(gtins(14))}
    if draw(st.booleans()):
        fields["17"] = draw(dates)
    if draw(st.booleans()):
        fields["10"] = draw(text)
    fields["21"] = draw(text)
    if draw(st.booleans()):
        fields["3103"] = draw(digits(6))
    order = draw(st.permutations(list(fields)))
    return {ai: fields[ai] for ai in order}


@given(gs1_fields(), st.sampled_from(["]C1", "]d2", "]Q3", ""]))
def test_gs1_element_strings_with_gs_are_read_back(fields, prefix):
    data = to_element_string(fields)
    result = classify(prefix + data)
    if not prefix and GS not in data and not data.startswith("01"):
        # Without a symbology identifier or a GS, only data that starts with AI 00, 01 or
        # 02 is taken for GS1 (otherwise any long number would "parse").
        assert result.kind != "gs1"
        return
    assert result.valid, result.error and result.error.render()
    assert result.kind == "gs1"
    assert result.fields == fields
    assert result.value == to_hri(fields)


@given(gs1_fields())
def test_gs1_with_a_configured_substitute_is_read_back(fields):
    result = classify("]C1" + to_element_string(fields, "~"), ScanConfig(gs_substitute="~"))
    assert result.fields == fields


@given(gs1_fields(text=alnum_text))
def test_parenthesised_gs1_is_read_back(fields):
    result = classify(to_hri(fields))
    assert result.valid and result.fields == fields


@given(gs1_fields(), st.data())
def test_a_digit_error_in_the_gtin_of_gs1_data_is_caught(fields, data):
    mutated, _ = substituted(fields["01"], data, range(14))
    result = classify("]C1" + to_element_string({**fields, "01": mutated}))
    assert not result.valid
    assert result.error.params["ai"] == "01"
