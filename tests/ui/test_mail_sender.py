"""The station's background sender: sends on its own thread, at once after a use case queued a
message, and leaves the desk's database worker free."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from returns_app.persistence.models import OutboxMessage
from returns_app.services import returns
from returns_app.services.returns import LineRequest, RegisterReturn
from ui.context import AppContext, UserSession
from ui.mail_sender import MailSender
from ui.tasks import TaskRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "mail"))
from mail_kit import NOTICE, SmtpServer, switch_mail_on  # noqa: E402


@pytest.fixture
def server():
    smtp = SmtpServer()
    smtp.start()
    yield smtp
    smtp.stop()


def test_a_queued_message_wakes_the_sender_and_arrives(
    qtbot, qapp, backend, actors, ui_settings, make_order, server
):
    switch_mail_on(
        backend, actors.admin, smtp_host="127.0.0.1", smtp_port=server.port, smtp_security="none"
    )
    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.clerk))
    sender = MailSender(ctx)
    with qtbot.waitSignal(sender.finished, timeout=10_000) as first:
        sender.start()
    assert first.args[0].sent == 0  # nothing queued yet
    order = make_order()
    cmd = RegisterReturn(
        "withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),), notice_at=NOTICE
    )
    try:
        with qtbot.waitSignal(sender.finished, timeout=10_000) as woken:
            # As the desk does it: the use case on the database worker, never the sender's.
            runner.run_db(
                lambda: returns.register_return(backend.uow(), actors.clerk, cmd),
                lambda result, error: None,
            )
        assert woken.args[0].sent == 1
        assert len(server.inbox.messages) == 1
    finally:
        sender.stop()
        runner.wait()


def test_nobody_signed_in_sends_nothing(qtbot, qapp, backend, ui_settings):
    runner = TaskRunner()
    sender = MailSender(AppContext(backend, ui_settings, runner, UserSession()))
    with qtbot.assertNotEmitted(sender.finished, wait=200):
        sender.start()
    sender.stop()


def test_quitting_stops_a_run_after_the_message_in_hand_and_starts_no_other(
    qtbot, qapp, backend, actors, ui_settings, make_order, server
):
    switch_mail_on(
        backend, actors.admin, smtp_host="127.0.0.1", smtp_port=server.port, smtp_security="none"
    )
    for _ in range(3):
        order = make_order()
        cmd = RegisterReturn(
            "withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),), notice_at=NOTICE
        )
        returns.register_return(backend.uow(), actors.clerk, cmd)
    runner = TaskRunner()
    sender = MailSender(AppContext(backend, ui_settings, runner, UserSession(actors.clerk)))
    with qtbot.waitSignal(sender.finished, timeout=10_000):
        sender.start()
        sender.stop()  # the app quits at once: the run under way ends, none follows
    with qtbot.assertNotEmitted(sender.finished, wait=200):
        sender.send_now()
    assert len(server.inbox.messages) <= 1  # at most the message in hand when it quit
    with backend.uow(readonly=True) as uow:
        states = list(uow.session.scalars(select(OutboxMessage.state)))
    assert "sending" not in states and states.count("queued") >= 2
