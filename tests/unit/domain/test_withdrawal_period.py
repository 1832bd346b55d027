"""The withdrawal period and the deadlines after a notice (DOMAIN.md section 1)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from returns_app.domain.calendar import HELSINKI, notice_date_from_utc
from returns_app.domain.errors import InvalidDate
from returns_app.domain.withdrawal import (
    PeriodRule,
    goods_due,
    may_hold_refund,
    notice_in_time,
    refund_due,
    withdrawal_period,
    withdrawal_period_end,
)


@pytest.mark.parametrize(
    "delivered, ends",
    [
        pytest.param(date(2025, 12, 18), date(2026, 1, 2), id="A-new-years-day"),
        pytest.param(date(2026, 3, 20), date(2026, 4, 7), id="B-easter"),
        pytest.param(date(2026, 6, 5), date(2026, 6, 22), id="C-midsummer"),
        pytest.param(date(2026, 4, 30), date(2026, 5, 15), id="D-ascension"),
    ],
)
def test_worked_examples_end_on_the_next_working_day(delivered: date, ends: date) -> None:
    assert withdrawal_period_end([delivered]) == ends


def test_an_ordinary_period_ends_on_day_fourteen() -> None:
    period = withdrawal_period([date(2026, 1, 7)])  # Wednesday
    assert period.ends == date(2026, 1, 21)
    assert period.rule is PeriodRule.STANDARD
    assert not period.moved


def test_holidays_inside_the_period_do_not_lengthen_it() -> None:
    # Fri 27.3.2026 + 14 = Fri 10.4.2026; Easter lies inside.
    assert withdrawal_period_end([date(2026, 3, 27)]) == date(2026, 4, 10)


def test_a_period_ending_on_a_saturday_moves_to_monday() -> None:
    period = withdrawal_period([date(2026, 1, 3)])  # day 14 is Saturday 17.1.
    assert period.nominal_end == date(2026, 1, 17)
    assert period.ends == date(2026, 1, 19)
    assert period.moved


def test_several_shipments_count_from_the_last_one() -> None:
    deliveries = [date(2026, 3, 20), date(2026, 1, 7), date(2026, 3, 2)]
    assert withdrawal_period_end(deliveries) == date(2026, 4, 7)


def test_a_period_without_a_delivery_date_is_an_error() -> None:
    with pytest.raises(InvalidDate):
        withdrawal_period_end([])


@pytest.mark.parametrize(
    "delivered, ends",
    [
        # 2.1.2026 + 12 months = Sat 2.1.2027 → Mon 4.1.2027
        (date(2025, 12, 18), date(2027, 1, 4)),
        # 7.4.2026 + 12 months = Wed 7.4.2027, a working day
        (date(2026, 3, 20), date(2027, 4, 7)),
        # Tue 29.2.2028 + 12 months = the last day of February 2029
        (date(2028, 2, 15), date(2029, 2, 28)),
    ],
)
def test_a_consumer_not_informed_gets_twelve_more_months(delivered: date, ends: date) -> None:
    period = withdrawal_period([delivered], informed=False)
    assert period.ends == ends
    assert period.rule is PeriodRule.NOT_INFORMED


def test_late_information_ends_the_period_fourteen_days_later() -> None:
    period = withdrawal_period([date(2025, 12, 18)], informed=False, informed_on=date(2026, 3, 1))
    # 1.3.2026 + 14 = Sunday 15.3. → Monday 16.3.2026
    assert period.ends == date(2026, 3, 16)
    assert period.rule is PeriodRule.INFORMED_LATE
    assert period.informed_on == date(2026, 3, 1)


def test_information_before_delivery_never_shortens_the_ordinary_period() -> None:
    period = withdrawal_period([date(2025, 12, 18)], informed=False, informed_on=date(2025, 12, 1))
    assert period.ends == date(2026, 1, 2)
    assert period.rule is PeriodRule.STANDARD


def test_information_after_the_extension_ran_out_changes_nothing() -> None:
    period = withdrawal_period([date(2025, 12, 18)], informed=False, informed_on=date(2027, 6, 1))
    assert period.ends == date(2027, 1, 4)
    assert period.rule is PeriodRule.NOT_INFORMED


def test_a_notice_at_2330_helsinki_time_on_the_last_day_is_in_time() -> None:
    ends = withdrawal_period_end([date(2025, 12, 18)])  # Friday 2.1.2026
    sent = datetime(2026, 1, 2, 23, 30, tzinfo=HELSINKI).astimezone(UTC)
    assert sent.date() == date(2026, 1, 2)
    assert notice_in_time(notice_date_from_utc(sent), ends)
    just_late = datetime(2026, 1, 3, 0, 0, 30, tzinfo=HELSINKI).astimezone(UTC)
    assert just_late.date() == date(2026, 1, 2)  # still the last day in UTC …
    assert not notice_in_time(notice_date_from_utc(just_late), ends)  # … but late in Helsinki


def test_a_notice_before_delivery_is_in_time() -> None:
    assert notice_in_time(date(2026, 1, 1), withdrawal_period_end([date(2026, 1, 7)]))


def test_goods_are_due_fourteen_days_after_notice_moved_to_a_working_day() -> None:
    assert goods_due(date(2026, 1, 2)) == date(2026, 1, 16)
    # Thu 10.12.2026 + 14 = Christmas Eve; 25., 26. holidays, 27. Sunday → Mon 28.12.
    assert goods_due(date(2026, 12, 10)) == date(2026, 12, 28)


def test_the_refund_is_due_fourteen_calendar_days_after_notice_even_on_a_holiday() -> None:
    assert refund_due(date(2026, 1, 2)) == date(2026, 1, 16)
    assert refund_due(date(2026, 12, 10)) == date(2026, 12, 24)


@pytest.mark.parametrize(
    "received, proof, collection, may_hold",
    [
        (False, False, False, True),
        (True, False, False, False),
        (False, True, False, False),
        (True, True, False, False),
        (False, False, True, False),
    ],
)
def test_the_refund_may_be_held_only_until_goods_or_proof_arrive_unless_collection_was_offered(
    received: bool, proof: bool, collection: bool, may_hold: bool
) -> None:
    assert may_hold_refund(received, proof, collection) is may_hold
