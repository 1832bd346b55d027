"""SQLite with more than one station: a long import lets the others write between its
batches, and a station that meets a busy file is told so and tries again."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from import_helpers import counts, generated_orders
from sqlalchemy import event, func, select

from returns_app.persistence.database import make_engine
from returns_app.persistence.models import AuditEntry, Order
from returns_app.persistence.uow import RETRYING, DatabaseBusy, UnitOfWork, busy_listeners
from returns_app.services import queries, returns, users
from returns_app.services.importing import import_orders, run
from returns_app.services.importing.writer import OrderWriter
from returns_app.services.returns import LineRequest, RegisterReturn
from returns_app.services.runtime import Backend


def _lock_waits(engine) -> list[float]:
    """The seconds each ``BEGIN IMMEDIATE`` on ``engine`` waited for the write lock (or
    until it gave up, busy).

    What the other station feels of the import is this wait; the rest of its use case (the
    password hash, the commit's flush to disk) is its own and, on a busy test machine,
    may stall for reasons that have nothing to do with the import.
    """
    waits: list[float] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _asked(conn, cursor, statement, *args) -> None:
        if statement == "BEGIN IMMEDIATE":
            conn.info["asked"] = time.perf_counter()

    @event.listens_for(engine, "after_cursor_execute")
    def _got(conn, cursor, statement, *args) -> None:
        if statement == "BEGIN IMMEDIATE":
            waits.append(time.perf_counter() - conn.info.pop("asked"))

    @event.listens_for(engine, "handle_error")
    def _gave_up(context) -> None:  # busy past the timeout: the unit of work tries again
        conn = context.connection
        if context.statement == "BEGIN IMMEDIATE" and conn is not None and "asked" in conn.info:
            waits.append(time.perf_counter() - conn.info.pop("asked"))

    return waits


def test_other_stations_write_between_the_batches_of_a_long_import(
    sqlite_backend, sqlite_actors, sqlite_url
):
    text = generated_orders(4000).encode()
    other = Backend(make_engine(sqlite_url), sqlite_url)  # a second station on the same file
    waits = _lock_waits(other.engine)
    report = {}
    importing = threading.Thread(
        target=lambda: report.setdefault(
            "r",
            import_orders(sqlite_backend.uow(), text, chunk_size=400, actor=sqlite_actors.admin),
        )
    )
    during = 0
    importing.start()
    n = 0
    while importing.is_alive():
        users.add_user(
            other.uow(), f"temp{n}", "secret-password", "clerk", actor=sqlite_actors.admin
        )
        if 0 < counts(other)["orders"] < 4000:
            during += 1  # written while the import had written some orders but not all
        n += 1
        time.sleep(0.02)
    importing.join()
    other.engine.dispose()
    assert (
        report["r"].ok and report["r"].created == 4000 and counts(sqlite_backend)["orders"] == 4000
    )
    assert during >= 3, (during, len(waits))
    assert max(waits) < 1.0, sorted(waits)[-3:]


def test_a_file_with_an_error_writes_nothing_though_it_is_written_in_batches(
    sqlite_backend, sqlite_actors
):
    lines = generated_orders(1500).splitlines()
    lines[-1] = lines[-1].replace(";2;", ";-2;").replace(";1;", ";-1;")  # a negative quantity
    report = import_orders(
        sqlite_backend.uow(),
        ("\n".join(lines) + "\n").encode(),
        chunk_size=200,
        actor=sqlite_actors.admin,
    )
    assert not report.written and report.errors
    assert counts(sqlite_backend)["orders"] == 0


def _short_busy_timeout(engine, ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _shorter(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {ms}")


def test_a_station_meeting_a_busy_file_hears_why_retries_and_then_gives_up(
    sqlite_url, sqlite_actors
):
    engine = make_engine(sqlite_url)
    _short_busy_timeout(engine, 200)
    holder = sqlite3.connect(
        sqlite_url.removeprefix("sqlite:///"), isolation_level=None, check_same_thread=False
    )
    holder.execute("BEGIN IMMEDIATE")  # another station's import batch, held on
    heard = []
    busy_listeners.append(heard.append)
    waits = _lock_waits(engine)
    try:
        with pytest.raises(DatabaseBusy) as caught:
            with UnitOfWork(engine):
                pass
        assert heard == [RETRYING, RETRYING]
        assert len(waits) == 3 and min(waits) >= 0.15  # each try waited its busy timeout
        assert heard[0].render() == "Another station is importing; retrying."
        assert "Another station is importing" in caught.value.message.render()
        assert "Cannot reach" not in caught.value.message.render()

        heard.clear()
        threading.Timer(0.3, holder.rollback).start()  # the batch ends during our retries
        users.add_user(_uow(engine), "late", "secret-password", "clerk", actor=sqlite_actors.admin)
        assert heard  # it had to wait, and said so
        assert users.count_users(_uow(engine, readonly=True)) == 4
    finally:
        busy_listeners.remove(heard.append)
        holder.close()
        engine.dispose()


def _uow(engine, readonly: bool = False) -> UnitOfWork:
    return UnitOfWork(engine, readonly=readonly)


def _delivery_prices(backend: Backend) -> dict[Decimal, int]:
    with backend.uow(readonly=True) as uow:
        rows = uow.session.execute(
            select(Order.delivery_price, func.count()).group_by(Order.delivery_price)
        )
        return {Decimal(str(price)): n for price, n in rows}


def _audit_actions(backend: Backend) -> list[tuple[str, dict]]:
    with backend.uow(readonly=True) as uow:
        return [
            (e.action, e.details)
            for e in uow.session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action.like("orders_import%"))
                .order_by(AuditEntry.id)
            )
        ]


def test_a_small_file_of_new_and_changed_orders_is_written_in_one_transaction(
    sqlite_backend, sqlite_actors, monkeypatch
):
    """A chunk's changes follow its new orders in the same batch while it is under the time a
    batch may take: no pause, one audit entry, as on PostgreSQL."""
    assert import_orders(
        sqlite_backend.uow(), generated_orders(60).encode(), actor=sqlite_actors.admin
    ).ok
    before = len(_audit_actions(sqlite_backend))
    monkeypatch.setattr(run, "BATCH_SECONDS", 30.0)  # however slow the machine running this
    pauses = []
    monkeypatch.setattr(run.time, "sleep", pauses.append)
    both = generated_orders(90).replace(";Posti;5,90;", ";Posti;6,90;")  # 60 change, 30 new
    report = import_orders(sqlite_backend.uow(), both.encode(), actor=sqlite_actors.admin)
    assert report.ok and (report.created, report.updated) == (30, 60)
    assert pauses == []
    assert [a for a, _ in _audit_actions(sqlite_backend)[before:]] == ["orders_imported"]
    assert _delivery_prices(sqlite_backend) == {Decimal("6.90"): 90}


def test_a_chunks_changes_that_take_too_long_go_on_in_batches_of_their_own(
    sqlite_backend, sqlite_actors, monkeypatch
):
    assert import_orders(
        sqlite_backend.uow(), generated_orders(60).encode(), actor=sqlite_actors.admin
    ).ok
    monkeypatch.setattr(run, "BATCH_SECONDS", 0.0)  # every look at the clock ends the batch
    pauses = []
    monkeypatch.setattr(run.time, "sleep", pauses.append)
    both = generated_orders(90).replace(";Posti;5,90;", ";Posti;6,90;")
    report = import_orders(sqlite_backend.uow(), both.encode(), actor=sqlite_actors.admin)
    assert report.ok and (report.created, report.updated) == (30, 60)
    # the new orders, then the changes one group at a time: a pause after every batch
    assert len(pauses) == 60 // run.CHANGE_GROUP
    assert [a for a, _ in _audit_actions(sqlite_backend)][-2:] == [
        "orders_import_started",
        "orders_imported",
    ]


def test_other_stations_write_between_the_batches_of_a_long_re_import(
    sqlite_backend, sqlite_actors, sqlite_url
):
    n = 600
    first = generated_orders(n)
    assert import_orders(sqlite_backend.uow(), first.encode(), actor=sqlite_actors.admin).ok
    dearer = first.replace(";Posti;5,90;", ";Posti;6,90;").encode()  # every order changes
    other = Backend(make_engine(sqlite_url), sqlite_url)
    waits = _lock_waits(other.engine)
    report = {}
    importing = threading.Thread(
        target=lambda: report.setdefault(
            "r",
            import_orders(sqlite_backend.uow(), dearer, chunk_size=100, actor=sqlite_actors.admin),
        )
    )
    during = 0
    importing.start()
    k = 0
    while importing.is_alive():
        users.add_user(
            other.uow(), f"temp{k}", "secret-password", "clerk", actor=sqlite_actors.admin
        )
        if 0 < _delivery_prices(other).get(Decimal("6.90"), 0) < n:
            during += 1  # written while the re-import had changed some orders but not all
        k += 1
        time.sleep(0.02)
    importing.join()
    other.engine.dispose()
    r = report["r"]
    assert r.ok and r.written and (r.updated, r.created) == (n, 0), r.errors[:3]
    assert _delivery_prices(sqlite_backend) == {Decimal("6.90"): n}
    assert during >= 3, (during, len(waits))
    assert max(waits) < 1.0, sorted(waits)[-3:]
    started_, imported = _audit_actions(sqlite_backend)[-2:]  # the first import's entry before
    assert started_[0] == "orders_import_started" and started_[1]["changed"] == n
    assert imported[0] == "orders_imported" and imported[1]["updated"] == n


def _on_a_return(backend: Backend, actors, number: str) -> None:
    order = next(h for h in queries.find(backend.uow(), number) if h.kind == "order")
    line = queries.get_order(backend.uow(), order.id).lines[0]
    returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "withdrawal",
            (LineRequest(line.id, 1),),
            notice_at=datetime(2026, 2, 20, 10, 0, tzinfo=UTC),
        ),
    )


@pytest.mark.parametrize("partial", [False, True])
def test_a_re_import_the_guard_refuses_is_refused_before_the_first_batch_and_names_the_order(
    sqlite_backend, sqlite_actors, partial
):
    n = 400
    first = generated_orders(n)
    assert import_orders(sqlite_backend.uow(), first.encode(), actor=sqlite_actors.admin).ok
    _on_a_return(sqlite_backend, sqlite_actors, "500300")
    lines = first.replace(";Posti;5,90;", ";Posti;6,90;").splitlines()
    at = next(i for i, row in enumerate(lines) if row.startswith("500300;"))
    cells = lines[at].split(";")
    cells[14] = "1,00"  # the unit price of the line on the return
    lines[at] = ";".join(cells)
    before = counts(sqlite_backend), _audit_actions(sqlite_backend)

    report = import_orders(
        sqlite_backend.uow(),
        ("\n".join(lines) + "\n").encode(),
        chunk_size=100,
        allow_partial=partial,
        actor=sqlite_actors.admin,
    )

    assert [(e.line, e.record) for e in report.errors] == [(at + 1, "500300")]
    assert "unit price cannot change" in str(report.errors[0])
    assert "refused this order while the file was being written" not in str(report.errors[0])
    if not partial:
        assert not report.written and report.updated == 0
        assert _delivery_prices(sqlite_backend) == {Decimal("5.90"): n}
        assert (counts(sqlite_backend), _audit_actions(sqlite_backend)) == before
    else:
        assert report.written and report.updated == n - 1
        assert _delivery_prices(sqlite_backend) == {Decimal("6.90"): n - 1, Decimal("5.90"): 1}
        assert [a for a, _ in _audit_actions(sqlite_backend)[len(before[1]) :]] == [
            "orders_import_started",
            "orders_imported",
        ]


def test_an_import_that_dies_between_batches_leaves_a_start_without_an_end_in_the_audit_log(
    sqlite_backend, sqlite_actors, monkeypatch
):
    real, calls = OrderWriter.write, []

    def dying(self, batch, products, prepared=None):
        calls.append(len(batch))
        if len(calls) == 3:
            raise KeyboardInterrupt  # the station is switched off in the third batch
        return real(self, batch, products, prepared)

    monkeypatch.setattr(OrderWriter, "write", dying)
    with pytest.raises(KeyboardInterrupt):
        import_orders(
            sqlite_backend.uow(),
            generated_orders(500).encode(),
            chunk_size=100,
            filename="orders.csv",
            actor=sqlite_actors.admin,
        )
    assert counts(sqlite_backend)["orders"] == 200  # two batches written, the third not
    [(action, details)] = _audit_actions(sqlite_backend)
    assert action == "orders_import_started"
    assert (details["file"], details["new"], details["changed"]) == ("orders.csv", 500, 0)


def test_an_order_put_on_a_return_while_the_batches_are_written_stops_the_import_there(
    sqlite_backend, sqlite_actors, monkeypatch
):
    """The one way a file is half-written: another station changes an order between the
    reading and the writing of the file."""
    first = generated_orders(400)
    assert import_orders(sqlite_backend.uow(), first.encode(), actor=sqlite_actors.admin).ok
    lines = first.replace(";Posti;5,90;", ";Posti;6,90;").splitlines()
    at = next(i for i, row in enumerate(lines) if row.startswith("500300;"))
    cells = lines[at].split(";")
    cells[14] = "1,00"
    lines[at] = ";".join(cells)
    pauses = []

    def other_station_meanwhile(seconds: float) -> None:
        if not pauses:  # in the first pause: the file was read and checked, 500300 passed
            _on_a_return(sqlite_backend, sqlite_actors, "500300")
        pauses.append(seconds)

    monkeypatch.setattr(run.time, "sleep", other_station_meanwhile)
    report = import_orders(
        sqlite_backend.uow(),
        ("\n".join(lines) + "\n").encode(),
        chunk_size=100,
        actor=sqlite_actors.admin,
    )
    assert report.written and not report.ok
    stopped = [e for e in report.errors if e.record == "500300"]
    assert "unit price cannot change" in str(stopped[0])
    assert "the import stopped here" in str(report.errors[-1])
    changed = _delivery_prices(sqlite_backend).get(Decimal("6.90"), 0)
    assert changed == report.updated == 300  # the chunks before it stay; its batch does not
    assert f"{changed} order(s) before it were written" in str(report.errors[-1])
    assert [a for a, _ in _audit_actions(sqlite_backend)][-2:] == [
        "orders_import_started",
        "orders_imported",
    ]


def _order_tables(backend: Backend) -> dict[str, list[tuple]]:
    """Every row of the tables an import writes (but the time each order was written)."""
    from sqlalchemy import text

    tables = {
        "customers": "SELECT * FROM customers ORDER BY id",
        "orders": "SELECT * FROM orders ORDER BY id",
        "order_lines": "SELECT * FROM order_lines ORDER BY id",
        "shipments": "SELECT * FROM shipments ORDER BY id",
        "sales_daily": "SELECT * FROM sales_daily ORDER BY day, product_id",
    }
    out = {}
    with backend.engine.connect() as conn:
        for name, sql in tables.items():
            result = conn.execute(text(sql))
            keep = [i for i, column in enumerate(result.keys()) if column != "updated_at"]
            out[name] = [tuple(row[i] for i in keep) for row in result]
    return out


def test_the_rows_worked_out_between_batches_are_the_rows_an_import_under_the_lock_writes(
    sqlite_backend, sqlite_actors, tmp_path, _sqlite_template, monkeypatch
):
    """While the other stations have their turn at the write lock, the import works out the
    next batch's new orders (their rows, converted for the driver), so that the batch holds
    the lock for less. Written that way, the database is the same to the last value as when
    each batch works its rows out itself."""
    from returns_app.domain.users import Actor

    text = generated_orders(300, start=640000).encode()
    given: list[int | None] = []
    real = OrderWriter.write

    def spy(self, batch, products, prepared=None):
        given.append(None if prepared is None else len(prepared))
        return real(self, batch, products, prepared)

    monkeypatch.setattr(OrderWriter, "write", spy)
    report = import_orders(sqlite_backend.uow(), text, chunk_size=100, actor=sqlite_actors.admin)
    assert report.ok and report.created == 300, report.errors
    # the first batch works its rows out itself; the next two were worked out in the pauses
    assert given == [None, 100, 100]

    monkeypatch.setattr(run, "_prepare_next", lambda queue, dialect: None)
    path = tmp_path / "under-the-lock.sqlite3"
    path.write_bytes(_sqlite_template.read_bytes())
    url = f"sqlite:///{path}"
    other = Backend(make_engine(url), url)
    try:
        admin = None
        for username in ("admin1", "supervisor1", "clerk1"):  # the same users, the same ids
            made = users.add_user(
                other.uow(),
                username,
                "secret-password",
                username[:-1],
                actor=admin or Actor(None, "setup", "admin"),
            )
            admin = admin or Actor(made.id, made.username, "admin", "DESK-1")
        assert admin == sqlite_actors.admin
        again = import_orders(other.uow(), text, chunk_size=100, actor=admin)
        assert again.ok and again.created == 300, again.errors
        assert given[3:] == [None, None, None]
        written, under_lock = _order_tables(sqlite_backend), _order_tables(other)
    finally:
        other.engine.dispose()
    assert len(written["order_lines"]) > 300 and len(written["customers"]) == 151
    assert written == under_lock
