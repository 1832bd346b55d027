"""A use case that lost a deadlock or a serialization race is run again, a few times.

PostgreSQL ends one of two transactions that wait for each other (deadlock, 40P01) or that
cannot both be serialised (40001); the loser's work is rolled back whole, so running the use
case again is safe. After the last try the station is told plainly, never with the driver's
words.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.services.errors import Conflict

T = TypeVar("T")
TRANSIENT = frozenset({"40P01", "40001"})  # deadlock detected, serialization failure
ATTEMPTS = 4


def is_transient(exc: BaseException) -> bool:
    """True for a deadlock or serialization failure the database rolled back."""
    orig = getattr(exc, "orig", None)
    return isinstance(exc, DBAPIError) and getattr(orig, "sqlstate", None) in TRANSIENT


def retrying(fn: Callable[[], T], attempts: int = ATTEMPTS, pause: float = 0.05) -> T:
    """Run ``fn`` (which opens its own unit of work) again after a transient failure."""
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except DBAPIError as exc:
            if not is_transient(exc):
                raise
            if attempt == attempts:
                raise Conflict(
                    Message(
                        "services",
                        QT_TRANSLATE_NOOP(
                            "services",
                            "Another station was changing the same thing at this very moment. "
                            "Nothing was saved here; try again.",
                        ),
                    )
                ) from exc
            time.sleep(pause * attempt)
    raise AssertionError("unreachable")
