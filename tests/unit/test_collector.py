"""The cyclic garbage collector paused around bulk work, and running again after it."""

from __future__ import annotations

import gc
import threading

import pytest

from returns_app.collector import paused, pausing


@pytest.fixture(autouse=True)
def _collector_running():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_paused_in_the_block_and_runs_again_after_it():
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_it_runs_again_after_a_block_that_failed():
    with pytest.raises(ValueError), paused():
        raise ValueError
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused():
    gc.disable()  # as the desktop's entry point does while it starts
    with paused():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_in_two_threads_end_with_the_last():
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with paused():
            first_in.set()
            second_in.wait(5)
        seen["after the first"] = gc.isenabled()
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with paused():
            second_in.set()
            first_out.wait(5)
            seen["in the second"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == {"after the first": False, "in the second": False}
    assert gc.isenabled()


def test_a_decorated_function_runs_paused_and_returns_its_result():
    @pausing
    def work(x: int) -> tuple[int, bool]:
        return x + 1, gc.isenabled()

    assert work(1) == (2, False)
    assert gc.isenabled()
