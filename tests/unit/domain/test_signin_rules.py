"""The sign-in guard's rules: typos are free, then every wrong password waits longer, then a lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from returns_app.domain.signin import (
    LOCK_AFTER,
    MAX_WAIT_SECONDS,
    THROTTLE_AFTER,
    locks,
    seconds_to_wait,
    wait_after,
)

FAST = settings(max_examples=200, deadline=None)
T0 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
FAILURES = st.integers(0, 10_000)


@pytest.mark.parametrize(
    ("failures", "wait"),
    [(0, 0), (1, 0), (2, 0), (3, 2), (4, 4), (5, 8), (6, 16), (7, 32), (8, 60), (9, 60)],
)
def test_the_wait_doubles_from_two_seconds_after_the_third_wrong_password(failures, wait):
    assert wait_after(failures) == wait


def test_the_tenth_wrong_password_in_a_row_locks_and_the_ninth_does_not():
    assert (THROTTLE_AFTER, LOCK_AFTER) == (3, 10)
    assert not locks(LOCK_AFTER - 1) and locks(LOCK_AFTER)


@FAST
@given(FAILURES)
def test_one_more_wrong_password_never_shortens_the_wait(failures: int) -> None:
    assert wait_after(failures) <= wait_after(failures + 1) <= MAX_WAIT_SECONDS


@FAST
@given(FAILURES, st.integers(-7 * 86_400, 7 * 86_400))
def test_the_time_left_is_never_more_than_the_wait_whatever_the_clocks_say(
    failures: int, offset: int
) -> None:
    """A station whose clock is behind (offset < 0) or ahead of the one that stamped the last
    failure waits at most the rule's wait, and nothing once it has passed."""
    now = T0 + timedelta(seconds=offset)
    left = seconds_to_wait(failures, T0, now)
    assert 0 <= left <= wait_after(failures)
    if offset >= wait_after(failures):
        assert left == 0
    if 0 <= offset < wait_after(failures):
        assert left == wait_after(failures) - offset


def test_no_failure_recorded_means_no_wait():
    assert seconds_to_wait(LOCK_AFTER - 1, None, T0) == 0


def test_part_of_a_second_left_is_a_whole_second_to_wait():
    assert seconds_to_wait(THROTTLE_AFTER, T0, T0 + timedelta(seconds=1.2)) == 1
