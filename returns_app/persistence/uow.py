"""The unit of work: owns one session and one transaction per use case.

``with uow:`` rolls back unless ``uow.commit()`` was called, on success and on error alike.
On SQLite a writing unit of work starts with ``BEGIN IMMEDIATE`` so that two stations on one
file never both read and then both write (the second waits for the busy timeout); on
PostgreSQL the services take row locks (``SELECT ... FOR UPDATE``) where a value is read and
then written.

On PostgreSQL a lock wait or a statement that takes too long (see
:mod:`returns_app.persistence.waits`) leaves the unit of work as a
:class:`~returns_app.persistence.waits.StationBusy` or
:class:`~returns_app.persistence.waits.DatabaseNotAnswering` error, in words a clerk can act
on; a unit of work made with ``timeouts`` (an import) gets longer ones for its transaction.

A SQLite file has one write lock. A station that meets it held past the busy timeout (another
station's import batch, see :mod:`returns_app.services.importing.run`) is not told "cannot
reach the database": each function in :data:`busy_listeners` hears "another station is
importing; retrying", and the unit of work tries to begin again, :data:`BUSY_ATTEMPTS` times in
all, before it gives up with :class:`DatabaseBusy`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Self

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence import waits
from returns_app.persistence.database import DatabaseError, unreachable
from returns_app.persistence.waits import Timeouts

BUSY_ATTEMPTS = 3
RETRYING = Message(
    "database", QT_TRANSLATE_NOOP("database", "Another station is importing; retrying.")
)
busy_listeners: list[Callable[[Message], None]] = []


class DatabaseBusy(DatabaseError):
    """The SQLite file stayed locked by another station through every attempt."""


def _is_busy(exc: OperationalError) -> bool:
    text = str(exc.orig or exc).lower()
    return "database is locked" in text or "database is busy" in text


def _busy() -> DatabaseBusy:
    return DatabaseBusy(
        Message(
            "database",
            QT_TRANSLATE_NOOP(
                "database",
                "Another station is importing and the database stayed busy. Nothing was "
                "saved here; try again in a minute.",
            ),
        )
    )


# One session maker for every engine, bound per unit of work: a unit of work per scan must
# not pay for building a new one each time, and a maker kept per engine (it holds its engine)
# would keep every engine the process ever opened alive, with its pool and statement cache.
_SESSIONS = sessionmaker(expire_on_commit=False, autoflush=True)


class UnitOfWork:
    """One transaction. Services use ``uow.session`` only through the repository helpers."""

    def __init__(
        self, engine: Engine, *, readonly: bool = False, timeouts: Timeouts | None = None
    ) -> None:
        self.engine = engine
        self.readonly = readonly
        self.timeouts = timeouts
        self.session: Session | None = None

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.engine.dialect.name

    def __enter__(self) -> Self:
        for attempt in range(1, BUSY_ATTEMPTS + 1):
            self.session = _SESSIONS(bind=self.engine)
            try:
                if self.dialect == "sqlite":
                    mode = "DEFERRED" if self.readonly else "IMMEDIATE"
                    self.session.connection(execution_options={"sqlite_begin": mode})
                else:
                    conn = self.session.connection()
                    if self.timeouts is not None:
                        self._set_timeouts(conn, self.timeouts)
                return self
            except OperationalError as exc:
                self.session.close()
                self.session = None
                if self.dialect != "sqlite" or not _is_busy(exc):
                    raise unreachable(self.engine, exc) from exc
                if attempt == BUSY_ATTEMPTS:
                    raise _busy() from exc
                for listener in list(busy_listeners):
                    listener(RETRYING)
            except BaseException:
                self.session.close()
                self.session = None
                raise
        raise AssertionError("unreachable")

    @staticmethod
    def _set_timeouts(conn, timeouts: Timeouts) -> None:
        waits.set_transaction_limit(conn.connection.dbapi_connection, timeouts)
        conn.exec_driver_sql(f"SET LOCAL statement_timeout = {int(timeouts.statement * 1000)}")
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(timeouts.lock * 1000)}")

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.session is not None
        failed_rollback: DBAPIError | None = None
        try:
            self.session.rollback()  # first: our locks go at once, whatever is said next
        except DBAPIError as rollback_error:
            failed_rollback = rollback_error  # a connection the watchdog cut cannot roll back
        finally:
            self.session.close()
            self.session = None
        explained = waits.explain(self.engine, exc) if isinstance(exc, DBAPIError) else None
        if explained is not None:
            raise explained from exc
        if failed_rollback is not None:
            raise failed_rollback

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """Use this unit of work for reading only, as a plain connection, without an ORM session or
        a transaction: for a look-up that runs a few Core statements, loads no objects and
        needs no snapshot across them (a find runs on every scan; a session's bookkeeping and
        the BEGIN and ROLLBACK around it would cost more than its statements).

        Each statement reads the database as it is then. A database that cannot be reached
        or does not answer is the same error as in ``with uow:``.
        """
        try:
            conn = self.engine.connect()
        except OperationalError as exc:
            raise unreachable(self.engine, exc) from exc
        if self.dialect == "sqlite":
            conn.execution_options(sqlite_begin=None)  # the driver runs each read on its own
        else:
            conn.execution_options(isolation_level="AUTOCOMMIT")  # reset when it is returned
        try:
            with conn:
                yield conn
        except DBAPIError as exc:
            explained = waits.explain(self.engine, exc)
            if explained is not None:
                raise explained from exc
            raise

    def commit(self) -> None:
        """Make the work of this unit permanent."""
        assert self.session is not None, "commit() outside 'with uow:'"
        self.session.commit()

    def rollback(self) -> None:
        """Throw away the work of this unit."""
        assert self.session is not None
        self.session.rollback()


UowFactory = Callable[..., UnitOfWork]


def uow_factory(engine: Engine) -> UowFactory:
    """Return a callable that makes a fresh :class:`UnitOfWork` on ``engine``."""

    def make(*, readonly: bool = False, timeouts: Timeouts | None = None) -> UnitOfWork:
        return UnitOfWork(engine, readonly=readonly, timeouts=timeouts)

    return make
