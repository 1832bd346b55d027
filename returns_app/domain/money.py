"""Euro amounts: rounding to cents, VAT inside a gross price, exact allocation of a total.

Amounts are :class:`~decimal.Decimal` euros. We round half up to the cent per line and then
sum (DOMAIN.md section 3), so every sum of rounded parts is exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from returns_app.i18n import Message
from returns_app.money_text import money_text

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)


def money(value: Decimal | int | str) -> Decimal:
    """Return ``value`` as a Decimal euro amount rounded half up to the cent.

    Floats are refused: ``0.1 + 0.2`` is not an amount of money.
    """
    if isinstance(value, float):
        raise TypeError("money amounts must be Decimal, int or str, never float")
    return Decimal(value).quantize(CENT, ROUND_HALF_UP)


def to_cents(amount: Decimal) -> Decimal:
    """Round ``amount`` half up to whole cents."""
    return amount.quantize(CENT, ROUND_HALF_UP)


def is_whole_cents(amount: Decimal) -> bool:
    """Return whether ``amount`` has no fraction of a cent."""
    return amount == amount.quantize(CENT)


def vat_of_gross(gross: Decimal, rate: Decimal) -> Decimal:
    """Return the VAT inside ``gross`` at ``rate`` percent: gross × r / (100 + r), to cents.

    >>> vat_of_gross(Decimal("29.90"), Decimal("25.5"))
    Decimal('6.08')
    """
    if rate == 0:
        return ZERO
    return to_cents(gross * rate / (HUNDRED + rate))


def split_gross(gross: Decimal, rate: Decimal) -> tuple[Decimal, Decimal]:
    """Return ``(net, vat)`` of ``gross`` at ``rate`` percent; they add up to ``gross``."""
    vat = vat_of_gross(gross, rate)
    return gross - vat, vat


def prorate(amount: Decimal, part: Decimal | int, whole: Decimal | int) -> Decimal:
    """Return ``amount × part / whole`` rounded half up to cents (``whole`` must not be 0)."""
    return to_cents(amount * Decimal(part) / Decimal(whole))


def allocate(total: Decimal, weights: Sequence[Decimal]) -> tuple[Decimal, ...]:
    """Split ``total`` over ``weights`` proportionally, in cents, summing exactly to ``total``.

    Largest remainder: every part gets its share rounded down to the cent, then the cents left
    over go one each to the parts with the largest remainders (the earliest part on ties).
    Weights must be non-negative; when they are all zero the split is even.

    >>> allocate(Decimal("10.00"), [Decimal(1), Decimal(1), Decimal(1)])
    (Decimal('3.34'), Decimal('3.33'), Decimal('3.33'))
    """
    if not weights:
        if total != 0:
            raise ValueError("cannot allocate a non-zero total over no parts")
        return ()
    if any(weight < 0 for weight in weights):
        raise ValueError("allocation weights must not be negative")
    if not is_whole_cents(total):
        raise ValueError("the total to allocate must be whole cents")
    sign = -1 if total < 0 else 1
    cents = int(abs(total) / CENT)
    whole = sum(weights, Decimal(0))
    shares = (
        [Decimal(cents) * weight / whole for weight in weights]
        if whole
        else [Decimal(cents) / len(weights)] * len(weights)
    )
    floors = [int(share.to_integral_value(ROUND_DOWN)) for share in shares]
    left = cents - sum(floors)
    by_remainder = sorted(range(len(shares)), key=lambda i: (-(shares[i] - floors[i]), i))
    for i in by_remainder[:left]:
        floors[i] += 1
    return tuple(sign * Decimal(part) * CENT for part in floors)


@dataclass(frozen=True)
class MoneyParam(Message):
    """An amount as a message parameter, written the way the reader's language writes money
    in the order's currency ("€1,234.50", "1 234,50 €", "1 234,50 SEK")."""

    amount: Decimal = ZERO
    currency: str = "EUR"

    def render(self, lang: str = "en", translator=None) -> str:
        """The amount in ``lang`` (the translator has no say in how digits are written)."""
        del translator
        return money_text(to_cents(self.amount), lang, self.currency)


def money_param(amount: Decimal, currency: str = "EUR") -> MoneyParam:
    """``amount`` in ``currency`` for a message: rendered in the message's language."""
    return MoneyParam("money", "", amount=amount, currency=currency)


def format_money(amount: Decimal) -> str:
    """Return ``amount`` the Finnish way, for messages: ``1 234,50 €`` (the one formatter,
    :func:`returns_app.money_text.money_text`)."""
    return money_text(to_cents(amount), "fi", "EUR")


@dataclass(frozen=True)
class VatRow:
    """One VAT rate's share of an amount: ``taxable + vat == gross`` exactly.

    Attributes:
        rate: VAT percent, e.g. ``Decimal("25.5")``.
        taxable: the amount without VAT (taxable base).
        vat: the VAT.
        gross: the amount with VAT.
    """

    rate: Decimal
    taxable: Decimal
    vat: Decimal
    gross: Decimal


def vat_breakdown(items: Iterable[tuple[Decimal, Decimal]]) -> tuple[VatRow, ...]:
    """Sum ``(rate, gross)`` items per rate, VAT rounded per item then summed.

    Rounding per item keeps the breakdown equal to the sum of the lines a document prints.
    Rows come highest rate first.
    """
    sums: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for rate, gross in items:
        vat = vat_of_gross(gross, rate)
        old_gross, old_vat = sums.get(rate, (ZERO, ZERO))
        sums[rate] = (old_gross + gross, old_vat + vat)
    return tuple(
        VatRow(rate=rate, taxable=gross - vat, vat=vat, gross=gross)
        for rate, (gross, vat) in sorted(sums.items(), reverse=True)
    )
