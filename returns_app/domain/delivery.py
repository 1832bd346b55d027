"""When the customer got the goods, when no delivery event says so: an estimate.

The withdrawal period runs from physical possession (directive 2011/83/EU art. 9(2)(b)), not
from the day the parcel left (Shopify's ``Fulfilled at``). Without a delivery event the day is
estimated as the shipping day plus the method's typical transit days, counted in working days
(carriers do not deliver on Sundays and public holidays; counting them as transit would start
the period early, against the consumer). An estimated day is always marked as such, so a clerk
can correct it from the customer's proof. Pure functions: no clock, no settings store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from returns_app.domain.calendar import is_working_day

DEFAULT_TRANSIT_DAYS = 3
_ENTRY = re.compile(r"^\s*(?P<method>.+?)\s*[=:]\s*(?P<days>\d{1,2})\s*$")


def add_working_days(start: date, days: int) -> date:
    """The ``days``-th working day after ``start`` (``start`` itself does not count)."""
    day = start
    left = max(0, days)
    while left:
        day += timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


def parse_transit_days(entries: Iterable[str]) -> dict[str, int]:
    """``("Posti SmartPOST = 2", "Matkahuolto: 3")`` → ``{"posti smartpost": 2, ...}``.

    Method names compare case-insensitively and with their spaces squeezed; lines that are
    not ``name = days`` are ignored (the settings page refuses them before they are saved).
    """
    out: dict[str, int] = {}
    for entry in entries:
        match = _ENTRY.match(entry)
        if match:
            out[_key(match["method"])] = int(match["days"])
    return out


def is_transit_entry(entry: str) -> bool:
    """Whether ``entry`` reads as ``shipping method = days`` (0 to 99 days)."""
    return _ENTRY.match(entry) is not None


def _key(method: str) -> str:
    return " ".join(method.casefold().split())


def transit_days_for(method: str, table: dict[str, int], default: int) -> int:
    """The transit days of ``method``: its own entry, else the one whose name it starts with
    or contains (``Posti SmartPOST Pickup`` uses ``Posti SmartPOST``), else ``default``."""
    key = _key(method)
    if key in table:
        return table[key]
    for name in sorted(table, key=len, reverse=True):
        if name and name in key:
            return table[name]
    return default


def estimate_delivery(shipped: date, method: str, table: dict[str, int], default: int) -> date:
    """The day a parcel shipped on ``shipped`` by ``method`` typically reaches the customer."""
    return add_working_days(shipped, transit_days_for(method, table, default))
