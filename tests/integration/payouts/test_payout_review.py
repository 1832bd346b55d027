"""Issue 20's review: money is never paid twice because a supervisor decided a refund Paytrail
had taken, a mistyped transaction id never sticks a payout or stops a reconcile, a forgotten
refund stays in the queue."""

from __future__ import annotations

from datetime import timedelta

import pytest
from payout_kit import ISSUED, client, issued_refund
from paytrail_fake import FakePaytrail
from sqlalchemy import select

from returns_app.persistence.models import AuditEntry, Order, Payout
from returns_app.services.errors import Conflict, InvalidInput, PermissionDenied
from returns_app.services.payouts import paying, views


@pytest.fixture
def fake():
    with FakePaytrail() as server:
        yield server


def _pay(backend, actor, refund_id, fake, **kw):
    return paying.pay_refund(backend.uow(), actor, refund_id, client(fake), now=ISSUED, **kw)


def _states(backend, refund_id):
    with backend.uow(readonly=True) as uow:
        return list(
            uow.session.scalars(
                select(Payout.state).where(Payout.refund_id == refund_id).order_by(Payout.id)
            )
        )


def _queue(backend, days_after_issue=1):
    return views.payout_queue(
        backend.uow(readonly=True), now=ISSUED + timedelta(days=days_after_issue)
    )


