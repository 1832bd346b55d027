"""The return label PDF: sizes, contents and a barcode on whole printer dots."""

from __future__ import annotations

import random
import re

import pytest
from documents_testkit import (
    drawn_barcodes,
    is_whole,
    page_sizes_mm,
    pdf_text,
    random_return_code,
)

from returns_app.documents import render_return_label
from returns_app.documents.barcodes import code128
from returns_app.documents.data import Party, ReturnLabelItem

SIZES = {"100x150": (100.0, 150.0), "a6": (105.0, 148.0), "a4": (210.0, 297.0)}


def test_the_default_label_is_100_by_150_mm(make_label_data):
    assert page_sizes_mm(render_return_label(make_label_data())) == [(100.0, 150.0)]


@pytest.mark.parametrize(("size", "page"), SIZES.items())
def test_each_label_size_is_one_page_of_that_size(make_label_data, size, page):
    assert page_sizes_mm(render_return_label(make_label_data(), size)) == [page]


@pytest.mark.parametrize("size", ["A6", "4x6", ""])
def test_an_unknown_label_size_is_a_value_error_naming_the_sizes(make_label_data, size):
    with pytest.raises(ValueError, match=r"unknown label size .*'100x150'.*'a4'.*'a6'"):
        render_return_label(make_label_data(), size)


@pytest.mark.parametrize("size", SIZES)
def test_the_label_shows_the_code_addresses_order_and_items(make_label_data, size):
    data = make_label_data()
    text = pdf_text(render_return_label(data, size))
    assert "R123 4567 0" in text
    for expected in ("Kenkä & Kassi Oy / Palautukset", "Hämeentie 135 A", "00560 HELSINKI"):
        assert expected in text
    for expected in ("Äijälä Örjan", "Åkerlundinkatu 11 B 24", "33100 TAMPERE"):
        assert expected in text
    assert "100234" in text
    for item in data.items:
        assert item.name in text and item.sku in text


@pytest.mark.parametrize("size", SIZES)
def test_the_barcode_encodes_the_code_on_whole_dots_with_quiet_zones(make_label_data, size):
    rng = random.Random(size)
    for _ in range(10):
        code = random_return_code(rng)
        pdf = render_return_label(make_label_data(return_code=code), size)
        (barcode,) = drawn_barcodes(pdf)
        assert barcode.modules() == code128(code).modules
        assert barcode.module in (2, 3)
        assert all(is_whole(x) and is_whole(w) for x, _, w, _ in barcode.bars)
        assert barcode.height_mm >= 32 - 0.1
        page_w_dots = SIZES[size][0] / 25.4 * 203
        label_left = 0 if size != "a4" else (page_w_dots - 100 / 25.4 * 203) / 2
        assert barcode.left - 10 * barcode.module >= label_left
        assert barcode.right + 10 * barcode.module <= page_w_dots - label_left


def test_the_a4_label_has_cut_lines_and_a_part_to_keep(make_label_data):
    text = pdf_text(render_return_label(make_label_data(lang="en"), "a4"))
    assert "Cut along the dashed line." in text
    assert "Keep this part for your records." in text


def test_items_that_do_not_fit_are_counted(make_label_data):
    items = tuple(ReturnLabelItem(1, f"Tuote {i}", f"SKU-{i}") for i in range(40))
    text = pdf_text(render_return_label(make_label_data(items=items, lang="en")))
    shown = len(re.findall(r"Tuote (\d+) SKU-\1\b", text))
    assert 3 <= shown < 40
    assert f"+ {40 - shown} more items" in text


def test_long_names_are_shortened_to_fit(make_label_data):
    long_name = "Erittäin pitkä tuotenimi " * 6
    item = ReturnLabelItem(1, long_name, "SKU-1")
    text = pdf_text(render_return_label(make_label_data(items=(item,))))
    assert "Erittäin pitkä tuotenimi" in text and "…" in text
    assert long_name.strip() not in text


def test_a_sender_abroad_gets_a_country_line(make_label_data):
    sender = Party("Sven Svensson", "Storgatan 1", "111 22", "Stockholm", country="SE")
    assert "SWEDEN" in pdf_text(render_return_label(make_label_data(sender=sender)))


def test_the_shops_own_instructions_replace_the_built_in_steps(make_label_data):
    data = make_label_data(instructions=("Vie paketti Postiin.",), lang="en")
    text = pdf_text(render_return_label(data))
    assert "1. Vie paketti Postiin." in text
    assert "Pack the items" not in text


def test_english_customers_get_english_captions(make_label_data):
    text = pdf_text(render_return_label(make_label_data(lang="en")))
    for caption in ("RETURN", "FROM", "TO", "Order 100234", "How to return", "Qty", "Product"):
        assert caption in text


def test_finnish_customers_get_finnish_captions(make_label_data, finnish):
    text = pdf_text(render_return_label(make_label_data(lang="fi")))
    for caption in ("PALAUTUS", "LÄHETTÄJÄ", "VASTAANOTTAJA", "Tilaus 100234", "Näin palautat"):
        assert caption in text


def test_a_return_code_too_long_for_the_label_is_a_value_error(make_label_data):
    with pytest.raises(ValueError, match="needs .* dots"):
        render_return_label(make_label_data(return_code="R" + "1" * 200))


def test_long_shop_instructions_are_cut_before_they_reach_the_items(make_label_data):
    steps = tuple(f"Vaihe {i}: " + "hyvin pitkä ohje " * 12 for i in range(8))
    text = pdf_text(render_return_label(make_label_data(instructions=steps)))
    assert "Paita, pellava, sininen, koko M" in text
    assert "Vaihe 0" in text and "Vaihe 7" not in text
