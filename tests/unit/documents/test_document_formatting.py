"""Numbers, dates, codes and addresses as they read on paper."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from returns_app.documents.data import Party
from returns_app.documents.formatting import (
    address_lines,
    day,
    group_for_people,
    money,
    percent,
)

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("code", "grouped"),
    [("R12345678", "R123 4567 8"), ("R1234567", "R123 4567"), ("R12", "R12")],
)
def test_return_codes_are_grouped_by_four_for_people(code, grouped):
    assert group_for_people(code) == grouped


@pytest.mark.parametrize(
    ("amount", "lang", "text"),
    [
        (Decimal("29.90"), "fi", f"29,90{NBSP}€"),
        (Decimal("1234.5"), "fi", f"1{NBSP}234,50{NBSP}€"),
        (Decimal("29.90"), "en", "€29.90"),
        (Decimal("1234.5"), "en", "€1,234.50"),
        (Decimal("-4.90"), "fi", f"\u22124,90{NBSP}€"),
        (Decimal("0.005"), "en", "€0.01"),
    ],
)
def test_money_reads_the_local_way(amount, lang, text):
    assert money(amount, lang) == text


def test_a_reduction_carries_a_minus_sign_but_zero_does_not():
    assert money(Decimal("10.00"), "fi", reduction=True) == f"\u221210,00{NBSP}€"
    assert money(Decimal("0.00"), "en", reduction=True) == "€0.00"


@pytest.mark.parametrize(
    ("rate", "lang", "text"),
    [
        (Decimal("25.5"), "fi", f"25,5{NBSP}%"),
        (Decimal("24.00"), "fi", f"24{NBSP}%"),
        (Decimal("10"), "en", "10%"),
        (Decimal("13.50"), "en", "13.5%"),
    ],
)
def test_vat_rates_drop_trailing_zeros(rate, lang, text):
    assert percent(rate, lang) == text


def test_dates_are_finnish_or_unambiguous_english():
    assert day(date(2026, 1, 2), "fi") == "2.1.2026"
    assert day(date(2026, 1, 2), "en") == "2 Jan 2026"


def test_the_country_line_is_printed_only_for_addresses_abroad():
    home = Party("Anna", "Katu 1", "00100", "Helsinki")
    abroad = Party("Anna", "Gatan 1", "111 22", "Stockholm", country="SE")
    assert address_lines(home) == ["Anna", "Katu 1", "00100 HELSINKI"]
    assert address_lines(abroad)[-1] == "SWEDEN"


@pytest.mark.parametrize(
    ("lang", "currency", "text"),
    [
        ("fi", "EUR", f"1{NBSP}234,50{NBSP}€"),
        ("en", "EUR", "€1,234.50"),
        ("fi", "SEK", f"1{NBSP}234,50{NBSP}SEK"),
        ("en", "SEK", "SEK1,234.50"),
        ("en", "USD", "US$1,234.50"),
    ],
)
def test_money_prints_the_orders_currency_the_readers_way(lang, currency, text):
    assert money(Decimal("1234.50"), lang, currency=currency) == text
    assert money(Decimal("-1234.50"), lang, currency=currency) == f"\u2212{text}"
