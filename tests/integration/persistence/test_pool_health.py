"""PostgreSQL's pool: no ping on every checkout, and still no dead connection ever lent out
for long: one idle for a while is pinged first, one that died meanwhile is told once and the
next try connects anew."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from returns_app.persistence import database
from returns_app.persistence.database import make_engine
from returns_app.persistence.waits import DatabaseNotAnswering
from returns_app.services import users
from returns_app.services.runtime import Backend

pytestmark = pytest.mark.postgres

NOT_ANSWERING = "The database is not answering. Nothing was saved; check the network and try again."


@pytest.fixture
def db_url(pg_url: str) -> str:
    return pg_url


@pytest.fixture
def station(pg_url: str):
    engine = make_engine(pg_url, station="DESK-1")
    yield Backend(engine, pg_url)
    engine.dispose()


def _pid(backend: Backend) -> int:
    with backend.uow(readonly=True) as uow:
        return uow.session.execute(text("SELECT pg_backend_pid()")).scalar_one()


def _drop(pg_url: str, pid: int) -> None:
    """The server ends the station's connection (a restart, an administrator)."""
    u = make_url(pg_url)
    conninfo = psycopg.conninfo.make_conninfo(
        host=u.host or "127.0.0.1",
        port=u.port or 5432,
        user=u.username or "postgres",
        dbname=u.database,
        password=u.password or None,
    )
    with psycopg.connect(conninfo, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def _pings(backend: Backend, monkeypatch) -> list[int]:
    pings: list[int] = []
    ping = backend.engine.dialect.do_ping

    def counted(dbapi_connection):
        pings.append(1)
        return ping(dbapi_connection)

    monkeypatch.setattr(backend.engine.dialect, "do_ping", counted)
    return pings


def test_a_connection_in_use_is_not_pinged_before_each_use_case(station, monkeypatch):
    users.count_users(station.uow(readonly=True))
    pings = _pings(station, monkeypatch)
    for _ in range(5):
        assert users.count_users(station.uow(readonly=True)) == 0
    assert pings == []


def test_an_idle_connection_the_server_dropped_is_replaced_unnoticed(station, pg_url, monkeypatch):
    pid = _pid(station)
    _drop(pg_url, pid)
    monkeypatch.setattr(database, "PING_AFTER_IDLE_S", 0.0)  # it has been idle "long enough"
    pings = _pings(station, monkeypatch)
    assert users.count_users(station.uow(readonly=True)) == 0
    assert pings  # pinged, found dead, replaced
    assert _pid(station) != pid


def test_a_connection_dropped_while_in_use_is_told_once_then_the_station_recovers(
    station, pg_url
):
    _drop(pg_url, _pid(station))
    with pytest.raises(DatabaseNotAnswering) as caught:
        users.count_users(station.uow(readonly=True))
    assert caught.value.message.render("en") == NOT_ANSWERING
    assert users.count_users(station.uow(readonly=True)) == 0  # a new connection, no restart
