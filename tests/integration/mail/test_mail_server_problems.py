"""A problem of the server's or of this station's (no password here, the server down, our
sender address refused) costs no message a try; a slow run's claims are never taken for a
dead sender's; an administrator's Resend of a message a live sender is finishing sends it once."""

from __future__ import annotations

import io
import threading
from datetime import UTC, datetime, timedelta

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from mail_kit import Inbox, SmtpServer, free_port, switch_mail_on
from sqlalchemy import select

from returns_app.cli import main
from returns_app.persistence.models import OutboxMessage
from returns_app.services import returns
from returns_app.services.mail import manage, sender
from returns_app.services.mail.sender import send_outbox
from returns_app.services.mail.smtp import password_name
from returns_app.services.returns import LineRequest, RegisterReturn
from returns_app.services.secrets import get_secret, set_secret

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)


@pytest.fixture
def server():
    smtp = SmtpServer()
    smtp.start()
    yield smtp
    smtp.stop()


@pytest.fixture
def login_server():
    """A server that takes mail only from the user ``shop`` with the password ``pw``."""

    def auth(server, session, envelope, mechanism, data):
        return AuthResult(success=data.login == b"shop" and data.password == b"pw")

    inbox, port = Inbox(), free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, authenticator=auth, auth_require_tls=False
    )
    controller.start()
    yield inbox, port
    controller.stop()


def register(backend, actor, order):
    cmd = RegisterReturn(
        "withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),), notice_at=NOTICE
    )
    return returns.register_return(backend.uow(), actor, cmd)


def rows(backend) -> list[tuple[str, int, str | None, str]]:
    with backend.uow(readonly=True) as uow:
        return [
            (r.state, r.attempts, r.claimed_by, r.last_error)
            for r in uow.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        ]


def test_a_station_without_the_smtp_password_sends_nothing_and_claims_nothing(
    backend, actors, make_order, login_server
):
    _inbox, port = login_server
    switch_mail_on(
        backend,
        actors.admin,
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="none",
        smtp_username="shop",
    )
    register(backend, actors.clerk, make_order())
    # The administrator saved the password at another station: not in this one's keyring.
    assert get_secret(password_name("127.0.0.1", "shop")) is None
    t0 = datetime.now(UTC)
    for i in range(6):  # every minute, for hours
        report = send_outbox(
            backend.uow(), actors.clerk, worker="DESK-3#1", now=t0 + timedelta(hours=i * 5)
        )
        assert report.no_password and report.sent == report.failed == 0
    assert rows(backend) == [("queued", 0, None, "")]


def test_the_station_that_has_the_password_sends_it(backend, actors, make_order, login_server):
    inbox, port = login_server
    switch_mail_on(
        backend,
        actors.admin,
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="none",
        smtp_username="shop",
    )
    register(backend, actors.clerk, make_order())
    set_secret(password_name("127.0.0.1", "shop"), "pw")
    assert send_outbox(backend.uow(), actors.clerk, worker="DESK-1#1").sent == 1
    assert len(inbox.messages) == 1


