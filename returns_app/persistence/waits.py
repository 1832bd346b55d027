"""No station waits forever on PostgreSQL: timeouts, a client-side watchdog, and plain words.

The server ends a statement that runs longer than ``statement_timeout`` and a lock wait longer
than ``lock_timeout``; both are set for every connection (and per transaction where a use case
needs longer, such as an import). Neither helps when the network stalls: the server never sees
the statement, and TCP keepalives are answered by whatever sits in between. So each call into
the driver (execute, commit, rollback, the pool's ping) is also watched from this side: one
that has not returned a moment after the server would have given up has its socket shut down,
which wakes the waiting thread with an error instead of leaving the station on "Working..."
for ever.

A lock timeout becomes "another station is working on this return (DESK-2)", naming the
station that holds the row when the database can tell (the row's locker, through ``pg_locks``
and ``pg_stat_activity.application_name``); a statement timeout or a connection the watchdog
cut becomes "the database is not answering". Never the driver's text.
"""

from __future__ import annotations

import logging
import re
import socket
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError

from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError

log = logging.getLogger(__name__)

APP_NAME_PREFIX = "returns-desk "
LOCK_TIMEOUT = "55P03"
STATEMENT_TIMEOUT = "57014"
GRACE_SECONDS = 1.0  # the server's own timeout answer gets this long to arrive


@dataclass(frozen=True)
class Timeouts:
    """How long a transaction's statements and lock waits may take, in seconds."""

    statement: float = 15.0
    lock: float = 2.0

    @property
    def client_limit(self) -> float:
        """How long one call into the driver may take before the watchdog cuts it."""
        return self.statement + GRACE_SECONDS


DEFAULT_TIMEOUTS = Timeouts()
# Imports, schema upgrades and demo data: long statements are their nature, and they may
# wait a little longer for a station to finish what it holds.
LONG_TIMEOUTS = Timeouts(statement=900.0, lock=30.0)


class DatabaseNotAnswering(ReturnsError):
    """The database did not answer in time (statement timeout or a stalled connection)."""


class StationBusy(ReturnsError):
    """Another station holds what this use case needs (a lock timeout)."""


def not_answering() -> DatabaseNotAnswering:
    """The error for a database that did not answer in time."""
    return DatabaseNotAnswering(
        Message(
            "database",
            QT_TRANSLATE_NOOP(
                "database",
                "The database is not answering. Nothing was saved; check the network and "
                "try again.",
            ),
        )
    )


def station_busy(station: str | None) -> StationBusy:
    """The error for a lock held by another station (named when known)."""
    if station:
        return StationBusy(
            Message(
                "database",
                QT_TRANSLATE_NOOP(
                    "database",
                    "Another station is working on this return ({station}). Try again in a moment.",
                ),
                {"station": station},
            )
        )
    return StationBusy(
        Message(
            "database",
            QT_TRANSLATE_NOOP(
                "database", "Another station is working on this return. Try again in a moment."
            ),
        )
    )


def application_name(station: str) -> str:
    """The ``application_name`` a station's connections carry (PostgreSQL keeps 63 bytes)."""
    name = APP_NAME_PREFIX + (station.strip() or "?")
    return name.encode("ascii", "replace").decode("ascii")[:63]


def station_of(app_name: str) -> str:
    """The station in an ``application_name`` (another program's name is shown as it is)."""
    return app_name[len(APP_NAME_PREFIX) :] if app_name.startswith(APP_NAME_PREFIX) else app_name


# --- The watchdog ----------------------------------------------------------------------------


