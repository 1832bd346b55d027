"""The scan path is a handful of statements: receiving a parcel and opening a return are
pinned by count (the issue measured 17 for a receive), on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import event

from returns_app.services import inspection, queries, receiving, refunds, returns
from returns_app.services.returns import LineRequest, RegisterReturn
from returns_app.services.runtime import overview


@contextmanager
def statements(engine, *, built_only: bool = False) -> Iterator[list[str]]:
    """Every statement sent to the database meanwhile (BEGIN/COMMIT of the driver aside);
    with ``built_only`` the reading ones the engine had to build (not in its cache)."""
    seen: list[str] = []

    def record(_conn, _cursor, statement, _params, context, _many) -> None:
        if built_only and not (
            statement.lstrip().startswith("SELECT")
            and context is not None
            and context.cache_hit == context.dialect.CACHE_MISS
        ):
            return
        seen.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _registered(backend, actors, make_order):
    order = make_order()
    cmd = RegisterReturn(
        kind="withdrawal",
        lines=(
            LineRequest(order.lines[0].id, 2, "does_not_fit"),
            LineRequest(order.lines[1].id, 1, "changed_mind"),
        ),
        notice_at=datetime(2026, 11, 15, 10, 0, tzinfo=UTC),
    )
    return returns.register_return(backend.uow(), actors.clerk, cmd)


# Measured when the scan path was made lean (issue 17): 24 statements for a receive on
# SQLite (26 on PostgreSQL) and 15 (14) for opening a return. SQLite's count has its BEGIN;
# PostgreSQL's has the row locks, the server's clock and the live notification.
RECEIVE = {"sqlite": 18, "postgresql": 20}
OPEN = {"sqlite": 9, "postgresql": 8}


def _reads_a_whole_table(seen: list[str]) -> list[str]:
    """Statements that read every location or every user (no WHERE)."""
    return [
        s
        for s in seen
        if s.startswith("SELECT")
        and (" FROM locations" in s or " FROM users" in s)
        and " WHERE " not in s
    ]


def test_receiving_a_parcel_is_a_few_statements(backend, actors, make_order):
    ret = _registered(backend, actors, make_order)
    with statements(backend.engine) as seen:
        result = receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    assert result.kind == "return"
    assert result.ret.goods_state == "received"
    assert [p.username for p in result.ret.parcels] == ["clerk1"]
    assert result.ret.customer.name == "Aino Laine"
    assert len(seen) <= RECEIVE[backend.engine.dialect.name], "\n".join(seen)
    assert _reads_a_whole_table(seen) == []


def test_opening_a_return_is_a_few_statements(backend, actors, make_order):
    ret = _registered(backend, actors, make_order)
    with statements(backend.engine) as seen:
        opened = queries.get_return(backend.uow(readonly=True), code=ret.code)
    assert opened == queries.get_return(backend.uow(readonly=True), ret.id)
    assert opened.code == ret.code and opened.customer.name == "Aino Laine"
    assert len(seen) <= OPEN[backend.engine.dialect.name], "\n".join(seen)
    assert _reads_a_whole_table(seen) == []


def test_a_return_read_lean_still_says_who_did_what_and_where_each_unit_went(
    backend, actors, make_order
):
    """Inspected units with their place and clerk, the parcel's clerk, the refund: read
    with the return, without reading every location or user."""
    ret = _registered(backend, actors, make_order)
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019", quantity=2)
    line = ret.lines[0].id
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(line, "A", "restock", unit_no=1)
    )
    inspection.inspect_unit(
        backend.uow(), actors.supervisor, inspection.InspectUnit(line, "C", "scrap", unit_no=2)
    )
    refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    with statements(backend.engine) as seen:
        opened = queries.get_return(backend.uow(readonly=True), code=ret.code)
    assert _reads_a_whole_table(seen) == []
    assert [(i.unit_no, i.location_code, i.username) for i in opened.inspections] == [
        (1, "MAIN", "clerk1"),
        (2, "SCRAP", "supervisor1"),
    ]
    assert all(i.location_name for i in opened.inspections)
    assert [p.username for p in opened.parcels] == ["clerk1"]
    assert opened.refund is not None and opened.refund.status == "proposed"
    assert opened.lines[0].inspected_units == (1, 2)


def test_the_status_bars_heartbeat_counts_nothing(backend):
    """Every 30 seconds at every station: one ``SELECT 1``, never a count of a big table."""
    with statements(backend.engine) as seen:
        assert overview(backend).reachable
    assert [s for s in seen if not s.startswith("BEGIN")] == ["SELECT 1"]


def test_a_find_is_its_look_ups_alone(backend, actors, make_order):
    """No BEGIN, no settings read once the shop's order-number shape is known (issue 17: a
    find cost several times its indexed query); a phone number in its international form is
    not looked up as an order number."""
    made = []
    ret = _registered(backend, actors, lambda: made.append(make_order()) or made[0])
    queries.find(backend.uow(readonly=True), ret.code)  # the order-number shape is read once
    with statements(backend.engine) as seen:
        hits = queries.find(backend.uow(readonly=True), ret.code)
    assert [h.code for h in hits] == [ret.code]
    assert len(seen) == 1 and seen[0].startswith("SELECT"), "\n".join(seen)
    with statements(backend.engine) as seen:
        hits = queries.find(backend.uow(readonly=True), "+358401234567")
    assert [(h.kind, h.code) for h in hits] == [
        ("return", ret.code),
        ("order", made[0].order_number),
    ]
    assert not any("order_number =" in s for s in seen), "\n".join(seen)
    # the customer, their returns and their orders in one statement: the customers' ids stay
    # in the database
    assert len(seen) == 1, "\n".join(seen)
    assert "phone" in seen[0] and "FROM returns" in seen[0] and "FROM orders" in seen[0]


def test_after_the_warm_up_the_first_scan_of_the_day_reads_with_statements_ready(
    db_url, actors, make_order
):
    """The desk warms its worker up once shown: the first parcel then finds the reads that
    look the return up and show it built already, as every later scan does. What is left
    (the row lock, the parcel, the audit entry) a warm-up cannot run without writing."""
    from returns_app.persistence.database import make_engine
    from returns_app.services.runtime import Backend

    setup = Backend(make_engine(db_url), db_url)
    first, second = (_registered(setup, actors, make_order) for _ in range(2))
    setup.engine.dispose()
    built = {}
    for name, ret in (("cold", first), ("warm", second)):
        station = Backend(make_engine(db_url), db_url)  # a station that has just started
        try:
            if name == "warm":
                assert receiving.warm_up(station.uow(readonly=True), actors.clerk)
            with statements(station.engine, built_only=True) as built[name]:
                result = receiving.receive_parcel(station.uow(), actors.clerk, ret.code)
            assert result.ret.code == ret.code
        finally:
            station.engine.dispose()
    shown = [  # what the desk shows of the return: its orders, units, refund, ...
        s
        for s in built["cold"]
        if s.split()[1].split(".")[0]
        in ("orders", "shipments", "inspections", "discrepancies", "deductions", "refunds")
        and " FOR UPDATE" not in s  # a lock is the receive's own
    ]
    assert shown and not set(shown) & set(built["warm"])
    assert len(built["warm"]) <= len(built["cold"]) // 2, built["warm"]


def test_the_warm_up_of_an_empty_database_reads_nothing_and_says_so(backend, actors):
    assert receiving.warm_up(backend.uow(readonly=True), actors.clerk) is False
