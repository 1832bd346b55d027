"""A use case that loses a deadlock is run again; the clerk never sees the driver's error."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import psycopg.errors
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from returns_app.persistence.models import Customer
from returns_app.services.errors import Conflict
from returns_app.services.retry import retrying


def _deadlock() -> OperationalError:
    return OperationalError("UPDATE …", {}, psycopg.errors.DeadlockDetected("deadlock detected"))


def test_a_lost_deadlock_is_run_again_and_then_succeeds():
    calls = []

    def work():
        calls.append(1)
        if len(calls) < 3:
            raise _deadlock()
        return "done"

    assert retrying(work, pause=0) == "done" and len(calls) == 3


def test_after_the_last_try_the_station_is_told_plainly():
    def work():
        raise _deadlock()

    with pytest.raises(Conflict, match="Another station was changing the same thing"):
        retrying(work, pause=0)


def test_other_database_errors_are_not_retried():
    calls = []

    def work():
        calls.append(1)
        raise IntegrityError("INSERT …", {}, Exception("duplicate"))

    with pytest.raises(IntegrityError):
        retrying(work, pause=0)
    assert len(calls) == 1


@pytest.mark.postgres
def test_two_stations_that_deadlock_on_postgresql_both_finish(pg_url):
    from returns_app.persistence.database import make_engine
    from returns_app.persistence.uow import UnitOfWork

    engine = make_engine(pg_url)
    with engine.begin() as conn:
        for name in ("A", "B"):
            conn.execute(
                text(
                    "INSERT INTO customers (name, street, postal_code, city, country, lang)"
                    " VALUES (:n, 'K 1', '00100', 'Helsinki', 'FI', 'fi')"
                ),
                {"n": name},
            )
    with engine.connect() as conn:
        a, b = conn.scalars(text("SELECT id FROM customers ORDER BY id")).all()
    barrier = threading.Barrier(2)
    first_try = {0: True, 1: True}

    def station(i: int) -> str:
        order = (a, b) if i == 0 else (b, a)

        def work() -> str:
            with UnitOfWork(engine) as uow:
                s = uow.session
                s.execute(select(Customer).where(Customer.id == order[0]).with_for_update())
                if first_try[i]:
                    first_try[i] = False
                    barrier.wait()  # both hold one row and want the other's: a deadlock
                s.execute(select(Customer).where(Customer.id == order[1]).with_for_update())
                uow.commit()
                return "ok"

        return retrying(work, pause=0.01)

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(station, (0, 1)))
    assert results == ["ok", "ok"]
    engine.dispose()
