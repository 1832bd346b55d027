"""Credit notes and stock movements exported, parsed back, and checked against the database."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from finvoice_schema import problems
from sqlalchemy import func, select

from returns_app.persistence.models import Refund, Setting, StockMovement
from returns_app.services import inspection, receiving, refunds, returns, shop_settings
from returns_app.services.backoffice import today_in_finland
from returns_app.services.errors import InvalidInput, PermissionDenied
from returns_app.services.exporting import (
    export_finvoice,
    export_refunds,
    export_stock_movements,
)
from returns_app.services.returns import LineRequest, RegisterReturn

D = Decimal
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


def _return(backend, actor, order, *lines, notice=datetime(2026, 11, 15, 10, tzinfo=UTC)):
    cmd = RegisterReturn(
        kind="withdrawal",
        lines=tuple(LineRequest(order.lines[i].id, q, "does_not_fit") for i, q in lines),
        notice_at=notice,
    )
    return returns.register_return(backend.uow(), actor, cmd)


def _check_in(backend, actor, ret, *codes):
    receiving.receive_parcel(backend.uow(), actor, ret.code)
    for code in codes:
        receiving.check_in_item(backend.uow(), actor, ret.id, code=code)


SELLER = {"iban": "FI21 1234 5600 0007 85", "business_id": "1234567-1", "vat_number": "FI12345671"}


@pytest.fixture
def issued(backend, actors, make_order):
    """Three credit notes: example E with a deduction, the rest of that order with its
    delivery (two VAT rates), and one issued half an hour into December in Helsinki."""
    clerk, supervisor = actors.clerk, actors.supervisor
    shop_settings.save_settings(backend.uow(), actors.admin, **SELLER)
    order = make_order()
    first = _return(backend, clerk, order, (0, 1))
    _check_in(backend, clerk, first, "6417084000019")
    refunds.add_deduction(
        backend.uow(), supervisor, first.lines[0].id, D("10.00"), "Worn outdoors, smells of smoke"
    )
    p1 = refunds.propose_refund(backend.uow(), clerk, first.id)
    refunds.approve_refund(backend.uow(), supervisor, p1.id)
    r1 = refunds.issue_refund(
        backend.uow(),
        clerk,
        p1.id,
        payment_reference="PSP-1",
        now=datetime(2026, 11, 20, 12, tzinfo=UTC),
    )
    rest = _return(backend, clerk, order, (0, 1), (1, 1))
    _check_in(backend, clerk, rest, "6417084000019", "0012345678905")
    p2 = refunds.propose_refund(backend.uow(), clerk, rest.id)
    # 23:30 in Helsinki on 30 November: still November
    r2 = refunds.issue_refund(
        backend.uow(), clerk, p2.id, now=datetime(2026, 11, 30, 21, 30, tzinfo=UTC)
    )
    other = make_order()
    third = _return(backend, clerk, other, (1, 1))
    _check_in(backend, clerk, third, "0012345678905")
    p3 = refunds.propose_refund(backend.uow(), clerk, third.id)
    # 00:30 in Helsinki on 1 December
    r3 = refunds.issue_refund(
        backend.uow(), clerk, p3.id, now=datetime(2026, 11, 30, 22, 30, tzinfo=UTC)
    )
    return r1, r2, r3


def _parse(data: bytes, delimiter: str = ";") -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


def _num(text: str) -> Decimal:
    return D(text.replace(",", "."))


def test_the_csv_parses_back_to_the_refunds_of_the_period_to_the_cent(backend, actors, issued):
    r1, r2, r3 = issued
    result = export_refunds(backend.uow(), actors.supervisor, *NOVEMBER, "csv")
    rows = _parse(result.files[0].data)
    assert {r["credit_note_number"] for r in rows} == {r1.credit_note_number, r2.credit_note_number}
    assert result.count == 2 and result.total == r1.total + r2.total
    with backend.uow(readonly=True) as uow:
        stored = {
            f.credit_note_number: (f.total, f.breakdown["vat"])
            for f in uow.session.scalars(select(Refund).where(Refund.status == "issued"))
        }
    by_note: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_note[row["credit_note_number"]].append(row)
    for number, note_rows in by_note.items():
        total, vat = stored[number]
        assert sum(_num(r["gross_amount"]) for r in note_rows) == -total
        assert {_num(r["credit_note_total"]) for r in note_rows} == {-total}
        assert sorted(
            (_num(r["vat_rate"]), -_num(r["net_amount"]), -_num(r["vat_amount"])) for r in note_rows
        ) == sorted((D(v["rate"]), D(v["base"]), D(v["vat"])) for v in vat)
    e = by_note[r1.credit_note_number]
    assert [(r["vat_rate"], r["net_amount"], r["vat_amount"], r["gross_amount"]) for r in e] == [
        ("25,5", "-23,82", "-6,08", "-29,90")
    ]
    assert e[0]["issue_date"] == "20.11.2026" and e[0]["payment_reference"] == "PSP-1"
    assert (e[0]["original_orders"], e[0]["original_order_date"], e[0]["delivery_date"]) == (
        "100001",
        "05.11.2026",
        "10.11.2026",
    )
    assert e[0]["return_code"] == r1.return_code and e[0]["customer_name"] == "Aino Laine"
    assert [r["vat_rate"] for r in by_note[r2.credit_note_number]] == ["14", "25,5"]


def test_a_refund_belongs_to_the_helsinki_day_it_was_issued(backend, actors, issued):
    r3 = issued[2]
    december = export_refunds(
        backend.uow(), actors.supervisor, date(2026, 12, 1), date(2026, 12, 31)
    )
    assert [r["credit_note_number"] for r in _parse(december.files[0].data)] == [
        r3.credit_note_number
    ]


def test_decimal_points_for_tools_that_want_them(backend, actors, issued):
    result = export_refunds(backend.uow(), actors.supervisor, *NOVEMBER, "csv", decimal=".")
    rows = _parse(result.files[0].data)
    assert rows[0]["gross_amount"] == "-29.90" and rows[0]["vat_rate"] == "25.5"


def test_the_totals_of_the_csv_match_the_database_sum_for_the_period(backend, actors, issued):
    result = export_refunds(backend.uow(), actors.supervisor, date(2026, 1, 1), date(2026, 12, 31))
    exported = sum(_num(r["gross_amount"]) for r in _parse(result.files[0].data))
    with backend.uow(readonly=True) as uow:
        in_db = uow.session.scalar(select(func.sum(Refund.total)).where(Refund.status == "issued"))
    assert -exported == D(in_db) == result.total


def _text(node: ET.Element, path: str) -> str:
    found = node.find(path)
    assert found is not None, path
    return found.text or ""


def test_finvoice_credit_notes_pass_the_schema_checks_and_add_up(
    backend, actors, issued, make_order
):
    r1, r2, _ = issued
    result = export_finvoice(backend.uow(), actors.supervisor, *NOVEMBER)
    assert [f.name for f in result.files] == [
        f"{r1.credit_note_number}.xml",
        f"{r2.credit_note_number}.xml",
    ]
    for f, refund in zip(result.files, (r1, r2), strict=True):
        assert problems(f.data) == []
        root = ET.fromstring(f.data)
        details = root.find("InvoiceDetails")
        assert _text(details, "InvoiceTypeCode") == "INV02"
        assert _text(details, "InvoiceTypeText") == "HYVITYSLASKU"
        assert _text(details, "InvoiceNumber") == refund.credit_note_number
        assert _text(details, "OriginalInvoiceNumber") == "100001"
        total = _num(_text(details, "InvoiceTotalVatIncludedAmount"))
        assert total == -refund.total
        rows = root.findall("InvoiceRow")
        assert sum(_num(_text(r, "RowAmount")) for r in rows) == total
        assert sum(_num(_text(r, "RowVatAmount")) for r in rows) == _num(
            _text(details, "InvoiceTotalVatAmount")
        )
        specs = details.findall("VatSpecificationDetails")
        assert (
            sum(_num(_text(s, "VatBaseAmount")) + _num(_text(s, "VatRateAmount")) for s in specs)
            == total
        )
        assert (
            _num(_text(root, "EpiDetails/EpiPaymentInstructionDetails/EpiInstructedAmount"))
            == total
        )
        assert (
            _text(root, "EpiDetails/EpiPartyDetails/EpiBeneficiaryPartyDetails/EpiAccountID")
            == "FI2112345600000785"
        )
        assert _text(root, "DeliveryDetails/DeliveryDate") == "20261110"
    first_rows = ET.fromstring(result.files[0].data).findall("InvoiceRow")
    goods, deduction = first_rows
    assert (_text(goods, "InvoicedQuantity"), _text(goods, "RowAmount")) == ("-1", "-39,90")
    assert _text(goods, "UnitPriceVatIncludedAmount") == "39,90"
    assert (_text(deduction, "RowAmount"), _text(deduction, "RowFreeText")) == (
        "10,00",
        "Worn outdoors, smells of smoke",
    )


def test_finvoice_needs_the_shops_business_id_and_vat_number(backend, actors, issued):
    # the shipped settings have none: any example could be a real company's
    shop_settings.save_settings(backend.uow(), actors.admin, business_id="", vat_number="")
    with pytest.raises(InvalidInput) as refused:
        export_finvoice(backend.uow(), actors.supervisor, *NOVEMBER)
    assert "set them in Settings → Shop" in refused.value.message.render("en")
    assert "business ID and VAT number" in refused.value.message.render("en")


def test_finvoice_needs_the_shops_account(backend, actors, issued):
    shop_settings.save_settings(backend.uow(), actors.admin, iban="")
    with pytest.raises(InvalidInput, match="IBAN"):
        export_finvoice(backend.uow(), actors.supervisor, *NOVEMBER)


def test_finvoice_refuses_a_stored_iban_that_fails_its_check(backend, actors, issued):
    with backend.uow() as uow:  # saved before the settings checked IBANs
        uow.session.merge(Setting(key="iban", value="FI00 1234"))
        uow.commit()
    with pytest.raises(InvalidInput, match="is not a valid IBAN"):
        export_finvoice(backend.uow(), actors.supervisor, *NOVEMBER)


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("RF18 5390 0754 7034", ("ISO", "RF18539007547034")),
        ("1234561", ("SPY", "1234561")),
        ("1234562", None),  # fails the check: no structured reference
        ("PSP-1", None),
    ],
)
def test_finvoice_carries_a_payment_reference_that_checks_as_a_structured_one(
    backend, actors, issued, reference, expected
):
    r1 = issued[0]
    with backend.uow() as uow:
        uow.session.get(Refund, r1.id).payment_reference = reference
        uow.commit()
    files = export_finvoice(backend.uow(), actors.supervisor, *NOVEMBER).files
    data = next(f.data for f in files if f.name.startswith(r1.credit_note_number))
    assert problems(data) == []
    found = ET.fromstring(data).find(".//EpiRemittanceInfoIdentifier")
    got = None if found is None else (found.get("IdentificationSchemeName"), found.text)
    assert got == expected


def test_a_period_that_ends_before_it_starts_is_refused(backend, actors):
    with pytest.raises(InvalidInput, match="before it starts"):
        export_refunds(backend.uow(), actors.supervisor, date(2026, 2, 1), date(2026, 1, 1))


def test_a_clerk_may_not_export(backend, actors):
    with pytest.raises(PermissionDenied):
        export_refunds(backend.uow(), actors.clerk, *NOVEMBER)
    with pytest.raises(PermissionDenied):
        export_stock_movements(backend.uow(), actors.clerk, *NOVEMBER)


def test_stock_movements_export_every_movement_of_the_period(backend, actors, make_order):
    order = make_order()
    ret = _return(backend, actors.clerk, order, (0, 2))
    _check_in(backend, actors.clerk, ret, "6417084000019", "6417084000019")
    for grade, disposition in (("A", "restock"), ("D", "scrap")):
        inspection.inspect_unit(
            backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, grade, disposition)
        )
    today = today_in_finland()  # the export's days are Helsinki days (22-24 UTC is tomorrow)
    result = export_stock_movements(backend.uow(), actors.supervisor, today.replace(day=1), today)
    rows = _parse(result.files[0].data)
    with backend.uow(readonly=True) as uow:
        in_db = uow.session.scalar(select(func.count()).select_from(StockMovement))
    assert len(rows) == result.count == in_db == 2
    assert [(r["location_kind"], r["quantity"], r["return_code"]) for r in rows] == [
        ("sellable", "1", ret.code),
        ("scrap", "1", ret.code),
    ]
    assert rows[0]["created_at"].startswith(today.isoformat()[:7])


def test_the_schema_check_catches_misplaced_elements_and_malformed_values(backend, actors, issued):
    good = export_finvoice(backend.uow(), actors.supervisor, *NOVEMBER).files[0].data
    assert problems(good) == []
    text = good.decode()
    swapped = text.replace("<InvoiceTypeCodeUN>381</InvoiceTypeCodeUN>", "").replace(
        "<InvoiceTypeText>HYVITYSLASKU</InvoiceTypeText>",
        "<InvoiceTypeText>HYVITYSLASKU</InvoiceTypeText><InvoiceTypeCodeUN>381</InvoiceTypeCodeUN>",
    )
    assert any("InvoiceTypeCodeUN" in p for p in problems(swapped.encode()))
    dotted = (
        text.replace(">-59,80<", ">-59.80<", 1)
        if ">-59,80<" in text
        else text.replace(",90<", ".90<", 1)
    )
    assert any("not a valid" in p for p in problems(dotted.encode()))
    no_epi = text[: text.index("<EpiDetails>")] + text[text.index("</EpiDetails>") + 13 :]
    assert any("EpiDetails" in p for p in problems(no_epi.encode()))


LONG_STREET = "Pohjoisen Rautatiekadun Asunto Oy Kaarikoti, porras C, asunto 112"


def test_refunded_return_postage_is_outside_the_scope_of_vat_in_finvoice_and_csv(
    backend, actors, make_order
):
    from returns_app.services import orders

    shop_settings.save_settings(backend.uow(), actors.admin, street=LONG_STREET, **SELLER)
    customer = orders.CustomerInput(
        "Aino Laine", "aino@example.fi", "+358401234567", LONG_STREET, "00100", "Helsinki"
    )
    order = make_order(customer=customer)
    cmd = RegisterReturn(
        "defect_claim",
        (LineRequest(order.lines[0].id, 1, "defective"),),
        notice_at=datetime(2026, 11, 15, 10, tzinfo=UTC),
        remedy="cancellation",
    )
    ret = returns.register_return(backend.uow(), actors.clerk, cmd)
    _check_in(backend, actors.clerk, ret, "6417084000019")
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id, return_cost=D("6.90"))
    issued = refunds.issue_refund(
        backend.uow(), actors.supervisor, proposal.id, now=datetime(2026, 11, 20, 12, tzinfo=UTC)
    )

    # EN 16931 BR-O-11: a message with an O breakdown has no other, so the compensation
    # goes in a message of its own, numbered after the credit note
    number = issued.credit_note_number
    files = {
        f.name: f.data for f in export_finvoice(backend.uow(), actors.supervisor, *NOVEMBER).files
    }
    assert sorted(files) == [f"{number}-K.xml", f"{number}.xml"]
    for data in files.values():
        assert problems(data) == []
    goods = ET.fromstring(files[f"{number}.xml"])
    compensation = ET.fromstring(files[f"{number}-K.xml"])

    def specs(root):
        return {
            _text(s, "VatCode"): (_text(s, "VatRatePercent"), _text(s, "VatBaseAmount"))
            for s in root.findall("InvoiceDetails/VatSpecificationDetails")
        }

    assert specs(goods) == {"S": ("25,5", "-31,79")}
    assert specs(compensation) == {"O": ("0", "-6,90")}
    assert _text(goods.find("InvoiceDetails"), "InvoiceTotalVatIncludedAmount") == "-39,90"
    assert _text(compensation.find("InvoiceDetails"), "InvoiceNumber") == f"{number}-K"
    assert f"hyvityslaskuun {number}" in _text(
        compensation.find("InvoiceDetails"), "InvoiceFreeText"
    )
    (outside,) = compensation.findall("InvoiceDetails/VatSpecificationDetails")
    assert _text(outside, "VatExemptionReasonCode") == "VATEX-EU-O"
    assert [_text(r, "RowVatCode") for r in goods.findall("InvoiceRow")] == ["S"]
    assert [_text(r, "RowVatCode") for r in compensation.findall("InvoiceRow")] == ["O"]
    # BR-O-02: no VAT identifier beside category O; the goods' message keeps the seller's
    assert compensation.find("SellerPartyDetails/SellerOrganisationTaxCode") is None
    assert goods.find("SellerPartyDetails/SellerOrganisationTaxCode") is not None
    root = goods
    for party in ("Seller", "Buyer"):
        lines = [
            e.text
            for e in root.findall(
                f"{party}PartyDetails/{party}PostalAddressDetails/{party}StreetName"
            )
        ]
        assert " ".join(lines) == LONG_STREET and all(len(x) <= 35 for x in lines)

    rows = _parse(export_refunds(backend.uow(), actors.supervisor, *NOVEMBER).files[0].data)
    assert [(r["vat_rate"], r["vat_category"], r["gross_amount"]) for r in rows] == [
        ("25,5", "S", "-39,90"),
        ("0", "O", "-6,90"),
    ]


def test_the_csv_keeps_its_first_releases_columns_in_place_and_adds_vat_category_last():
    from returns_app.services.exporting import refunds_csv

    # accounting imports (Procountor, Netvisor) map the columns by position
    assert refunds_csv.HEADER == (
        "credit_note_number",
        "issue_date",
        "original_orders",
        "original_order_date",
        "delivery_date",
        "return_code",
        "customer_name",
        "customer_street",
        "customer_postal_code",
        "customer_city",
        "customer_country",
        "customer_email",
        "vat_rate",
        "net_amount",
        "vat_amount",
        "gross_amount",
        "credit_note_total",
        "currency",
        "refund_method",
        "payment_reference",
        "vat_category",
    )
