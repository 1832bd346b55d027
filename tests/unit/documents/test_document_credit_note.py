"""The credit note: every mandatory item of DOMAIN.md section 3, totals as given."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from documents_testkit import amount_after, flat, page_sizes_mm, pdf_text

from returns_app.documents import render_credit_note
from returns_app.documents.formatting import money, percent

FORMATS = ("a4", "80mm")


def test_an_unknown_format_is_a_value_error_naming_the_formats(make_credit_note):
    with pytest.raises(ValueError, match=r"unknown credit note format 'letter'.*'a4', '80mm'"):
        render_credit_note(make_credit_note(), "letter")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_credit_note_contains_every_mandatory_item(make_credit_note, fmt):
    data = make_credit_note(lang="en")
    text = pdf_text(render_credit_note(data, fmt))
    seller = data.seller
    expected = [
        "CREDIT NOTE",
        "Credit note number HL-2026-000123",  # unique number
        "Date of issue 15 Jan 2026",
        seller.party.name,
        "Hämeentie 135 A",
        "00560 HELSINKI",
        f"Business ID {seller.business_id}",
        f"VAT number {seller.vat_number}",
        "Äijälä Örjan",  # buyer
        "Åkerlundinkatu 11 B 24",
        "33100 TAMPERE",
        "Original order 100234",
        "Original invoice 2025-004567",
        "Date of original supply 18 Dec 2025",
        "corrects invoice 2025-004567 (order 100234), delivered on 18 Dec 2025",
        "Paita, pellava, sininen, koko M",  # what is credited
        "SHIRT-LIN-BL-M",
        "€31.79",  # unit price without VAT
        "€39.90",  # with VAT
        "25.5%",  # VAT rate
        "\u2212€10.00",  # the reduction
        "Deduction: Käytetty enemmän kuin sovittamiseen tarvitaan",
        "€29.90",  # line total
        "VAT breakdown of the credit",
        "25.5% €23.82 €6.08 €29.90",  # taxable amount and VAT per rate
        "Refund method",
        "Kortti (Visa •••• 4242)",
        "Payment reference pi_3QeXa2Kk",
        "Amounts are credited to the buyer",
    ]
    for item in expected:
        assert item in text, item


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["en", "fi"])
def test_the_printed_totals_equal_the_given_totals(make_full_credit_note, finnish, fmt, lang):
    data = make_full_credit_note(lang=lang)
    text = pdf_text(render_credit_note(data, fmt))
    captions = {
        "en": ("Total excl. VAT", "VAT total", "Total credit"),
        "fi": ("Veroton yhteensä", "ALV yhteensä", "Hyvitys yhteensä"),
    }[lang]
    printed = [amount_after(text, caption, lang) for caption in captions]
    assert printed == [data.total_net, data.total_vat, data.total_gross]


@pytest.mark.parametrize("fmt", FORMATS)
def test_totals_are_printed_as_given_not_recomputed(make_full_credit_note, fmt):
    # The services own the arithmetic: even an inconsistent total is printed as given.
    data = make_full_credit_note(lang="en", total_gross=Decimal("1234.56"))
    text = pdf_text(render_credit_note(data, fmt))
    assert amount_after(text, "Total credit", "en") == Decimal("1234.56")
    assert "€1,234.56" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_delivery_refund_is_credited_and_the_label_fee_is_a_reduction(make_full_credit_note, fmt):
    data = make_full_credit_note(lang="en")
    text = pdf_text(render_credit_note(data, fmt))
    assert "Delivery cost refunded" in text and "€5.90" in text
    assert "Return label fee charged" in text and "\u2212€4.90" in text
    for row in data.vat_rows:
        assert flat(" ".join(money(v, "en") for v in (row.base, row.vat, row.gross))) in text
        assert percent(row.rate, "en") in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_credit_note_in_finnish_uses_the_finnish_terms(make_credit_note, finnish, fmt):
    text = pdf_text(render_credit_note(make_credit_note(lang="fi"), fmt))
    for word in (
        "HYVITYSLASKU",
        "Y-tunnus 1234567-1",
        "ALV-tunniste FI12345671",
        "Hyvityksen ALV-erittely",
        "Hyvitys yhteensä 29,90 €",
        "Päiväys 15.1.2026",
        "25,5 %",
    ):
        assert word in text, word


def test_an_order_without_invoice_is_referenced_by_order_number(make_credit_note):
    text = pdf_text(render_credit_note(make_credit_note(original_invoice_number=None, lang="en")))
    assert "This credit note corrects order 100234, delivered on 18 Dec 2025." in text
    assert "Original invoice" not in text


def test_a_long_a4_credit_note_continues_on_numbered_pages(make_full_credit_note):
    data = make_full_credit_note(lang="en")
    lines = tuple(
        dataclasses.replace(data.lines[i % 2], description=f"Product number {i:02d}")
        for i in range(60)
    )
    pdf = render_credit_note(dataclasses.replace(data, lines=lines), "a4")
    pages = page_sizes_mm(pdf)
    assert len(pages) >= 2 and set(pages) == {(210.0, 297.0)}
    text = pdf_text(pdf)
    assert f"Page {len(pages)} of {len(pages)}" in text
    assert all(f"Product number {i:02d}" in text for i in range(60))
    assert text.count("Business ID 1234567-1") >= len(pages)  # the seller on every page


def test_the_receipt_is_80_mm_wide_and_as_long_as_its_contents(make_full_credit_note):
    data = make_full_credit_note()
    short = page_sizes_mm(render_credit_note(data, "80mm"))
    longer_data = dataclasses.replace(data, lines=data.lines * 10)
    longer = page_sizes_mm(render_credit_note(longer_data, "80mm"))
    assert len(short) == len(longer) == 1
    assert short[0][0] == longer[0][0] == 80.0
    assert 100 < short[0][1] < longer[0][1]


def test_the_receipt_fits_its_contents_on_one_page_whatever_the_length(make_full_credit_note):
    data = make_full_credit_note(notes=("Kiitos!",) * 3)
    for count in (1, 3, 17):
        pdf = render_credit_note(dataclasses.replace(data, lines=data.lines * count), "80mm")
        assert len(page_sizes_mm(pdf)) == 1
        assert pdf_text(pdf).count("Kiitos!") == 3


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_line_without_sku_prints_no_empty_sku_caption(make_credit_note, fmt):
    data = make_credit_note(lang="en")
    line = dataclasses.replace(data.lines[0], description="Return postage", sku="")
    text = pdf_text(render_credit_note(dataclasses.replace(data, lines=(line,)), fmt))
    assert "Return postage" in text and "SKU" not in text


def test_markup_characters_in_data_print_as_text(make_credit_note):
    data = make_credit_note(lang="en", notes=("Size <M> & colour <b>blue</b>",))
    assert "Size <M> & colour <b>blue</b>" in pdf_text(render_credit_note(data))
