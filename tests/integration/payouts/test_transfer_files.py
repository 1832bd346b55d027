"""Refunds paid by bank transfer: each goes into exactly one SEPA credit transfer file
(pain.001.001.03, valid against ISO 20022's XSD), whose sums and counts are the database's;
a file can be written again, and its refunds are paid only when the upload is confirmed."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import xmlschema
from payout_kit import ISSUED, issued_refund
from sqlalchemy import func, select

from returns_app.persistence.models import Payout, TransferFile
from returns_app.services import shop_settings
from returns_app.services.errors import Conflict, InvalidInput
from returns_app.services.payouts import transfers, views

XSD = Path(__file__).parents[2] / "data" / "iso20022" / "pain.001.001.03.xsd"
NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}
SHOP_IBAN = "FI4950009420028730"
CUSTOMERS = [
    ("FI21 1234 5600 0007 85", "Aino Laine"),
    ("FI37 1590 3000 0007 76", "Matti Meikäläinen"),
    ("DE89 3704 0044 0532 0130 00", "Jürgen Schmidt"),
]


@pytest.fixture(scope="module")
def schema():
    return xmlschema.XMLSchema(str(XSD))


@pytest.fixture
def shop(backend, actors):
    shop_settings.save_settings(backend.uow(), actors.admin, iban=SHOP_IBAN)


def _transfers(backend, actors, make_order, n):
    refunds = []
    for iban, holder in CUSTOMERS[:n]:
        refund = issued_refund(backend, actors, make_order)
        transfers.pay_by_transfer(backend.uow(), actors.clerk, refund.id, iban, holder)
        refunds.append(refund)
    return refunds


def _db_file(backend, file_id):
    with backend.uow(readonly=True) as uow:
        s = uow.session
        count, total = s.execute(
            select(func.count(Payout.id), func.sum(Payout.amount)).where(
                Payout.transfer_file_id == file_id
            )
        ).one()
        return count, Decimal(str(total))


def test_the_days_file_holds_every_waiting_transfer_valid_against_the_xsd_with_the_databases_sums(
    backend, actors, make_order, shop, schema
):
    _transfers(backend, actors, make_order, 3)

    made = transfers.create_transfer_file(
        backend.uow(), actors.clerk, execution_date=date(2026, 11, 19), now=ISSUED
    )

    schema.validate(made.xml.decode())
    root = ET.fromstring(made.xml)
    count, total = _db_file(backend, made.id)
    assert (made.payments, made.total) == (count, total) == (3, Decimal("119.70"))
    assert root.findtext("p:CstmrCdtTrfInitn/p:GrpHdr/p:NbOfTxs", namespaces=NS) == "3"
    assert root.findtext("p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum", namespaces=NS) == "119.70"
    amounts = [Decimal(a.text) for a in root.iterfind(".//p:CdtTrfTxInf/p:Amt/p:InstdAmt", NS)]
    assert sum(amounts) == total and len(amounts) == count
    assert [i.text for i in root.iterfind(".//p:CdtrAcct/p:Id/p:IBAN", NS)] == [
        "FI2112345600000785",
        "FI3715903000000776",
        "DE89370400440532013000",
    ]
    assert root.findtext(".//p:DbtrAcct/p:Id/p:IBAN", namespaces=NS) == SHOP_IBAN
    assert root.findtext(".//p:ReqdExctnDt", namespaces=NS) == "2026-11-19"
    assert "Matti Meikäläinen" in made.xml.decode()


def test_each_transfer_is_in_exactly_one_file_and_a_file_is_written_again_the_same(
    backend, actors, make_order, shop, schema
):
    first_batch = _transfers(backend, actors, make_order, 2)
    first = transfers.create_transfer_file(backend.uow(), actors.clerk, now=ISSUED)
    with pytest.raises(Conflict, match="No bank transfers are waiting"):
        transfers.create_transfer_file(backend.uow(), actors.clerk, now=ISSUED)
    refund = issued_refund(backend, actors, make_order)
    transfers.pay_by_transfer(backend.uow(), actors.clerk, refund.id, *CUSTOMERS[2])

    second = transfers.create_transfer_file(backend.uow(), actors.clerk, now=ISSUED)
    again = transfers.transfer_file(backend.uow(), actors.clerk, first.id)

    assert again.xml == first.xml and again.message_id == first.message_id
    assert (first.payments, second.payments) == (2, 1)
    schema.validate(second.xml.decode())
    with backend.uow(readonly=True) as uow:
        files = dict(uow.session.execute(select(Payout.refund_id, Payout.transfer_file_id)).all())
    assert files == {first_batch[0].id: first.id, first_batch[1].id: first.id, refund.id: second.id}


def test_transfers_are_paid_only_when_the_upload_is_confirmed_and_only_once(
    backend, actors, make_order, shop
):
    refunds = _transfers(backend, actors, make_order, 2)
    made = transfers.create_transfer_file(backend.uow(), actors.clerk, now=ISSUED)
    stages = [views.refund_money_stage(backend.uow(readonly=True), r.id) for r in refunds]
    assert stages == ["paying", "paying"]

    transfers.confirm_upload(backend.uow(), actors.clerk, made.id)

    stages = [views.refund_money_stage(backend.uow(readonly=True), r.id) for r in refunds]
    assert stages == ["paid", "paid"]
    with pytest.raises(Conflict, match="already confirmed"):
        transfers.confirm_upload(backend.uow(), actors.clerk, made.id)
    with pytest.raises(Conflict, match="already being paid"):
        transfers.pay_by_transfer(backend.uow(), actors.clerk, refunds[0].id, *CUSTOMERS[0])


def test_a_wrong_iban_or_a_missing_name_is_refused_before_anything_is_written(
    backend, actors, make_order, shop
):
    refund = issued_refund(backend, actors, make_order)
    with pytest.raises(InvalidInput, match="not a valid IBAN"):
        transfers.pay_by_transfer(
            backend.uow(), actors.clerk, refund.id, "FI21 1234 5600 0007 86", "Aino"
        )
    with pytest.raises(InvalidInput, match="account holder"):
        transfers.pay_by_transfer(
            backend.uow(), actors.clerk, refund.id, "FI2112345600000785", "  "
        )
    assert views.payouts_of_return(backend.uow(readonly=True), refund.return_id) == ()


def test_without_the_shops_own_iban_no_file_is_made(backend, actors, make_order):
    _transfers(backend, actors, make_order, 1)
    with pytest.raises(InvalidInput, match="shop's own IBAN"):
        transfers.create_transfer_file(backend.uow(), actors.clerk, now=ISSUED)


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_two_stations_making_the_days_file_at_once_never_put_a_transfer_in_both(
    backend, actors, make_order, shop, schema
):
    _transfers(backend, actors, make_order, 3)
    results, barrier = [], threading.Barrier(2)

    def make() -> None:
        barrier.wait()
        try:
            results.append(transfers.create_transfer_file(backend.uow(), actors.clerk))
        except Conflict as exc:
            results.append(exc)

    threads = [threading.Thread(target=make) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)

    files = [r for r in results if not isinstance(r, Conflict)]
    assert sum(f.payments for f in files) == 3
    with backend.uow(readonly=True) as uow:
        assert uow.session.scalar(select(func.count(TransferFile.id))) == len(files)
        assert (
            uow.session.scalar(
                select(func.count(Payout.id)).where(Payout.transfer_file_id.is_(None))
            )
            == 0
        )
    for f in files:
        schema.validate(f.xml.decode())


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_station_connected_as_the_stations_role_pays_out_and_makes_the_days_file(
    db_url, backend, actors, make_order, shop, app_role, as_role, schema
):
    from payout_kit import client
    from paytrail_fake import FakePaytrail

    from returns_app.persistence.database import make_engine
    from returns_app.services.payouts import paying
    from returns_app.services.runtime import Backend

    paid_by_paytrail = issued_refund(backend, actors, make_order)
    by_transfer = issued_refund(backend, actors, make_order)
    station_url = as_role(db_url, app_role)
    station = Backend(make_engine(station_url), station_url)
    try:
        with FakePaytrail() as fake:
            done = paying.pay_refund(station.uow(), actors.clerk, paid_by_paytrail.id, client(fake))
        transfers.pay_by_transfer(
            station.uow(), actors.clerk, by_transfer.id, "FI2112345600000785", "Aino Laine"
        )
        made = transfers.create_transfer_file(station.uow(), actors.clerk, now=ISSUED)
        transfers.confirm_upload(station.uow(), actors.clerk, made.id)
    finally:
        station.close()

    assert done.state == "ok"
    schema.validate(made.xml.decode())
    assert views.refund_money_stage(backend.uow(readonly=True), by_transfer.id) == "paid"
