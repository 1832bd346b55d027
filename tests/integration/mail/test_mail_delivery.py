"""Customer e-mails reach a real SMTP server (aiosmtpd on localhost): the right language,
headers and attachment for each kind, written with the change they report, sent once."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from mail_kit import NOTICE, SmtpServer, parts, switch_mail_on
from sqlalchemy import select

from returns_app.persistence.models import OutboxMessage
from returns_app.services import inspection, orders, receiving, refunds, returns
from returns_app.services.errors import Conflict
from returns_app.services.mail.sender import GIVE_UP_AFTER, MAX_ATTEMPTS, send_outbox
from returns_app.services.returns import LineRequest, RegisterReturn
from returns_app.services.timeline import timeline

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_documents_render import decoded, rasterise  # noqa: E402


@pytest.fixture
def server():
    smtp = SmtpServer()
    smtp.start()
    yield smtp
    smtp.stop()


def english_customer():
    return orders.CustomerInput(
        "John Smith",
        "john@example.com",
        "+358401111111",
        "Street 1",
        "00100",
        "Helsinki",
        lang="en",
    )


def busy_customer():
    return orders.CustomerInput(
        "Aino Laine", "busy@example.fi", "+358401111111", "Katu 1", "00100", "Helsinki"
    )


def register(backend, actor, order, n=1):
    cmd = RegisterReturn(
        "withdrawal",
        (LineRequest(order.lines[0].id, n, "does_not_fit"),),
        notice_at=NOTICE,
    )
    return returns.register_return(backend.uow(), actor, cmd)


def outbox(backend) -> list[OutboxMessage]:
    with backend.uow(readonly=True) as uow:
        rows = list(uow.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
        uow.session.expunge_all()
        return rows


def send(backend, actor, server, now=None, **kw):
    return send_outbox(
        backend.uow(), actor, worker="test-sender", config=server.config(), now=now, **kw
    )


def test_a_registered_return_mails_the_label_in_finnish_with_the_deadline(
    backend, actors, make_order, server
):
    switch_mail_on(backend, actors.admin)
    ret = register(backend, actors.clerk, make_order())
    report = send(backend, actors.clerk, server)
    assert report.sent == 1, outbox(backend)[0].last_error
    [mail] = server.inbox.messages
    row = outbox(backend)[0]
    assert mail["To"] == "aino.laine@example.fi"
    assert mail["From"].addresses[0].addr_spec == "palautukset@kauppa.example"
    assert mail["Reply-To"] == "asiakaspalvelu@example.fi"  # replies reach customer service
    assert mail["Message-ID"] == row.message_id
    assert (
        mail["Subject"] == f"Palautuksesi {ret.code[:4]} {ret.code[4:8]} {ret.code[8:]} on kirjattu"
    )
    text, html, files = parts(mail)
    assert "Hei Aino Laine" in text and "viimeistään 30.11.2026" in text
    assert "1 × Paita M" in text
    assert "Y-tunnus 1572860-0" in text and "Esimerkkikauppa Oy" in text  # the shop's details
    assert "<p>Hei Aino Laine,</p>" in html
    [(name, pdf)] = files
    assert name.endswith(".pdf")
    codes = {text for page in rasterise(pdf) for _, text in decoded(page)}
    assert ret.code in codes  # the attached label scans as this return
    assert row.state == "sent" and row.sent_at is not None
    assert send(backend, actors.clerk, server).sent == 0  # never twice
    assert len(server.inbox.messages) == 1


def test_an_english_customer_is_told_of_arrival_refund_and_gets_the_credit_note(
    backend, actors, make_order, server
):
    switch_mail_on(backend, actors.admin)
    order = make_order(customer=english_customer())
    ret = register(backend, actors.clerk, order)
    assert send(backend, actors.clerk, server).sent == 1  # before the parcel came
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "A", "restock")
    )
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    issued = refunds.issue_refund(backend.uow(), actors.clerk, proposal.id, now=NOTICE)
    assert send(backend, actors.clerk, server).sent == 2
    registered, arrived, refunded = server.inbox.messages
    assert registered["Subject"].startswith("Your return ")
    assert arrived["Subject"].endswith("has arrived")
    text, _, files = parts(arrived)
    assert "Received:\n- 1 × Paita M" in text and "by 29 Nov 2026 at the latest" in text
    assert files == []
    assert refunded["Subject"].startswith("Refund €39.90 for your return")
    text, _, files = parts(refunded)
    assert "to the means of payment you used" in text
    [(name, pdf)] = files
    assert name.startswith(issued.credit_note_number) and pdf.startswith(b"%PDF")
    assert len(set(server.inbox.ids())) == 3


def test_a_rejection_tells_the_reason_and_escapes_it_in_html(backend, actors, make_order, server):
    switch_mail_on(backend, actors.admin)
    ret = register(backend, actors.clerk, make_order())
    returns.reject_return(backend.uow(), actors.supervisor, ret.id, "Tuote <b>käytetty</b> & pesty")
    send(backend, actors.clerk, server)
    rejected = server.inbox.messages[-1]
    text, html, _ = parts(rejected)
    assert "Tuote <b>käytetty</b> & pesty" in text
    assert "Tuote &lt;b&gt;käytetty&lt;/b&gt; &amp; pesty" in html
    assert "Älä lähetä tuotteita" in text  # nothing came yet: the goods need not come


def test_no_mail_without_the_switch_or_an_address_and_none_from_a_rolled_back_change(
    backend, actors, make_order, server
):
    register(backend, actors.clerk, make_order())
    assert outbox(backend) == []  # the shop has not switched e-mails on
    switch_mail_on(backend, actors.admin)
    nobody = orders.CustomerInput("Ei Postia", None, None, "Katu 2", "00100", "Helsinki")
    register(backend, actors.clerk, make_order(customer=nobody))
    assert outbox(backend) == []
    ret = register(backend, actors.clerk, make_order())
    with pytest.raises(Conflict):  # a refund that may not go: nothing committed, no mail
        refunds.issue_refund(
            backend.uow(),
            actors.clerk,
            refunds.propose_refund(backend.uow(), actors.clerk, ret.id).id,
        )
    assert [r.kind for r in outbox(backend)] == ["return_registered"]


def test_server_down_keeps_every_message_queued_without_a_try_and_sends_them_when_back(
    backend, actors, make_order, server
):
    switch_mail_on(backend, actors.admin)
    server.stop()
    register(backend, actors.clerk, make_order())
    register(backend, actors.clerk, make_order())
    t0 = datetime.now(UTC)
    report = send(backend, actors.clerk, server, now=t0)
    assert report.sent == 0 and report.failed == 0 and "Connection" in report.unreachable
    first, second = outbox(backend)
    # Connected before claiming: the outage is nobody's message's fault.
    assert (first.state, first.attempts, first.claimed_by) == ("queued", 0, None)
    assert (second.state, second.attempts, second.claimed_by) == ("queued", 0, None)
    server.start()
    assert send(backend, actors.clerk, server, now=t0 + timedelta(minutes=1)).sent == 2
    assert sorted(server.inbox.ids()) == sorted(r.message_id for r in outbox(backend))


def test_a_message_no_server_took_for_three_days_fails_with_the_reason(
    backend, actors, make_order, server
):
    switch_mail_on(backend, actors.admin)
    server.stop()
    register(backend, actors.clerk, make_order())
    moment = datetime.now(UTC)
    for hours in (0, 1, 24, 71):  # a weekend's outage costs nothing
        send_outbox(
            backend.uow(),
            actors.clerk,
            worker="w",
            config=server.config(),
            now=moment + timedelta(hours=hours),
        )
    [row] = outbox(backend)
    assert row.state == "queued" and row.attempts == 0
    report = send_outbox(
        backend.uow(),
        actors.clerk,
        worker="w",
        config=server.config(),
        now=moment + GIVE_UP_AFTER + timedelta(minutes=1),
    )
    [row] = outbox(backend)
    assert report.failed == 1 and row.state == "failed"
    assert row.last_error.startswith("Not sent within 3 days:") and "Connection" in row.last_error


def test_a_mailbox_answering_busy_fails_after_the_last_try(backend, actors, make_order, server):
    switch_mail_on(backend, actors.admin)
    register(backend, actors.clerk, make_order(customer=busy_customer()))
    moment = datetime.now(UTC)
    for _ in range(MAX_ATTEMPTS):
        send_outbox(backend.uow(), actors.clerk, worker="w", config=server.config(), now=moment)
        moment += timedelta(hours=5)
    [row] = outbox(backend)
    assert row.state == "failed" and "Mailbox busy" in row.last_error
    assert row.attempts == MAX_ATTEMPTS


def test_a_crash_between_the_servers_accept_and_the_mark_leaves_it_in_doubt_never_resent(
    backend, actors, make_order, server
):
    switch_mail_on(backend, actors.admin)
    ret = register(backend, actors.clerk, make_order())

    class Crash(BaseException):
        pass

    def crash(_msg):
        raise Crash

    t0 = datetime.now(UTC)
    with pytest.raises(Crash):
        send(backend, actors.clerk, server, now=t0, after_accept=crash)
    assert outbox(backend)[0].state == "sending"
    # A run a moment later leaves a row another sender may still be sending alone ...
    assert send(backend, actors.clerk, server, now=t0 + timedelta(minutes=1)).in_doubt == 0
    # ... a run after the lease marks it in doubt, and does not send it again.
    report = send(backend, actors.clerk, server, now=t0 + timedelta(hours=1))
    assert report.in_doubt == 1 and report.sent == 0
    assert len(server.inbox.messages) == 1
    [row] = outbox(backend)
    assert row.state == "in_doubt"
    sentences = [e.sentence.render("en") for e in timeline(backend.uow(), ret.id)]
    assert any("in doubt" in s for s in sentences)


def test_tls_with_a_self_signed_certificate_that_the_settings_trust(
    backend, actors, make_order, tmp_path
):
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    cert = ca.issue_cert("localhost", "127.0.0.1")
    context = __import__("ssl").create_default_context(__import__("ssl").Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    ca_file = tmp_path / "shop-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    switch_mail_on(backend, actors.admin)
    register(backend, actors.clerk, make_order())
    for implicit in (False, True):
        server = SmtpServer(tls_context=context, implicit=implicit)
        server.start()
        try:
            t0 = datetime.now(UTC)
            untrusted = send_outbox(
                backend.uow(), actors.clerk, worker="w", config=server.config(), now=t0
            )
            assert untrusted.sent == 0 and "CERTIFICATE_VERIFY_FAILED" in untrusted.unreachable
            trusted = send_outbox(
                backend.uow(),
                actors.clerk,
                worker="w",
                config=server.config(ca_file=str(ca_file)),
                now=t0 + timedelta(hours=1),
            )
            assert trusted.sent == 1 and len(server.inbox.messages) == 1
        finally:
            server.stop()
        if not implicit:
            register(backend, actors.clerk, make_order())  # one more for the implicit server


def test_a_mailbox_the_server_does_not_know_fails_at_once_with_its_words(
    backend, actors, make_order, server
):
    switch_mail_on(backend, actors.admin)
    ghost = orders.CustomerInput(
        "Ei Ketään", "nobody@example.fi", None, "Katu 3", "00100", "Helsinki"
    )
    register(backend, actors.clerk, make_order(customer=ghost))
    register(backend, actors.clerk, make_order())
    report = send(backend, actors.clerk, server)
    assert report.failed == 1 and report.sent == 1  # the next message still went
    failed, sent = outbox(backend)
    assert failed.state == "failed" and failed.attempts == 1
    assert "550 5.1.1" in failed.last_error and "User unknown" in failed.last_error
    assert sent.state == "sent"


def test_a_use_case_that_fails_after_writing_its_message_leaves_no_message(
    backend, actors, make_order, monkeypatch
):
    switch_mail_on(backend, actors.admin)
    order = make_order()

    def broken(*args, **kwargs):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(returns.audit, "record", broken)  # fails after the mail was written
    with pytest.raises(RuntimeError):
        register(backend, actors.clerk, order)
    monkeypatch.undo()
    assert outbox(backend) == []
    register(backend, actors.clerk, order)
    assert [r.kind for r in outbox(backend)] == ["return_registered"]


def test_a_defect_claim_gets_its_own_wording_with_the_label_and_no_withdrawal_deadline(
    backend, actors, make_order, server
):
    switch_mail_on(backend, actors.admin)
    order = make_order(customer=english_customer())
    cmd = RegisterReturn(
        "defect_claim",
        (LineRequest(order.lines[0].id, 1, "defective"),),
        notice_at=NOTICE,
        remedy="repair",
    )
    ret = returns.register_return(backend.uow(), actors.clerk, cmd)
    assert send(backend, actors.clerk, server).sent == 1  # before the parcel came
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "C", "quarantine")
    )
    assert [r.kind for r in outbox(backend)] == ["defect_registered", "defect_arrived"]
    assert send(backend, actors.clerk, server).sent == 1
    registered, arrived = server.inbox.messages
    text, _, files = parts(registered)
    assert registered["Subject"].startswith("Your defect claim R")
    assert "when it suits you" in text and "at the latest" not in text
    assert "We pay the cost of sending a defective item back" in text
    [(_, pdf)] = files
    assert ret.code in {t for page in rasterise(pdf) for _, t in decoded(page)}
    text, _, _ = parts(arrived)
    assert "We are examining the defect" in text and "refund you by" not in text


def test_grading_again_after_an_undo_tells_the_customer_only_what_is_new(
    backend, actors, make_order
):
    switch_mail_on(backend, actors.admin)
    ret = register(backend, actors.clerk, make_order())
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    line = ret.lines[0].id
    graded = inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(line, "A", "restock")
    )
    inspection.undo_inspection(backend.uow(), actors.clerk, graded.inspection_id)
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(line, "A", "restock")
    )
    assert [r.kind for r in outbox(backend)] == ["return_registered", "parcel_arrived"]


def _customer(email: str) -> orders.CustomerInput:
    return orders.CustomerInput("Matti Mäki", email, None, "Kylätie 1", "00100", "Helsinki")


@pytest.fixture
def plain_server():
    """A mail server that does not take SMTPUTF8 (addresses like mätti@)."""
    smtp = SmtpServer(smtputf8=False)
    smtp.start()
    yield smtp
    smtp.stop()


def test_an_address_whose_domain_has_letters_like_a_umlaut_goes_in_its_idna_form(
    backend, actors, make_order, plain_server
):
    """kylä.fi is xn--kyl-sla.fi to every mail server: the envelope and the To header carry
    that, and a server without SMTPUTF8 takes it."""
    switch_mail_on(backend, actors.admin)
    register(backend, actors.clerk, make_order(customer=_customer("matti@kylä.fi")))
    report = send(backend, actors.clerk, plain_server)
    assert report.sent == 1, outbox(backend)[0].last_error
    [(sender, recipients, utf8, raw)] = plain_server.inbox.envelopes
    assert recipients == ["matti@xn--kyl-sla.fi"] and not utf8
    assert str(plain_server.inbox.messages[0]["To"]) == "matti@xn--kyl-sla.fi"


def test_an_address_with_letters_like_a_umlaut_before_the_at_needs_smtputf8(
    backend, actors, make_order, server, plain_server
):
    """mätti@ goes to a server that takes SMTPUTF8, with the To header in UTF-8 as written;
    a server that does not is not asked: the message fails at once and says why, and the
    next message still goes."""
    switch_mail_on(backend, actors.admin)
    register(backend, actors.clerk, make_order(customer=_customer("mätti@kylä.fi")))
    report = send(backend, actors.clerk, server)
    assert report.sent == 1, outbox(backend)[0].last_error
    [(sender, recipients, utf8, raw)] = server.inbox.envelopes
    assert recipients == ["mätti@xn--kyl-sla.fi"] and utf8
    assert "\r\nTo: mätti@xn--kyl-sla.fi\r\n".encode() in raw

    register(backend, actors.clerk, make_order(customer=_customer("mätti@example.fi")))
    register(backend, actors.clerk, make_order())
    report = send(backend, actors.clerk, plain_server)
    assert (report.failed, report.sent) == (1, 1)
    failed, sent = outbox(backend)[1:]
    assert failed.state == "failed" and failed.attempts == 1
    assert "SMTPUTF8" in failed.last_error and "mätti@example.fi" in failed.last_error
    assert sent.state == "sent"
    assert [r for _, r, _, _ in plain_server.inbox.envelopes] == [["aino.laine@example.fi"]]


def test_an_address_whose_domain_cannot_be_written_fails_at_once_and_says_why(
    backend, actors, make_order, server
):
    """A domain IDNA cannot write (an empty label: kylä..fi) is not sent anywhere: the
    message fails with the address and what to check, and the next message still goes."""
    switch_mail_on(backend, actors.admin)
    register(backend, actors.clerk, make_order(customer=_customer("matti@kylä..fi")))
    register(backend, actors.clerk, make_order())
    report = send(backend, actors.clerk, server)
    assert (report.failed, report.sent) == (1, 1)
    failed, sent = outbox(backend)
    assert failed.state == "failed" and failed.attempts == 1
    assert "matti@kylä..fi cannot be written" in failed.last_error
    assert sent.state == "sent"
    assert [r for _, r, _, _ in server.inbox.envelopes] == [["aino.laine@example.fi"]]
