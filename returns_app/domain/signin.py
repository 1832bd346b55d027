"""Wrong passwords in a row: when the next try must wait, and when the user is locked (pure).

A person who mistypes gets a few free tries; after that each further try waits longer (so a
guessing script gets a handful of guesses a minute at best), and after :data:`LOCK_AFTER` in
a row the user is locked until an administrator unlocks them. A right password starts the
count again. The times come in as values; the sign-in service keeps the count per user.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

THROTTLE_AFTER = 3
"""Wrong passwords in a row after which the next try must wait."""

LOCK_AFTER = 10
"""Wrong passwords in a row that lock the user (an administrator unlocks)."""

FIRST_WAIT_SECONDS = 2
"""The wait after the :data:`THROTTLE_AFTER`-th wrong password; it doubles with each further one."""

MAX_WAIT_SECONDS = 60
"""The longest wait between two tries (reached after 8 wrong passwords in a row)."""


def wait_after(failures: int) -> int:
    """Seconds the next try must wait after ``failures`` wrong passwords in a row (0: none).

    2, 4, 8, 16, 32 and then 60 seconds after the 3rd, 4th, 5th, ... wrong password.
    """
    if failures < THROTTLE_AFTER:
        return 0
    doublings = min(failures - THROTTLE_AFTER, 16)  # the cap keeps the number small
    return min(FIRST_WAIT_SECONDS * 2**doublings, MAX_WAIT_SECONDS)


def seconds_to_wait(failures: int, last_failed_at: datetime | None, now: datetime) -> int:
    """Whole seconds until the next try may be checked (0: now).

    A station whose clock is behind the one that stamped the last failure never waits longer
    than the rule says.
    """
    wait = wait_after(failures)
    if wait == 0 or last_failed_at is None:
        return 0
    left = (last_failed_at + timedelta(seconds=wait) - now).total_seconds()
    return min(wait, max(0, math.ceil(left)))


def locks(failures: int) -> bool:
    """Tell whether ``failures`` wrong passwords in a row lock the user."""
    return failures >= LOCK_AFTER
