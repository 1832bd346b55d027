"""The Finnish working-day calendar, date text and the Helsinki notice day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from returns_app.domain.calendar import (
    HELSINKI,
    add_months,
    easter_sunday,
    finnish_holidays,
    format_date,
    holiday_name,
    is_working_day,
    next_working_day,
    non_working_reason,
    notice_date_from_utc,
    parse_date,
)
from returns_app.domain.errors import InvalidDate
from returns_app.i18n import ReturnsError


@pytest.mark.parametrize(
    "year, easter",
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2030, date(2030, 4, 21)),
        (2038, date(2038, 4, 25)),  # latest possible
        (2285, date(2285, 3, 22)),  # earliest possible
    ],
)
def test_easter_sunday_is_computed_for_any_year(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_the_2026_holidays_are_exactly_the_finnish_list() -> None:
    assert finnish_holidays(2026) == {
        date(2026, 1, 1): "New Year's Day",
        date(2026, 1, 6): "Epiphany",
        date(2026, 4, 3): "Good Friday",
        date(2026, 4, 5): "Easter Sunday",
        date(2026, 4, 6): "Easter Monday",
        date(2026, 5, 1): "May Day",
        date(2026, 5, 14): "Ascension Day",
        date(2026, 5, 24): "Whit Sunday",
        date(2026, 6, 19): "Midsummer Eve",
        date(2026, 6, 20): "Midsummer Day",
        date(2026, 10, 31): "All Saints' Day",
        date(2026, 12, 6): "Independence Day",
        date(2026, 12, 24): "Christmas Eve",
        date(2026, 12, 25): "Christmas Day",
        date(2026, 12, 26): "St Stephen's Day",
    }


@pytest.mark.parametrize(
    "day, name",
    [
        (date(2025, 11, 1), "All Saints' Day"),
        (date(2024, 11, 2), "All Saints' Day"),
        (date(2025, 6, 20), "Midsummer Eve"),
        (date(2025, 6, 21), "Midsummer Day"),
        (date(2024, 6, 21), "Midsummer Eve"),
        (date(2025, 5, 29), "Ascension Day"),
        (date(2025, 6, 8), "Whit Sunday"),
        (date(2025, 4, 18), "Good Friday"),
        (date(2027, 3, 29), "Easter Monday"),
        (date(2030, 4, 19), "Good Friday"),
        (date(2030, 5, 30), "Ascension Day"),
    ],
)
def test_moving_holidays_fall_on_their_known_dates(day: date, name: str) -> None:
    assert holiday_name(day) == name


def test_midsummer_all_saints_and_ascension_fall_in_their_weeks_on_the_right_weekday() -> None:
    for year in range(1990, 2151):
        by_name = {name: day for day, name in finnish_holidays(year).items()}
        eve = by_name["Midsummer Eve"]
        assert eve.weekday() == 4 and date(year, 6, 19) <= eve <= date(year, 6, 25), year
        assert by_name["Midsummer Day"] == eve + timedelta(days=1), year
        saints = by_name["All Saints' Day"]
        assert saints.weekday() == 5 and date(year, 10, 31) <= saints <= date(year, 11, 6), year
        ascension = easter_sunday(year) + timedelta(days=39)
        assert ascension.weekday() == 3 and not is_working_day(ascension), year


def test_ascension_on_may_day_keeps_the_day_a_holiday() -> None:
    # Easter on 23 March 2008 put Ascension Day on May Day.
    assert holiday_name(date(2008, 5, 1)) == "May Day"
    assert not is_working_day(date(2008, 5, 1))


@pytest.mark.parametrize(
    "day, working",
    [
        (date(2026, 1, 5), True),  # an ordinary Monday
        (date(2026, 1, 3), False),  # Saturday
        (date(2026, 1, 4), False),  # Sunday
        (date(2025, 12, 24), False),  # Christmas Eve on a Wednesday
        (date(2026, 12, 7), True),  # Monday after Independence Day on a Sunday: no substitute
        (date(2026, 5, 1), False),  # May Day on a Friday
        (date(2026, 6, 19), False),  # Midsummer Eve
    ],
)
def test_working_days_exclude_weekends_and_public_holidays(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_the_next_working_day_skips_a_long_christmas() -> None:
    # Wed 24.12.2025 … Sun 28.12.2025 are all non-working.
    assert next_working_day(date(2025, 12, 24)) == date(2025, 12, 29)
    assert next_working_day(date(2025, 12, 29)) == date(2025, 12, 29)


def test_a_non_working_day_says_why() -> None:
    assert non_working_reason(date(2026, 1, 1)) == "New Year's Day"
    assert non_working_reason(date(2026, 1, 3)) == "Saturday"
    assert non_working_reason(date(2026, 1, 5)) is None


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (date(2026, 1, 2), 12, date(2027, 1, 2)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
    ],
)
def test_adding_months_keeps_the_day_or_takes_the_months_last_day(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected


def test_dates_are_written_the_finnish_way_without_leading_zeros() -> None:
    assert format_date(date(2026, 1, 2)) == "2.1.2026"
    assert format_date(date(2026, 12, 24)) == "24.12.2026"


@pytest.mark.parametrize("text", ["2026-01-02", "2.1.2026", "02.01.2026", " 2.1.2026 "])
def test_iso_and_finnish_dates_are_both_read(text: str) -> None:
    assert parse_date(text) == date(2026, 1, 2)


@pytest.mark.parametrize("text", ["", "tomorrow", "1/2/2026", "2.1.26", "31.2.2026", "2026-13-01"])
def test_unreadable_or_impossible_dates_raise_a_readable_error(text: str) -> None:
    with pytest.raises(InvalidDate) as caught:
        parse_date(text)
    assert isinstance(caught.value, ReturnsError)
    assert repr(text) in caught.value.message.render("en")


@pytest.mark.parametrize(
    "utc, helsinki_day",
    [
        (datetime(2026, 1, 2, 21, 30, tzinfo=UTC), date(2026, 1, 2)),  # 23:30 EET
        (datetime(2026, 1, 2, 22, 30, tzinfo=UTC), date(2026, 1, 3)),  # 00:30 EET next day
        (datetime(2026, 6, 22, 20, 30, tzinfo=UTC), date(2026, 6, 22)),  # 23:30 EEST
        (datetime(2026, 6, 22, 21, 30, tzinfo=UTC), date(2026, 6, 23)),  # 00:30 EEST
        (datetime(2026, 1, 2, 21, 30), date(2026, 1, 2)),  # naive means UTC
    ],
)
def test_a_notice_counts_on_its_helsinki_day(utc: datetime, helsinki_day: date) -> None:
    assert notice_date_from_utc(utc) == helsinki_day


def test_a_notice_time_in_another_zone_is_converted_too() -> None:
    moment = datetime(2026, 1, 2, 23, 30, tzinfo=HELSINKI)
    assert notice_date_from_utc(moment) == date(2026, 1, 2)
