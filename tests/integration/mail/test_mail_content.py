"""What the customer is told: the deductions with their reasons, no "send us the parcel" for a
parcel already on the desk, the money sentence by the return's money state, and an address
that is not exactly one address fails at once with the reason."""

from __future__ import annotations

from decimal import Decimal

import pytest
from mail_kit import NOTICE, SmtpServer, parts, switch_mail_on
from sqlalchemy import select

from returns_app.persistence.models import OutboxMessage
from returns_app.services import inspection, orders, receiving, refunds, returns, timeline
from returns_app.services.mail.sender import send_outbox
from returns_app.services.returns import LineRequest, RegisterReturn


@pytest.fixture
def server():
    smtp = SmtpServer()
    smtp.start()
    yield smtp
    smtp.stop()


def register(backend, actor, order):
    cmd = RegisterReturn(
        "withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),), notice_at=NOTICE
    )
    return returns.register_return(backend.uow(), actor, cmd)


def send(backend, actors, server):
    return send_outbox(backend.uow(), actors.clerk, worker="t", config=server.config())


def texts(server) -> list[tuple[str, str]]:
    return [(str(m["Subject"]), parts(m)[0]) for m in server.inbox.messages]


def receive_and_grade(backend, actors, ret, grade="A"):
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, grade, "restock")
    )


def test_the_refund_mail_lists_each_deduction_with_its_reason(backend, actors, make_order, server):
    switch_mail_on(backend, actors.admin)
    ret = register(backend, actors.clerk, make_order())
    send(backend, actors, server)
    receive_and_grade(backend, actors, ret, grade="C")
    refunds.add_deduction(
        backend.uow(), actors.supervisor, ret.lines[0].id, Decimal("10.00"), "worn beyond trying on"
    )
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=NOTICE)
    send(backend, actors, server)
    [refunded] = [t for s, t in texts(server) if s.startswith("Hyvitys")]
    assert "29,90\xa0€" in refunded
    assert "- 10,00\xa0€ tuotteesta Paita M: worn beyond trying on" in refunded
    assert "\n\n\n" not in refunded


def test_a_refund_without_deductions_leaves_no_gap(backend, actors, make_order, server):
    switch_mail_on(backend, actors.admin)
    ret = register(backend, actors.clerk, make_order())
    send(backend, actors, server)
    receive_and_grade(backend, actors, ret)
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=NOTICE)
    send(backend, actors, server)
    [refunded] = [t for s, t in texts(server) if s.startswith("Hyvitys")]
    assert "Vähensimme" not in refunded and "\n\n\n" not in refunded


def test_a_parcel_received_before_the_instructions_went_out_gets_no_send_it_instructions(
    backend, actors, make_order, server
):
    switch_mail_on(backend, actors.admin)
    ret = register(backend, actors.clerk, make_order())  # at the desk, the parcel in hand
    receive_and_grade(backend, actors, ret)
    assert send(backend, actors, server).sent == 1
    [(subject, text)] = texts(server)
    assert "saapunut" in subject and "Vie paketti postiin" not in text
    with backend.uow(readonly=True) as uow:
        states = dict(uow.session.execute(select(OutboxMessage.kind, OutboxMessage.state)).all())
    assert states == {"return_registered": "cancelled", "parcel_arrived": "sent"}
    sentences = [e.sentence.render("en") for e in timeline.timeline(backend.uow(), ret.id)]
    assert any(
        "received the parcel before the e-mail “return registered” went out: it is not sent" in s
        for s in sentences
    ), sentences


def test_the_arrival_mail_after_a_refund_on_proof_of_dispatch_says_it_is_refunded(
    backend, actors, make_order, server
):
    switch_mail_on(backend, actors.admin)
    ret = register(backend, actors.clerk, make_order())
    send(backend, actors, server)
    returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id, "JJ473124829FI")
    proposal = refunds.propose_refund(backend.uow(), actors.supervisor, ret.id)
    refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=NOTICE)
    receive_and_grade(backend, actors, ret)
    send(backend, actors, server)
    [arrived] = [t for s, t in texts(server) if "saapunut" in s]
    assert "Hyvityksesi on jo kirjattu." in arrived
    assert "viimeistään" not in arrived.split("Hyvityksesi")[1]


def test_the_arrival_mail_before_the_refund_gives_its_due_date(backend, actors, make_order, server):
    switch_mail_on(backend, actors.admin)
    ret = register(backend, actors.clerk, make_order())
    send(backend, actors, server)
    receive_and_grade(backend, actors, ret)
    send(backend, actors, server)
    [arrived] = [t for s, t in texts(server) if "saapunut" in s]
    assert "Hyvitämme sinulle viimeistään 29.11.2026." in arrived


@pytest.mark.parametrize(
    "field",
    [
        "aino@example.fi, pekka@example.fi",
        "aino@example.fi\nBcc: kaikki@example.fi",
        "aino@example.fi; pekka@example.fi",
    ],
)
def test_an_address_field_that_is_not_one_address_fails_at_once_with_the_reason(
    backend, actors, make_order, server, field
):
    switch_mail_on(backend, actors.admin)
    customer = orders.CustomerInput(
        "Aino Laine", "aino@example.fi", "+358401111111", "Katu 1", "00100", "Helsinki"
    )
    order = make_order(customer=customer)
    with backend.uow() as uow:
        from returns_app.persistence.models import Customer

        for c in uow.session.scalars(select(Customer)):
            c.email = field
        uow.commit()
    register(backend, actors.clerk, order)
    assert send(backend, actors, server).sent == 0
    assert server.inbox.messages == []
    with backend.uow(readonly=True) as uow:
        [row] = uow.session.scalars(select(OutboxMessage))
        assert row.state == "failed" and row.attempts == 0
        assert "e-mail address" in row.last_error


def test_a_named_address_is_sent_to_the_address_alone(backend, actors, make_order, server):
    switch_mail_on(backend, actors.admin)
    customer = orders.CustomerInput(
        "Aino Laine", "Aino Laine <aino@example.fi>", "+358401111111", "Katu 1", "00100", "Helsinki"
    )
    register(backend, actors.clerk, make_order(customer=customer))
    assert send(backend, actors, server).sent == 1
    assert str(server.inbox.messages[0]["To"]) == "aino@example.fi"
