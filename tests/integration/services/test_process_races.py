"""Eight stations as eight separate processes (each its own engine and connection pool) on one
PostgreSQL database, started at the same moment: the order's refunds never exceed what was paid,
to the cent, its delivery is refunded at most once, and every refusal is a clean conflict."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from race_kit import PAID, graded_return, issue_order
from sqlalchemy import func, select

from returns_app.persistence.models import CreditNoteSequence, Refund, RefundLine, Return
from returns_app.services import refunds

WORKER = Path(__file__).with_name("worker.py")
ROOT = Path(__file__).resolve().parents[3]
STATIONS = 8
ISSUED = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
DELIVERY = Decimal("5.90")
ANSWER_TIMEOUT = 120  # seconds a station may take for one round on a loaded machine

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("db_url", ["postgres"], indirect=True),
]


class Stations:
    """Station processes started once; :meth:`race` runs one job at each, all at once."""

    def __init__(self, url: str, actors, n: int, log: Path) -> None:
        clerk, sup = actors.clerk, actors.supervisor
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.logs = [log / f"station-{i}.err" for i in range(n)]
        self.procs = []
        for i, err in enumerate(self.logs):
            with err.open("w") as stderr:
                args = ("station", sup.user_id, sup.username, i, clerk.user_id, clerk.username)
                self.procs.append(
                    subprocess.Popen(
                        [sys.executable, str(WORKER), url, *map(str, args)],
                        stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE,
                        stderr=stderr,
                        text=True,
                        env=env,
                    )
                )
        self.answers: list[queue.Queue] = [queue.Queue() for _ in self.procs]
        self.readers = [
            threading.Thread(target=self._read, args=(p, q), daemon=True)
            for p, q in zip(self.procs, self.answers, strict=True)
        ]
        for reader in self.readers:
            reader.start()

    @staticmethod
    def _read(proc: subprocess.Popen, answers: queue.Queue) -> None:
        for line in proc.stdout:
            answers.put(line.strip())
        answers.put(None)  # the station ended

    def _answer(self, i: int) -> str:
        try:
            line = self.answers[i].get(timeout=ANSWER_TIMEOUT)
        except queue.Empty:
            line = None
        if line is None:
            self.procs[i].kill()
            pytest.fail(f"station {i} gave no answer:\n{self.logs[i].read_text()[-3000:]}")
        return line

    def _send(self, i: int, line: str) -> None:
        self.procs[i].stdin.write(line + "\n")
        self.procs[i].stdin.flush()

    def race(self, jobs: list[dict]) -> list[dict]:
        for i, job in enumerate(jobs):
            self._send(i, json.dumps(dict(job, now=ISSUED.isoformat())))
        for i in range(len(jobs)):  # every station has read its screen: the start barrier
            assert self._answer(i) == "READY"
        for i in range(len(jobs)):
            self._send(i, "GO")
        return [json.loads(self._answer(i)) for i in range(len(jobs))]

    def close(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.stdin.close()
        for proc in self.procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            proc.stdout.close()
            if not proc.stdin.closed:
                proc.stdin.close()
        for reader in self.readers:
            reader.join(timeout=10)


@pytest.fixture
def stations(db_url, actors, tmp_path) -> Iterator[Stations]:
    group = Stations(db_url, actors, STATIONS, tmp_path)
    yield group
    group.close()


def _given(backend, order_id: int) -> dict[str, Decimal]:
    """What the order's issued refunds give back, by kind (items, delivery, ...)."""
    with backend.uow(readonly=True) as uow:
        rows = uow.session.execute(
            select(RefundLine.kind, func.sum(RefundLine.gross - RefundLine.deduction))
            .join(Refund, Refund.id == RefundLine.refund_id)
            .where(RefundLine.order_id == order_id, Refund.status == "issued")
            .group_by(RefundLine.kind)
        ).all()
    return {kind: Decimal(str(total)) for kind, total in rows}


def _state(backend, return_id: int) -> tuple[str, Counter]:
    with backend.uow(readonly=True) as uow:
        s = uow.session
        money = s.scalar(select(Return.money_state).where(Return.id == return_id))
        statuses = Counter(s.scalars(select(Refund.status).where(Refund.return_id == return_id)))
    return money, statuses


def _consistent(money: str, statuses: Counter) -> bool:
    """The money state says what the refunds are: one open refund at most, and it is named."""
    open_ = [s for s in ("proposed", "approved") if statuses[s]]
    if statuses["proposed"] + statuses["approved"] > 1 or statuses["issued"] > 1:
        return False
    if open_:
        return money == open_[0]
    return money == ("refunded" if statuses["issued"] else "none")


def _finish(backend, actors, return_id: int) -> None:
    """Whatever the race left, the return can still be proposed and issued (never stuck)."""
    if _state(backend, return_id)[1]["issued"]:
        return
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, return_id)
    refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=ISSUED)


