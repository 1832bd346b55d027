"""Live changes: what one station commits is heard at another within a second (both databases)."""

from __future__ import annotations

import threading
import time

import pytest

from returns_app.services import decisions, live
from returns_app.services.live import RESYNC, Change, ChangeListener

WAIT = 5.0  # generous: the listener normally hears a change within 0.5 s


class Heard:
    """Collects what a listener hands over (on its thread)."""

    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.status: list[bool] = []
        self._cond = threading.Condition()

    def add(self, changes: list[Change]) -> None:
        with self._cond:
            self.changes.extend(changes)
            self._cond.notify_all()

    def wait_for(self, test, timeout: float = WAIT) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: test(self.changes), timeout)


@pytest.fixture
def listening(backend):
    """Factory: a started listener at station ``own`` (stopped afterwards)."""
    started: list[ChangeListener] = []

    def start(own: str = "DESK-9", **kwargs) -> tuple[ChangeListener, Heard]:
        heard = Heard()
        listener = ChangeListener(
            backend, heard.add, own_station=own, on_status=heard.status.append, **kwargs
        )
        listener.start()
        started.append(listener)
        assert listener.listening.wait(WAIT)
        return listener, heard

    yield start
    for listener in started:
        listener.stop()


def _registered(backend, actors, make_order):
    from tests.ui.desk_kit import register

    return register(backend, actors.clerk, make_order())


def test_a_note_added_at_another_station_is_heard_with_its_return_and_station(
    backend, actors, make_order, listening
):
    ret = _registered(backend, actors, make_order)
    _listener, heard = listening("DESK-9")
    started = time.monotonic()
    decisions.add_note(backend.uow(), actors.supervisor, ret.id, "Asiakas soitti")
    assert heard.wait_for(lambda c: any(x.return_id == ret.id for x in c))
    assert time.monotonic() - started < 2.0
    change = next(c for c in heard.changes if c.return_id == ret.id)
    assert change == Change(ret.id, "note_added", actors.supervisor.station)


def test_the_stations_own_changes_are_not_handed_back(backend, actors, make_order, listening):
    ret = _registered(backend, actors, make_order)
    _listener, heard = listening(actors.supervisor.station)
    decisions.add_note(backend.uow(), actors.supervisor, ret.id, "oma muutos")
    decisions.add_note(backend.uow(), actors.clerk, ret.id, "toisen aseman muutos")
    assert heard.wait_for(lambda c: any(x.station == actors.clerk.station for x in c))
    assert all(c.station != actors.supervisor.station for c in heard.changes)


def test_work_rolled_back_is_never_announced(backend, actors, make_order, listening):
    ret = _registered(backend, actors, make_order)
    _listener, heard = listening()
    with backend.uow() as uow:
        from returns_app.services import audit

        audit.record(uow, actors.clerk, "note_added", "return", ret.id, return_id=ret.id)
        # no commit: the entry and its announcement go together
    decisions.add_note(backend.uow(), actors.supervisor, ret.id, "näkyy")
    assert heard.wait_for(lambda c: any(x.station == actors.supervisor.station for x in c))
    assert [c.station for c in heard.changes if c.return_id == ret.id] == [
        actors.supervisor.station
    ]


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_lost_listening_connection_comes_back_and_asks_for_everything(
    backend, actors, make_order, listening
):
    ret = _registered(backend, actors, make_order)
    listener, heard = listening(retry_seconds=0.1)
    with backend.engine.connect() as conn:
        from sqlalchemy import text

        killed = conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE query ILIKE 'LISTEN %' AND datname = current_database() "
                "AND pid <> pg_backend_pid() AND query LIKE :channel"
            ),
            {"channel": f"%{conn.execute(text(f'SELECT {live.CHANNEL_SQL}')).scalar()}%"},
        ).all()
    assert killed, "the listener's connection was found"
    assert heard.wait_for(lambda c: any(x.kind == RESYNC for x in c))
    assert heard.status[:2] == [False, True]
    decisions.add_note(backend.uow(), actors.supervisor, ret.id, "taas kuulolla")
    assert heard.wait_for(lambda c: any(x.kind == "note_added" for x in c))
    assert listener.listening.is_set()


def test_a_change_before_a_rolled_back_savepoint_is_still_heard(
    backend, actors, make_order, listening
):
    """A grade, then a proposal that fails inside a savepoint: the grade commits and must be
    heard (a savepoint's rollback once dropped every pending notification)."""
    from returns_app.services import audit

    ret = _registered(backend, actors, make_order)
    _listener, heard = listening("DESK-9")
    with backend.uow() as uow:
        audit.record(uow, actors.clerk, "unit_inspected", "return", ret.id, return_id=ret.id)
        with uow.session.begin_nested() as savepoint:
            audit.record(uow, actors.clerk, "refund_proposed", "refund", 1, return_id=ret.id)
            savepoint.rollback()
        uow.commit()
    assert heard.wait_for(lambda c: any(x.return_id == ret.id for x in c))
