"""The unit of work: owns one session and one transaction per use case.

``with uow:`` rolls back unless ``uow.commit()`` was called, on success and on error alike.
On SQLite a writing unit of work starts with ``BEGIN IMMEDIATE`` so that two stations on one
file never both read and then both write (the second waits for the busy timeout); on
PostgreSQL the services take row locks (``SELECT ... FOR UPDATE``) where a value is read and
then written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from returns_app.persistence.database import unreachable


class UnitOfWork:
    """One transaction. Services use ``uow.session`` only through the repository helpers."""

    def __init__(self, engine: Engine, *, readonly: bool = False) -> None:
        self.engine = engine
        self.readonly = readonly
        self._factory = sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
        self.session: Session | None = None

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.engine.dialect.name

    def __enter__(self) -> Self:
        self.session = self._factory()
        try:
            if self.dialect == "sqlite":
                mode = "DEFERRED" if self.readonly else "IMMEDIATE"
                self.session.connection(execution_options={"sqlite_begin": mode})
            else:
                self.session.connection()
        except OperationalError as exc:
            self.session.close()
            self.session = None
            raise unreachable(self.engine, exc) from exc
        return self

    def __exit__(self, *exc_info) -> None:
        assert self.session is not None
        try:
            self.session.rollback()
        finally:
            self.session.close()
            self.session = None

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

    def make(*, readonly: bool = False) -> UnitOfWork:
        return UnitOfWork(engine, readonly=readonly)

    return make
