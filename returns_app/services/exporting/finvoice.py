"""Credit notes as Finvoice 3.0 messages (``INV02``, hyvityslasku), one per credit note.

The structure follows the Finvoice 3.0 schema (Finance Finland, Finvoice3.0.xsd): elements
in the schema's order, amounts with a decimal comma, dates ``CCYYMMDD``. A credit note is a
negative invoice: credited goods have negative quantities and amounts, unit prices stay
positive; a fee the customer pays (a return label) is a positive row. A deduction for
diminished value is its own positive row at the goods' rate, so the goods row shows what
was returned and the deduction row why less is refunded. Every message carries the original
order as ``OriginalInvoiceNumber`` and ``OrderIdentifier``, the day of the original supply
as ``DeliveryDate`` and per-rate VAT in ``VatSpecificationDetails``; the totals are the
stored refund's, never recomputed.

``EpiDetails`` is mandatory in Finvoice and names the seller's account, so the shop's IBAN
must be set in the settings.

Return postage paid back on a defect claim is compensation outside the scope of VAT
(category ``O``). EN 16931, which Finvoice 3.0 follows, allows a document with an ``O``
breakdown no other breakdown (BR-O-11) and no VAT identifiers (BR-O-02). So a credit note
with both goods and compensation gives two messages: ``<number>.xml`` with the goods (its
totals, payment and VAT breakdown without the compensation) and ``<number>-K.xml``, numbered
``<number>-K`` (korvaus), with the compensation alone, no seller VAT number, referring to the
credit note. The number is derived, not taken from a counter: the compensation is no supply
in the VAT sequence, and an accountant finds both by the credit note's number. A credit note
with only compensation is one ``O``-only message under its own number.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from returns_app.domain.errors import InvalidIdentifier
from returns_app.domain.identifiers import (
    check_business_id,
    check_iban,
    check_vat_number,
    is_reference,
)
from returns_app.domain.money import vat_of_gross
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.acting import authorize
from returns_app.services.errors import InvalidInput, require
from returns_app.services.exporting.common import (
    ZERO,
    CreditNote,
    CreditRow,
    ExportFile,
    ExportResult,
    load_credit_notes,
    rate_text,
    totals_by_currency,
)
from returns_app.services.shop_settings import ShopSettings, read_settings

TYPE_TEXT = "HYVITYSLASKU"
UNIT = ("kpl", "C62")  # Finnish unit text, UN/ECE Rec. 20 code "one"
METHOD_NAMES = {
    "original": "alkuperäinen maksutapa",
    "bank_transfer": "tilisiirto",
    "store_credit": "hyvitys asiakkaan saldoon",
}
KIND_NAMES = {
    "delivery": "Toimitusmaksu",
    "label_fee": "Palautuksen postimaksu",
    "return_postage": "Palautuksen postikulut",
    "price_reduction": "Hinnanalennus",
}


def _amount(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP):f}".replace(".", ",")


def _unit_amount(value: Decimal) -> str:
    """2 to 5 decimals, as the schema's unit amounts allow."""
    text = f"{value.quantize(Decimal('0.00001'), ROUND_HALF_UP):f}"
    whole, frac = text.split(".")
    frac = frac.rstrip("0")
    return f"{whole},{frac.ljust(2, '0')}"


def _day(value: date) -> str:
    return value.strftime("%Y%m%d")


def _fit(text: str, low: int, high: int, filler: str = "-") -> str:
    """``text`` cut to ``high`` characters and padded to ``low`` (schema length limits)."""
    text = " ".join(text.split())[:high]
    return text.ljust(low, filler) if len(text) < low else text


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, tag, attrs)
    if text is not None:
        node.text = text
    return node


def _money(parent: ET.Element, tag: str, value: Decimal, currency: str) -> None:
    _sub(parent, tag, _amount(value), AmountCurrencyIdentifier=currency)


def _date(parent: ET.Element, tag: str, value: date) -> None:
    _sub(parent, tag, _day(value), Format="CCYYMMDD")


OUTSIDE_SCOPE_TEXT = "Korvaus palautuksen postikuluista, ei arvonlisäverollista myyntiä"
"""Why a row of category ``O`` carries no VAT (``VatFreeText``, at most 70 characters)."""
OUTSIDE_SCOPE_CODE = "VATEX-EU-O"  # EN 16931 / CEF VATEX: not subject to VAT


def _street_lines(street: str) -> list[str]:
    """The street in at most three lines of 2..35 characters, broken between words (Finvoice
    allows three ``StreetName`` elements); only what does not fit in three is cut."""
    words = street.split()
    lines: list[str] = []
    current = ""
    for word in words:
        while len(word) > 35:  # a word longer than a line: break it
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:35])
            word = word[35:]
        candidate = f"{current} {word}".strip()
        if len(candidate) <= 35:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return [_fit(line, 2, 35) for line in lines[:3]] or [_fit(street, 2, 35)]


