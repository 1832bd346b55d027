"""``returns-app payments ...``: reconcile with Paytrail, list what is unpaid, make and confirm
the day's transfer file, from the command line as a signed-in user."""

from __future__ import annotations

from pathlib import Path

import pytest
import xmlschema
from payout_kit import client, issued_refund
from paytrail_fake import FakePaytrail

from returns_app.cli import main
from returns_app.services import shop_settings
from returns_app.services.payouts import paying, transfers, views

XSD = Path(__file__).parents[2] / "data" / "iso20022" / "pain.001.001.03.xsd"


@pytest.fixture
def as_clerk(monkeypatch):
    monkeypatch.setenv("RETURNS_USER", "clerk1")
    monkeypatch.setenv("RETURNS_PASSWORD", "secret-password")


def _run(capsys, url, *argv):
    code = main(["--database", url, "payments", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_reconcile_settles_a_pending_payout_from_the_command_line(
    capsys, monkeypatch, db_url, backend, actors, make_order, as_clerk
):
    refund = issued_refund(backend, actors, make_order)
    with FakePaytrail() as fake:
        fake.behaviour = "pending"
        payout = paying.pay_refund(backend.uow(), actors.clerk, refund.id, client(fake))
        fake.refund_status[payout.provider_refund_id] = "ok"
        monkeypatch.setenv("RETURNS_PAYTRAIL_URL", fake.url)
        monkeypatch.setenv("RETURNS_PAYTRAIL_ACCOUNT", fake.account)
        monkeypatch.setenv("RETURNS_PAYTRAIL_SECRET", fake.secret)

        code, out, _ = _run(capsys, db_url, "reconcile")

    assert code == 0 and "1 payout(s) checked: 1 paid" in out
    assert views.refund_money_stage(backend.uow(readonly=True), refund.id) == "paid"
    assert len(fake.refunds) == 1


def test_reconcile_without_paytrails_credentials_says_where_to_set_them(
    capsys, monkeypatch, db_url, backend, actors, as_clerk
):
    monkeypatch.delenv("RETURNS_PAYTRAIL_ACCOUNT", raising=False)
    monkeypatch.delenv("RETURNS_PAYTRAIL_SECRET", raising=False)
    code, _, err = _run(capsys, db_url, "reconcile")
    assert code == 2 and "Settings → Payments" in err


def test_the_days_transfer_file_is_written_listed_and_confirmed_from_the_command_line(
    capsys, db_url, backend, actors, make_order, tmp_path, as_clerk
):
    shop_settings.save_settings(backend.uow(), actors.admin, iban="FI4950009420028730")
    refund = issued_refund(backend, actors, make_order)
    transfers.pay_by_transfer(
        backend.uow(), actors.clerk, refund.id, "FI2112345600000785", "Aino Laine"
    )
    code, out, _ = _run(capsys, db_url, "list")
    assert code == 0 and "39.90" in out and "paying" in out

    out_file = tmp_path / "sepa.xml"
    code, out, _ = _run(capsys, db_url, "transfer-file", "--date", "19.11.2026", str(out_file))
    assert code == 0 and "1 payment(s), 39.90 EUR" in out and "confirm-upload" in out
    xmlschema.XMLSchema(str(XSD)).validate(out_file.read_text(encoding="utf-8"))
    [made] = transfers.transfer_files(backend.uow(readonly=True))

    again = tmp_path / "again.xml"
    code, _, _ = _run(capsys, db_url, "write-file", str(made.id), str(again))
    assert code == 0 and again.read_bytes() == out_file.read_bytes()

    code, out, _ = _run(capsys, db_url, "confirm-upload", str(made.id))
    assert code == 0 and "1 refund(s) paid" in out
    assert views.refund_money_stage(backend.uow(readonly=True), refund.id) == "paid"
    code, _, err = _run(capsys, db_url, "confirm-upload", str(made.id))
    assert code == 2 and "already confirmed" in err


@pytest.fixture
def as_supervisor(monkeypatch):
    monkeypatch.setenv("RETURNS_USER", "supervisor1")
    monkeypatch.setenv("RETURNS_PASSWORD", "secret-password")


def test_a_supervisor_cancels_a_refused_file_and_records_a_returned_transfer_from_the_command_line(
    capsys, db_url, backend, actors, make_order, as_supervisor
):
    shop_settings.save_settings(backend.uow(), actors.admin, iban="FI4950009420028730")
    refund = issued_refund(backend, actors, make_order)
    transfers.pay_by_transfer(
        backend.uow(), actors.clerk, refund.id, "FI2112345600000785", "Aino Laine"
    )
    refused = transfers.create_transfer_file(backend.uow(), actors.clerk)

    code, out, _ = _run(capsys, db_url, "cancel-file", str(refused.id), "--reason", "refused")
    assert code == 0 and "never upload it. 1 transfer(s) wait" in out
    again = transfers.create_transfer_file(backend.uow(), actors.clerk)
    transfers.confirm_upload(backend.uow(), actors.clerk, again.id)

    code, out, _ = _run(
        capsys, db_url, "bank-returned", refund.return_code, "--reason", "account closed"
    )
    assert code == 0 and "returned by the bank" in out
    assert views.refund_money_stage(backend.uow(readonly=True), refund.id) == "failed"
    code, _, err = _run(capsys, db_url, "bank-returned", refund.return_code, "--reason", "x y z")
    assert code == 1 and "no paid bank transfer" in err


def test_a_supervisor_corrects_an_orders_transaction_id_from_the_command_line(
    capsys, db_url, backend, actors, make_order, as_supervisor
):
    order = make_order(payment_transaction_id="5770642a–9a02")

    code, out, _ = _run(
        capsys,
        db_url,
        "correct-transaction",
        order.order_number,
        "5770642a-9a02",
        "--reason",
        "en dash from an e-mail",
    )

    assert code == 0 and "is now 5770642a-9a02" in out
