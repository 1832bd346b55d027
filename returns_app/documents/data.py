"""Frozen input data for the document renderers (built by the services layer).

Every field holds a ready value: amounts are ``Decimal`` euros already rounded to the cent,
totals are computed elsewhere and printed as given. Texts a person reads that the services
produce (a refund method, a disposition) may be a plain ``str`` already in the document's
language or an :class:`returns_app.i18n.Message`, which the renderer translates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from returns_app.documents.codes import check_gtin
from returns_app.i18n import LANGUAGES, Message

Text = str | Message
"""A text shown on a document: plain (already translated) or a translatable message."""

_RETURN_CODE = re.compile(r"R[0-9]{2,}")
_ZERO = Decimal("0.00")


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported document language {lang!r}; expected one of {LANGUAGES}")


def _check_return_code(code: str) -> None:
    # The check digit is the scanning module's business; here only the printable shape matters.
    if not _RETURN_CODE.fullmatch(code):
        raise ValueError(f"return code {code!r} must be 'R' followed by digits, without spaces")


def _check_money(owner: object, *names: str) -> None:
    for name in names:
        value = getattr(owner, name)
        if not isinstance(value, Decimal):
            raise TypeError(f"{type(owner).__name__}.{name} must be a Decimal, got {value!r}")


def _freeze(owner: object, name: str) -> None:
    object.__setattr__(owner, name, tuple(getattr(owner, name)))


@dataclass(frozen=True)
class Party:
    """A postal address with a name: the shop's return address, a customer, a seller.

    Attributes:
        country: ISO 3166-1 alpha-2 code; the country line is printed for non-Finnish addresses.
    """

    name: str
    street: str
    postal_code: str
    city: str
    country: str = "FI"
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class Seller:
    """The shop as a legal seller (for the credit note's mandatory contents)."""

    party: Party
    business_id: str  # Y-tunnus, e.g. "1234567-1"
    vat_number: str  # e.g. "FI12345671"
    iban: str | None = None


@dataclass(frozen=True)
class ReturnLabelItem:
    """One row of the items list on a return label."""

    quantity: int
    name: str
    sku: str


@dataclass(frozen=True)
class ReturnLabelData:
    """Everything on a return label (the customer prints it and sticks it on the parcel).

    Attributes:
        return_code: ``R`` + digits + check digit, without spaces (the barcode data).
        recipient: the shop's return address.
        sender: the customer.
        instructions: the shop's own steps in the customer's language; empty means the
            built-in translated steps.
        created_at: the shop's local time; its date is printed on the label, and it is the
            PDF's creation date, so the same data always gives the same bytes.
    """

    return_code: str
    order_number: str
    recipient: Party
    sender: Party
    items: tuple[ReturnLabelItem, ...]
    created_at: datetime
    lang: str = "fi"
    instructions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check_lang(self.lang)
        _check_return_code(self.return_code)
        _freeze(self, "items")
        _freeze(self, "instructions")


@dataclass(frozen=True)
class ItemTagData:
    """Everything on the tag stuck on one inspected unit (read by warehouse staff).

    Attributes:
        line_number: the return line (1-based); with the return code it forms the tag's
            barcode, see :func:`returns_app.documents.barcodes.item_code`.
        gtin: 8, 12, 13 or 14 digits with a valid check digit, or ``None``.
        grade: a short grade such as ``"A"``, printed as is.
        disposition: what happens to the unit (restock, refurbish, ...).
        location: where the unit goes, e.g. ``"A-12-3"``.
    """

    return_code: str
    line_number: int
    product_name: str
    sku: str
    gtin: str | None
    grade: str
    disposition: Text
    location: str
    created_at: datetime
    lang: str = "fi"
    unit_no: int = 0  # which unit of the line (two units of a line get two different tags)
    units: int = 0

    def __post_init__(self) -> None:
        _check_lang(self.lang)
        _check_return_code(self.return_code)
        if self.line_number < 1:
            raise ValueError(f"line number must be 1 or more, got {self.line_number}")
        if self.gtin is not None:
            check_gtin(self.gtin)


@dataclass(frozen=True)
class CreditNoteLine:
    """One credited order line; amounts are for the whole line unless named ``unit_``.

    Attributes:
        deduction: the diminished-value deduction for the line (incl. VAT), 0 if none.
        total_gross: what is credited for the line, incl. VAT, after the deduction.
    """

    description: str
    sku: str
    quantity: int
    unit_price_net: Decimal
    unit_price_gross: Decimal
    vat_rate: Decimal  # percent, e.g. Decimal("25.5")
    total_gross: Decimal
    deduction: Decimal = _ZERO
    deduction_reason: str | None = None

    def __post_init__(self) -> None:
        _check_money(
            self, "unit_price_net", "unit_price_gross", "vat_rate", "total_gross", "deduction"
        )
        if self.deduction and not self.deduction_reason:
            raise ValueError(f"deduction on {self.sku!r} needs its written reason")


@dataclass(frozen=True)
class VatRow:
    """The credit at one VAT rate: taxable base, VAT and gross amount."""

    rate: Decimal
    base: Decimal
    vat: Decimal
    gross: Decimal

    def __post_init__(self) -> None:
        _check_money(self, "rate", "base", "vat", "gross")


@dataclass(frozen=True)
class CreditNoteData:
    """Everything on a credit note (hyvityslasku), see DOMAIN.md section 3.

    Amounts are what the buyer gets back, as positive numbers; the document labels them as a
    credit. ``return_fee`` is charged to the buyer and printed as a reduction.

    Attributes:
        number: unique number from the shop's continuous credit-note sequence.
        original_invoice_number: the invoice being corrected, if the order had one.
        original_supply_date: when the goods were originally delivered.
        delivery_refund: original delivery cost refunded (incl. VAT), 0 if none.
        return_fee: the return-label price charged (incl. VAT), 0 if none.
        vat_rows: the credit per VAT rate (delivery and fee included), as computed.
        total_net, total_vat, total_gross: the totals, as computed; total_gross is the refund.
        payment_reference: the refund's transaction id or bank reference, if known.
        notes: free lines printed under the totals, in the document's language.
        created_at: the PDF's creation date (same data, same bytes).
    """

    number: str
    issue_date: date
    seller: Seller
    buyer: Party
    order_number: str
    original_supply_date: date
    lines: tuple[CreditNoteLine, ...]
    vat_rows: tuple[VatRow, ...]
    total_net: Decimal
    total_vat: Decimal
    total_gross: Decimal
    refund_method: Text
    created_at: datetime
    original_invoice_number: str | None = None
    return_code: str | None = None
    payment_reference: str | None = None
    delivery_refund: Decimal = _ZERO
    delivery_vat_rate: Decimal | None = None
    return_fee: Decimal = _ZERO
    return_fee_vat_rate: Decimal | None = None
    lang: str = "fi"
    notes: tuple[str, ...] = ()
    currency: str = "EUR"  # the order's: every amount prints in it

    def __post_init__(self) -> None:
        _check_lang(self.lang)
        if self.return_code is not None:
            _check_return_code(self.return_code)
        _check_money(self, "total_net", "total_vat", "total_gross", "delivery_refund", "return_fee")
        if not self.lines:
            raise ValueError("a credit note needs at least one line")
        _freeze(self, "lines")
        _freeze(self, "vat_rows")
        _freeze(self, "notes")