COMPENSATION_SUFFIX = "-K"


def split_outside_scope(note: CreditNote) -> list[tuple[str, CreditNote]]:
    """``note`` as the Finvoice messages it gives, ``(file stem, note)`` each (see the
    module's docstring): rows outside the scope of VAT never share a message with others."""
    outside = tuple(r for r in note.rows if r.vat_category == "O")
    inside = tuple(r for r in note.rows if r.vat_category != "O")
    if not outside or not inside:
        return [(note.number, note)]
    compensation = sum((r.amount for r in outside), ZERO)
    number = f"{note.number}{COMPENSATION_SUFFIX}"
    return [
        (note.number, replace(note, rows=inside, total=note.total - compensation)),
        (number, replace(note, number=number, rows=outside, total=compensation)),
    ]


def _seller(root: ET.Element, shop: ShopSettings, outside_scope: bool = False) -> None:
    party = _sub(root, "SellerPartyDetails")
    if shop.business_id:
        _sub(party, "SellerPartyIdentifier", _fit(shop.business_id, 0, 35))
    _sub(party, "SellerOrganisationName", _fit(shop.shop_name, 2, 70))
    if shop.vat_number and not outside_scope:  # BR-O-02: no VAT identifier beside O
        _sub(party, "SellerOrganisationTaxCode", _fit(shop.vat_number, 0, 35))
    if shop.street and shop.city and shop.postal_code:
        address = _sub(party, "SellerPostalAddressDetails")
        for line in _street_lines(shop.street):
            _sub(address, "SellerStreetName", line)
        _sub(address, "SellerTownName", _fit(shop.city, 2, 35))
        _sub(address, "SellerPostCodeIdentifier", _fit(shop.postal_code, 2, 35))
        _sub(address, "CountryCode", shop.country[:2].upper() or "FI")
    if shop.email or shop.phone:
        info = _sub(root, "SellerInformationDetails")
        if shop.phone:
            _sub(info, "SellerPhoneNumber", _fit(shop.phone, 0, 35))
        if shop.email:
            _sub(info, "SellerCommonEmailaddressIdentifier", _fit(shop.email, 0, 70))


def _buyer(root: ET.Element, note: CreditNote) -> None:
    c = note.customer
    party = _sub(root, "BuyerPartyDetails")
    _sub(party, "BuyerOrganisationName", _fit(c.name or c.email or "", 2, 70))
    if c.street and c.city and c.postal_code:
        address = _sub(party, "BuyerPostalAddressDetails")
        for line in _street_lines(c.street):
            _sub(address, "BuyerStreetName", line)
        _sub(address, "BuyerTownName", _fit(c.city, 2, 35))
        _sub(address, "BuyerPostCodeIdentifier", _fit(c.postal_code, 2, 35))
        _sub(address, "CountryCode", (c.country or "FI")[:2].upper())
    if c.phone or c.email:
        comm = _sub(root, "BuyerCommunicationDetails")
        if c.phone:
            _sub(comm, "BuyerPhoneNumberIdentifier", _fit(c.phone, 0, 35))
        if c.email:
            _sub(comm, "BuyerEmailaddressIdentifier", _fit(c.email, 0, 70))


