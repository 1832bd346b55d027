"""The station's e-mail sender: works the outbox off the GUI thread, every minute and at once
after a use case queued a message.

It has a thread pool of its own (one worker), not the database pool the desk's scans use: an
SMTP server that answers slowly (up to its 30 s timeout) must never hold a scan back. Any
station may send: the outbox's claim makes sure one message goes out once, even with several
stations (and a server's ``returns-app mail send``) working it.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from returns_app.services.mail import outbox
from ui.context import AppContext

if TYPE_CHECKING:
    from returns_app.services.mail.sender import SendReport

log = logging.getLogger(__name__)
INTERVAL_MS = 60_000


class _Run(QRunnable):
    def __init__(self, fn, relay: MailSender) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            report = self.fn()
        except Exception as exc:  # noqa: BLE001 - the sender tries again in a minute
            log.warning("sending e-mails failed: %s", exc)
            self.relay._ran.emit(None, exc)
        else:
            self.relay._ran.emit(report, None)


class MailSender(QObject):
    """Sends the outbox's due messages in the background.

    Signals:
        finished(object, object): a run's :class:`SendReport` and error (one is None).
        _ran(object, object): internal, from the worker thread to the GUI thread.
        _wake(): internal, emitted on any thread after a transaction queued a message.
    """

    finished = Signal(object, object)
    _ran = Signal(object, object)
    _wake = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.send_now)
        self._running = False
        self._again = False
        self._stopped = False
        self._stop = threading.Event()  # read by a run under way, between two messages
        self._ran.connect(self._on_ran)
        self._wake.connect(self.send_now)
        self._listener = self._wake.emit

    def start(self) -> None:
        """Send every minute, and whenever a use case at this station queued a message."""
        self._stopped = False
        self._stop.clear()
        outbox.queued_listeners.append(self._listener)
        self._timer.start()
        self.send_now()

    def stop(self, msecs: int = 5_000) -> None:
        """Stop sending: a run under way ends after the message in hand (never inside one, so
        a claimed message is finished, not left); waits for that briefly."""
        self._stopped = True
        self._timer.stop()
        if self._listener in outbox.queued_listeners:
            outbox.queued_listeners.remove(self._listener)
        self._stop.set()
        self._pool.waitForDone(msecs)

    @Slot()
    def send_now(self) -> None:
        """Start a run unless one is under way (then one more follows it)."""
        actor = self._ctx.session.actor
        if self._stopped or actor is None or not actor.may("send_mail"):
            return
        if self._running:
            self._again = True
            return
        self._running = True
        backend = self._ctx.backend
        worker = f"{self._ctx.settings.get('station/name')}#{os.getpid()}"
        now = self._ctx.recorded_now()
        stop = self._stop

        def run() -> SendReport:
            # SMTP, the keyring and the templates load on the sender's thread, not at start.
            from returns_app.services.mail.sender import send_outbox

            return send_outbox(backend.uow(), actor, worker=worker, now=now, stop=stop)

        self._pool.start(_Run(run, self))

    def _on_ran(self, report: SendReport | None, error: BaseException | None) -> None:
        self._running = False
        self.finished.emit(report, error)
        if self._again:
            self._again = False
            self.send_now()

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for a run under way (tests)."""
        return self._pool.waitForDone(msecs)
