"""Engines: which database, how to connect, and the checks made before using one."""

from __future__ import annotations

import os
import time
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError, NoSuchModuleError, OperationalError

from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.persistence import waits
from returns_app.persistence.shared_file import network_share
from returns_app.persistence.waits import DEFAULT_TIMEOUTS, Timeouts

ENV_URL = "RETURNS_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_MS = 15_000
CONNECT_TIMEOUT_S = 5
# A pooled PostgreSQL connection idle longer than this is pinged before it is lent out; one
# used more recently is trusted (a scan does not pay a round trip for the ping).
PING_AFTER_IDLE_S = 10.0


class DatabaseError(ReturnsError):
    """The database cannot be used: wrong URL, unreachable server, wrong schema version."""


def default_database_path() -> Path:
    """Return the local SQLite file in the user's data directory."""
    return Path(platformdirs.user_data_dir("ReturnsDesk", "ReturnsDesk")) / "returns.sqlite3"


def resolve_url(url: str | None = None) -> str:
    """Return the URL to use: the argument, else $RETURNS_DATABASE_URL, else the local file."""
    chosen = url or os.environ.get(ENV_URL)
    if chosen:
        return chosen
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def parse_url(url: str) -> URL:
    """Parse ``url`` or raise a :class:`DatabaseError` a person can act on."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(
            Message(
                "database",
                QT_TRANSLATE_NOOP(
                    "database",
                    "'{url}' is not a database URL. Use e.g. sqlite:///returns.sqlite3 or "
                    "postgresql+psycopg://user@host/dbname.",
                ),
                {"url": url},
            )
        ) from exc
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(
            Message(
                "database",
                QT_TRANSLATE_NOOP(
                    "database",
                    "Database '{backend}' is not supported. Use SQLite or PostgreSQL.",
                ),
                {"backend": parsed.get_backend_name()},
            )
        )
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def safe_url(url: str | URL) -> str:
    """Return the URL with its password hidden, for messages and ``db info``."""
    return make_url(str(url) if isinstance(url, URL) else url).render_as_string(hide_password=True)


def is_sqlite(engine: Engine) -> bool:
    """Tell whether ``engine`` is a SQLite database."""
    return engine.dialect.name == "sqlite"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Autocommit off at the driver level: the unit of work emits BEGIN itself, so that a
    # writing transaction can be BEGIN IMMEDIATE (takes the write lock at once: two stations
    # never both read a value and then both write it).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _pg_connect_args(parsed: URL, station: str | None) -> dict[str, object]:
    args: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        # A peer that vanished is noticed in about a minute even on an idle connection...
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": 10,
        "keepalives_count": 3,
        # ... and one that stops acknowledging what was sent, in 20 seconds.
        "tcp_user_timeout": 20_000,
    }
    if "application_name" not in parsed.query:
        args["application_name"] = waits.application_name(station or "?")
    return args


def make_engine(
    url: str | None = None,
    *,
    echo: bool = False,
    station: str | None = None,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
) -> Engine:
    """Create the engine for ``url`` (see :func:`resolve_url`), configured for this app.

    On PostgreSQL every connection carries ``application_name`` ``returns-desk <station>``
    (unless the URL names one), has a statement and a lock timeout (``timeouts``; a unit of
    work may set its own), TCP keepalives and a connect timeout, and every call into the
    driver is watched from this side too (see :mod:`returns_app.persistence.waits`).
    """
    parsed = parse_url(resolve_url(url))
    try:
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                refuse_network_share(parsed.database)
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(parsed, echo=echo, connect_args={"timeout": 15})
            event.listen(engine, "connect", _sqlite_pragmas)

            @event.listens_for(engine, "begin")
            def _begin(conn) -> None:
                mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
                if mode is not None:  # None: statements on their own (UnitOfWork.reading)
                    conn.exec_driver_sql(f"BEGIN {mode}")

        else:
            engine = create_engine(
                parsed,
                echo=echo,
                pool_size=5,
                max_overflow=5,
                pool_use_lifo=True,  # the connection used last (the live one) is lent next
                connect_args=_pg_connect_args(parsed, station),
            )
            waits.install(engine, timeouts)
            _ping_when_idle(engine)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(
            Message(
                "database",
                QT_TRANSLATE_NOOP("database", "No driver for '{url}': {error}"),
                {"url": safe_url(parsed), "error": str(exc)},
            )
        ) from exc
    return engine


def _ping_when_idle(engine: Engine) -> None:
    """Ping a pooled connection before lending it out only when it has been idle for more
    than :data:`PING_AFTER_IDLE_S` (not on every checkout, like ``pool_pre_ping``).

    A connection found dead (the server restarted, a firewall dropped it) is replaced at once
    and nobody notices. One that dies within the idle window fails its first statement: the
    station says the database is not answering (nothing was saved), the pool drops every
    connection made before, and the next try connects anew. A stalled network is cut by the
    watchdog during the ping as during any statement (see :mod:`waits`).
    """

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection, record) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _lent(dbapi_connection, record, _proxy) -> None:
        returned = record.info.get("returned_at")  # None: a fresh connection
        if returned is None or time.monotonic() - returned <= PING_AFTER_IDLE_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError(f"ping failed: {exc}") from exc
        if not alive:
            raise DisconnectionError("ping failed")


def refuse_network_share(database: str) -> None:
    """Refuse a SQLite file on a network share (see :mod:`shared_file`): say why, and what
    to use instead."""
    kind = network_share(database)
    if kind is not None:
        raise DatabaseError(
            Message(
                "database",
                QT_TRANSLATE_NOOP(
                    "database",
                    "The database file {path} is on a network share ({kind}). SQLite cannot "
                    "lock a file safely there (its write-ahead log works only on one "
                    "computer's own disk), and the data could be damaged. Keep the file on "
                    "this computer's disk, or use a PostgreSQL server for several stations.",
                ),
                {"path": database, "kind": kind},
            )
        )


def check_connection(engine: Engine) -> None:
    """Connect once, or raise a :class:`DatabaseError` that says what to do."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except OperationalError as exc:
        raise unreachable(engine, exc) from exc


def unreachable(engine: Engine, exc: Exception) -> DatabaseError:
    """Build the message for a database that does not answer."""
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()
    return DatabaseError(
        Message(
            "database",
            QT_TRANSLATE_NOOP(
                "database",
                "Cannot reach the database {url}: {error}. Check that the server is running "
                "and the address, user and password are right.",
            ),
            {"url": safe_url(engine.url), "error": detail[0] if detail else type(exc).__name__},
        )
    )
