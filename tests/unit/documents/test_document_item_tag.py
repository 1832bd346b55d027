"""The item tag PDF: sizes, contents, the item-code and GTIN barcodes."""

from __future__ import annotations

import pytest
from documents_testkit import drawn_barcodes, is_whole, page_sizes_mm, pdf_text

from returns_app.documents import item_code, render_item_tag
from returns_app.documents.barcodes import DOT_MM, code128, ean13
from returns_app.i18n import msg

SIZES = {"57x32": (57.0, 32.0), "100x50": (100.0, 50.0)}


@pytest.mark.parametrize(("size", "page"), SIZES.items())
def test_each_tag_size_is_one_page_of_that_size(make_tag_data, size, page):
    assert page_sizes_mm(render_item_tag(make_tag_data(), size)) == [page]


def test_an_unknown_tag_size_is_a_value_error(make_tag_data):
    with pytest.raises(ValueError, match="unknown item tag size '62x29'"):
        render_item_tag(make_tag_data(), "62x29")


@pytest.mark.parametrize("size", SIZES)
def test_the_tag_shows_what_the_warehouse_needs(make_tag_data, size):
    text = pdf_text(render_item_tag(make_tag_data(lang="en"), size))
    for expected in (
        "R123 4567 0 · Line 2",
        "Paita, pellava, sininen, koko M",
        "SHIRT-LIN-BL-M",
        "6417084000019",
        "B",
        "Takaisin myyntiin → A-12-3",
    ):
        assert expected in text


@pytest.mark.parametrize("size", SIZES)
def test_the_tag_carries_the_item_code_and_an_ean13_of_the_gtin(make_tag_data, size):
    pdf = render_item_tag(make_tag_data(return_code="R98765431", line_number=12), size)
    item, gtin = sorted(drawn_barcodes(pdf), key=lambda b: (len(b.modules()), b.left))[::-1]
    assert item.modules() == code128(item_code("R98765431", 12)).modules
    assert gtin.modules() == ean13("6417084000019").modules
    # EAN-13 at 3 dots is a 0.375 mm module: within 80-200 % of the nominal 0.33 mm.
    assert gtin.module == 3 and 0.8 <= 3 * DOT_MM / 0.33 <= 2.0
    for barcode in (item, gtin):
        assert all(is_whole(x) and is_whole(w) for x, _, w, _ in barcode.bars)
        assert barcode.module in (2, 3)
    assert item.left - 10 * item.module >= 0
    assert gtin.left - 11 * gtin.module >= 0
    assert gtin.right + 7 * gtin.module <= SIZES[size][0] / DOT_MM


def test_a_true_gtin14_is_printed_as_code128(make_tag_data):
    pdf = render_item_tag(make_tag_data(gtin="12345678901231"), "100x50")
    patterns = {b.modules() for b in drawn_barcodes(pdf)}
    assert code128("12345678901231").modules in patterns


@pytest.mark.parametrize("size", SIZES)
def test_a_unit_without_gtin_gets_only_the_item_code(make_tag_data, size):
    pdf = render_item_tag(make_tag_data(gtin=None), size)
    (barcode,) = drawn_barcodes(pdf)
    assert barcode.modules() == code128("R12345670L2").modules


def test_a_translatable_disposition_is_translated(make_tag_data):
    data = make_tag_data(disposition=msg("documents", "Restock"), lang="en")
    assert "Restock → A-12-3" in pdf_text(render_item_tag(data))
