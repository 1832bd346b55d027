"""The refund queue's payouts: a clerk pays a refund through Paytrail (a local fake that signs
as Paytrail does), sees a refusal in Paytrail's words with the other ways offered, pays by
transfer and confirms the day's file; a payout in doubt is decided by a supervisor, in place,
on the real threaded runner."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest
from desk_kit import pinned_clock
from paytrail_fake import FakePaytrail

from returns_app.services import inspection, receiving, refunds, returns, shop_settings
from returns_app.services.payouts import views
from returns_app.services.payouts.paytrail import Paytrail, PaytrailConfig
from returns_app.services.returns import LineRequest, RegisterReturn
from ui.backoffice.payouts_model import PayoutQueueModel
from ui.backoffice.refund_queue import RefundQueueWidget
from ui.context import AppContext, UserSession
from ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

ISSUED = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)


def _issued(backend, actors, make_order, transaction="tx-ui-1"):
    order = make_order(payment_transaction_id=transaction)
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "withdrawal",
            (LineRequest(order.lines[0].id, 1),),
            notice_at=datetime(2026, 11, 15, 10, tzinfo=UTC),
        ),
    )
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, return_line_id=ret.lines[0].id)
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "A", "restock")
    )
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    return refunds.issue_refund(backend.uow(), actors.clerk, proposal.id, now=ISSUED)


@pytest.fixture
def fake():
    with FakePaytrail() as server:
        yield server


def _queue(qtbot, ctx, fake, timeout=5.0):
    widget = RefundQueueWidget(
        ctx,
        today=lambda: ctx.today(),
        paytrail=lambda: Paytrail(PaytrailConfig(fake.account, fake.secret, fake.url, timeout)),
    )
    qtbot.addWidget(widget)
    widget.tabs.setCurrentWidget(widget.payouts)
    return widget


def _rows(widget):
    return [(r.return_code, r.stage) for r in widget.payouts.model.rows()]


def test_a_clerk_pays_a_refund_through_paytrail_and_it_leaves_the_queue(
    qtbot, clerk_context, backend, actors, make_order, fake
):
    refund = _issued(backend, actors, make_order)
    widget = _queue(qtbot, clerk_context, fake)
    panel = widget.payouts
    assert _rows(widget) == [(refund.return_code, "approved")]
    assert panel.model.index(0, PayoutQueueModel.COL_STAGE).data() == "approved, not paid yet"

    panel.table.selectRow(0)
    panel.pay.click()
    assert panel.pay_dialog.method == "paytrail"
    panel.pay_dialog.box.accepted.emit()

    assert "paid" in panel.message.text() and refund.return_code in panel.message.text()
    assert _rows(widget) == []
    assert len(fake.refunds) == 1 and fake.refunds[0]["body"]["amount"] == 3990


def test_a_refusal_says_why_and_offers_the_other_ways_and_a_transfer_goes_into_the_days_file(
    qtbot, clerk_context, backend, actors, make_order, fake, tmp_path
):
    shop_settings.save_settings(backend.uow(), actors.admin, iban="FI4950009420028730")
    refund = _issued(backend, actors, make_order)
    fake.behaviour = "422"
    widget = _queue(qtbot, clerk_context, fake)
    panel = widget.payouts
    panel.table.selectRow(0)
    panel.pay.click()
    panel.pay_dialog.box.accepted.emit()

    assert "HTTP 422" in panel.message.text() and "bank transfer" in panel.message.text()
    assert _rows(widget) == [(refund.return_code, "failed")]
    said = panel.model.index(0, PayoutQueueModel.COL_SAID).data()
    assert "Payment method provider does not support refunds" in said

    panel.table.selectRow(0)
    panel.pay.click()
    dialog = panel.pay_dialog
    assert not dialog.buttons_by_method["paytrail"].isEnabled()
    assert dialog.method == "email_refund"
    dialog.buttons_by_method["transfer"].setChecked(True)
    dialog.iban.setText("FI21 1234 5600 0007 86")  # one digit wrong
    dialog.box.accepted.emit()
    assert "not a valid IBAN" in dialog.problem.text() and dialog.result() == 0
    dialog.iban.setText("FI21 1234 5600 0007 85")
    dialog.box.accepted.emit()
    assert _rows(widget) == [(refund.return_code, "paying")]

    saved = tmp_path / "sepa.xml"
    panel.ask_save_path = lambda name: str(saved)
    panel.make_file.click()
    assert "saved as" in panel.message.text()
    root = ET.fromstring(saved.read_bytes())
    assert root.findtext(".//{*}CtrlSum") == "39.90"
    assert panel.file_choice.count() == 1 and panel.confirm.isEnabled()

    asked = []
    panel.ask_upload_done = lambda f: asked.append(f.message_id) or False
    panel.confirm.click()  # "not yet": nothing is confirmed
    assert len(asked) == 1 and panel.file_choice.count() == 1
    assert views.refund_money_stage(backend.uow(readonly=True), refund.id) == "paying"
    panel.ask_upload_done = lambda f: True
    panel.confirm.click()
    assert "1 refund(s) paid" in panel.message.text()
    assert _rows(widget) == [] and panel.file_choice.count() == 0
    assert views.refund_money_stage(backend.uow(readonly=True), refund.id) == "paid"
    assert len(fake.refunds) == 1  # the transfer never went to Paytrail


def test_the_payouts_table_passes_the_model_tester(
    qtbot, qtmodeltester, clerk_context, backend, actors, make_order, fake
):
    _issued(backend, actors, make_order)
    widget = _queue(qtbot, clerk_context, fake)
    qtmodeltester.check(widget.payouts.model)


@pytest.fixture
def threaded_runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait()


def test_a_payout_in_doubt_is_decided_by_a_supervisor_in_place_on_the_real_runner(
    qtbot, backend, actors, ui_settings, make_order, fake, threaded_runner
):
    refund = _issued(backend, actors, make_order)
    fake.behaviour = "hang"
    ctx = AppContext(
        backend, ui_settings, threaded_runner, UserSession(actors.clerk), clock=pinned_clock
    )
    widget = _queue(qtbot, ctx, fake, timeout=0.5)
    panel = widget.payouts
    qtbot.waitUntil(lambda: len(panel.model.rows()) == 1)
    panel.table.selectRow(0)
    panel.pay.click()
    panel.pay_dialog.box.accepted.emit()
    assert not panel.pay.isEnabled()  # no second click while it is sent
    qtbot.waitUntil(lambda: _rows(widget) == [(refund.return_code, "in_doubt")], timeout=10_000)
    assert "never sent again" in panel.message.text()
    assert widget.tabs.tabText(1) == "Payouts (1 in doubt)"
    panel.table.selectRow(0)
    assert not panel.pay.isEnabled() and panel.decide.isEnabled()
    assert panel.decide.text() == "Decide (supervisor)…"

    panel.decide.click()
    dialog = panel.decide_dialog
    assert "refund stamp" in dialog.facts.text()
    assert not dialog.box.button(dialog.box.StandardButton.Ok).isEnabled()
    dialog.not_paid.setChecked(True)
    dialog.reason.setPlainText("Not in Paytrail's merchant panel")
    dialog.box.accepted.emit()
    prompt = panel.approval_dialog
    qtbot.waitUntil(lambda: prompt.view.sign_in.isEnabled() and prompt.view.user.count() > 0)
    prompt.view.user.setCurrentIndex(prompt.view.user.findData("supervisor1"))
    prompt.view.password.setText("secret-password")
    prompt.view.sign_in.click()

    qtbot.waitUntil(lambda: _rows(widget) == [(refund.return_code, "failed")], timeout=10_000)
    assert "can be paid again" in panel.message.text()
    assert widget.tabs.tabText(1) == "Payouts"
    assert panel.model.rows()[0].payout.decision == "Not in Paytrail's merchant panel"
    assert len(fake.refunds) == 1


@pytest.mark.parametrize(
    ("behaviour", "chip", "words"),
    [
        (None, "Money: approved, not paid yet", None),
        ("ok", "Money: paid", "Paytrail refund of €39.90: paid"),
        ("pending", "Money: paying", "the bank has not finished it yet"),
        ("500", "Money: in doubt", "never sent again"),
        ("422", "Money: payout failed", "Pay it as an e-mail refund or by bank transfer"),
    ],
)
def test_the_return_page_shows_the_money_of_its_refund_and_each_payout_in_words(
    qtbot, app_context, backend, actors, make_order, fake, behaviour, chip, words
):
    from returns_app.services.payouts import paying
    from ui.backoffice.return_page import ReturnPage

    refund = _issued(backend, actors, make_order)
    if behaviour is not None:
        fake.behaviour = behaviour
        client = Paytrail(PaytrailConfig(fake.account, fake.secret, fake.url, 5))
        paying.pay_refund(backend.uow(), actors.clerk, refund.id, client)
    page = ReturnPage(app_context, today=lambda: app_context.today())
    qtbot.addWidget(page)

    page.show_return(refund.return_id)

    assert not page.view.payout.isHidden() and page.view.payout.text() == chip
    if words is None:
        assert page.view.payout_summary.isHidden()
    else:
        assert words in page.view.payout_summary.text()


def test_an_admin_keeps_paytrails_credentials_in_the_keyring_after_testing_them(
    qtbot, backend, actors, ui_settings, fake
):
    from returns_app.services import secrets
    from ui.backoffice.payment_settings import PaymentSettings
    from ui.tasks import ImmediateRunner

    def at_fake(account, secret):
        return Paytrail(PaytrailConfig(account, secret, fake.url, 5))

    ctx = AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.admin), pinned_clock
    )
    page = PaymentSettings(ctx, client_for=at_fake)
    qtbot.addWidget(page)
    page.account.setText(fake.account)
    page.secret.setText("wrong-secret")
    page.test.click()
    assert "refused the merchant id or secret (HTTP 401)" in page.message.text()

    page.secret.setText(fake.secret)
    page.test.click()
    assert page.message.text() == "Paytrail accepted the merchant id and secret."
    page.save.click()

    assert page.message.text() == "Saved in this computer's keyring."
    assert secrets.get_secret("paytrail:account") == fake.account
    assert secrets.get_secret("paytrail:secret") == fake.secret
    assert page.secret.text() == "" and "kept in the keyring" in page.secret.placeholderText()


def test_only_an_administrator_saves_paytrails_credentials(qtbot, clerk_context, fake):
    from ui.backoffice.payment_settings import PaymentSettings

    page = PaymentSettings(clerk_context)
    qtbot.addWidget(page)
    assert not page.save.isEnabled() and page.test.isEnabled()


def test_a_file_the_bank_refused_is_cancelled_by_a_supervisor_in_place_on_the_real_runner(
    qtbot, backend, actors, ui_settings, make_order, fake, threaded_runner, tmp_path
):
    from returns_app.services.payouts import transfers

    shop_settings.save_settings(backend.uow(), actors.admin, iban="FI4950009420028730")
    refund = _issued(backend, actors, make_order)
    transfers.pay_by_transfer(
        backend.uow(), actors.clerk, refund.id, "FI2112345600000785", "Aino Laine"
    )
    first = transfers.create_transfer_file(backend.uow(), actors.clerk, now=ISSUED)
    ctx = AppContext(
        backend, ui_settings, threaded_runner, UserSession(actors.clerk), clock=pinned_clock
    )
    widget = _queue(qtbot, ctx, fake)
    panel = widget.payouts
    qtbot.waitUntil(lambda: panel.file_choice.count() == 1 and panel.cancel_file.isEnabled())

    panel.ask_cancel_reason = lambda f: None  # thought better of it
    panel.cancel_file.click()
    assert panel.approval_dialog is None
    panel.ask_cancel_reason = lambda f: "The bank refused the file"
    panel.cancel_file.click()
    prompt = panel.approval_dialog
    qtbot.waitUntil(lambda: prompt.view.sign_in.isEnabled() and prompt.view.user.count() > 0)
    prompt.view.user.setCurrentIndex(prompt.view.user.findData("supervisor1"))
    prompt.view.password.setText("secret-password")
    prompt.view.sign_in.click()

    qtbot.waitUntil(lambda: "cancelled: never upload it" in panel.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: panel.file_choice.count() == 0 and not panel.busy, timeout=10_000)
    assert _rows(widget) == [(refund.return_code, "paying")]
    saved = tmp_path / "again.xml"
    panel.ask_save_path = lambda name: str(saved)
    panel.make_file.click()
    qtbot.waitUntil(lambda: saved.exists(), timeout=10_000)
    assert ET.fromstring(saved.read_bytes()).findtext(".//{*}MsgId") != first.message_id


def test_a_supervisor_records_on_the_return_page_that_the_bank_returned_a_transfer(
    qtbot, backend, actors, ui_settings, make_order, fake, threaded_runner
):
    from returns_app.services.payouts import transfers
    from ui.backoffice.return_page import ReturnPage

    shop_settings.save_settings(backend.uow(), actors.admin, iban="FI4950009420028730")
    refund = _issued(backend, actors, make_order)
    transfers.pay_by_transfer(
        backend.uow(), actors.clerk, refund.id, "FI2112345600000785", "Aino Laine"
    )
    made = transfers.create_transfer_file(backend.uow(), actors.clerk, now=ISSUED)
    transfers.confirm_upload(backend.uow(), actors.clerk, made.id)
    ctx = AppContext(
        backend, ui_settings, threaded_runner, UserSession(actors.clerk), clock=pinned_clock
    )
    page = ReturnPage(ctx)
    qtbot.addWidget(page)
    page.show_return(refund.return_id)
    qtbot.waitUntil(lambda: not page.view.bank_returned.isHidden(), timeout=10_000)
    assert page.view.correct_transaction.isHidden()

    page.ask_text = lambda title, label: "account closed"
    page.view.bank_returned.click()
    prompt = page.approval_dialog
    qtbot.waitUntil(lambda: prompt.view.sign_in.isEnabled() and prompt.view.user.count() > 0)
    prompt.view.user.setCurrentIndex(prompt.view.user.findData("supervisor1"))
    prompt.view.password.setText("secret-password")
    prompt.view.sign_in.click()

    qtbot.waitUntil(lambda: "returned by the bank" in page.view.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: page.view.bank_returned.isHidden(), timeout=10_000)
    assert views.refund_money_stage(backend.uow(readonly=True), refund.id) == "failed"
    assert "The bank returned this transfer" in page.view.payout_summary.text()


def test_a_paytrail_refund_refused_for_a_bad_id_offers_to_correct_it_on_the_return_page(
    qtbot, app_context, backend, actors, make_order, fake
):
    from returns_app.services.payouts import paying
    from ui.backoffice.return_page import ReturnPage

    refund = _issued(backend, actors, make_order, transaction="5770642a–9a02")
    failed = paying.pay_refund(
        backend.uow(),
        actors.clerk,
        refund.id,
        Paytrail(PaytrailConfig(fake.account, fake.secret, fake.url, 5.0)),
    )
    assert failed.provider_status == "not-sent"
    page = ReturnPage(app_context)  # a supervisor signed in
    qtbot.addWidget(page)
    page.show_return(refund.return_id)
    qtbot.waitUntil(lambda: not page.view.correct_transaction.isHidden())
    answers = iter(["5770642a-9a02", "en dash from an e-mail"])
    page.ask_text = lambda title, label: next(answers)

    page.view.correct_transaction.click()

    qtbot.waitUntil(lambda: "is corrected" in page.view.message.text())
    assert "said:" in page.view.payout_summary.text()
