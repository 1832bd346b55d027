"""Other stations' changes, delivered on the GUI thread: the screens refresh without a click.

:class:`LiveUpdates` wraps the services' :class:`~returns_app.services.live.ChangeListener`
(a thread with a connection of its own) and sums up each burst into one
:class:`~returns_app.services.live.ChangeSet`, at most a fifth of a second after the first
change of the burst. Screens connect to :attr:`LiveUpdates.changed` and refresh only what
the set touches, and only when that loses nothing the clerk is doing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from returns_app.services.live import Change, ChangeListener, ChangeSet
from returns_app.services.runtime import Backend

COALESCE_MS = 200


class LiveUpdates(QObject):
    """The station's ear for the other stations.

    Signals:
        changed(object): a :class:`ChangeSet` of what other stations changed.
        listening_changed(bool): the listening connection was lost (False) or is back (True).
    """

    changed = Signal(object)
    listening_changed = Signal(bool)
    _arrived = Signal(object)  # from the listener's thread; queued to the GUI thread
    _status = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener: ChangeListener | None = None
        self._pending: list[Change] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._arrived.connect(self._on_arrived)
        self._status.connect(self.listening_changed)

    @property
    def listener(self) -> ChangeListener | None:
        """The running listener (None while stopped)."""
        return self._listener

    def start(self, backend: Backend, station: str) -> None:
        """Listen on ``backend`` for changes made anywhere but at ``station`` (restarts)."""
        self.stop()
        self._listener = ChangeListener(
            backend, self._arrived.emit, own_station=station, on_status=self._status.emit
        )
        self._listener.start()

    def stop(self) -> None:
        """Stop listening (changes already heard are dropped)."""
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self._pending.clear()
        self._timer.stop()

    def _on_arrived(self, changes: list[Change]) -> None:
        if self._listener is None:
            return  # heard just before it was stopped
        self._pending.extend(changes)
        if not self._timer.isActive():
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        changes, self._pending = self._pending, []
        if changes:
            self.changed.emit(ChangeSet.of(changes))


class StaleRefresh(QObject):
    """Refreshes a screen for other stations' changes once nothing the clerk does is lost.

    :meth:`mark` says the screen is out of date: ``refresh()`` runs at once if ``quiet()``,
    else as soon as it is (checked every :data:`RETRY_MS`). Marks while waiting count once.
    """

    RETRY_MS = 300

    def __init__(
        self, refresh: Callable[[], None], quiet: Callable[[], bool], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._refresh = refresh
        self._quiet = quiet
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.RETRY_MS)
        self._timer.timeout.connect(self._try)

    def mark(self) -> None:
        """The screen shows something another station has changed."""
        self.stale = True
        self._try()

    def _try(self) -> None:
        if not self.stale:
            return
        if not self._quiet():
            self._timer.start()
            return
        self.stale = False
        self._refresh()
