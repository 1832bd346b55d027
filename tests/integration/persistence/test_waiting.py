"""No station waits forever on PostgreSQL: a stalled network, a held row, named connections."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from stall_proxy import StallProxy

from returns_app.i18n import ReturnsError
from returns_app.persistence.database import make_engine
from returns_app.persistence.waits import DatabaseNotAnswering, StationBusy, Timeouts
from returns_app.services import receiving, returns, users
from returns_app.services.returns import LineRequest, RegisterReturn
from returns_app.services.runtime import Backend, overview

pytestmark = pytest.mark.postgres

NOT_ANSWERING = "The database is not answering. Nothing was saved; check the network and try again."
# Short server-side timeouts so that a stall is told within the 3 s the clerk may wait.
QUICK = Timeouts(statement=1.0, lock=0.5)


@pytest.fixture
def db_url(pg_url: str) -> str:
    """These tests are about PostgreSQL's waits (SQLite has only its busy timeout)."""
    return pg_url


@pytest.fixture
def proxy(pg_url: str) -> Iterator[StallProxy]:
    url = make_url(pg_url)
    stall = StallProxy((url.host or "127.0.0.1", url.port or 5432))
    yield stall
    stall.close()


@pytest.fixture
def proxied(pg_url: str, proxy: StallProxy) -> Iterator[Backend]:
    """A station whose connections go through the proxy."""
    url = make_url(pg_url).set(host="127.0.0.1", port=proxy.port)
    rendered = url.render_as_string(hide_password=False)
    engine = make_engine(rendered, station="DESK-1", timeouts=QUICK)
    yield Backend(engine, rendered)
    engine.dispose()


def _message(exc: ReturnsError) -> str:
    return exc.message.render("en")


def test_a_stalled_network_is_told_within_three_seconds_not_waited_on(proxied, proxy):
    assert users.count_users(proxied.uow(readonly=True)) == 0  # a pooled, working connection
    proxy.stall()
    started = time.monotonic()
    with pytest.raises(DatabaseNotAnswering) as caught:
        users.count_users(proxied.uow(readonly=True))
    assert time.monotonic() - started < 3
    assert _message(caught.value) == NOT_ANSWERING


def test_a_network_that_stalls_in_the_middle_of_a_use_case_is_told_too(proxied, proxy):
    started = None
    with pytest.raises(DatabaseNotAnswering) as caught, proxied.uow() as uow:
        uow.session.execute(text("SELECT 1"))
        proxy.stall()
        started = time.monotonic()
        uow.session.execute(text("SELECT 2"))
    assert time.monotonic() - started < 3
    assert _message(caught.value) == NOT_ANSWERING
    assert "server" not in _message(caught.value)  # never the driver's words


def test_the_heartbeat_says_not_reachable_when_the_network_stalls(proxied, proxy):
    assert overview(proxied).reachable
    proxy.stall()
    started = time.monotonic()
    assert not overview(proxied).reachable
    assert time.monotonic() - started < 3


def test_a_statement_longer_than_its_timeout_is_ended_by_the_server(pg_url):
    engine = make_engine(pg_url, station="DESK-1", timeouts=QUICK)
    try:
        backend = Backend(engine, pg_url)
        started = time.monotonic()
        with pytest.raises(DatabaseNotAnswering), backend.uow() as uow:
            uow.session.execute(text("SELECT pg_sleep(5)"))
        assert time.monotonic() - started < 3
        # A long use case (an import) sets its own, longer timeout for its transaction.
        with backend.uow(long=True) as uow:
            assert uow.session.execute(text("SELECT pg_sleep(1.3), 7")).one()[1] == 7
    finally:
        engine.dispose()


def _return_for(backend, actors, make_order):
    order = make_order()
    cmd = RegisterReturn(
        kind="withdrawal",
        lines=(LineRequest(order.lines[0].id, 1, "does_not_fit"),),
        notice_at=datetime(2026, 11, 15, 10, 0, tzinfo=UTC),
    )
    return returns.register_return(backend.uow(), actors.clerk, cmd)


def _admin_conninfo(url: str, application_name: str) -> str:
    u = make_url(url)
    options = str(u.query.get("options", ""))
    return psycopg.conninfo.make_conninfo(
        host=u.host or "127.0.0.1",
        port=u.port or 5432,
        user=u.username or "postgres",
        dbname=u.database,
        password=u.password or None,
        options=options,
        application_name=application_name,
    )


def test_a_row_held_by_another_station_is_told_with_its_name_within_three_seconds(
    backend, actors, make_order, pg_url
):
    ret = _return_for(backend, actors, make_order)
    station_b = make_engine(pg_url, station="DESK-1")
    try:
        with psycopg.connect(_admin_conninfo(pg_url, "DESK-2")) as desk_2:
            desk_2.execute("SELECT id FROM returns WHERE id = %s FOR UPDATE", (ret.id,))
            started = time.monotonic()
            with pytest.raises(StationBusy) as caught:
                receiving.receive_parcel(Backend(station_b, pg_url).uow(), actors.clerk, ret.code)
            waited = time.monotonic() - started
            desk_2.rollback()
        assert waited < 3.5
        assert _message(caught.value) == (
            "Another station is working on this return (DESK-2). Try again in a moment."
        )
        # Once the other station is done, the same scan goes through.
        received = receiving.receive_parcel(
            Backend(station_b, pg_url).uow(), actors.clerk, ret.code
        )
        assert received.kind == "return"
    finally:
        station_b.dispose()


def test_every_connection_is_named_after_its_station(pg_url):
    engine = make_engine(pg_url, station="DESK-7")
    try:
        with engine.connect() as conn:
            named = conn.execute(
                text("SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()")
            ).scalar()
            timeouts = conn.execute(
                text("SELECT current_setting('statement_timeout'), current_setting('lock_timeout')")
            ).one()
    finally:
        engine.dispose()
    assert named == "returns-desk DESK-7"
    assert tuple(timeouts) == ("15s", "2s")
