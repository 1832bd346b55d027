"""The moment a use case happens: the database server's clock on PostgreSQL.

Deadlines (the withdrawal period from the notice, the refund due date from the arrival, the
credit note's day) are counted from stored timestamps. With many stations each station's
clock may be off by minutes or days; the server's is one for all, so on PostgreSQL a use
case asks the server, in its own transaction (``CURRENT_TIMESTAMP``: the moment that
transaction began, the same for every row it writes). SQLite has no server: the station's
clock is the only one. An explicit moment passed by the caller (tests, a back-dated entry)
always wins.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from returns_app.persistence.types import utcnow
from returns_app.persistence.uow import UnitOfWork

_server_clock = True


def use_station_clock(yes: bool = True) -> None:
    """Take every moment from this process's clock, even on PostgreSQL.

    Only for a test run that moves the process's clock on purpose (a server's clock cannot
    be moved with it).
    """
    global _server_clock
    _server_clock = not yes


def now(uow: UnitOfWork, given: datetime | None = None) -> datetime:
    """The moment of the use case running in ``uow`` (inside ``with uow:``), aware UTC.

    ``given`` when the caller passes one; else the server's time on PostgreSQL, the
    station's on SQLite.
    """
    if given is not None:
        return given
    if _server_clock and uow.dialect == "postgresql":
        assert uow.session is not None, "clock.now() outside 'with uow:'"
        moment = uow.session.scalar(select(func.current_timestamp()))
        if isinstance(moment, datetime):
            if moment.tzinfo is None:  # a server whose TimeZone setting gives none
                return moment.replace(tzinfo=UTC)
            return moment.astimezone(UTC)
    return utcnow()
