"""Exactly once: a sender killed between the server's accept and the mark, and two senders
at once on PostgreSQL, never give the customer a message twice (the server counts them)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from mail_kit import NOTICE, SmtpServer, switch_mail_on
from sqlalchemy import select

from returns_app.persistence.models import OutboxMessage
from returns_app.services import returns
from returns_app.services.errors import Conflict, PermissionDenied
from returns_app.services.mail import manage
from returns_app.services.mail.sender import send_outbox
from returns_app.services.returns import LineRequest, RegisterReturn

WORKER = Path(__file__).with_name("kill_worker.py")


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


def states(backend) -> list[str]:
    with backend.uow(readonly=True) as uow:
        return list(uow.session.scalars(select(OutboxMessage.state).order_by(OutboxMessage.id)))


def claimed_at(backend) -> datetime:
    with backend.uow(readonly=True) as uow:
        return uow.session.scalar(
            select(OutboxMessage.claimed_at).where(OutboxMessage.state == "sending")
        )


def test_a_sender_killed_after_the_accept_leaves_the_message_in_doubt_and_never_sends_it_twice(
    backend, actors, make_order, server, db_url
):
    switch_mail_on(backend, actors.admin)
    register(backend, actors.clerk, make_order())
    register(backend, actors.clerk, make_order())
    clerk = actors.clerk
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    done = subprocess.run(
        [
            sys.executable,
            str(WORKER),
            db_url,
            str(server.port),
            str(clerk.user_id),
            clerk.username,
            clerk.role,
        ],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    assert len(server.inbox.messages) == 1  # the server took the first message
    assert states(backend) == ["sending", "queued"]
    # The station starts again (a moment later the row may still be another sender's) ...
    t0 = claimed_at(backend) + timedelta(minutes=1)  # the killed process's clock, not ours
    report = send_outbox(backend.uow(), clerk, worker="DESK-3#2", config=server.config(), now=t0)
    assert report.sent == 1 and report.in_doubt == 0
    # ... and once the lease is over the killed sender's row is in doubt, not sent again.
    later = send_outbox(
        backend.uow(),
        clerk,
        worker="DESK-3#2",
        config=server.config(),
        now=t0 + timedelta(hours=1),
    )
    assert later.in_doubt == 1 and later.sent == 0
    assert states(backend) == ["in_doubt", "sent"]
    ids = server.inbox.ids()
    assert len(ids) == len(set(ids)) == 2
    # An administrator who finds it in the server's log marks it sent; nothing is resent.
    [doubtful] = manage.messages_needing_a_decision(backend.uow(readonly=True))
    assert doubtful.state == "in_doubt"
    manage.mark_sent(backend.uow(), actors.admin, doubtful.id)
    send_outbox(
        backend.uow(), clerk, worker="x", config=server.config(), now=t0 + timedelta(hours=2)
    )
    assert states(backend) == ["sent", "sent"] and len(server.inbox.messages) == 2


def test_an_administrator_resends_a_doubtful_message_with_the_same_message_id(
    backend, actors, make_order, server
):
    switch_mail_on(backend, actors.admin)
    register(backend, actors.clerk, make_order())

    class Crash(BaseException):
        pass

    def crash(_msg):
        raise Crash

    t0 = datetime.now(UTC)
    with pytest.raises(Crash):
        send_outbox(
            backend.uow(),
            actors.clerk,
            worker="a",
            config=server.config(),
            now=t0,
            after_accept=crash,
        )
    later = t0 + timedelta(hours=1)
    send_outbox(backend.uow(), actors.clerk, worker="b", config=server.config(), now=later)
    [row] = manage.messages_needing_a_decision(backend.uow(readonly=True))
    with pytest.raises(PermissionDenied):
        manage.resend(backend.uow(), actors.clerk, row.id)
    manage.resend(backend.uow(), actors.admin, row.id, now=later)
    with pytest.raises(Conflict):  # a second admin a moment later is told
        manage.resend(backend.uow(), actors.admin, row.id, now=later)
    assert (
        send_outbox(backend.uow(), actors.clerk, worker="b", config=server.config(), now=later).sent
        == 1
    )
    first, second = server.inbox.messages
    assert first["Message-ID"] == second["Message-ID"] == row.message_id


def test_two_senders_at_once_never_send_one_message_twice(backend, actors, make_order, server):
    switch_mail_on(backend, actors.admin)
    for _ in range(12):
        register(backend, actors.clerk, make_order())
    if backend.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: two senders cannot both hold a claim")
    both_in_flight = threading.Barrier(2, timeout=20)
    waited = set()

    def meet(_msg):
        # Each sender's first message: both hold a claimed row at the same moment.
        me = threading.get_ident()
        if me not in waited:
            waited.add(me)
            both_in_flight.wait()

    reports, errors = [], []

    def run(name):
        try:
            reports.append(
                send_outbox(
                    backend.uow(),
                    actors.clerk,
                    worker=name,
                    config=server.config(),
                    after_accept=meet,
                )
            )
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(f"DESK-{i}",)) for i in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert sum(r.sent for r in reports) == 12
    assert all(r.sent for r in reports)  # both worked, side by side
    ids = server.inbox.ids()
    assert len(ids) == len(set(ids)) == 12
    assert states(backend) == ["sent"] * 12