def _tally(results: list[dict], ok: Counter, refused: Counter, raw: list[str]) -> int:
    """Add the stations' outcomes up; return how many stations were told "issued"."""
    for result in results:
        ok.update(result["ok"])
        refused.update({kind: len(texts) for kind, texts in result["refused"].items()})
        raw.extend(result["raw"])
    return sum(result["ok"].get("issue", 0) for result in results)


def _credit_notes(backend) -> tuple[int, int]:
    """Issued refunds, and credit-note numbers taken: equal when every number is used once."""
    with backend.uow(readonly=True) as uow:
        s = uow.session
        issued = s.scalar(select(func.count(Refund.id)).where(Refund.status == "issued"))
        taken = s.scalar(select(func.coalesce(func.sum(CreditNoteSequence.last_number), 0)))
    return issued, taken


def test_two_returns_of_one_order_refunded_by_eight_station_processes_never_exceed_what_was_paid(
    backend, actors, make_order, stations
):
    ok: Counter = Counter()
    refused: Counter = Counter()
    raw: list[str] = []
    for round_ in range(6):
        order = issue_order(make_order, qty=2)
        a, b = (graded_return(backend, actors, order.lines[0].id) for _ in range(2))
        # at the same moment every station proposes both returns, half of them starting with
        # each: in even rounds from the return's page (the first proposal of each return wins,
        # the others are refused: the two that stay are made at once), in odd rounds each
        # replacing the one before; then every station issues the proposals its screen
        # shows, again all at once
        first = [[a.id, b.id], [b.id, a.id]]
        results = stations.race(
            [
                {"kind": "propose", "returns": first[i % 2], "screen": round_ % 2 == 0}
                for i in range(STATIONS)
            ]
        )
        results += stations.race(
            [{"kind": "issue", "returns": first[i % 2]} for i in range(STATIONS)]
        )
        told_issued = _tally(results, ok, refused, raw)
        assert not raw, f"{len(raw)} errors that are not clean conflicts: {raw}"
        states = {ret.id: _state(backend, ret.id) for ret in (a, b)}
        for money, statuses in states.values():
            assert statuses["issued"] <= 1 and _consistent(money, statuses), (round_, states)
        refunded = sum(statuses["issued"] for _, statuses in states.values())
        assert refunded >= 1, (round_, states, results)  # someone's proposal always goes through
        assert told_issued == refunded, (round_, told_issued, states)  # no refund paid twice
        given = _given(backend, order.id)
        assert given.get("delivery", Decimal(0)) <= DELIVERY, (round_, given)  # at most once
        if refunded == 2:
            assert sum(given.values()) == PAID, (round_, given)  # to the cent
        else:
            assert sum(given.values()) < PAID, (round_, given)  # never more
        for ret in (a, b):  # a return the race left unrefunded is proposed and issued again
            _finish(backend, actors, ret.id)
        given = _given(backend, order.id)
        assert given.get("delivery") == DELIVERY and sum(given.values()) == PAID, (round_, given)
    issued, taken = _credit_notes(backend)
    assert issued == taken == 12, (issued, taken)  # one credit note each, no number lost
    assert ok["issue"] >= 6 and refused, (ok, refused)


def test_mixed_operations_on_one_return_from_eight_station_processes_give_only_clean_conflicts(
    backend, actors, make_order, stations
):
    ok: Counter = Counter()
    refused: Counter = Counter()
    raw: list[str] = []
    made = []
    for round_ in range(6):
        order = issue_order(make_order, qty=1)
        ret = graded_return(backend, actors, order.lines[0].id)
        made.append((order, ret))
        # the first operation of every station acts on the same screen, at the same moment
        results = stations.race(
            [
                {"kind": "mixed", "return": ret.id, "seed": round_ * 100 + i, "ops": 4}
                for i in range(8)
            ]
        )
        told_issued = _tally(results, ok, refused, raw)
        assert not raw, f"{len(raw)} errors that are not clean conflicts: {raw}"
        money, statuses = _state(backend, ret.id)
        assert statuses["issued"] <= 1 and _consistent(money, statuses), (round_, money, statuses)
        assert told_issued == statuses["issued"], (round_, told_issued)  # none paid twice
        given = _given(backend, order.id)
        assert sum(given.values()) == (Decimal("45.79") if statuses["issued"] else 0), given
    for order, ret in made:
        _finish(backend, actors, ret.id)
        money, statuses = _state(backend, ret.id)
        assert money == "refunded" and statuses["issued"] == 1, (money, statuses)
        assert _given(backend, order.id) == {"item": Decimal("39.89"), "delivery": DELIVERY}
    assert _credit_notes(backend) == (6, 6)
    assert ok["propose"] and ok["issue"] and sum(refused.values()), (ok, refused)
