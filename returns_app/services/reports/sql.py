"""Calendar arithmetic in SQL, chosen per dialect: the one place that knows how each database
turns a UTC timestamp into a Helsinki day, a day into its week, or two days into a distance.

PostgreSQL has the time zone database, so a timestamp becomes a Helsinki day exactly
(``AT TIME ZONE 'Europe/Helsinki'``). SQLite has none; there we apply the EU summer-time rule
that Finland has followed since 1996: UTC+3 from the last Sunday of March 01:00 UTC to the last
Sunday of October 01:00 UTC, UTC+2 otherwise. That is exact for every timestamp this app
stores; it would only be wrong if Finland changed its rules (then change them here too).

Period bounds never use these expressions: they are computed in Python with ``zoneinfo`` and
compared with the stored UTC values, so an index on a timestamp column still helps.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Date,
    DateTime,
    Integer,
    and_,
    case,
    cast,
    false,
    func,
    literal_column,
    or_,
    type_coerce,
)
from sqlalchemy.sql.elements import ColumnElement

HELSINKI_TZ = "Europe/Helsinki"


def _const(text: str) -> ColumnElement[str]:
    # Constants are written into the SQL, not bound: PostgreSQL binds each parameter
    # separately, and then "GROUP BY f($1)" is not the same expression as "SELECT f($2)".
    return literal_column("'" + text.replace("'", "''") + "'")


def _int(n: int) -> ColumnElement[int]:
    return literal_column(str(int(n)), Integer)


def summer_time(year: int) -> tuple[date, date]:
    """The days Finland's summer time starts and ends in ``year`` (at 01:00 UTC each): the
    last Sundays of March and October."""

    def last_sunday(month_end: date) -> date:
        return month_end - timedelta(days=(month_end.weekday() + 1) % 7)

    return last_sunday(date(year, 3, 31)), last_sunday(date(year, 10, 31))


class DateSql:
    """Date expressions for one dialect (``"sqlite"`` or ``"postgresql"``)."""

    def __init__(self, dialect: str) -> None:
        if dialect not in ("sqlite", "postgresql"):
            raise ValueError(f"reports do not know the {dialect!r} dialect")
        self.dialect = dialect

    @property
    def pg(self) -> bool:
        """True on PostgreSQL."""
        return self.dialect == "postgresql"

    def local_day(self, ts: Any, years: Iterable[int] | None = None) -> ColumnElement[date]:
        """The Helsinki calendar day of the UTC timestamp ``ts``.

        ``years``: on SQLite, the years ``ts`` can fall in (a report's period), if known:
        each year's summer time is then two constant bounds, compared with the stored text,
        instead of being worked out with date functions for every row (a year's refunds took
        0.6 s that way). A timestamp outside those years counts as winter time.
        """
        if self.pg:
            return cast(func.timezone(_const(HELSINKI_TZ), ts), Date)
        if years is not None:
            summer = or_(
                false(),
                *(
                    and_(
                        ts >= _const(f"{start:%Y-%m-%d} 01:00:00"),
                        ts < _const(f"{end:%Y-%m-%d} 01:00:00"),
                    )
                    for start, end in map(summer_time, years)
                ),
            )
        else:
            # Last Sunday of March/October: the first Sunday on or after the 25th.
            summer = and_(
                ts
                >= func.datetime(
                    func.strftime(_const("%Y-03-25"), ts), _const("weekday 0"), _const("+1 hour")
                ),
                ts
                < func.datetime(
                    func.strftime(_const("%Y-10-25"), ts), _const("weekday 0"), _const("+1 hour")
                ),
            )
        offset = case((summer, _const("+3 hours")), else_=_const("+2 hours"))
        # Whole seconds (the stored text's first 19 characters): SQLite keeps times in whole
        # milliseconds and would round 23:59:59.9999 up to the next day.
        return type_coerce(func.date(func.substr(ts, _int(1), _int(19)), offset), Date)

    def week_start(self, day: Any) -> ColumnElement[date]:
        """The Monday of the ISO week of the date ``day``."""
        if self.pg:
            return cast(func.date_trunc(_const("week"), cast(day, DateTime)), Date)
        # 'weekday 0' moves to the coming Sunday (or stays on one); six days back is Monday.
        return type_coerce(func.date(day, _const("weekday 0"), _const("-6 days")), Date)

    def add_days(self, day: Any, days: int) -> ColumnElement[date]:
        """The date ``days`` after the date ``day``."""
        if self.pg:
            return type_coerce(day + literal_column(str(int(days))), Date)
        return type_coerce(func.date(day, _const(f"{int(days):+d} days")), Date)

    def days_between(self, later: Any, earlier: Any) -> ColumnElement[int]:
        """Whole days from the date ``earlier`` to the date ``later``."""
        if self.pg:
            return type_coerce(later - earlier, Integer)
        return cast(func.julianday(later) - func.julianday(earlier), Integer)
