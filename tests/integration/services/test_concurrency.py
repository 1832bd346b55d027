"""Many stations at once: exactly one refund, gap-free credit notes, no lost stock movement,
and a process killed mid-use-case leaves the database as before it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from returns_app.domain.users import Actor
from returns_app.i18n import ReturnsError
from returns_app.persistence.models import (
    AuditEntry,
    CreditNoteSequence,
    Inspection,
    Parcel,
    Product,
    Refund,
    StockMovement,
)
from returns_app.services import inspection, receiving, refunds, returns, stock
from returns_app.services.returns import LineRequest, RegisterReturn

WORKER = Path(__file__).with_name("worker.py")
text_states = text(
    "SELECT r.goods_state, l.qty_received, l.qty_restocked FROM returns r "
    "JOIN return_lines l ON l.return_id = r.id ORDER BY l.id"
)
THREADS = 6
NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)


def _received_return(backend, actors, make_order, qty=1):
    order = make_order()
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, qty),), notice_at=NOTICE),
    )
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019", quantity=qty)
    return ret


def _proposal(backend, actors, make_order):
    ret = _received_return(backend, actors, make_order)
    return refunds.propose_refund(backend.uow(), actors.clerk, ret.id)


def _race(n, fn):
    barrier = threading.Barrier(n)

    def run(i):
        barrier.wait()
        try:
            return ("ok", fn(i))
        except ReturnsError as exc:
            return ("error", str(exc))

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(run, range(n)))


def _count(backend, stmt):
    with backend.uow(readonly=True) as uow:
        return uow.session.scalar(stmt)


@pytest.mark.parametrize("rounds", [5])
def test_two_stations_issuing_the_same_refund_make_exactly_one(backend, actors, make_order, rounds):
    for _ in range(rounds):
        refund_id = _proposal(backend, actors, make_order).id

        def issue(i, refund_id=refund_id):
            station = Actor(actors.supervisor.user_id, "supervisor1", "supervisor", f"DESK-{i}")
            return refunds.issue_refund(backend.uow(), station, refund_id)

        outcomes = _race(THREADS, issue)
        assert [o for o, _ in outcomes].count("ok") == 1
        assert all(
            "Already refunded by supervisor1" in text for o, text in outcomes if o == "error"
        )
    issued = _count(
        backend, select(func.count()).select_from(Refund).where(Refund.status == "issued")
    )
    assert issued == rounds
    numbers = _count(backend, select(CreditNoteSequence.last_number))
    assert numbers == rounds


def test_credit_note_numbers_stay_gap_free_when_issued_concurrently(backend, actors, make_order):
    proposals = [_proposal(backend, actors, make_order) for _ in range(12)]
    outcomes = _race(
        len(proposals),
        lambda i: (
            refunds.issue_refund(backend.uow(), actors.clerk, proposals[i].id).credit_note_number
        ),
    )
    assert all(o == "ok" for o, _ in outcomes)
    seqs = sorted(int(n.split("-")[1]) for _, n in outcomes)
    assert seqs == list(range(1, 13))


def test_the_same_parcel_received_at_two_stations_is_recorded_once(backend, actors, make_order):
    order = make_order()
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 1),), notice_at=NOTICE),
    )
    outcomes = _race(
        THREADS, lambda i: receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    )
    assert [o for o, _ in outcomes].count("ok") == 1
    assert _count(backend, select(func.count()).select_from(Parcel)) == 1


def test_the_same_unit_restocked_at_two_stations_moves_stock_once(backend, actors, make_order):
    ret = _received_return(backend, actors, make_order)
    line = ret.lines[0].id
    outcomes = _race(
        THREADS,
        lambda i: inspection.inspect_unit(
            backend.uow(), actors.clerk, inspection.InspectUnit(line, "A", "restock", unit_no=1)
        ),
    )
    assert [o for o, _ in outcomes].count("ok") == 1
    assert _count(backend, select(func.count()).select_from(Inspection)) == 1
    assert _count(backend, select(func.count()).select_from(StockMovement)) == 1


def test_stock_levels_equal_the_ledger_under_concurrent_movements(backend, actors):
    with backend.uow() as uow:
        uow.session.add(
            Product(sku="RACE", name="Race", unit_price=Decimal("1.00"), vat_rate=Decimal("25.5"))
        )
        uow.commit()
    per_thread = 15

    def work(i):
        for n in range(per_thread):
            stock.adjust_stock(
                backend.uow(), actors.supervisor, "RACE", "MAIN", 1 if n % 3 else -1, "race"
            )

    outcomes = _race(THREADS, work)
    assert all(o == "ok" for o, _ in outcomes), outcomes
    levels = stock.stock_levels(backend.uow(), "RACE")
    expected = THREADS * sum(1 if n % 3 else -1 for n in range(per_thread))
    assert [lvl.quantity for lvl in levels] == [expected]
    assert _count(backend, select(func.count()).select_from(StockMovement)) == THREADS * per_thread
    assert stock.ledger_sum_mismatches(backend.uow()) == []


def _worker(url, *args, hang=None):
    cmd = [sys.executable, str(WORKER), url, *map(str, args)]
    if hang:
        cmd += ["--hang-in", hang]
    env = dict(os.environ, PYTHONPATH=str(Path.cwd()))
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_processes_on_a_shared_database_issue_one_refund_and_lose_no_movement(
    backend, actors, make_order, db_url
):
    proposal = _proposal(backend, actors, make_order)
    sup = actors.supervisor
    procs = [_worker(db_url, "issue", sup.user_id, sup.username, i, proposal.id) for i in range(4)]
    results = [json.loads(p.communicate(timeout=120)[0].strip().splitlines()[-1]) for p in procs]
    assert sum(r["ok"] for r in results) == 1
    assert (
        _count(backend, select(func.count()).select_from(Refund).where(Refund.status == "issued"))
        == 1
    )
    with backend.uow() as uow:
        uow.session.add(
            Product(sku="PROC", name="P", unit_price=Decimal("1.00"), vat_rate=Decimal("25.5"))
        )
        uow.commit()
    procs = [_worker(db_url, "adjust", sup.user_id, sup.username, i, "PROC", 10) for i in range(3)]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    per_process = sum(1 if i % 3 else -1 for i in range(10))
    assert [lvl.quantity for lvl in stock.stock_levels(backend.uow(), "PROC")] == [3 * per_process]
    assert stock.ledger_sum_mismatches(backend.uow()) == []


def test_a_process_killed_while_issuing_leaves_the_refund_unissued_and_no_number_used(
    backend, actors, make_order, db_url
):
    proposal = _proposal(backend, actors, make_order)
    sup = actors.supervisor
    proc = _worker(db_url, "issue", sup.user_id, sup.username, 1, proposal.id, hang="refund_issued")
    assert proc.stdout.readline().strip() == "READY"
    proc.kill()
    proc.communicate(timeout=30)
    assert _count(backend, select(Refund.status).where(Refund.id == proposal.id)) == "proposed"
    assert (
        _count(
            backend,
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "refund_issued"),
        )
        == 0
    )
    issued = refunds.issue_refund(backend.uow(), actors.clerk, proposal.id)
    assert issued.credit_note_number.endswith("-000001")


@pytest.mark.parametrize("use_case", ["receive", "inspect"])
def test_a_process_killed_mid_use_case_leaves_no_half_written_rows(
    backend, actors, make_order, db_url, use_case
):
    order = make_order()
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 1),), notice_at=NOTICE),
    )
    if use_case == "inspect":
        receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
        receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
        args, hang = (ret.lines[0].id,), "unit_inspected"
    else:
        args, hang = (ret.code,), "parcel_received"
    before = _snapshot(backend)
    sup = actors.supervisor
    proc = _worker(db_url, use_case, sup.user_id, sup.username, 1, *args, hang=hang)
    assert proc.stdout.readline().strip() == "READY"
    proc.kill()
    proc.communicate(timeout=30)
    assert _snapshot(backend) == before


def _snapshot(backend):
    tables = (Parcel, Inspection, StockMovement, AuditEntry)
    with backend.uow(readonly=True) as uow:
        counts = tuple(uow.session.scalar(select(func.count()).select_from(t)) for t in tables)
        states = tuple(uow.session.execute(text_states).all())
    return counts, states