def test_mail_send_without_a_password_on_this_computer_says_so_and_claims_nothing(
    capsys, monkeypatch, db_url, backend, actors, make_order, login_server
):
    _inbox, port = login_server
    switch_mail_on(
        backend,
        actors.admin,
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="none",
        smtp_username="shop-cli",
    )
    register(backend, actors.clerk, make_order())
    monkeypatch.delenv("RETURNS_SMTP_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("secret-password\n"))
    code = main(["--database", db_url, "--user", "clerk1", "mail", "send"])
    out, _ = capsys.readouterr()
    assert code == 2
    assert "No password for the SMTP user shop-cli on this computer" in out
    assert rows(backend) == [("queued", 0, None, "")]


def test_a_sender_address_the_server_refuses_stops_the_run_and_fails_nothing(
    backend, actors, make_order
):
    class Refusing(Inbox):
        async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802
            return "553 5.7.1 Sender address rejected: not owned by user"

    smtp = SmtpServer()
    smtp.inbox = Refusing()
    smtp.start()
    try:
        switch_mail_on(backend, actors.admin)
        for _ in range(3):
            register(backend, actors.clerk, make_order())
        report = send_outbox(backend.uow(), actors.clerk, worker="t", config=smtp.config())
    finally:
        smtp.stop()
    assert report.failed == 0 and "Sender address rejected" in report.unreachable
    states = rows(backend)
    assert [s[:2] for s in states] == [("queued", 0)] * 3
    assert all("Sender address rejected" in s[3] for s in states)  # for the back office
    waiting = manage.waiting_mail(backend.uow(readonly=True))
    assert waiting.count == 3 and "Sender address rejected" in waiting.reason


def test_each_claim_carries_its_own_moment_so_a_slow_run_is_not_taken_for_a_dead_one(
    backend, actors, make_order, server, monkeypatch
):
    switch_mail_on(backend, actors.admin)
    register(backend, actors.clerk, make_order())
    register(backend, actors.clerk, make_order())
    t0 = datetime.now(UTC)
    ticks = iter([0.0, 0.0, 0.0, 660.0, 660.0, 660.0, 660.0])
    monkeypatch.setattr(sender, "_monotonic", lambda: next(ticks, 660.0))
    seen = []

    def after_accept(msg):
        with backend.uow(readonly=True) as uow:
            seen.append(uow.session.get(OutboxMessage, msg.id).claimed_at)
        if len(seen) == 2:  # 11 minutes into the run, another station's ordinary run
            send_outbox(
                backend.uow(),
                actors.clerk,
                worker="B",
                config=server.config(),
                now=t0 + timedelta(minutes=11),
            )

    report = send_outbox(
        backend.uow(),
        actors.clerk,
        worker="A",
        config=server.config(),
        now=t0,
        after_accept=after_accept,
    )
    assert seen[1] - seen[0] == timedelta(minutes=11)
    assert report.sent == 2 and report.in_doubt == 0
    assert [r[0] for r in rows(backend)] == ["sent", "sent"]
    assert len(server.inbox.messages) == 2


def test_a_finish_after_an_administrators_resend_is_not_sent_a_second_time(
    backend, actors, make_order, server
):
    switch_mail_on(backend, actors.admin)
    register(backend, actors.clerk, make_order())
    t0 = datetime.now(UTC)

    def after_accept(msg):
        # A's run hangs after the server took it; B marks it in doubt, an admin resends.
        send_outbox(
            backend.uow(),
            actors.clerk,
            worker="B",
            config=server.config(),
            now=t0 + timedelta(minutes=20),
        )
        [row] = manage.messages_needing_a_decision(backend.uow(readonly=True))
        manage.resend(backend.uow(), actors.admin, row.id, now=t0 + timedelta(minutes=20))

    send_outbox(
        backend.uow(),
        actors.clerk,
        worker="A",
        config=server.config(),
        now=t0,
        after_accept=after_accept,
    )
    later = send_outbox(
        backend.uow(), actors.clerk, worker="B", config=server.config(), now=t0 + timedelta(hours=1)
    )
    assert later.sent == 0
    assert [r[0] for r in rows(backend)] == ["sent"]
    assert len(server.inbox.messages) == 1


def test_a_stop_request_ends_the_run_between_two_messages(backend, actors, make_order, server):
    switch_mail_on(backend, actors.admin)
    register(backend, actors.clerk, make_order())
    register(backend, actors.clerk, make_order())
    stop = threading.Event()
    report = send_outbox(
        backend.uow(),
        actors.clerk,
        worker="A",
        config=server.config(),
        after_accept=lambda _msg: stop.set(),
        stop=stop,
    )
    assert report.sent == 1
    assert [r[0] for r in rows(backend)] == ["sent", "queued"]
