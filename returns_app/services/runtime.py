"""Opening a database for the app: the one place that builds engines for the UI and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from returns_app.i18n import Message, ReturnsError
from returns_app.persistence import uow as uow_module
from returns_app.persistence.database import (
    is_sqlite,
    make_engine,
    resolve_url,
    safe_url,
    unreachable,
)
from returns_app.persistence.migrate import prepare_for_app
from returns_app.persistence.uow import UnitOfWork
from returns_app.persistence.waits import LONG_TIMEOUTS


@dataclass(frozen=True)
class Backend:
    """An open database: hand ``backend.uow()`` to a service for each use case."""

    engine: Engine
    url: str

    @property
    def kind(self) -> str:
        """``"local"`` for a SQLite file, ``"shared"`` for a server."""
        return "local" if is_sqlite(self.engine) else "shared"

    @property
    def display_url(self) -> str:
        """The URL with the password hidden."""
        return safe_url(self.engine.url)

    def uow(self, *, readonly: bool = False, long: bool = False) -> UnitOfWork:
        """A fresh unit of work (one transaction); ``long`` for an import and the like, whose
        statements may run for minutes on PostgreSQL."""
        return UnitOfWork(self.engine, readonly=readonly, timeouts=LONG_TIMEOUTS if long else None)

    def close(self) -> None:
        """Close every pooled connection (SQLite first refreshes its planner statistics)."""
        if is_sqlite(self.engine):
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except OperationalError:
                pass  # a locked or vanished file: statistics can wait for the next close
        self.engine.dispose()


def open_backend(url: str | None = None, *, station: str | None = None) -> Backend:
    """Open (and if it is a local file, migrate) the database; raises a clear error if not.

    ``station`` names every connection (``application_name``) so that another station, or
    an administrator, can tell whose connection holds what.
    """
    resolved = resolve_url(url)
    engine = make_engine(resolved, station=station)
    prepare_for_app(engine)
    return Backend(engine, resolved)


def database_identity(url: str | None = None) -> str:
    """The database ``url`` names (the argument, $RETURNS_DATABASE_URL or the local file), as
    one string without its password: two starts on one database get the same string, so the
    desktop lets only one station instance work on it (see ``ui.single_instance``).

    A SQLite file is named by its absolute, case-folded (on Windows) path, whichever way the
    URL spelled it. Nothing is opened or created here.
    """
    import os

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    resolved = resolve_url(url)
    try:
        parsed = make_url(resolved)
    except ArgumentError:
        return resolved  # opening it fails with a clear message anyway
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = os.path.normcase(os.path.abspath(parsed.database))
        return f"sqlite:///{path}"
    return safe_url(parsed)


@dataclass(frozen=True)
class Overview:
    """What the status bar shows about the database."""

    display_url: str
    kind: str
    reachable: bool


def overview(backend: Backend) -> Overview:
    """The status bar's heartbeat: one ``SELECT 1`` (nothing counted; it runs every 30 s at
    every station); a database that does not answer gives ``reachable=False``."""
    try:
        with backend.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except (DBAPIError, ReturnsError):
        return Overview(backend.display_url, backend.kind, False)
    return Overview(backend.display_url, backend.kind, True)


@dataclass(frozen=True)
class AboutDatabase:
    """What the About dialog says about the database.

    Attributes:
        display_url: the URL with the password hidden.
        kind: ``"local"`` (SQLite file) or ``"shared"`` (PostgreSQL).
        engine_name: the database's product (``"SQLite"``, ``"PostgreSQL"``).
        schema: the database's schema revision (None: empty, or it did not answer).
        app_schema: the newest revision this app knows.
        reachable: whether the database answered.
    """

    display_url: str
    kind: str
    engine_name: str
    schema: str | None
    app_schema: str
    reachable: bool


def about_database(backend: Backend) -> AboutDatabase:
    """The database's kind and schema version, for the About dialog (never raises for a
    database that does not answer: the dialog says so)."""
    from returns_app.persistence.migrate import current_revision, head_revision

    name = "SQLite" if is_sqlite(backend.engine) else "PostgreSQL"
    try:
        schema = current_revision(backend.engine)
        reachable = True
    except (DBAPIError, ReturnsError):
        schema, reachable = None, False
    return AboutDatabase(
        backend.display_url, backend.kind, name, schema, head_revision(), reachable
    )


__all__ = [
    "AboutDatabase",
    "Backend",
    "Overview",
    "about_database",
    "database_identity",
    "open_backend",
    "overview",
    "unreachable",
]


def on_database_busy(listener: Callable[[Message], None]) -> Callable[[], None]:
    """Call ``listener`` (from the worker thread) each time a unit of work finds the SQLite
    file held by another station's import and tries again; returns the way to stop."""
    uow_module.busy_listeners.append(listener)

    def stop() -> None:
        if listener in uow_module.busy_listeners:
            uow_module.busy_listeners.remove(listener)

    return stop
