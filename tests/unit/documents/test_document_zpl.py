"""ZPL for 203 dpi thermal printers: one well-formed label with the right barcode data."""

from __future__ import annotations

import random
import re

import pytest
from documents_testkit import random_return_code

from returns_app.documents import render_item_tag_zpl, render_return_label_zpl
from returns_app.documents.zpl import field_text

BARCODE = re.compile(r"\^FO(\d+),(\d+)\^BY(\d)\^B([CE])N,(\d+),N,N(?:,N,A)?\^FD([^^]*)\^FS")


def _barcodes(zpl: str) -> list[tuple[str, str, int, int]]:
    """Return (kind, data, module, height) of every barcode field."""
    return [(kind, data, int(by), int(h)) for _, _, by, kind, h, data in BARCODE.findall(zpl)]


def _well_formed(zpl: str, width: int, height: int) -> None:
    assert zpl.startswith("^XA\n^CI28\n") and zpl.rstrip().endswith("^XZ")
    assert zpl.count("^XA") == zpl.count("^XZ") == 1
    assert f"^PW{width}" in zpl and f"^LL{height}" in zpl
    for field in re.findall(r"\^FD(.*?)\^FS", zpl):
        assert "^" not in field and "~" not in field


def test_a_return_label_is_one_800_by_1200_dot_label(make_label_data):
    _well_formed(render_return_label_zpl(make_label_data()), 800, 1200)


def test_the_return_label_barcode_is_code128_of_the_code_without_spaces(make_label_data):
    rng = random.Random(7)
    for _ in range(30):
        code = random_return_code(rng)
        zpl = render_return_label_zpl(make_label_data(return_code=code))
        ((kind, data, module, height),) = _barcodes(zpl)
        assert (kind, data) == ("C", code)
        assert module in (2, 3)
        assert height >= 256  # 32 mm at 8 dots/mm
        assert "^FH^FD" + " ".join(code[i : i + 4] for i in range(0, len(code), 4)) in zpl


def test_the_return_label_text_is_utf8_with_nordic_letters(make_label_data):
    zpl = render_return_label_zpl(make_label_data())
    assert "Äijälä Örjan" in zpl and "Åkerlundinkatu" in zpl
    zpl.encode("utf-8")


@pytest.mark.parametrize(("size", "width", "height"), [("57x32", 456, 256), ("100x50", 800, 400)])
def test_an_item_tag_carries_the_item_code_and_the_ean13(make_tag_data, size, width, height):
    zpl = render_item_tag_zpl(make_tag_data(), size)
    _well_formed(zpl, width, height)
    codes = {(kind, data) for kind, data, _, _ in _barcodes(zpl)}
    # ^BE gets 12 digits: the printer adds the check digit we verified.
    assert codes == {("C", "R12345670L2"), ("E", "641708400001")}


def test_a_true_gtin14_is_sent_as_code128(make_tag_data):
    zpl = render_item_tag_zpl(make_tag_data(gtin="12345678901231"), "100x50")
    assert ("C", "12345678901231") in {(k, d) for k, d, _, _ in _barcodes(zpl)}


def test_an_unknown_tag_size_is_a_value_error(make_tag_data):
    with pytest.raises(ValueError, match="unknown item tag size"):
        render_item_tag_zpl(make_tag_data(), "4x6")


def test_control_characters_in_data_cannot_break_the_format(make_tag_data):
    zpl = render_item_tag_zpl(make_tag_data(product_name="Kuppi ^XZ~JA", grade="A_B"))
    assert zpl.count("^XZ") == 1
    assert field_text("Kuppi ^XZ~JA") == "Kuppi _5EXZ_7EJA" and "Kuppi _5EXZ_7EJA" in zpl
    assert "A_5FB" in zpl