class _Watchdog:
    """One thread per process that shuts down the socket of a driver call past its deadline."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._armed: dict[int, tuple[float, int, Any]] = {}  # id -> (deadline, fd, connection)
        self._fired: weakref.WeakSet[Any] = weakref.WeakSet()
        self._thread: threading.Thread | None = None

    def arm(self, dbapi_connection: Any, seconds: float) -> None:
        fd = _socket_of(dbapi_connection)
        if fd is None:
            return
        with self._cond:
            self._armed[id(dbapi_connection)] = (time.monotonic() + seconds, fd, dbapi_connection)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="db-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()

    def disarm(self, dbapi_connection: Any) -> None:
        if dbapi_connection is None:
            return
        with self._cond:
            self._armed.pop(id(dbapi_connection), None)

    def fired(self, dbapi_connection: Any) -> bool:
        """Whether the watchdog cut this connection (it is dead from then on)."""
        with self._cond:
            return dbapi_connection in self._fired

    def _run(self) -> None:
        while True:
            with self._cond:
                now = time.monotonic()
                expired = [k for k, (deadline, _, _) in self._armed.items() if deadline <= now]
                for key in expired:
                    _, fd, conn = self._armed.pop(key)
                    self._fired.add(conn)
                    _shut_down(fd)
                wait = min((d for d, _, _ in self._armed.values()), default=now + 60) - now
                self._cond.wait(max(wait, 0.01))


def _socket_of(dbapi_connection: Any) -> int | None:
    pgconn = getattr(dbapi_connection, "pgconn", None)
    try:
        return int(pgconn.socket) if pgconn is not None else None
    except Exception:  # noqa: BLE001 - a closed connection has no socket to watch
        return None


def _shut_down(fd: int) -> None:
    log.warning("database call past its deadline: cutting its connection")
    try:
        sock = socket.socket(fileno=fd)
    except OSError:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.detach()  # the driver still owns the descriptor and closes it


WATCHDOG = _Watchdog()
_LIMITS: weakref.WeakKeyDictionary[Any, float] = weakref.WeakKeyDictionary()


def _raw(connection: Any) -> Any:
    """The driver's connection behind the pool's proxies (commit gets the pool's fairy)."""
    while hasattr(connection, "dbapi_connection"):
        connection = connection.dbapi_connection
    return connection


@contextmanager
def watched(dbapi_connection: Any, seconds: float) -> Iterator[None]:
    """Let a call on ``dbapi_connection`` take at most ``seconds``."""
    dbapi_connection = _raw(dbapi_connection)
    WATCHDOG.arm(dbapi_connection, seconds)
    try:
        yield
    finally:
        WATCHDOG.disarm(dbapi_connection)


def set_transaction_limit(dbapi_connection: Any, timeouts: Timeouts | None) -> None:
    """Give the connection's current transaction its own limit (None: the engine's again)."""
    dbapi_connection = _raw(dbapi_connection)
    if timeouts is None:
        _LIMITS.pop(dbapi_connection, None)
    else:
        _LIMITS[dbapi_connection] = timeouts.client_limit


def install(engine: Engine, timeouts: Timeouts) -> None:
    """Set ``timeouts`` on each new connection of a PostgreSQL ``engine`` and watch its calls."""
    default = timeouts.client_limit
    dialect = engine.dialect

    def limit(dbapi_connection: Any) -> float:
        return _LIMITS.get(_raw(dbapi_connection), default)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        with watched(dbapi_connection, default):
            with dbapi_connection.cursor() as cur:
                cur.execute(f"SET statement_timeout = {int(timeouts.statement * 1000)}")
                cur.execute(f"SET lock_timeout = {int(timeouts.lock * 1000)}")
            dbapi_connection.commit()

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection, _record) -> None:
        dbapi_connection = _raw(dbapi_connection)
        if dbapi_connection is not None:  # None: an invalidated connection
            WATCHDOG.disarm(dbapi_connection)
            _LIMITS.pop(dbapi_connection, None)

    def on_cursor(original: Callable[..., Any]) -> Callable[..., Any]:
        def call(cursor, *args: Any, **kwargs: Any) -> Any:
            conn = cursor.connection
            with watched(conn, limit(conn)):
                return original(cursor, *args, **kwargs)

        return call

    def on_connection(original: Callable[..., Any]) -> Callable[..., Any]:
        def call(dbapi_connection, *args: Any, **kwargs: Any) -> Any:
            with watched(dbapi_connection, limit(dbapi_connection)):
                return original(dbapi_connection, *args, **kwargs)

        return call

    def ping(dbapi_connection) -> bool:
        with watched(dbapi_connection, default):
            try:
                return original_ping(dbapi_connection)
            except Exception:
                if WATCHDOG.fired(_raw(dbapi_connection)):
                    # Not a driver error: the pool gives up at once instead of connecting
                    # anew through the same stalled network.
                    raise not_answering() from None
                raise

    # The dialect is this engine's own instance: its driver calls are wrapped here, the
    # only way to watch commit, rollback and the pool's ping as well as statements.
    original_ping = dialect.do_ping
    dialect.do_ping = ping  # type: ignore[method-assign]
    for name in ("do_execute", "do_executemany", "do_execute_no_params"):
        setattr(dialect, name, on_cursor(getattr(dialect, name)))
    for name in ("do_commit", "do_rollback"):
        setattr(dialect, name, on_connection(getattr(dialect, name)))


# --- Plain words for a wait that failed ------------------------------------------------------

_TUPLE = re.compile(r'tuple \((\d+),(\d+)\) in relation "([^"]+)"')


def explain(engine: Engine, exc: BaseException) -> ReturnsError | None:
    """The error a station is shown for a timeout or a cut connection; None for others."""
    if not isinstance(exc, DBAPIError) or engine.dialect.name != "postgresql":
        return None
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if sqlstate == LOCK_TIMEOUT:
        return station_busy(blocking_station(engine, exc))
    if sqlstate == STATEMENT_TIMEOUT or exc.connection_invalidated:
        return not_answering()
    return None


def blocking_station(engine: Engine, exc: DBAPIError) -> str | None:
    """Best effort: the station holding the row a lock wait gave up on (None if unknown).

    The row's ``xmax`` is the transaction that locked it; ``pg_locks`` says which backend
    runs that transaction, ``pg_stat_activity`` what it calls itself. Asked on a fresh
    connection, after the failure, within a second.
    """
    context = getattr(getattr(exc.orig, "diag", None), "context", None) or ""
    found = _TUPLE.search(context)
    if found is None:
        return None
    block, offset, relation = found.groups()
    quoted = engine.dialect.identifier_preparer.quote(relation)
    sql = (
        "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'transactionid' AND l.granted AND l.pid <> pg_backend_pid() "
        f"AND l.transactionid = (SELECT xmax FROM {quoted} WHERE ctid = %(tid)s::tid) "
        "LIMIT 1"
    )
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SET LOCAL statement_timeout = 1000")
            name = conn.exec_driver_sql(sql, {"tid": f"({block},{offset})"}).scalar()
    except Exception:  # noqa: BLE001 - naming the station is a courtesy, never a new failure
        log.info("could not tell which station holds the row", exc_info=True)
        return None
    return station_of(name) if name else None