def _details(root: ET.Element, note: CreditNote) -> None:
    cur = note.currency
    details = _sub(root, "InvoiceDetails")
    _sub(details, "InvoiceTypeCode", "INV02", CodeListAgencyIdentifier="SPY")
    _sub(details, "InvoiceTypeCodeUN", "381")
    _sub(details, "InvoiceTypeText", TYPE_TEXT)
    _sub(details, "OriginCode", "Original")
    _sub(details, "InvoiceNumber", _fit(note.number, 1, 20))
    _date(details, "InvoiceDate", note.issue_date)
    first = note.orders[0] if note.orders else None
    if first is not None and len(first.number) <= 20:
        _sub(details, "OriginalInvoiceNumber", first.number)
        _date(details, "OriginalInvoiceDate", first.ordered_on)
    for extra in note.orders[1:]:
        if len(extra.number) <= 20:
            ref = _sub(details, "OriginalInvoiceReference")
            _sub(ref, "InvoiceNumber", extra.number)
            _date(ref, "InvoiceDate", extra.ordered_on)
    _sub(details, "SellerReferenceIdentifier", note.return_code)
    if first is not None:
        _sub(details, "OrderIdentifier", _fit(" ".join(o.number for o in note.orders), 0, 70))
        _date(details, "OrderDate", first.ordered_on)
    base = sum((v.base for v in note.vat_totals), ZERO)
    vat = sum((v.vat for v in note.vat_totals), ZERO)
    _money(details, "RowsTotalVatExcludedAmount", -base, cur)
    _money(details, "InvoiceTotalVatExcludedAmount", -base, cur)
    _money(details, "InvoiceTotalVatAmount", -vat, cur)
    _money(details, "InvoiceTotalVatIncludedAmount", -note.total, cur)
    for total in note.vat_totals:
        spec = _sub(details, "VatSpecificationDetails")
        _money(spec, "VatBaseAmount", -total.base, cur)
        _sub(spec, "VatRatePercent", rate_text(total.rate))
        _sub(spec, "VatCode", total.category)
        _money(spec, "VatRateAmount", -total.vat, cur)
        if total.category == "O":
            _sub(spec, "VatFreeText", OUTSIDE_SCOPE_TEXT)
            _sub(spec, "VatExemptionReasonCode", OUTSIDE_SCOPE_CODE)
    reference = f", viite {note.payment_reference}" if note.payment_reference else ""
    text = (
        f"Hyvitys palautuksesta {note.return_code} (tilaus "
        f"{', '.join(o.number for o in note.orders)}). Hyvitystapa: {METHOD_NAMES.get(note.method, note.method)}{reference}."
    )
    if note.number.endswith(COMPENSATION_SUFFIX):
        credit_note = note.number.removesuffix(COMPENSATION_SUFFIX)
        text = (
            f"Palautuksen postikulujen korvaus hyvityslaskuun {credit_note}; ei "
            f"arvonlisäveron alainen. {text}"
        )
    _sub(details, "InvoiceFreeText", _fit(text, 0, 512))


def _row(
    root: ET.Element,
    note: CreditNote,
    row: CreditRow,
    position: int,
    *,
    net: Decimal,
    vat: Decimal,
    name: str,
    quantity: int | None,
    free_text: str = "",
) -> None:
    """One ``InvoiceRow``; ``net`` and ``vat`` are the row's signed amounts."""
    cur = note.currency
    node = _sub(root, "InvoiceRow")
    if row.sku:
        _sub(node, "ArticleIdentifier", _fit(row.sku, 0, 70))
    _sub(node, "ArticleName", _fit(name, 0, 100))
    if row.gtin and row.kind == "item":
        _sub(node, "EanCode", row.gtin.lstrip("0").zfill(13))
    if quantity:
        _sub(
            node,
            "InvoicedQuantity",
            str(quantity),
            QuantityUnitCode=UNIT[0],
            QuantityUnitCodeUN=UNIT[1],
        )
        _sub(
            node,
            "UnitPriceAmount",
            _unit_amount(abs(net) / abs(quantity)),
            AmountCurrencyIdentifier=cur,
            QuantityUnitCodeUN=UNIT[1],
        )
        _sub(
            node,
            "UnitPriceVatIncludedAmount",
            _unit_amount(abs(net + vat) / abs(quantity)),
            AmountCurrencyIdentifier=cur,
            QuantityUnitCodeUN=UNIT[1],
        )
    _sub(node, "RowPositionIdentifier", str(position))
    if row.order_number and len(row.order_number) <= 20:
        _sub(node, "OriginalInvoiceNumber", row.order_number)
    if free_text:
        _sub(node, "RowFreeText", _fit(free_text, 0, 512))
    _sub(node, "RowVatRatePercent", rate_text(row.vat_rate))
    _sub(node, "RowVatCode", row.vat_category)
    _money(node, "RowVatAmount", vat, cur)
    _money(node, "RowVatExcludedAmount", net, cur)
    _money(node, "RowAmount", net + vat, cur)


def _rows(root: ET.Element, note: CreditNote) -> None:
    position = 0
    for row in note.rows:
        position += 1
        name = (
            row.description
            if row.kind == "item"
            else (
                f"{KIND_NAMES.get(row.kind, row.kind)}: {row.description}"
                if row.description and row.description != row.kind
                else KIND_NAMES.get(row.kind, row.kind)
            )
        )
        if row.deduction > 0 and row.kind == "item":
            # The goods at full value, then the deduction (same rate) as its own row; the
            # VAT is split so that the two rows add up to the stored amounts exactly.
            full_vat = vat_of_gross(row.gross, row.vat_rate)
            _row(
                root,
                note,
                row,
                position,
                net=-(row.gross - full_vat),
                vat=-full_vat,
                name=name,
                quantity=-row.quantity,
            )
            position += 1
            deduction_vat = full_vat - row.vat
            _row(
                root,
                note,
                row,
                position,
                net=row.deduction - deduction_vat,
                vat=deduction_vat,
                name=f"Arvon alentuminen: {row.description}",
                quantity=None,
                free_text=row.deduction_reason,
            )
            continue
        sign = -1 if row.amount >= 0 else 1
        quantity = row.quantity or (1 if row.kind != "price_reduction" else None)
        _row(
            root,
            note,
            row,
            position,
            net=-row.net,
            vat=-row.vat,
            name=name,
            quantity=sign * quantity if quantity else None,
        )


