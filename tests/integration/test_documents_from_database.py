"""Documents made from real returns and refunds: what they print, that they scan, that they
are kept, and the ``print`` command."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal

import pypdf
import pytest
from test_documents_render import decoded, rasterise

from returns_app.cli import main
from returns_app.services import (
    documents,
    inspection,
    receiving,
    refunds,
    returns,
    shop_settings,
)
from returns_app.services.errors import Conflict
from returns_app.services.returns import LineRequest, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _qt(qapp):
    return qapp


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages
    )


@pytest.fixture
def refunded(backend, actors, make_order):
    """Example E: one shirt back, worn (10.00 deducted), refunded 29.90."""
    shop_settings.save_settings(
        backend.uow(), actors.admin, business_id="1234567-1", vat_number="FI12345671"
    )
    order = make_order()
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),), notice_at=NOTICE
        ),
    )
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    unit = inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "B", "b_stock")
    )
    refunds.add_deduction(
        backend.uow(),
        actors.supervisor,
        ret.lines[0].id,
        Decimal("10.00"),
        "Worn outdoors, smells of smoke",
    )
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    issued = refunds.issue_refund(
        backend.uow(), actors.supervisor, proposal.id, payment_reference="PSP-77"
    )
    return order, ret, unit, issued


def test_the_return_label_scans_as_the_return_code_and_is_kept(backend, actors, refunded):
    order, ret, _, _ = refunded
    doc = documents.return_label_pdf(backend.uow(), actors.clerk, ret.id)
    (page,) = rasterise(doc.data)
    assert ("Code128", ret.code) in decoded(page)
    text = _text(doc.data)
    assert order.order_number in text and "Aino Laine" in text and "Paita M" in text
    again = documents.return_label_pdf(backend.uow(), actors.clerk, ret.id)
    assert again.id == doc.id and again.data == doc.data
    kept = documents.list_documents(backend.uow(), ret.id)
    assert [d.name for d in kept] == [f"{ret.code}-label-100x150.pdf"]


def test_the_item_tag_scans_as_item_code_and_gtin(backend, actors, refunded):
    _, ret, unit, _ = refunded
    doc = documents.item_tag_pdf(backend.uow(), actors.clerk, unit.inspection_id)
    found = {text for _, text in decoded(rasterise(doc.data)[0])}
    assert {f"{ret.code}L1", "6417084000019"} <= found
    assert "BSTOCK" in _text(doc.data)


def test_the_credit_note_carries_what_the_law_asks_for(backend, actors, refunded):
    order, ret, _, issued = refunded
    doc = documents.credit_note_pdf(backend.uow(), actors.clerk, issued.id)
    text = _text(doc.data)
    for needed in (
        issued.credit_note_number,
        "1234567-1",
        "FI12345671",
        "Esimerkkikauppa Oy",
        "Aino Laine",
        "Koulukatu 1",
        order.order_number,
        "10.11.2026",
        "Worn outdoors, smells of smoke",
        "29,90",
        "6,08",
        "23,82",
        "PSP-77",
    ):
        assert needed in text, needed
    receipt = documents.credit_note_pdf(backend.uow(), actors.clerk, issued.id, "80mm")
    assert "29,90" in _text(receipt.data)


def test_an_unissued_refund_has_no_credit_note(backend, actors, make_order):
    order = make_order()
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn("withdrawal", (LineRequest(order.lines[1].id, 1),), notice_at=NOTICE),
    )
    returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id)
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    with pytest.raises(Conflict, match="not issued yet"):
        documents.credit_note_pdf(backend.uow(), actors.clerk, proposal.id)


def test_the_print_command_writes_each_document(
    backend, refunded, db_url, tmp_path, capsys, monkeypatch
):
    _, ret, _, issued = refunded
    monkeypatch.setenv("RETURNS_USER", "clerk1")
    monkeypatch.setenv("RETURNS_PASSWORD", "secret-password")
    for argv, name in (
        (["label", ret.code.lower(), "--size", "a6"], "label.pdf"),
        (["tag", ret.code, "1"], "tag.pdf"),
        (["slip", issued.credit_note_number, "--format", "80mm"], "slip.pdf"),
    ):
        out = tmp_path / name
        assert main(["--database", db_url, "print", *argv, "--out", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")
    assert (
        main(
            ["--database", db_url, "print", "tag", ret.code, "7", "--out", str(tmp_path / "x.pdf")]
        )
        == 2
    )
    assert "has lines 1 to 1" in capsys.readouterr().err
    # a folder that is a file: told in words, by the name given, and nothing written
    (tmp_path / "docs").write_text("a file")
    slip = ["slip", issued.credit_note_number, "--out", str(tmp_path / "docs" / "slip.pdf")]
    assert main(["--database", db_url, "print", *slip]) == 2
    err = capsys.readouterr().err
    assert f"Could not write {tmp_path / 'docs' / 'slip.pdf'}" in err and "Traceback" not in err
    assert (tmp_path / "docs").read_text() == "a file"
    # missing folders are made
    deeper = tmp_path / "new" / "deeper" / "slip.pdf"
    assert (
        main(
            ["--database", db_url, "print", "slip", issued.credit_note_number, "--out", str(deeper)]
        )
        == 0
    )
    assert deeper.read_bytes().startswith(b"%PDF")


def test_two_units_of_a_line_get_tags_that_say_which_unit_and_a_held_unit_its_place(
    backend, actors, make_order
):
    order = make_order()
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 2),), notice_at=NOTICE),
    )
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019", quantity=2)
    first = inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "A", "restock")
    )
    second = inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "C", "hold")
    )
    texts = [
        _text(documents.item_tag_pdf(backend.uow(), actors.clerk, u.inspection_id, "100x50").data)
        for u in (first, second)
    ]
    assert "1/2" in texts[0] and "2/2" in texts[1]  # no two identical tags
    assert "HOLD" in texts[1]


@pytest.mark.parametrize("fmt", ["a4", "80mm"])
def test_a_swedish_krona_order_gets_a_credit_note_in_kronor_not_euros(
    backend, actors, make_order, fmt
):
    order = make_order(currency="SEK")
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),), notice_at=NOTICE
        ),
    )
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    issued = refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id)
    text = _text(documents.credit_note_pdf(backend.uow(), actors.clerk, issued.id, fmt).data)
    assert "39,90 SEK" in text
    assert "€" not in text


def test_refunded_return_postage_is_said_to_be_outside_the_scope_of_vat(
    backend, actors, make_order
):
    order = make_order()
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "defect_claim",
            (LineRequest(order.lines[0].id, 1, "defective"),),
            notice_at=NOTICE,
            remedy="repair",
        ),
    )
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    proposal = refunds.propose_refund(
        backend.uow(), actors.clerk, ret.id, return_cost=Decimal("6.90")
    )
    issued = refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id)
    text = _text(documents.credit_note_pdf(backend.uow(), actors.clerk, issued.id).data)
    assert "6,90" in text
    assert "arvonlisäverotuksen ulkopuolella" in text


def test_a_credit_note_prints_no_empty_business_id_before_the_shop_sets_one(
    backend, actors, refunded
):
    *_, issued = refunded
    shop_settings.save_settings(backend.uow(), actors.admin, business_id="", vat_number="")
    doc = documents.credit_note_pdf(backend.uow(), actors.clerk, issued.id)
    text = _text(doc.data)
    assert issued.credit_note_number in text
    assert "1234567-1" not in text and "Y-tunnus" not in text and "Business ID" not in text
