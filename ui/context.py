"""What every screen gets: the database, this station's settings, the task runner, who is
signed in and what the other stations change. Built once in :mod:`ui.app` (the composition root) and handed down."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from PySide6.QtCore import QObject, Signal

from returns_app.domain.calendar import notice_date_from_utc
from returns_app.domain.users import Actor
from returns_app.services.runtime import Backend
from ui.live import LiveUpdates
from ui.settings import Settings
from ui.tasks import ImmediateRunner, TaskRunner


class UserSession(QObject):
    """Who is signed in at this station.

    Signals:
        changed(object): the new :class:`Actor`, or None after signing out.
    """

    changed = Signal(object)

    def __init__(self, actor: Actor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actor = actor

    @property
    def actor(self) -> Actor | None:
        """The signed-in user, or None."""
        return self._actor

    def sign_in(self, actor: Actor) -> None:
        """Make ``actor`` the signed-in user."""
        self._actor = actor
        self.changed.emit(actor)

    def sign_out(self) -> None:
        """Nobody is signed in any more."""
        self._actor = None
        self.changed.emit(None)


def station_clock() -> datetime:
    """This computer's clock, in UTC."""
    return datetime.now(UTC)


@dataclass
class AppContext:
    """The shared pieces a screen needs; never a place for screen state."""

    backend: Backend
    settings: Settings
    runner: TaskRunner | ImmediateRunner
    session: UserSession
    clock: Callable[[], datetime] = field(default=station_clock)
    # Silent until started (ui.app starts it after sign-in; tests that need it start it).
    live: LiveUpdates = field(default_factory=LiveUpdates)

    def now(self) -> datetime:
        """The current moment (UTC): every screen asks here, so tests can pin the clock."""
        return self.clock()

    def recorded_now(self) -> datetime | None:
        """The moment to hand a use case that stores it: None (the database server's clock
        decides, one clock for every station) unless a test pinned this context's clock."""
        return None if self.clock is station_clock else self.clock()

    def today(self) -> date:
        """Today in Finland: the day deadlines are counted against."""
        return notice_date_from_utc(self.clock())

    @property
    def actor(self) -> Actor:
        """The signed-in user (screens are only shown after sign-in)."""
        actor = self.session.actor
        assert actor is not None, "no user signed in"
        return actor

    def listen_for_changes(self) -> None:
        """Start (or restart, after a database switch) hearing the other stations."""
        self.live.start(self.backend, self.settings.get("station/name"))
