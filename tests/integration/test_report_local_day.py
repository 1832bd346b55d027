"""A UTC time's Helsinki day in SQL on SQLite, both ways the reports compute it (the date
functions for any time; constant summer-time bounds for a period's years), agrees with
zoneinfo at every change of the clocks from 1996 to 2040 and around them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import column, create_engine, select, table

from returns_app.persistence.types import UTCDateTime
from returns_app.services.reports.sql import DateSql, summer_time

HELSINKI = ZoneInfo("Europe/Helsinki")


def _changes(year: int) -> list[datetime]:
    """The UTC instants Helsinki's offset changes in ``year``, found by zoneinfo."""
    hour = datetime(year, 1, 1, tzinfo=UTC)
    found = []
    while hour.year == year:
        nxt = hour + timedelta(hours=1)
        if hour.astimezone(HELSINKI).utcoffset() != nxt.astimezone(HELSINKI).utcoffset():
            found.append(nxt)
        hour = nxt
    return found


def test_summer_time_bounds_are_zoneinfos():
    for year in range(1996, 2041):
        start, end = summer_time(year)
        assert _changes(year) == [
            datetime(start.year, start.month, start.day, 1, tzinfo=UTC),
            datetime(end.year, end.month, end.day, 1, tzinfo=UTC),
        ]


def test_both_sqlite_forms_give_helsinkis_day():
    moments = []
    for year in range(2024, 2029):
        for change in _changes(year):
            moments += [change + timedelta(minutes=m) for m in (-61, -1, 0, 1, 59, 60)]
        moments += [datetime(year, 12, 31, 21, 59, 59, tzinfo=UTC),
                    datetime(year, 12, 31, 22, 0, tzinfo=UTC),
                    datetime(year, 6, 30, 20, 59, tzinfo=UTC),
                    datetime(year, 6, 30, 21, 0, tzinfo=UTC)]
        # The last microsecond of a Helsinki day (SQLite's own times are whole milliseconds
        # and would round it up to the next day).
        moments += [datetime(year, 12, 31, 21, 59, 59, 999_999, tzinfo=UTC),
                    datetime(year, 6, 30, 20, 59, 59, 999_600, tzinfo=UTC)]
    engine = create_engine("sqlite://")
    moments_table = table("moments", column("at", UTCDateTime()))
    ds = DateSql("sqlite")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE moments (at DATETIME)")
        conn.execute(moments_table.insert(), [{"at": m} for m in moments])
        rows = conn.execute(
            select(
                moments_table.c.at,
                ds.local_day(moments_table.c.at),
                ds.local_day(moments_table.c.at, range(2024, 2029)),
            )
        ).all()
    assert len(rows) == len(moments)
    for at, by_functions, by_bounds in rows:
        expected = at.astimezone(HELSINKI).date()
        assert (by_functions, by_bounds) == (expected, expected), at
