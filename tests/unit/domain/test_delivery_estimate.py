"""An estimated delivery day: shipping day plus the method's transit days, in working days."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from returns_app.domain.calendar import is_working_day
from returns_app.domain.delivery import (
    add_working_days,
    estimate_delivery,
    is_transit_entry,
    parse_transit_days,
    transit_days_for,
)

TABLE = parse_transit_days(["Posti SmartPOST = 2", "Matkahuolto Lähellä: 3", "nonsense"])


def test_the_transit_table_reads_name_equals_days_and_ignores_the_rest():
    assert TABLE == {"posti smartpost": 2, "matkahuolto lähellä": 3}
    assert is_transit_entry("DHL Express=1") and not is_transit_entry("DHL Express")


@pytest.mark.parametrize(
    ("method", "days"),
    [
        ("Posti SmartPOST", 2),
        ("posti  smartpost", 2),
        ("Posti SmartPOST Pickup", 2),
        ("Matkahuolto Lähellä", 3),
        ("Nouto myymälästä", 4),
    ],
)
def test_a_method_finds_its_transit_days_else_the_default(method, days):
    assert transit_days_for(method, TABLE, 4) == days


@pytest.mark.parametrize(
    ("shipped", "method", "expected"),
    [
        # Friday + 2 working days: Monday, Tuesday
        (date(2026, 3, 6), "Posti SmartPOST", date(2026, 3, 10)),
        # Thursday before Easter + 2: Good Friday and Easter Monday do not count
        (date(2026, 4, 2), "Posti SmartPOST", date(2026, 4, 8)),
        # Christmas: 23.12. + 3 working days skips 24.-26.12. and the weekend
        (date(2026, 12, 23), "Matkahuolto Lähellä", date(2026, 12, 30)),
    ],
)
def test_the_estimate_counts_working_days_only(shipped, method, expected):
    assert estimate_delivery(shipped, method, TABLE, 3) == expected


@given(st.dates(date(2025, 1, 1), date(2031, 12, 31)), st.integers(1, 10))
def test_an_estimate_is_a_working_day_after_the_shipping_day(shipped, days):
    day = add_working_days(shipped, days)
    assert day > shipped and is_working_day(day)
    assert (day - shipped).days >= days
