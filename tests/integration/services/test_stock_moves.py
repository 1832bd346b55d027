"""Moving units between locations: two ledger movements in one transaction, each refusal
said plainly, one audit entry; and two stations moving from one source at once."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text

from returns_app.domain.users import Actor
from returns_app.i18n import ReturnsError
from returns_app.persistence.models import AuditEntry, StockMovement
from returns_app.services import backoffice_stock as bs
from returns_app.services import stock
from returns_app.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from returns_app.services.stock_moves import move_stock

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)


def _ids(backend) -> dict[str, int]:
    return {l.code: l.id for l in bs.all_locations(backend.uow(readonly=True))}


def _moves_audited(backend) -> list[dict]:
    """The ``stock_moved`` audit entries, oldest first, as the timeline reads them."""
    with backend.uow(readonly=True) as uow:
        return [
            {
                "entity": e.entity,
                "entity_id": e.entity_id,
                "who": (e.username, e.station),
                "return_id": e.return_id,
                "details": e.details,
            }
            for e in uow.session.scalars(
                select(AuditEntry).where(AuditEntry.action == "stock_moved").order_by(AuditEntry.id)
            )
        ]


def _levels(backend, sku: str) -> dict[str, int]:
    return {l.location_code: l.quantity for l in stock.stock_levels(backend.uow(), sku)}


@pytest.fixture
def quarantined(backend, actors, make_order):
    """Five shirts in quarantine (counted in by a supervisor)."""
    make_order()
    stock.adjust_stock(backend.uow(), actors.supervisor, "SHIRT-M", "QUAR", 5, "Stocktake")
    return _ids(backend)


def test_a_move_is_two_movements_with_the_balances_they_left(backend, actors, quarantined):
    ids = quarantined
    done = move_stock(
        backend.uow(), actors.supervisor, "SHIRT-M", ids["QUAR"], ids["SCRAP"], 2, "Mould", "bin 4"
    )
    assert (done.out.quantity, done.out.balance_after, done.out.location_name) == (
        -2,
        3,
        "Quarantine",
    )
    assert done.into is not None
    assert (done.into.quantity, done.into.balance_after, done.into.location_code) == (2, 2, "SCRAP")
    assert _levels(backend, "SHIRT-M") == {"QUAR": 3, "SCRAP": 2}
    rows = stock.ledger(backend.uow(), sku="SHIRT-M")
    assert [(r.location_code, r.quantity, r.reason, r.note) for r in rows[:2]] == [
        ("SCRAP", 2, "moved", "Mould – bin 4"),
        ("QUAR", -2, "moved", "Mould – bin 4"),
    ]
    assert stock.ledger_sum_mismatches(backend.uow()) == []


def test_a_move_writes_one_audit_entry_naming_the_movement_into_the_target(
    backend, actors, quarantined
):
    ids = quarantined
    done = move_stock(
        backend.uow(), actors.supervisor, "SHIRT-M", ids["QUAR"], ids["SCRAP"], 2, "Mould"
    )
    entries = _moves_audited(backend)
    assert len(entries) == 1
    entry = entries[0]
    assert (entry["entity"], entry["entity_id"], entry["who"]) == (
        "stock_movement",
        done.into.id,
        ("supervisor1", "DESK-2"),
    )
    assert entry["details"] == {
        "sku": "SHIRT-M",
        "quantity": 2,
        "from": "QUAR",
        "to": "SCRAP",
        "reason": "Mould",
        "note": "",
    }
    assert entry["return_id"] is None


def test_units_sent_back_to_the_customer_leave_with_one_movement_and_name_the_return(
    backend, actors, make_order
):
    from returns_app.services import returns as returns_service
    from returns_app.services.returns import LineRequest, RegisterReturn

    order = make_order()
    ret = returns_service.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 1),), notice_at=NOTICE),
    )
    ids = _ids(backend)
    stock.adjust_stock(backend.uow(), actors.supervisor, "SHIRT-M", "HOLD", 1, "Held")
    done = move_stock(
        backend.uow(),
        actors.supervisor,
        "SHIRT-M",
        ids["HOLD"],
        None,
        1,
        "Sent back: not returnable",
        return_code=ret.code.lower(),
    )
    assert done.into is None and (done.out.quantity, done.out.balance_after) == (-1, 0)
    assert done.out.reason == "to_customer" and done.out.return_id == ret.id
    assert _levels(backend, "SHIRT-M") == {}
    [entry] = _moves_audited(backend)
    assert entry["entity_id"] == done.out.id and entry["return_id"] == ret.id
    assert entry["details"]["to"] is None and entry["details"]["from"] == "HOLD"


def test_a_product_can_be_named_by_its_id(backend, actors, quarantined):
    product_id = bs.stock_overview(backend.uow(), "SHIRT-M").products[0].product_id
    ids = quarantined
    move_stock(backend.uow(), actors.supervisor, product_id, ids["QUAR"], ids["BSTOCK"], 5, "Fine")
    assert _levels(backend, "SHIRT-M") == {"BSTOCK": 5}


@pytest.mark.parametrize(
    ("source", "target", "quantity", "reason", "error", "says"),
    [
        ("QUAR", "SCRAP", 0, "x", InvalidInput, "Move at least one unit."),
        ("QUAR", "SCRAP", -2, "x", InvalidInput, "Move at least one unit."),
        (
            "QUAR",
            "SCRAP",
            6,
            "x",
            Conflict,
            "Quarantine holds 5 of SHIRT-M, not 6. Move at most 5.",
        ),
        ("MAIN", "SCRAP", 1, "x", Conflict, "Main stock holds no SHIRT-M: nothing to move."),
        (
            "QUAR",
            "QUAR",
            1,
            "x",
            InvalidInput,
            "The units are already there: choose another location to move to.",
        ),
        ("QUAR", "SCRAP", 1, "  ", InvalidInput, "Write the reason for moving the units."),
    ],
)
def test_a_move_that_cannot_be_done_is_refused_and_changes_nothing(
    backend, actors, quarantined, source, target, quantity, reason, error, says
):
    ids = quarantined
    with pytest.raises(error) as exc:
        move_stock(
            backend.uow(), actors.supervisor, "SHIRT-M", ids[source], ids[target], quantity, reason
        )
    assert str(exc.value) == says
    assert _levels(backend, "SHIRT-M") == {"QUAR": 5}
    assert len(stock.ledger(backend.uow(), sku="SHIRT-M")) == 1


def test_a_move_to_or_from_an_inactive_location_is_refused(backend, actors, quarantined):
    ids = quarantined
    extra = bs.save_location(
        backend.uow(), actors.admin, bs.LocationInput("OLD", "Old shelf", "sellable")
    )
    bs.save_location(
        backend.uow(),
        actors.admin,
        bs.LocationInput("OLD", "Old shelf", "sellable", active=False, id=extra.id),
    )
    with pytest.raises(Conflict) as exc:
        move_stock(backend.uow(), actors.supervisor, "SHIRT-M", ids["QUAR"], extra.id, 1, "x")
    assert str(exc.value) == "Old shelf is no longer in use. Choose an active location."
    assert _levels(backend, "SHIRT-M") == {"QUAR": 5}


def test_an_unknown_product_or_return_is_refused(backend, actors, quarantined):
    ids = quarantined
    with pytest.raises(NotFound, match="No product NOPE. Check the SKU."):
        move_stock(backend.uow(), actors.supervisor, "NOPE", ids["QUAR"], ids["SCRAP"], 1, "x")
    with pytest.raises(NotFound, match="No return R999. Check the return code."):
        move_stock(
            backend.uow(),
            actors.supervisor,
            "SHIRT-M",
            ids["QUAR"],
            None,
            1,
            "x",
            return_code="R999",
        )


def test_a_clerk_may_not_move_stock(backend, actors, quarantined):
    ids = quarantined
    with pytest.raises(PermissionDenied, match="clerk1 .* may not adjust stock"):
        move_stock(backend.uow(), actors.clerk, "SHIRT-M", ids["QUAR"], ids["SCRAP"], 1, "x")
    assert _levels(backend, "SHIRT-M") == {"QUAR": 5}


# --- Two stations at once (PostgreSQL) ------------------------------------------------------


def _waiting_on_locks(backend, holder_pid: int) -> int:
    """Sessions waiting, directly or in a queue behind another waiter, on ``holder_pid``:
    only this test's stations, whatever else runs against the server (another test run)."""
    with backend.engine.connect() as conn:
        return conn.scalar(
            text(
                "WITH RECURSIVE w(pid) AS ("
                " SELECT pid FROM pg_stat_activity WHERE :h = ANY(pg_blocking_pids(pid))"
                " UNION SELECT a.pid FROM pg_stat_activity a"
                " JOIN w ON w.pid = ANY(pg_blocking_pids(a.pid))"
                ") SELECT count(*) FROM w"
            ),
            {"h": holder_pid},
        )


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
@pytest.mark.parametrize("rounds", [6])
def test_two_stations_moving_from_one_source_never_oversell_it(backend, actors, make_order, rounds):
    """Five units, two stations moving three each at the same moment: one moves them, the
    other is told how many are left; the level is the ledger's sum, never negative. In the
    even rounds a third connection holds the level row first, so both really wait on it."""
    make_order()
    ids = _ids(backend)
    for r in range(rounds):
        sku = "SHIRT-M" if r % 2 else "BOOK-1"
        held = _levels(backend, sku).get("QUAR", 0)
        stock.adjust_stock(backend.uow(), actors.supervisor, sku, "QUAR", 5 - held, f"round {r}")
        target = ids["SCRAP"] if r % 3 else ids["SUPPLIER"]
        barrier = threading.Barrier(2)
        holder = None
        if r % 2 == 0:
            holder = backend.engine.connect()
            holder_pid = holder.execute(text("SELECT pg_backend_pid()")).scalar_one()
            holder.execute(
                text("SELECT quantity FROM stock_levels WHERE location_id = :l FOR UPDATE"),
                {"l": ids["QUAR"]},
            )

        def station(i, sku=sku, target=target, barrier=barrier):
            actor = Actor(actors.supervisor.user_id, "supervisor1", "supervisor", f"DESK-{i}")
            barrier.wait()
            try:
                done = move_stock(backend.uow(), actor, sku, ids["QUAR"], target, 3, "Race")
                return ("ok", done.out.balance_after)
            except ReturnsError as exc:
                return ("refused", str(exc))

        with ThreadPoolExecutor(2) as pool:
            futures = [pool.submit(station, i) for i in range(2)]
            if holder is not None:
                try:
                    deadline = time.monotonic() + 10
                    while (
                        _waiting_on_locks(backend, holder_pid) < 2 and time.monotonic() < deadline
                    ):
                        time.sleep(0.01)
                    waiting = _waiting_on_locks(backend, holder_pid)
                finally:  # never leave the stations waiting on a failed test
                    holder.rollback()
                    holder.close()
                assert waiting == 2  # both stations waited on the level row
            outcomes = sorted(f.result(timeout=30) for f in futures)
        assert outcomes == [
            ("ok", 2),
            ("refused", f"Quarantine holds 2 of {sku}, not 3. Move at most 2."),
        ]
        assert _levels(backend, sku)["QUAR"] == 2
        assert stock.ledger_sum_mismatches(backend.uow()) == []
    with backend.uow(readonly=True) as uow:
        moved = uow.session.scalar(
            select(func.count()).select_from(StockMovement).where(StockMovement.reason == "moved")
        )
        audited = uow.session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "stock_moved")
        )
        negative = uow.session.scalar(text("SELECT count(*) FROM stock_levels WHERE quantity < 0"))
    assert (moved, audited, negative) == (2 * rounds, rounds, 0)
    scrapped = sum(3 for r in range(rounds) if r % 3)
    supplied = 3 * rounds - scrapped
    assert sum(_levels(backend, s).get("SCRAP", 0) for s in ("SHIRT-M", "BOOK-1")) == scrapped
    assert sum(_levels(backend, s).get("SUPPLIER", 0) for s in ("SHIRT-M", "BOOK-1")) == supplied


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_opposite_moves_at_once_never_deadlock_and_lose_nothing(backend, actors, make_order):
    """Quarantine -> B-stock and B-stock -> quarantine of one product from two stations at
    the same moment, many times: both level rows are locked in one order, so neither waits
    for the other in a circle; every move lands and the ledger adds up."""
    make_order()
    ids = _ids(backend)
    stock.adjust_stock(backend.uow(), actors.supervisor, "SHIRT-M", "QUAR", 20, "count")
    stock.adjust_stock(backend.uow(), actors.supervisor, "SHIRT-M", "BSTOCK", 20, "count")
    rounds = 15
    for _ in range(rounds):
        barrier = threading.Barrier(2)

        def station(i, barrier=barrier):
            actor = Actor(actors.supervisor.user_id, "supervisor1", "supervisor", f"DESK-{i}")
            source, target = (ids["QUAR"], ids["BSTOCK"]) if i else (ids["BSTOCK"], ids["QUAR"])
            barrier.wait()
            return move_stock(backend.uow(), actor, "SHIRT-M", source, target, 1, "Race").quantity

        with ThreadPoolExecutor(2) as pool:
            assert list(pool.map(station, range(2))) == [1, 1]  # a deadlock would raise
    levels = _levels(backend, "SHIRT-M")
    assert (levels["QUAR"], levels["BSTOCK"]) == (20, 20)
    assert stock.ledger_sum_mismatches(backend.uow()) == []
    assert len(_moves_audited(backend)) == 2 * rounds
