"""A station killed (-9) at every point of a payout, and eight stations paying one refund at
once: no payment is ever sent twice, and every payout ends paid, failed or in doubt, never
lost (the reconcile turns a payout its dead station left ``sending`` into one in doubt)."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from payout_kit import client, issued_refund
from paytrail_fake import FakePaytrail
from sqlalchemy import select

from returns_app.persistence.models import Payout
from returns_app.services.errors import Conflict
from returns_app.services.payouts import paying

WORKER = Path(__file__).with_name("payout_worker.py")
ROOT = Path(__file__).resolve().parents[3]
ANSWER_TIMEOUT = 120


class Station:
    """One worker process and the lines it prints."""

    def __init__(self, db_url, fake, refund_id, actor, *extra: str) -> None:
        args = [db_url, fake.url, refund_id, actor.user_id, actor.username, actor.station]
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), *map(str, args), *extra],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'tests'}"),
        )
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put(None)

    def line(self) -> str:
        try:
            got = self.lines.get(timeout=ANSWER_TIMEOUT)
        except queue.Empty:
            got = None
        if got is None:
            self.proc.kill()
            pytest.fail(f"the station said nothing: {self.proc.stderr.read()[-3000:]}")
        return got

    def send(self, text: str) -> None:
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()

    def finish(self) -> dict:
        out = json.loads(self.line())
        self.proc.wait(timeout=30)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()
        return out


@pytest.fixture
def fake():
    with FakePaytrail() as server:
        yield server


def _states(backend, refund_id) -> list[str]:
    with backend.uow(readonly=True) as uow:
        return list(
            uow.session.scalars(
                select(Payout.state).where(Payout.refund_id == refund_id).order_by(Payout.id)
            )
        )


def _wait_for(predicate, what: str) -> None:
    deadline = time.monotonic() + ANSWER_TIMEOUT
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"never happened: {what}")
        time.sleep(0.05)


# (where the station dies, requests Paytrail got, the payout's state once reconciled)
KILL_POINTS = [
    ("start", 0, []),
    ("tx:payout_started", 0, []),
    ("committed", 0, ["in_doubt"]),
    ("in_request", 1, ["in_doubt"]),
    ("answered", 1, ["in_doubt"]),
    ("tx:payout_ok", 1, ["in_doubt"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("point", "requests", "after"), KILL_POINTS)
def test_a_station_killed_at_any_point_of_a_payout_never_pays_twice_and_loses_no_payout(
    db_url, backend, actors, make_order, fake, point, requests, after
):
    refund = issued_refund(backend, actors, make_order)
    if point == "in_request":
        fake.behaviour = "hang"
        station = Station(db_url, fake, refund.id, actors.clerk)
        _wait_for(lambda: len(fake.refunds) == 1, "the request reached Paytrail")
    else:
        station = Station(db_url, fake, refund.id, actors.clerk, "--stop-at", point)
        assert station.line() == f"STOPPED {point}"
    station.kill()
    fake.behaviour = "ok"

    # Whatever it left "sending" can no longer get its answer (the station is gone).
    paying.reconcile_payouts(backend.uow(), actors.clerk, client(fake), stale_after=timedelta(0))

    assert len(fake.refunds) == requests
    assert _states(backend, refund.id) == after
    # Another station now: a payout that may have gone is never sent again; one that
    # certainly did not go (nothing was written) is paid once.
    if after:
        with pytest.raises(Conflict, match="never sent twice"):
            paying.pay_refund(backend.uow(), actors.supervisor, refund.id, client(fake))
        assert len(fake.refunds) == requests
    else:
        paid = paying.pay_refund(backend.uow(), actors.supervisor, refund.id, client(fake))
        assert paid.state == "ok" and len(fake.refunds) == 1
    assert set(_states(backend, refund.id)) <= {"ok", "failed", "in_doubt", "paid"}


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_eight_stations_paying_the_same_refund_at_once_send_one_request(
    db_url, backend, actors, make_order, fake
):
    refund = issued_refund(backend, actors, make_order)
    stations = [Station(db_url, fake, refund.id, actors.clerk, "--wait-go") for _ in range(8)]
    for s in stations:
        assert s.line() == "READY"
    for s in stations:
        s.send("GO")
    outcomes = [s.finish() for s in stations]

    assert [o for o in outcomes if "raw" in o] == []
    assert [o["state"] for o in outcomes if "state" in o] == ["ok"]
    refused = [o for o in outcomes if "refused" in o]
    assert len(refused) == 7 and {o["refused"] for o in refused} == {"Conflict"}
    assert len(fake.refunds) == 1
    assert _states(backend, refund.id) == ["ok"]
