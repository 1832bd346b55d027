"""The GS1 AI table comes from GS1's own syntax dictionary, and the parser agrees with an
independent one (biip) over many generated element strings."""

from __future__ import annotations

import calendar

import pycountry
import pytest
from biip import ParseError
from biip.gs1_application_identifiers import GS1ApplicationIdentifier
from biip.gs1_messages import GS1Message
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from returns_app.scanning import classify
from returns_app.scanning.checkdigits import gs1_check_digit
from returns_app.scanning.gs1 import (
    AI_TABLE,
    CSET39,
    CSET82,
    DICTIONARY_FILE,
    DICTIONARY_RELEASE,
    GS,
    AISpec,
    Component,
    lookup_ai,
    parse_element_string,
    to_element_string,
)

# Content checks the generator below knows how to satisfy; AIs with others are left out
# of the generated strings (they are still in the table).
_GENERATED = {"csum", "yymmd0", "yymmdd", "hhmi", "hh", "mi", "ss", "iso3166", "iso3166999"}
_GENERATED |= {"iso4217", "yesno", "nonzero", "gcppos1", "gcppos2", "yyyymmdd"}
_X = "".join(sorted(CSET82 - {"%"}))  # "%" would need percent-encoding in some AIs
_Z = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def test_the_table_is_gs1s_dictionary_with_its_release_date():
    text = DICTIONARY_FILE.read_text(encoding="utf-8")
    assert "GS1 Barcode Syntax Dictionary" in text
    assert DICTIONARY_RELEASE == "2026-01-27"
    assert len(AI_TABLE) == 541


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        ("0106417084000019\x1d8012V1.2", {"01": "06417084000019", "8012": "V1.2"}),
        ("7240PROTOCOL-1", {"7240": "PROTOCOL-1"}),
        ("8013ABC123", {"8013": "ABC123"}),
        ("42124600100", {"421": "24600100"}),
        ("3105001250", {"3105": "001250"}),
        ("8040490154203237518", {"8040": "490154203237518"}),
    ],
)
def test_ais_gs1_defines_are_read(data, fields):
    assert parse_element_string(data) == (fields, None)


@pytest.mark.parametrize("data", ["3106001250", "3169001250", "2310ABC", "3959001250", "4340ABC"])
def test_ais_gs1_does_not_define_are_refused(data):
    fields, error = parse_element_string(data)
    assert fields == {} and error is not None
    assert "unknown application identifier" in error.render()


def test_a_country_field_needs_a_real_country_code():
    _, error = parse_element_string("422999")
    assert error.render() == "GS1 field (422) holds “999”, which is not a value it may hold."
    assert parse_element_string("422246") == ({"422": "246"}, None)


def test_predefined_length_comes_from_the_dictionary():
    assert AI_TABLE["01"].predefined and AI_TABLE["3100"].predefined
    assert not AI_TABLE["422"].predefined and AI_TABLE["422"].fixed
    assert to_element_string({"422": "246", "10": "AB"}, "~") == "422246~10AB"


def test_8012_8013_and_7240_are_read_from_a_scan():
    result = classify("]C1010641708400001980121.0" + GS + "7240P1")
    assert result.valid and result.fields == {
        "01": "06417084000019",
        "8012": "1.0",
        "7240": "P1",
    }


# --- Cross-check against biip -------------------------------------------------------------

_COUNTRIES = sorted(c.numeric for c in pycountry.countries)
_CURRENCIES = sorted(c.numeric for c in pycountry.currencies)


# Where biip is wrong and GS1's dictionary right: biip reads 7007 HARVEST DATE's optional
# second date (YYMMDD YYMMDD, a range) as a time of day.
_BIIP_GAPS = {"7007"}


def _generatable(spec: AISpec) -> bool:
    return spec.ai not in _BIIP_GAPS and all(set(c.linters) <= _GENERATED for c in spec.components)


def test_a_harvest_date_range_in_7007_is_two_dates():
    assert parse_element_string("7007260801260815") == ({"7007": "260801260815"}, None)
    _, error = parse_element_string("7007260801261315")
    assert error.render().startswith("GS1: AI 7007")


_SPECS = sorted((s for s in AI_TABLE.values() if _generatable(s)), key=lambda s: s.ai)


@st.composite
def _yymmdd(draw, day_zero: bool) -> str:
    year, month = draw(st.integers(0, 99)), draw(st.integers(1, 12))
    last = calendar.monthrange(2000 + year, month)[1]
    day = draw(st.integers(0 if day_zero else 1, last))
    return f"{year:02d}{month:02d}{day:02d}"


@st.composite
def _component(draw, c: Component) -> str:
    linters = set(c.linters)
    if "yymmd0" in linters or "yymmdd" in linters:
        return draw(_yymmdd("yymmd0" in linters))
    if "yyyymmdd" in linters:
        return "20" + draw(_yymmdd(False))
    if "hhmi" in linters:
        return f"{draw(st.integers(0, 23)):02d}{draw(st.integers(0, 59)):02d}"
    if "hh" in linters:
        return f"{draw(st.integers(0, 23)):02d}"
    if linters & {"mi", "ss"}:
        return f"{draw(st.integers(0, 59)):02d}"
    if "iso3166" in linters or "iso3166999" in linters:
        return draw(st.sampled_from(_COUNTRIES))
    if "iso4217" in linters:
        return draw(st.sampled_from(_CURRENCIES))
    if "yesno" in linters:
        return draw(st.sampled_from("01"))
    # A field that starts with a GS1 company prefix ("gcppos1") starts with its digits.
    prefix = min(6, c.max_length) if "gcppos1" in linters and c.charset != "N" else 0
    size = draw(st.integers(max(c.min_length, prefix), c.max_length))
    alphabet = {"N": "0123456789", "Y": "".join(sorted(CSET39)), "Z": _Z}.get(c.charset, _X)
    text = draw(st.text("0123456789", min_size=prefix, max_size=prefix))
    text += draw(st.text(alphabet, min_size=size - prefix, max_size=size - prefix))
    if "nonzero" in linters and int(text) == 0:
        text = text[:-1] + "1"
    if "csum" in linters:
        text = text[:-1] + str(gs1_check_digit(text[:-1]))
    return text


@st.composite
def _element(draw, spec: AISpec) -> tuple[str, str]:
    parts = []
    for c in spec.components:
        if c.optional and not draw(st.booleans()):
            break
        parts.append(draw(_component(c)))
    return spec.ai, "".join(parts)


@st.composite
def _message(draw) -> dict[str, str]:
    specs = draw(
        st.lists(st.sampled_from(_SPECS), min_size=1, max_size=4, unique_by=lambda s: s.ai)
    )
    return dict(draw(_element(spec)) for spec in specs)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(_message())
def test_our_parser_and_biip_read_every_generated_element_string_alike(fields):
    data = to_element_string(fields)
    ours, error = parse_element_string(data)
    assert error is None, (data, error.render())
    theirs = GS1Message.parse(data)
    assert ours == fields
    assert ours == {e.ai.ai: e.value for e in theirs.element_strings}


@given(st.text("0123456789", min_size=4, max_size=4))
def test_an_identifier_is_known_to_us_exactly_when_biip_knows_it(digits):
    ours = lookup_ai(digits)
    try:
        theirs = GS1ApplicationIdentifier.extract(digits).ai
    except ParseError:
        theirs = None
    assert (ours.ai if ours else None) == theirs
