"""Opening a database for the app: the one place that builds engines for the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import OperationalError

from returns_app.persistence.database import (
    is_sqlite,
    make_engine,
    resolve_url,
    safe_url,
    unreachable,
)
from returns_app.persistence.migrate import prepare_for_app
from returns_app.persistence.models import Base
from returns_app.persistence.uow import UnitOfWork


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

    def uow(self, *, readonly: bool = False) -> UnitOfWork:
        """A fresh unit of work (one transaction)."""
        return UnitOfWork(self.engine, readonly=readonly)

    def close(self) -> None:
        """Close every pooled connection (SQLite first refreshes its planner statistics)."""
        if is_sqlite(self.engine):
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except OperationalError:
                pass  # a locked or vanished file: statistics can wait for the next close
        self.engine.dispose()


def open_backend(url: str | None = None) -> Backend:
    """Open (and if it is a local file, migrate) the database; raises a clear error if not."""
    resolved = resolve_url(url)
    engine = make_engine(resolved)
    prepare_for_app(engine)
    return Backend(engine, resolved)


@dataclass(frozen=True)
class Overview:
    """What the status bar shows about the database."""

    display_url: str
    kind: str
    reachable: bool
    orders: int
    returns: int
    open_returns: int


def overview(backend: Backend) -> Overview:
    """Count orders and returns; an unreachable database gives ``reachable=False``."""
    tables = Base.metadata.tables
    try:
        with backend.engine.connect() as conn:
            orders = conn.scalar(select(func.count()).select_from(tables["orders"])) or 0
            returns = conn.scalar(select(func.count()).select_from(tables["returns"])) or 0
            open_ = (
                conn.scalar(
                    select(func.count())
                    .select_from(tables["returns"])
                    .where(tables["returns"].c.goods_state.not_in(("closed", "rejected")))
                )
                or 0
            )
    except OperationalError as exc:
        del exc
        return Overview(backend.display_url, backend.kind, False, 0, 0, 0)
    return Overview(backend.display_url, backend.kind, True, orders, returns, open_)


__all__ = ["Backend", "Overview", "open_backend", "overview", "unreachable"]
