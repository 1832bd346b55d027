"""Finnish working-day calendar, date arithmetic and date text for the return rules.

Public holidays are the union of those in Regulation 1182/71 practice and the Finnish act on
computing time limits (150/1930, 5 §): see DOMAIN.md section 1. Easter is computed (Gregorian
computus); no year is hard-coded.

Names of holidays and weekdays are returned as English source texts marked for translation in
the ``calendar`` context; translate them with ``translate("calendar", name, lang)`` (or
``QCoreApplication.translate`` in the UI).
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from returns_app.domain.errors import InvalidDate
from returns_app.i18n import QT_TRANSLATE_NOOP, msg

HELSINKI = ZoneInfo("Europe/Helsinki")

NEW_YEARS_DAY = QT_TRANSLATE_NOOP("calendar", "New Year's Day")
EPIPHANY = QT_TRANSLATE_NOOP("calendar", "Epiphany")
GOOD_FRIDAY = QT_TRANSLATE_NOOP("calendar", "Good Friday")
EASTER_SUNDAY = QT_TRANSLATE_NOOP("calendar", "Easter Sunday")
EASTER_MONDAY = QT_TRANSLATE_NOOP("calendar", "Easter Monday")
MAY_DAY = QT_TRANSLATE_NOOP("calendar", "May Day")
ASCENSION_DAY = QT_TRANSLATE_NOOP("calendar", "Ascension Day")
WHIT_SUNDAY = QT_TRANSLATE_NOOP("calendar", "Whit Sunday")
MIDSUMMER_EVE = QT_TRANSLATE_NOOP("calendar", "Midsummer Eve")
MIDSUMMER_DAY = QT_TRANSLATE_NOOP("calendar", "Midsummer Day")
ALL_SAINTS_DAY = QT_TRANSLATE_NOOP("calendar", "All Saints' Day")
INDEPENDENCE_DAY = QT_TRANSLATE_NOOP("calendar", "Independence Day")
CHRISTMAS_EVE = QT_TRANSLATE_NOOP("calendar", "Christmas Eve")
CHRISTMAS_DAY = QT_TRANSLATE_NOOP("calendar", "Christmas Day")
ST_STEPHENS_DAY = QT_TRANSLATE_NOOP("calendar", "St Stephen's Day")

WEEKDAYS = (
    QT_TRANSLATE_NOOP("calendar", "Monday"),
    QT_TRANSLATE_NOOP("calendar", "Tuesday"),
    QT_TRANSLATE_NOOP("calendar", "Wednesday"),
    QT_TRANSLATE_NOOP("calendar", "Thursday"),
    QT_TRANSLATE_NOOP("calendar", "Friday"),
    QT_TRANSLATE_NOOP("calendar", "Saturday"),
    QT_TRANSLATE_NOOP("calendar", "Sunday"),
)

_SATURDAY = 5
_FRIDAY = 4


def easter_sunday(year: int) -> date:
    """Return Easter Sunday of ``year`` (Gregorian calendar, anonymous computus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _weekday_between(year: int, month: int, first_day: int, weekday: int) -> date:
    """Return the ``weekday`` falling in the seven days from ``first_day`` of ``month``."""
    start = date(year, month, first_day)
    return start + timedelta(days=(weekday - start.weekday()) % 7)


@functools.cache
def _holidays(year: int) -> tuple[tuple[date, str], ...]:
    easter = easter_sunday(year)
    midsummer_eve = _weekday_between(year, 6, 19, _FRIDAY)
    table = [
        (date(year, 1, 1), NEW_YEARS_DAY),
        (date(year, 1, 6), EPIPHANY),
        (easter - timedelta(days=2), GOOD_FRIDAY),
        (easter, EASTER_SUNDAY),
        (easter + timedelta(days=1), EASTER_MONDAY),
        (date(year, 5, 1), MAY_DAY),
        (easter + timedelta(days=39), ASCENSION_DAY),
        (easter + timedelta(days=49), WHIT_SUNDAY),
        (midsummer_eve, MIDSUMMER_EVE),
        (midsummer_eve + timedelta(days=1), MIDSUMMER_DAY),
        (_weekday_between(year, 10, 31, _SATURDAY), ALL_SAINTS_DAY),
        (date(year, 12, 6), INDEPENDENCE_DAY),
        (date(year, 12, 24), CHRISTMAS_EVE),
        (date(year, 12, 25), CHRISTMAS_DAY),
        (date(year, 12, 26), ST_STEPHENS_DAY),
    ]
    named: dict[date, str] = {}
    for day, name in table:
        named.setdefault(day, name)
    return tuple(sorted(named.items()))


def finnish_holidays(year: int) -> dict[date, str]:
    """Return the public holidays of ``year`` that stop a period ending, date → name.

    Names are English source texts marked for translation in the ``calendar`` context. When
    two holidays fall on one day (Ascension Day is May Day when Easter is on 23 March, as in
    2008), the fixed-date holiday gives the name.
    """
    return dict(_holidays(year))


def holiday_name(d: date) -> str | None:
    """Return the name of the public holiday on ``d``, or ``None`` on other days."""
    return finnish_holidays(d.year).get(d)


def is_working_day(d: date) -> bool:
    """Return whether a period may end on ``d``: not a Saturday, Sunday or public holiday."""
    return d.weekday() < _SATURDAY and holiday_name(d) is None


def non_working_reason(d: date) -> str | None:
    """Return why ``d`` is not a working day (holiday name or weekday), or ``None``."""
    name = holiday_name(d)
    if name is not None:
        return name
    if d.weekday() >= _SATURDAY:
        return WEEKDAYS[d.weekday()]
    return None


def next_working_day(d: date) -> date:
    """Return ``d`` if it is a working day, else the first working day after it (1182/71 3(4))."""
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def add_months(d: date, months: int) -> date:
    """Return the same day ``months`` later; the month's last day when it has no such day.

    This is the month rule of Regulation 1182/71 art. 3(2)(c): 31.3. + 1 month = 30.4.
    """
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(d.day, _month_length(year, month)))