def _epi(root: ET.Element, note: CreditNote, shop: ShopSettings) -> None:
    epi = _sub(root, "EpiDetails")
    ident = _sub(epi, "EpiIdentificationDetails")
    _date(ident, "EpiDate", note.issue_date)
    _sub(
        ident, "EpiReference", "".join(ch for ch in note.number if ch.isalnum() or ch in "-._")[:35]
    )
    party = _sub(epi, "EpiPartyDetails")
    _sub(party, "EpiBfiPartyDetails")
    beneficiary = _sub(party, "EpiBeneficiaryPartyDetails")
    _sub(beneficiary, "EpiNameAddressDetails", _fit(shop.shop_name, 2, 35))
    _sub(
        beneficiary,
        "EpiAccountID",
        shop.iban.replace(" ", "").upper(),
        IdentificationSchemeName="IBAN",
    )
    payment = _sub(epi, "EpiPaymentInstructionDetails")
    reference = "".join(note.payment_reference.split()).upper()
    if reference and is_reference(reference):
        # A structured reference the bank can match: Finnish (SPY) or RF creditor (ISO).
        scheme = "ISO" if reference.startswith("RF") else "SPY"
        _sub(payment, "EpiRemittanceInfoIdentifier", reference, IdentificationSchemeName=scheme)
    _sub(
        payment, "EpiInstructedAmount", _amount(-note.total), AmountCurrencyIdentifier=note.currency
    )
    _sub(payment, "EpiCharge", "SHA", ChargeOption="SHA")
    _date(payment, "EpiDateOptionDate", note.issue_date)


def render(note: CreditNote, shop: ShopSettings) -> bytes:
    """The Finvoice 3.0 message of one credit note (UTF-8)."""
    _check_seller(shop)
    root = ET.Element(
        "Finvoice",
        {
            "Version": "3.0",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:noNamespaceSchemaLocation": "Finvoice3.0.xsd",
        },
    )
    _seller(root, shop, outside_scope=all(r.vat_category == "O" for r in note.rows))
    _buyer(root, note)
    if note.orders:
        delivery = _sub(root, "DeliveryDetails")
        _date(delivery, "DeliveryDate", note.orders[0].supplied_on)
    _details(root, note)
    _rows(root, note)
    _epi(root, note, shop)
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def _check_seller(shop: ShopSettings) -> None:
    """A credit note names the seller's business ID and VAT number (VAT Directive art. 226)
    and Finvoice the account: none goes out without them, nor with one that fails its check
    digits (saved before the settings checked them)."""
    if not (shop.business_id.strip() and shop.vat_number.strip()):
        raise InvalidInput(no_business_id())
    if not shop.iban.strip():
        raise InvalidInput(no_iban())
    for value, check in (
        (shop.business_id, check_business_id),
        (shop.vat_number, check_vat_number),
        (shop.iban, check_iban),
    ):
        try:
            check(value)
        except InvalidIdentifier as exc:
            raise InvalidInput(exc.message) from None


def no_business_id() -> Message:
    """Why a Finvoice cannot be written before the shop's identifiers are set."""
    return Message(
        "export",
        QT_TRANSLATE_NOOP(
            "export",
            "A credit note must name the shop's business ID and VAT number: set them in "
            "Settings → Shop first.",
        ),
    )


def no_iban() -> Message:
    """Why a Finvoice cannot be written without the shop's account."""
    return Message(
        "export",
        QT_TRANSLATE_NOOP(
            "export",
            "Finvoice needs the shop's bank account (IBAN): set it in Settings → Shop first.",
        ),
    )


def export_finvoice(uow: UnitOfWork, actor: Actor, start: date, end: date) -> ExportResult:
    """The refunds issued from ``start`` to ``end`` (Helsinki days), one message each."""
    require(actor, "export")
    with uow:
        authorize(uow, actor, "export")
        shop = read_settings(uow)
        notes = load_credit_notes(uow.session, start, end)
    if notes:
        _check_seller(shop)
    files = tuple(
        ExportFile(f"{stem}.xml", render(part, shop))
        for n in notes
        for stem, part in split_outside_scope(n)
    )
    return ExportResult(
        files, len(notes), sum((n.total for n in notes), ZERO), totals_by_currency(notes)
    )
