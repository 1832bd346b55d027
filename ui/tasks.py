"""Running work off the GUI thread and getting ``(result, error)`` back on it.

Database work goes to a single-worker pool (one connection's worth of work at a time, in
order); printing and files to another. Tasks never touch widgets: they return a value, and the
callback runs on the GUI thread. Tests swap in :class:`ImmediateRunner`, which runs at once.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from returns_app.services.errors import SignedOut
from returns_app.services.retry import retrying

log = logging.getLogger(__name__)

Callback = Callable[[Any, BaseException | None], None]


class _Relay(QObject):
    """Carries a finished task's outcome back to the GUI thread.

    Signals:
        finished(object, object): the result and the error (one of them is None).
    """

    finished = Signal(object, object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the caller as data
            log.debug("task failed:\n%s", traceback.format_exc())
            self.relay.finished.emit(None, exc)
        else:
            self.relay.finished.emit(result, None)


class TaskRunner(QObject):
    """Runs callables on worker pools; callbacks run on the GUI thread.

    Signals:
        busy_changed(bool): True while any task is running.
        signed_out(object): a task was refused because the signed-in user was deactivated or
            their role changed (the :class:`SignedOut` error); emitted after its callback.
    """

    busy_changed = Signal(bool)
    signed_out = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = QThreadPool(self)
        self._db.setMaxThreadCount(1)
        self._io = QThreadPool(self)
        self._io.setMaxThreadCount(2)
        self._running = 0
        self._relays: set[_Relay] = set()

    def run_db(self, fn: Callable[[], Any], done: Callback) -> None:
        """Run database work (in order, one at a time); a lost deadlock is run again."""
        self._start(self._db, lambda: retrying(fn), done)

    def run_io(self, fn: Callable[[], Any], done: Callback) -> None:
        """Run printer or file work."""
        self._start(self._io, fn, done)

    def _start(self, pool: QThreadPool, fn: Callable[[], Any], done: Callback) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(result: Any, error: BaseException | None) -> None:
            self._relays.discard(relay)
            self._running -= 1
            if self._running == 0:
                self.busy_changed.emit(False)
            try:
                done(result, error)
            finally:
                if isinstance(error, SignedOut):
                    self.signed_out.emit(error)

        relay.finished.connect(finish)
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        pool.start(_Task(fn, relay))

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for every pool to finish (shutdown and tests)."""
        return self._db.waitForDone(msecs) and self._io.waitForDone(msecs)


class ImmediateRunner(QObject):
    """A runner that runs each task at once on the calling thread (for tests).

    Signals:
        busy_changed(bool): never emitted on its own, kept for the same interface.
        signed_out(object): as :class:`TaskRunner`'s.
    """

    busy_changed = Signal(bool)
    signed_out = Signal(object)

    def run_db(self, fn: Callable[[], Any], done: Callback) -> None:
        """Run ``fn`` now and call ``done``."""
        self._run(fn, done)

    run_io = run_db

    def _run(self, fn: Callable[[], Any], done: Callback) -> None:
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001
            try:
                done(None, exc)
            finally:
                if isinstance(exc, SignedOut):
                    self.signed_out.emit(exc)
        else:
            done(result, None)

    def wait(self, msecs: int = 0) -> bool:
        """Nothing is ever pending."""
        del msecs
        return True
