"""Sample document data: for a printer's test print, the benchmark and the tests.

The credit notes follow DOMAIN.md example E (amounts computed there, not here).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from returns_app.documents.data import (
    CreditNoteData,
    CreditNoteLine,
    ItemTagData,
    Party,
    ReturnLabelData,
    ReturnLabelItem,
    Seller,
    VatRow,
)

D = Decimal
CREATED_AT = datetime(2026, 1, 15, 10, 30, tzinfo=UTC)

SHOP = Party(
    name="Kenkä & Kassi Oy / Palautukset",
    street="Hämeentie 135 A",
    postal_code="00560",
    city="Helsinki",
    email="palautukset@kenkakassi.fi",
)
CUSTOMER = Party(
    name="Äijälä Örjan",
    street="Åkerlundinkatu 11 B 24",
    postal_code="33100",
    city="Tampere",
    email="orjan@example.fi",
)
SELLER = Seller(
    party=SHOP, business_id="1234567-1", vat_number="FI12345671", iban="FI49 5000 9420 0287 30"
)


def sample_return_label(**overrides: Any) -> ReturnLabelData:
    """Return a typical return label, with ``overrides`` applied."""
    data = ReturnLabelData(
        return_code="R12345670",
        order_number="100234",
        recipient=SHOP,
        sender=CUSTOMER,
        items=(
            ReturnLabelItem(1, "Paita, pellava, sininen, koko M", "SHIRT-LIN-BL-M"),
            ReturnLabelItem(2, "Villasukat, harmaa", "SOCK-WO-GR"),
            ReturnLabelItem(1, "Kirja: Tuntematon sotilas", "BOOK-9789510"),
        ),
        created_at=CREATED_AT,
        lang="fi",
    )
    return replace(data, **overrides)


def sample_item_tag(**overrides: Any) -> ItemTagData:
    """Return a typical item tag, with ``overrides`` applied."""
    data = ItemTagData(
        return_code="R12345670",
        line_number=2,
        product_name="Paita, pellava, sininen, koko M",
        sku="SHIRT-LIN-BL-M",
        gtin="6417084000019",
        grade="B",
        disposition="Takaisin myyntiin",
        location="A-12-3",
        created_at=CREATED_AT,
        lang="fi",
    )
    return replace(data, **overrides)


def sample_credit_note(**overrides: Any) -> CreditNoteData:
    """Return DOMAIN.md example E: one shirt withdrawn, 10.00 deducted, 29.90 refunded."""
    data = CreditNoteData(
        number="HL-2026-000123",
        issue_date=date(2026, 1, 15),
        seller=SELLER,
        buyer=CUSTOMER,
        order_number="100234",
        original_invoice_number="2025-004567",
        original_supply_date=date(2025, 12, 18),
        return_code="R12345670",
        lines=(
            CreditNoteLine(
                description="Paita, pellava, sininen, koko M",
                sku="SHIRT-LIN-BL-M",
                quantity=1,
                unit_price_net=D("31.79"),
                unit_price_gross=D("39.90"),
                vat_rate=D("25.5"),
                deduction=D("10.00"),
                deduction_reason="Käytetty enemmän kuin sovittamiseen tarvitaan",
                total_gross=D("29.90"),
            ),
        ),
        vat_rows=(VatRow(D("25.5"), D("23.82"), D("6.08"), D("29.90")),),
        total_net=D("23.82"),
        total_vat=D("6.08"),
        total_gross=D("29.90"),
        refund_method="Kortti (Visa •••• 4242)",
        payment_reference="pi_3QeXa2Kk",
        created_at=CREATED_AT,
        lang="fi",
    )
    return replace(data, **overrides)


def sample_full_credit_note(**overrides: Any) -> CreditNoteData:
    """Return example E's second part: the other shirt and the book, delivery and a label fee."""
    lines = (
        CreditNoteLine(
            "Paita, pellava, sininen, koko M",
            "SHIRT-LIN-BL-M",
            1,
            D("31.79"),
            D("39.90"),
            D("25.5"),
            D("39.90"),
        ),
        CreditNoteLine(
            "Kirja: Tuntematon sotilas",
            "BOOK-9789510",
            1,
            D("21.84"),
            D("24.90"),
            D("14"),
            D("24.90"),
        ),
    )
    rows = (
        VatRow(D("14"), D("21.84"), D("3.06"), D("24.90")),
        VatRow(D("25.5"), D("32.59"), D("8.31"), D("40.90")),
    )
    data = sample_credit_note(
        number="HL-2026-000124",
        lines=lines,
        vat_rows=rows,
        delivery_refund=D("5.90"),
        delivery_vat_rate=D("25.5"),
        return_fee=D("4.90"),
        return_fee_vat_rate=D("25.5"),
        total_net=D("54.43"),
        total_vat=D("11.37"),
        total_gross=D("65.80"),
    )
    return replace(data, **overrides)