def _month_length(year: int, month: int) -> int:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return (first_of_next - timedelta(days=1)).day


def period_end_after(start: date, days: int) -> date:
    """Return the last day of a period of ``days`` days running from the event on ``start``.

    The event's own day is not counted (1182/71 art. 3(1)); a last day that is not a working
    day moves to the next working day (art. 3(4)); holidays inside the period do not lengthen
    it.
    """
    return next_working_day(start + timedelta(days=days))


def weekday_name(d: date) -> str:
    """Return the English weekday name of ``d``, marked for translation (``calendar``)."""
    return WEEKDAYS[d.weekday()]


def format_date(d: date) -> str:
    """Return ``d`` in Finnish style without leading zeros: ``2.1.2026``."""
    return f"{d.day}.{d.month}.{d.year}"


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_FINNISH = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_date(text: str) -> date:
    """Read an ISO date (``2026-01-02``) or a Finnish one (``2.1.2026``, ``02.01.2026``).

    Raises:
        InvalidDate: ``text`` is neither, or names a day that does not exist (``31.2.2026``).
    """
    cleaned = text.strip()
    if match := _ISO.fullmatch(cleaned):
        year, month, day = (int(part) for part in match.groups())
    elif match := _FINNISH.fullmatch(cleaned):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise InvalidDate(
            msg(
                "rules",
                QT_TRANSLATE_NOOP(
                    "rules", "'{value}' is not a date. Write it as 2.1.2026 or 2026-01-02."
                ),
                value=text,
            )
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidDate(
            msg(
                "rules",
                QT_TRANSLATE_NOOP("rules", "There is no such day as '{value}'."),
                value=text,
            )
        ) from None


def notice_date_from_utc(moment: datetime) -> date:
    """Return the Helsinki calendar day of ``moment``: the day a notice counts as given.

    A period ends at the end of its last day in Finland, so an e-mail sent at 23:30 Helsinki
    time (20:30 or 21:30 UTC) on the last day is in time. ``moment`` may carry any time zone;
    a naive datetime is taken to be UTC, as the name says.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(HELSINKI).date()


def local_moment_text(moment: datetime) -> str:
    """A moment as people at the desk read it: Helsinki time, e.g. ``2.12.2026 8.50``.

    Stored times are UTC; nobody at a Finnish desk should have to add two hours in their head.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(HELSINKI)
    return f"{local.day}.{local.month}.{local.year} {local.hour:02d}:{local.minute:02d}"
