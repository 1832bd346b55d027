"""Refunds paid out through Paytrail (a local fake that signs as Paytrail documents): every
answer becomes the payout's state with Paytrail's words, and nothing that may have been paid
is ever sent again."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from payout_kit import ISSUED, TRANSACTION, client, issued_refund
from paytrail_fake import FakePaytrail
from sqlalchemy import select

from returns_app.persistence.models import AuditEntry, Payout
from returns_app.services.errors import Conflict, InvalidInput, PermissionDenied
from returns_app.services.payouts import paying, views
from returns_app.services.payouts.paytrail import Paytrail, PaytrailConfig


@pytest.fixture
def fake():
    with FakePaytrail() as server:
        yield server


def _pay(backend, actor, refund_id, fake, **kw):
    timeout = kw.pop("timeout", 5.0)
    return paying.pay_refund(backend.uow(), actor, refund_id, client(fake, timeout), **kw)


def _payouts(backend, refund_id):
    with backend.uow(readonly=True) as uow:
        rows = uow.session.scalars(
            select(Payout).where(Payout.refund_id == refund_id).order_by(Payout.id)
        )
        return [views.payout_dto(uow.session, p) for p in rows]


def test_a_refund_paid_through_paytrail_sends_one_signed_request_with_amount_stamp_and_email(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)

    paid = _pay(backend, actors.clerk, refund.id, fake)

    assert paid.state == "ok"
    assert paid.provider_refund_id == fake.refunds[0]["refund_tx"]
    assert paid.advice is None and paid.fallbacks == ()
    [sent] = fake.refunds
    assert sent["transaction_id"] == TRANSACTION
    assert sent["body"]["amount"] == 3990  # 39.90 in cents
    assert sent["body"]["refundStamp"] == paid.stamp
    assert sent["body"]["refundReference"] == refund.credit_note_number
    assert sent["body"]["email"] == "aino.laine@example.fi"
    assert set(sent["body"]["callbackUrls"]) == {"success", "cancel"}
    assert fake.rejected == 0
    assert views.refund_money_stage(backend.uow(readonly=True), refund.id) == "paid"


@pytest.mark.parametrize(
    ("behaviour", "state", "stage", "fallbacks", "words"),
    [
        ("pending", "pending", "paying", (), "not finished"),
        ("fail", "failed", "failed", ("email_refund", "transfer"), "refused the refund"),
        ("401", "failed", "failed", ("paytrail", "transfer"), "HTTP 401"),
        ("422", "failed", "failed", ("email_refund", "transfer"), "HTTP 422"),
        ("400", "failed", "failed", ("email_refund", "transfer"), "one refund per payment"),
        ("500", "in_doubt", "in_doubt", (), "never sent again"),
        ("badsig", "in_doubt", "in_doubt", (), "never sent again"),
    ],
)
def test_each_answer_of_paytrail_becomes_the_payouts_state_with_what_to_do(
    backend, actors, make_order, fake, behaviour, state, stage, fallbacks, words
):
    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = behaviour

    payout = _pay(backend, actors.clerk, refund.id, fake)

    assert payout.state == state
    assert payout.fallbacks == fallbacks
    assert words in str(payout.advice)
    assert views.refund_money_stage(backend.uow(readonly=True), refund.id) == stage
    assert len(fake.refunds) == 1


def test_a_paytrail_that_hangs_past_the_timeout_leaves_the_payout_in_doubt_and_it_is_never_sent_again(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = "hang"

    payout = _pay(backend, actors.clerk, refund.id, fake, timeout=0.5)

    assert payout.state == "in_doubt"
    assert "may or may not" in payout.said.render("en")
    fake.behaviour = "ok"
    with pytest.raises(Conflict, match="never sent twice"):
        _pay(backend, actors.supervisor, refund.id, fake)
    assert len(fake.refunds) == 1


def test_a_wrong_secret_is_refused_by_paytrail_and_nothing_is_paid(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    wrong = Paytrail(PaytrailConfig(fake.account, "not-our-secret", fake.url, timeout=5))

    payout = paying.pay_refund(backend.uow(), actors.clerk, refund.id, wrong)

    assert payout.state == "failed" and payout.provider_status == "http-401"
    assert fake.refunds == [] and fake.rejected == 1
    assert "Settings → Payments" in str(payout.advice)


def test_a_paytrail_nobody_answers_at_is_a_failure_with_nothing_sent(backend, actors, make_order):
    refund = issued_refund(backend, actors, make_order)
    with FakePaytrail() as gone:
        url = gone.url  # the port is closed again after this
    closed = Paytrail(PaytrailConfig("375917", "SAIPPUAKAUPPIAS", url, timeout=2))

    payout = paying.pay_refund(backend.uow(), actors.clerk, refund.id, closed)

    assert payout.state == "failed" and payout.provider_status == "not-sent"
    assert payout.fallbacks == ("paytrail", "transfer")


def test_a_refused_refund_may_be_paid_again_as_an_email_refund_and_both_stay_on_record(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    fake.script.extend(["422", "ok"])
    first = _pay(backend, actors.clerk, refund.id, fake)

    second = _pay(
        backend, actors.clerk, refund.id, fake, method="email_refund", email="aino@example.fi"
    )

    # Paytrail's "ok" to an e-mail refund: the customer was e-mailed; it waits for the claim.
    assert (first.state, second.state) == ("failed", "pending")
    assert second.method == "email_refund" and second.stamp != first.stamp
    assert fake.refunds[1]["body"]["email"] == "aino@example.fi"
    assert [p.state for p in _payouts(backend, refund.id)] == ["failed", "pending"]


def test_a_paid_refund_is_never_paid_twice(backend, actors, make_order, fake):
    refund = issued_refund(backend, actors, make_order)
    _pay(backend, actors.clerk, refund.id, fake)

    with pytest.raises(Conflict, match="already being paid"):
        _pay(backend, actors.supervisor, refund.id, fake)
    assert len(fake.refunds) == 1


def test_an_order_without_a_transaction_id_is_told_where_to_find_it(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order, transaction=None)

    with pytest.raises(InvalidInput, match="no Paytrail transaction id"):
        _pay(backend, actors.clerk, refund.id, fake)
    assert fake.refunds == [] and _payouts(backend, refund.id) == []


def test_an_email_refund_needs_an_address(backend, actors, make_order, fake):
    refund = issued_refund(backend, actors, make_order)
    with pytest.raises(InvalidInput, match="e-mail address"):
        _pay(backend, actors.clerk, refund.id, fake, method="email_refund", email="")


def test_reconcile_asks_paytrail_about_a_pending_refund_and_records_the_result(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = "pending"
    payout = _pay(backend, actors.clerk, refund.id, fake)
    fake.refund_status[payout.provider_refund_id] = "ok"  # the bank finished meanwhile

    report = paying.reconcile_payouts(backend.uow(), actors.clerk, client(fake))

    assert (report.checked, report.paid) == (1, 1)
    assert fake.gets == [payout.provider_refund_id]
    [done] = _payouts(backend, refund.id)
    assert done.state == "ok"
    assert len(fake.refunds) == 1  # reconciling never refunds


def test_reconcile_of_a_refused_pending_refund_makes_it_failed(backend, actors, make_order, fake):
    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = "pending"
    payout = _pay(backend, actors.clerk, refund.id, fake)
    fake.refund_status[payout.provider_refund_id] = "fail"

    report = paying.reconcile_payouts(backend.uow(), actors.clerk, client(fake))

    assert report.failed == 1
    assert _payouts(backend, refund.id)[0].state == "failed"


def test_a_payout_left_sending_by_a_dead_station_is_in_doubt_after_reconcile_with_the_facts(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    started = paying.start_payout(
        backend.uow(), actors.clerk, refund.id, method="paytrail", now=ISSUED
    )  # the station died before it could send or hear anything

    report = paying.reconcile_payouts(
        backend.uow(), actors.clerk, client(fake), now=ISSUED + timedelta(minutes=5)
    )

    assert report.in_doubt == 1
    [payout] = _payouts(backend, refund.id)
    assert payout.id == started.id and payout.state == "in_doubt"
    assert "status=ok" in payout.provider_message and "amount=8569" in payout.provider_message
    assert fake.gets == [TRANSACTION] and fake.refunds == []


def test_a_payout_still_sending_is_not_in_doubt_before_its_answer_could_have_come(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    paying.start_payout(backend.uow(), actors.clerk, refund.id, method="paytrail", now=ISSUED)

    paying.reconcile_payouts(
        backend.uow(), actors.clerk, client(fake), now=ISSUED + timedelta(seconds=30)
    )

    assert _payouts(backend, refund.id)[0].state == "sending"


def test_a_supervisor_decides_a_payout_in_doubt_and_a_clerk_may_not(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = "500"
    payout = _pay(backend, actors.clerk, refund.id, fake)

    with pytest.raises(PermissionDenied):
        paying.decide_payout(backend.uow(), actors.clerk, payout.id, "paid", "seen in panel")
    with pytest.raises(InvalidInput, match="what you checked"):
        paying.decide_payout(backend.uow(), actors.supervisor, payout.id, "paid", "")
    decided = paying.decide_payout(
        backend.uow(), actors.supervisor, payout.id, "failed", "Not in Paytrail's panel"
    )

    assert decided.state == "failed" and decided.decision == "Not in Paytrail's panel"
    fake.behaviour = "ok"
    again = _pay(backend, actors.clerk, refund.id, fake)  # now it may go: nothing was paid
    assert again.state == "ok"
    assert len(fake.refunds) == 2
    with backend.uow(readonly=True) as uow:
        actions = list(
            uow.session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "payout")
                .order_by(AuditEntry.id)
            )
        )
    assert actions == [
        "payout_started",
        "payout_in_doubt",
        "payout_decided",
        "payout_started",
        "payout_ok",
    ]


def test_the_payout_queue_lists_in_doubt_first_then_failed_then_paying_then_owed(
    backend, actors, make_order, fake
):
    owed = issued_refund(backend, actors, make_order)
    paying_ = issued_refund(backend, actors, make_order)
    doubt = issued_refund(backend, actors, make_order)
    failed = issued_refund(backend, actors, make_order)
    done = issued_refund(backend, actors, make_order)
    fake.script.extend(["pending", "500", "422", "ok"])
    for r in (paying_, doubt, failed, done):
        _pay(backend, actors.clerk, r.id, fake)

    rows = views.payout_queue(backend.uow(readonly=True), now=ISSUED + timedelta(days=1))

    assert [(r.refund_id, r.stage) for r in rows] == [
        (doubt.id, "in_doubt"),
        (failed.id, "failed"),
        (paying_.id, "paying"),
        (owed.id, "approved"),
    ]
    assert rows[0].total == Decimal("39.90") and rows[0].payout.state == "in_doubt"


def test_the_timeline_tells_the_payout_in_sentences(backend, actors, make_order, fake):
    from returns_app.services.timeline import timeline

    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = "500"
    payout = _pay(backend, actors.clerk, refund.id, fake)
    paying.decide_payout(
        backend.uow(), actors.supervisor, payout.id, "paid", "Found in Paytrail's panel"
    )

    said = [
        e.sentence.render("en")
        for e in timeline(backend.uow(readonly=True), refund.return_id)
        if e.action.startswith("payout_")
    ]

    assert said[0] == "started paying €39.90 through Paytrail"
    assert said[1].startswith(
        "got no answer paying €39.90 through Paytrail: the payout is in doubt"
    )
    assert said[2] == ("decided that the payout of €39.90 was paid: “Found in Paytrail's panel”")


def test_a_transaction_id_typed_in_is_kept_on_the_order_and_used(backend, actors, make_order, fake):
    refund = issued_refund(backend, actors, make_order, transaction=None)

    paid = _pay(backend, actors.clerk, refund.id, fake, transaction_id=" typed-tx-1 ")

    assert paid.state == "ok" and paid.transaction_id == "typed-tx-1"
    assert fake.refunds[0]["transaction_id"] == "typed-tx-1"


def test_reconciling_again_writes_the_facts_of_a_doubtful_payout_only_when_they_change(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    fake.behaviour = "500"
    _pay(backend, actors.clerk, refund.id, fake)

    for _ in range(3):
        report = paying.reconcile_payouts(backend.uow(), actors.clerk, client(fake))
        assert report.in_doubt == 1

    with backend.uow(readonly=True) as uow:
        checked = uow.session.scalars(
            select(AuditEntry.id).where(AuditEntry.action == "payout_checked")
        ).all()
    assert len(checked) == 1 and len(fake.gets) == 3


def test_an_answer_that_comes_after_a_supervisors_decision_is_recorded_not_applied(
    backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)

    def decided_meanwhile(step: str) -> None:
        if step == "answered":  # the answer is on its way; the supervisor decides first
            payout_id = _payouts(backend, refund.id)[0].id
            paying.decide_payout(
                backend.uow(),
                actors.supervisor,
                payout_id,
                "failed",
                "Not in the panel",
                now=ISSUED + timedelta(days=30),
            )

    # Paid at the issue moment, decided 30 days later: never dependent on the day the test runs.
    payout = _pay(backend, actors.clerk, refund.id, fake, checkpoint=decided_meanwhile, now=ISSUED)

    assert payout.state == "failed" and "Late answer after the decision: ok" in (
        payout.said.render("en")
    )
    from returns_app.services.timeline import timeline

    said = [e.sentence.render("en") for e in timeline(backend.uow(readonly=True), refund.return_id)]
    assert said[-1] == (
        "got Paytrail's answer about €39.90 only after the decision: it was paid; check it"
    )
