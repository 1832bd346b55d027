"""Cents, VAT inside a gross price, and exact allocation (DOMAIN.md section 3)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from returns_app.domain.money import (
    allocate,
    format_money,
    money,
    split_gross,
    to_cents,
    vat_breakdown,
    vat_of_gross,
)


@pytest.mark.parametrize(
    "gross, rate, vat",
    [
        (D("29.90"), D("25.5"), D("6.08")),  # example E
        (D("5.90"), D("25.5"), D("1.20")),
        (D("24.90"), D("14"), D("3.06")),
        (D("24.90"), D("13.5"), D("2.96")),
        (D("10.00"), D("10"), D("0.91")),
        (D("0.00"), D("25.5"), D("0.00")),
        (D("12.34"), D("0"), D("0.00")),
        (D("-5.90"), D("25.5"), D("-1.20")),
    ],
)
def test_vat_inside_a_gross_price_is_rounded_half_up_to_cents(gross: D, rate: D, vat: D) -> None:
    assert vat_of_gross(gross, rate) == vat


def test_half_a_cent_rounds_up_not_to_even() -> None:
    assert to_cents(D("0.125")) == D("0.13")  # banker's rounding would give 0.12
    assert to_cents(D("0.135")) == D("0.14")
    assert to_cents(D("-0.125")) == D("-0.13")
    # No real Finnish rate ever puts VAT on an exact half cent; 100 % does: 0.025 → 0.03.
    assert vat_of_gross(D("0.05"), D("100")) == D("0.03")


def test_net_and_vat_add_up_to_the_gross() -> None:
    net, vat = split_gross(D("29.90"), D("25.5"))
    assert (net, vat) == (D("23.82"), D("6.08"))
    assert net + vat == D("29.90")


def test_an_allocation_sums_exactly_to_the_total() -> None:
    assert allocate(D("10.00"), [D(1), D(1), D(1)]) == (D("3.34"), D("3.33"), D("3.33"))
    parts = allocate(D("5.00"), [D("79.80"), D("24.90")])
    assert sum(parts) == D("5.00")
    assert parts == (D("3.81"), D("1.19"))


def test_an_allocation_gives_left_over_cents_to_the_largest_remainders() -> None:
    assert allocate(D("0.10"), [D(1), D(2), D(3), D(4)]) == (
        D("0.01"),
        D("0.02"),
        D("0.03"),
        D("0.04"),
    )
    assert allocate(D("0.05"), [D(1), D(3)]) == (D("0.01"), D("0.04"))


def test_an_allocation_over_zero_weights_is_even() -> None:
    assert allocate(D("0.03"), [D(0), D(0)]) == (D("0.02"), D("0.01"))


def test_an_allocation_refuses_fractions_of_a_cent() -> None:
    with pytest.raises(ValueError):
        allocate(D("0.005"), [D(1)])


def test_money_refuses_floats() -> None:
    assert money("39.9") == D("39.90")
    assert money(5) == D("5.00")
    with pytest.raises(TypeError):
        money(39.9)  # type: ignore[arg-type]


def test_amounts_in_messages_are_written_the_finnish_way() -> None:
    assert format_money(D("1234.5")) == "1\u00a0234,50\u00a0€"
    assert format_money(D("10")) == "10,00\u00a0€"


def test_a_vat_breakdown_groups_per_rate_and_adds_up() -> None:
    rows = vat_breakdown([(D("25.5"), D("39.90")), (D("14"), D("24.90")), (D("25.50"), D("5.90"))])
    assert [row.rate for row in rows] == [D("25.5"), D("14")]
    general, books = rows
    assert general.gross == D("45.80")
    assert general.vat == vat_of_gross(D("39.90"), D("25.5")) + vat_of_gross(D("5.90"), D("25.5"))
    assert general.taxable + general.vat == general.gross
    assert books.taxable + books.vat == books.gross == D("24.90")


@pytest.mark.parametrize(
    ("lang", "currency", "text"),
    [
        ("fi", "JPY", "39,90\u00a0¥"),  # stored in cents: never rounded to the yen's 0 digits
        ("en", "KWD", "KWD39.90"),  # nor given the dinar's third digit
        ("fi", "SEK", "39,90\u00a0SEK"),
        ("en", "EUR", "€39.90"),
    ],
)
def test_money_text_keeps_the_cents_we_store_whatever_the_currencys_own_digits(
    lang, currency, text
):
    from returns_app.money_text import money_text

    assert money_text(D("39.90"), lang, currency) == text
