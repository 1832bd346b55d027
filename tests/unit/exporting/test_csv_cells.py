"""The CSV cell rule: nothing a spreadsheet would run, numbers left as numbers (OWASP)."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from returns_app.services.exporting.csv_safe import csv_bytes, number_cell, text_cell

# OWASP "CSV Injection": what a spreadsheet may take for the start of a formula.
FORMULA = ("=", "+", "-", "@", "\t", "\r")
ROOT = Path(__file__).resolve().parents[3]

PAYLOADS = [
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "-1+1",
    "+358401234567",
    "-@x",
    "-12,50",  # text that looks like an amount: in a text column it is still text
]


def read(data: bytes, delimiter: str = ";") -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_text_cell_that_could_start_a_formula_gets_a_leading_quote(payload):
    assert text_cell(payload) == "'" + payload


@pytest.mark.parametrize(
    "text", ["Aino Laine", "Koulukatu 1", "00100", "RF-2026-000001", "a=b", "x-1", "", "'quoted'"]
)
def test_ordinary_text_is_written_as_it_is(text):
    assert text_cell(text) == text


@pytest.mark.parametrize("number", ["-12,50", "-12.50", "25,5", "14", "0", "-3", -3, 7])
def test_a_plain_number_in_a_number_column_stays_a_number(number):
    assert number_cell(number) == str(number)


@pytest.mark.parametrize("text", ["-1+1", "+358401234567", "-@x", "=1", "+5", "-", "-12,50;=1"])
def test_a_number_column_holding_anything_but_a_plain_number_is_neutralised(text):
    assert number_cell(text) == "'" + text


def test_only_the_columns_named_numbers_keep_a_leading_minus():
    data = csv_bytes(("name", "amount", "note"), [["-12,50", "-12,50", "-1+1"]], numeric={"amount"})
    assert read(data)[1] == ["'-12,50", "-12,50", "'-1+1"]


def test_cells_with_the_separator_quotes_or_line_breaks_are_quoted_and_read_back_whole():
    row = ['=HYPERLINK("http://x","y")', "a;b", 'say "hi"', "two\nlines", "\r=1", "x\r\ny"]
    data = csv_bytes(tuple("abcdef"), [row])
    assert read(data) == [list("abcdef"), ["'" + row[0], *row[1:4], "'\r=1", "x\r\ny"]]
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[1].startswith('"\'=HYPERLINK(""http://x"",""y"")";"a;b";"say ""hi""";"two\n')


def test_a_comma_file_quotes_cells_with_commas():
    data = csv_bytes(("product", "units"), [["=SUM(1,2)", -1]], numeric={"units"}, delimiter=",")
    assert data.decode("utf-8-sig") == 'product,units\r\n"\'=SUM(1,2)",-1\r\n'


def test_the_header_is_text_too():
    assert read(csv_bytes(("=1", "ok"), []))[0] == ["'=1", "ok"]


def test_a_number_column_the_header_lacks_is_a_programming_error():
    with pytest.raises(ValueError, match="amonut"):
        csv_bytes(("amount",), [], numeric={"amonut"})


def test_a_row_longer_than_the_header_is_a_programming_error():
    with pytest.raises(ValueError, match="3 cells"):
        csv_bytes(("a", "b"), [["1", "2", "=3"]])


@given(
    st.lists(
        st.tuples(
            st.text(alphabet=st.characters(blacklist_characters="\x00", codec="utf-8")),
            st.decimals(
                places=2, allow_nan=False, allow_infinity=False, min_value=-(10**9), max_value=10**9
            ),
        ),
        max_size=5,
    ),
    st.sampled_from([";", ","]),
)
def test_no_cell_read_back_starts_a_formula_and_every_text_comes_back(rows, delimiter):
    data = csv_bytes(
        ("text", "amount"),
        [(text, f"{amount:f}".replace(".", ",")) for text, amount in rows],
        numeric={"amount"},
        delimiter=delimiter,
    )
    back = read(data, delimiter)[1:]
    assert len(back) == len(rows)
    for (text, amount), (text_out, amount_out) in zip(rows, back, strict=True):
        assert not text_out.startswith(FORMULA)
        assert (text_out[1:] if text.startswith(FORMULA) else text_out) == text
        assert Decimal(amount_out.replace(",", ".")) == amount


def test_every_csv_the_app_writes_goes_through_the_one_safe_writer():
    writers = re.compile(r"csv\.(writer|DictWriter)\b|\bwriterows?\(")
    found = sorted(
        str(path.relative_to(ROOT))
        for folder in ("returns_app", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if writers.search(path.read_text(encoding="utf-8"))
    )
    assert found == ["returns_app/services/exporting/csv_safe.py"]