def test_a_refund_paytrail_took_cannot_be_decided_not_paid_so_it_is_never_paid_twice(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = "pending"
    payout = _pay(backend, actors.clerk, refund.id, fake)

    with pytest.raises(Conflict) as refused:
        paying.decide_payout(
            backend.uow(), actors.supervisor, payout.id, "failed", "customer says nothing came"
        )
    assert "Paytrail accepted this refund" in refused.value.message.render("en")
    with pytest.raises(Conflict):
        _pay(backend, actors.clerk, refund.id, fake)
    assert len(fake.refunds) == 1


def test_a_pending_refund_paytrail_then_refuses_may_be_paid_again(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = "pending"
    payout = _pay(backend, actors.clerk, refund.id, fake)
    fake.refund_status[payout.provider_refund_id] = "fail"
    paying.reconcile_payouts(backend.uow(), actors.clerk, client(fake))

    fake.behaviour = "ok"
    again = _pay(backend, actors.clerk, refund.id, fake)

    assert again.state == "ok" and _states(backend, refund.id) == ["failed", "ok"]


def test_a_refund_decided_paid_that_paytrail_then_fails_is_flagged_first_in_the_queue(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = "pending"
    payout = _pay(backend, actors.clerk, refund.id, fake)
    paying.decide_payout(backend.uow(), actors.supervisor, payout.id, "paid", "seen in panel")
    assert [r.refund_id for r in _queue(backend)] == []

    fake.refund_status[payout.provider_refund_id] = "fail"
    paying.reconcile_payouts(backend.uow(), actors.clerk, client(fake))
    paying.reconcile_payouts(backend.uow(), actors.clerk, client(fake))  # flagged once

    [row] = _queue(backend)
    assert (row.refund_id, row.stage, row.payout.state) == (refund.id, "mismatch", "paid")
    assert "Paytrail says this refund failed" in row.payout.advice.render("en")
    with backend.uow(readonly=True) as uow:
        flagged = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "payout_mismatch")
        ).all()
    assert len(flagged) == 1


def test_a_late_paid_answer_after_a_not_paid_decision_blocks_a_second_payout(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)

    def decided_meanwhile(step: str) -> None:
        if step == "answered":
            with backend.uow(readonly=True) as uow:
                payout_id = uow.session.scalar(select(Payout.id))
            paying.decide_payout(
                backend.uow(),
                actors.supervisor,
                payout_id,
                "failed",
                "Not in the panel",
                now=ISSUED + timedelta(days=30),
            )

    _pay(backend, actors.clerk, refund.id, fake, checkpoint=decided_meanwhile)

    [row] = _queue(backend)
    assert row.stage == "mismatch" and "money may go twice" in row.payout.advice.render("en")
    assert row.payout.fallbacks == ()
    with pytest.raises(Conflict):
        _pay(backend, actors.clerk, refund.id, fake)
    assert len(fake.refunds) == 1


@pytest.mark.parametrize("typed", ["5770642a–9a02", "5770642a 9a02", "tx-ä", ""])
def test_a_transaction_id_that_is_not_one_word_of_plain_ascii_is_refused_before_anything_is_written(
    backend, actors, make_order, fake, typed
):
    refund = issued_refund(backend, actors, make_order, transaction=None)

    with pytest.raises(InvalidInput) as refused:
        _pay(backend, actors.clerk, refund.id, fake, transaction_id=typed)

    assert "plain hyphens" in refused.value.message.render("en") or typed == ""
    assert _states(backend, refund.id) == [] and fake.refunds == []


def test_an_imported_id_with_an_en_dash_fails_unsent_and_never_stops_the_reconcile(
    backend, actors, make_order, fake
):
    good = issued_refund(backend, actors, make_order)
    bad = issued_refund(backend, actors, make_order, transaction="5770642a–9a02")
    fake.behaviour = "pending"
    first = _pay(backend, actors.clerk, good.id, fake)

    broken = _pay(backend, actors.clerk, bad.id, fake)
    assert (broken.state, broken.provider_status) == ("failed", "not-sent")

    fake.refund_status[first.provider_refund_id] = "ok"
    report = paying.reconcile_payouts(backend.uow(), actors.clerk, client(fake))
    assert (report.checked, report.paid) == (1, 1)
    assert len(fake.refunds) == 1


def test_reconcile_goes_on_past_a_payout_it_cannot_ask_about(backend, actors, make_order, fake):
    first = issued_refund(backend, actors, make_order)
    second = issued_refund(backend, actors, make_order)
    fake.behaviour = "pending"
    a = _pay(backend, actors.clerk, first.id, fake)
    b = _pay(backend, actors.clerk, second.id, fake)
    with backend.uow() as uow:  # a row spoilt by hand in the database
        uow.session.get(Payout, a.id).provider_refund_id = "r–1"
        uow.commit()
    fake.refund_status[b.provider_refund_id] = "ok"

    report = paying.reconcile_payouts(backend.uow(), actors.clerk, client(fake))

    assert (report.checked, report.paid, report.unreachable) == (2, 1, 1)
    assert _states(backend, second.id) == ["ok"]


def test_a_supervisor_corrects_a_wrong_transaction_id_and_the_refund_is_paid(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order, transaction="5770642a–9a02")
    assert _pay(backend, actors.clerk, refund.id, fake).state == "failed"
    with backend.uow(readonly=True) as uow:
        number = uow.session.scalar(
            select(Order.order_number).where(Order.payment_transaction_id == "5770642a–9a02")
        )

    with pytest.raises(PermissionDenied):
        paying.correct_transaction_id(backend.uow(), actors.clerk, number, "5770642a-9a02", "typo")
    paying.correct_transaction_id(
        backend.uow(), actors.supervisor, number, "5770642a-9a02", "en dash from the e-mail"
    )
    paid = _pay(backend, actors.clerk, refund.id, fake)

    assert paid.state == "ok" and fake.refunds[-1]["transaction_id"] == "5770642a-9a02"
    from returns_app.services.timeline import timeline

    said = [e.sentence.render("en") for e in timeline(backend.uow(readonly=True), refund.return_id)]
    assert any("corrected" in s and "5770642a-9a02" in s for s in said)


def test_a_forgotten_refund_stays_in_the_queue_however_old(backend, actors, make_order):
    refund = issued_refund(backend, actors, make_order)

    assert [r.refund_id for r in _queue(backend, days_after_issue=10)] == [refund.id]
    assert [r.refund_id for r in _queue(backend, days_after_issue=400)] == [refund.id]


# --- Transfers the bank refuses, and currencies ------------------------------------------

SHOP_IBAN = "FI4950009420028730"


def _transfer(backend, actors, make_order, iban="FI2112345600000785", **order):
    from returns_app.services import shop_settings
    from returns_app.services.payouts import transfers

    shop_settings.save_settings(backend.uow(), actors.admin, iban=SHOP_IBAN)
    refund = issued_refund(backend, actors, make_order, **order)
    payout = transfers.pay_by_transfer(backend.uow(), actors.clerk, refund.id, iban, "Aino Laine")
    return refund, payout


def test_a_file_the_bank_refused_is_cancelled_and_its_transfers_go_into_a_new_file(
    backend, actors, make_order
):
    from returns_app.services.payouts import transfers

    refund, _ = _transfer(backend, actors, make_order)
    first = transfers.create_transfer_file(backend.uow(), actors.clerk, now=ISSUED)

    with pytest.raises(PermissionDenied):
        transfers.cancel_transfer_file(backend.uow(), actors.clerk, first.id, "bank refused")
    again = transfers.cancel_transfer_file(
        backend.uow(), actors.supervisor, first.id, "the bank refused the file"
    )
    second = transfers.create_transfer_file(backend.uow(), actors.clerk, now=ISSUED)

    assert [p.refund_id for p in again] == [refund.id]
    assert second.message_id != first.message_id and second.payments == 1
    for refused in (transfers.confirm_upload, transfers.transfer_file):
        with pytest.raises(Conflict) as e:
            refused(backend.uow(), actors.clerk, first.id)
        assert "was cancelled" in e.value.message.render("en")
    assert [f.cancelled for f in transfers.transfer_files(backend.uow(readonly=True))] == [
        False,
        True,
    ]
    transfers.confirm_upload(backend.uow(), actors.clerk, second.id)
    assert _states(backend, refund.id) == ["failed", "paid"]


def test_a_confirmed_file_cannot_be_cancelled(backend, actors, make_order):
    from returns_app.services.payouts import transfers

    _transfer(backend, actors, make_order)
    made = transfers.create_transfer_file(backend.uow(), actors.clerk, now=ISSUED)
    transfers.confirm_upload(backend.uow(), actors.clerk, made.id)

    with pytest.raises(Conflict):
        transfers.cancel_transfer_file(backend.uow(), actors.supervisor, made.id, "too late")


def test_a_transfer_the_bank_returned_is_failed_with_the_reason_and_may_be_paid_again(
    backend, actors, make_order
):
    from returns_app.services.payouts import transfers

    refund, payout = _transfer(backend, actors, make_order)
    made = transfers.create_transfer_file(backend.uow(), actors.clerk, now=ISSUED)
    transfers.confirm_upload(backend.uow(), actors.clerk, made.id)

    with pytest.raises(PermissionDenied):
        transfers.record_bank_return(backend.uow(), actors.clerk, payout.id, "account closed")
    returned = transfers.record_bank_return(
        backend.uow(), actors.supervisor, payout.id, "account closed"
    )
    with pytest.raises(Conflict):  # only once: it is failed now
        transfers.record_bank_return(backend.uow(), actors.supervisor, payout.id, "again")
    transfers.pay_by_transfer(
        backend.uow(), actors.clerk, refund.id, "FI3715903000000776", "Aino Laine"
    )

    assert (returned.state, returned.decision) == ("failed", "account closed")
    assert "bank returned this transfer" in returned.advice.render("en")
    from returns_app.services.timeline import timeline

    said = [e.sentence.render("en") for e in timeline(backend.uow(readonly=True), refund.return_id)]
    assert any("the bank returned the transfer of €39.90: account closed" in s for s in said)


def test_a_paytrail_refund_cannot_be_returned_as_a_bank_transfer(backend, actors, make_order, fake):
    from returns_app.services.payouts import transfers

    refund = issued_refund(backend, actors, make_order)
    paid = _pay(backend, actors.clerk, refund.id, fake)

    with pytest.raises(Conflict):
        transfers.record_bank_return(backend.uow(), actors.supervisor, paid.id, "returned")


def test_a_refund_of_an_order_in_another_currency_is_never_paid_out_as_euros(
    backend, actors, make_order, fake
):
    from returns_app.services import shop_settings
    from returns_app.services.payouts import transfers

    shop_settings.save_settings(backend.uow(), actors.admin, iban=SHOP_IBAN)
    refund = issued_refund(backend, actors, make_order, currency="SEK")

    for pay in (
        lambda: _pay(backend, actors.clerk, refund.id, fake),
        lambda: transfers.pay_by_transfer(
            backend.uow(), actors.clerk, refund.id, "FI2112345600000785", "Aino"
        ),
    ):
        with pytest.raises(InvalidInput) as refused:
            pay()
        assert "paid in SEK" in refused.value.message.render("en")
        assert "by hand" in refused.value.message.render("en")
    assert _states(backend, refund.id) == [] and fake.refunds == []


def test_an_answer_that_trickles_in_is_given_up_at_one_overall_deadline():
    import socket
    import threading
    import time

    from returns_app.services.payouts.paytrail import NoAnswer, Paytrail, PaytrailConfig

    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def trickle() -> None:
        conn, _ = server.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 201 Created\r\n")
            while not stop.wait(0.2):  # a header every 0.2 s: no single read times out
                try:
                    conn.sendall(b"x-slow: 1\r\n")
                except OSError:
                    return

    threading.Thread(target=trickle, daemon=True).start()
    port = server.getsockname()[1]
    paytrail = Paytrail(
        PaytrailConfig("375917", "SAIPPUAKAUPPIAS", f"http://127.0.0.1:{port}", 1.0)
    )
    started = time.monotonic()
    try:
        with pytest.raises(NoAnswer) as no_answer:
            paytrail.refund("tx-1", amount_cents=100, stamp="s", reference="r")
    finally:
        stop.set()
        server.close()
    assert time.monotonic() - started < 3.0
    assert "within 1 s" in no_answer.value.message.render("en")


def test_a_payout_cannot_be_decided_while_its_longest_request_could_still_be_answered(
    monkeypatch,
):
    from returns_app.services.payouts.paytrail import MAX_TIMEOUT, load_config

    monkeypatch.setenv("RETURNS_PAYTRAIL_TIMEOUT", "600")
    monkeypatch.setenv("RETURNS_PAYTRAIL_ACCOUNT", "375917")
    monkeypatch.setenv("RETURNS_PAYTRAIL_SECRET", "SAIPPUAKAUPPIAS")

    assert load_config().timeout == MAX_TIMEOUT
    assert paying.STALE_SENDING.total_seconds() > MAX_TIMEOUT


def test_an_email_refund_paytrail_accepted_waits_until_paytrail_says_it_was_paid(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = "ok"
    sent = _pay(backend, actors.clerk, refund.id, fake, method="email_refund", email="a@b.fi")

    assert sent.state == "pending"
    assert "link to claim the refund" in sent.advice.render("en")
    [row] = _queue(backend)
    assert row.stage == "paying"

    fake.refund_status[sent.provider_refund_id] = "pending"  # not claimed yet
    paying.reconcile_payouts(backend.uow(), actors.clerk, client(fake))
    assert _states(backend, refund.id) == ["pending"]
    fake.refund_status[sent.provider_refund_id] = "ok"  # the customer claimed it
    report = paying.reconcile_payouts(backend.uow(), actors.clerk, client(fake))
    assert report.paid == 1 and _states(backend, refund.id) == ["ok"]


def test_what_the_app_itself_said_of_a_payout_is_kept_as_a_message_and_shown_in_finnish(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = "hang"
    payout = paying.pay_refund(
        backend.uow(), actors.clerk, refund.id, client(fake, timeout=0.3), now=ISSUED
    )
    fake.release.set()

    assert payout.state == "in_doubt"
    assert not payout.provider_message.startswith("No answer")  # never English words
    english, finnish = payout.said.render("en"), payout.said.render("fi")
    assert english.startswith("No answer from Paytrail")
    assert finnish != english and "Paytrail" in finnish


def test_paytrails_own_words_are_kept_as_it_said_them(backend, actors, make_order, fake):
    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = "422"

    payout = _pay(backend, actors.clerk, refund.id, fake)

    assert payout.provider_message == "Payment method provider does not support refunds"
    assert payout.said.render("fi") == payout.provider_message
