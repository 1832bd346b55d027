"""SQLite with more than one station: a long import lets the others write between its
batches, and a station that meets a busy file is told so and tries again."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from import_helpers import counts, generated_orders
from sqlalchemy import event

from returns_app.persistence.database import make_engine
from returns_app.persistence.uow import RETRYING, DatabaseBusy, UnitOfWork, busy_listeners
from returns_app.services import users
from returns_app.services.importing import import_orders
from returns_app.services.runtime import Backend


def test_other_stations_write_between_the_batches_of_a_long_import(
    sqlite_backend, sqlite_actors, sqlite_url
):
    text = generated_orders(4000).encode()
    other = Backend(make_engine(sqlite_url), sqlite_url)  # a second station on the same file
    report = {}
    importing = threading.Thread(
        target=lambda: report.setdefault(
            "r", import_orders(sqlite_backend.uow(), text, chunk_size=400, actor=sqlite_actors.admin)
        )
    )
    waits, during = [], 0
    importing.start()
    n = 0
    while importing.is_alive():
        started = time.perf_counter()
        users.add_user(other.uow(), f"temp{n}", "secret-password", "clerk", actor=sqlite_actors.admin)
        waits.append(time.perf_counter() - started)
        if 0 < counts(other)["orders"] < 4000:
            during += 1  # written while the import had written some orders but not all
        n += 1
        time.sleep(0.02)
    importing.join()
    other.engine.dispose()
    assert report["r"].ok and report["r"].created == 4000 and counts(sqlite_backend)["orders"] == 4000
    assert during >= 3, (during, len(waits))
    assert max(waits) < 1.0, sorted(waits)[-3:]


def test_a_file_with_an_error_writes_nothing_though_it_is_written_in_batches(
    sqlite_backend, sqlite_actors
):
    lines = generated_orders(1500).splitlines()
    lines[-1] = lines[-1].replace(";2;", ";-2;").replace(";1;", ";-1;")  # a negative quantity
    report = import_orders(
        sqlite_backend.uow(), ("\n".join(lines) + "\n").encode(), chunk_size=200, actor=sqlite_actors.admin
    )
    assert not report.written and report.errors
    assert counts(sqlite_backend)["orders"] == 0


def _short_busy_timeout(engine, ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _shorter(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {ms}")


def test_a_station_meeting_a_busy_file_hears_why_retries_and_then_gives_up(sqlite_url, sqlite_actors):
    engine = make_engine(sqlite_url)
    _short_busy_timeout(engine, 200)
    holder = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another station's import batch, held on
    heard = []
    busy_listeners.append(heard.append)
    try:
        with pytest.raises(DatabaseBusy) as caught:
            with UnitOfWork(engine):
                pass
        assert heard == [RETRYING, RETRYING]
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


