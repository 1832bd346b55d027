"""Live across stations: each use case announces what it changed; every station listens.

Publishing: :func:`announce` is called by :func:`returns_app.services.audit.record` for every
audit entry, so every change of a return, money or stock is announced from the transaction
that makes it. On PostgreSQL the announcements of one transaction are collected (one per
return) and sent with ``pg_notify`` just before it commits; PostgreSQL delivers them only if
it does commit. On SQLite nothing is sent: the listener sees another connection's commit in
``PRAGMA data_version`` and reads the new audit entries instead, which say the same.

Listening: :class:`ChangeListener` is a plain thread with one connection of its own
(``LISTEN`` on PostgreSQL, polling ``PRAGMA data_version`` about twice a second on SQLite).
It hands batches of :class:`Change` to a callback on its own thread (the UI relays them to
the GUI thread), reconnects after a lost connection and then says :data:`RESYNC`, since
whatever happened while it was away was not heard.

The channel is named after the connection's schema, so two shops (or two tests) in one
PostgreSQL database never hear each other.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from returns_app.persistence import waits
from returns_app.persistence.models import AuditEntry
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.runtime import Backend

log = logging.getLogger(__name__)

# The same expression where a notification is sent and where it is listened for.
CHANNEL_SQL = "'returns_desk:' || left(current_schema(), 50)"
RESYNC = "resync"  # the listener was away: everything may have changed
MANY = "many"  # one transaction changed more returns than are worth naming
MAX_PER_TRANSACTION = 50
# Audit entries of these entities (without a return) change nothing a list or page shows.
QUIET_ENTITIES = frozenset({"user", "settings"})
PING_SECONDS = 15.0  # a LISTEN connection that stops answering is noticed this soon
PING_LIMIT_SECONDS = 5.0  # a ping that takes longer means a stalled link: reconnect

_PENDING = "live_pending"
_HOOKED = "live_hooked"


@dataclass(frozen=True)
class Change:
    """One return (or, with ``return_id`` None, something else) changed at ``station``."""

    return_id: int | None
    kind: str
    station: str | None


@dataclass(frozen=True)
class ChangeSet:
    """What a burst of changes touched: the returns named, and whether anything may have."""

    return_ids: frozenset[int]
    kinds: frozenset[str]
    everything: bool

    @classmethod
    def of(cls, changes: Iterable[Change]) -> ChangeSet:
        """Sum up ``changes`` (a resync or a big batch touches everything)."""
        changes = list(changes)
        return cls(
            frozenset(c.return_id for c in changes if c.return_id is not None),
            frozenset(c.kind for c in changes),
            any(c.kind in (RESYNC, MANY) for c in changes),
        )

    def touches(self, return_id: int | None) -> bool:
        """Whether the return with ``return_id`` may have changed."""
        return return_id is not None and (self.everything or return_id in self.return_ids)


def announces(entity: str, return_id: int | None) -> bool:
    """Whether an audit entry is worth telling other stations about."""
    return return_id is not None or entity not in QUIET_ENTITIES


def payload(change: Change) -> str:
    """The notification text: ``{"return": 12, "kind": "refund_issued", "station": "DESK-2"}``."""
    return json.dumps(
        {"return": change.return_id, "kind": change.kind, "station": change.station},
        separators=(",", ":"),
    )


def parse(text_: str) -> Change | None:
    """Read a notification; anything that is not one of ours gives None."""
    try:
        data = json.loads(text_)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    return_id, kind, station = data.get("return"), data.get("kind"), data.get("station")
    if return_id is not None and (not isinstance(return_id, int) or isinstance(return_id, bool)):
        return None
    if not isinstance(kind, str) or not (station is None or isinstance(station, str)):
        return None
    return Change(return_id, kind, station)


def pending_payloads(changes: Iterable[Change]) -> list[str]:
    """One payload per return (the first change of each), or one :data:`MANY` for a lot."""
    first: dict[int | None, Change] = {}
    for change in changes:
        first.setdefault(change.return_id, change)
    if len(first) > MAX_PER_TRANSACTION:
        station = next(iter(first.values())).station
        return [payload(Change(None, MANY, station))]
    return [payload(c) for c in first.values()]


# --- Publishing --------------------------------------------------------------------------


def announce(
    uow: UnitOfWork, station: str | None, kind: str, entity: str, return_id: int | None
) -> None:
    """Announce a change made in ``uow``'s transaction (sent on commit, PostgreSQL only)."""
    if uow.dialect != "postgresql" or not announces(entity, return_id):
        return
    session = uow.session
    assert session is not None
    if not session.info.get(_HOOKED):
        session.info[_HOOKED] = True
        event.listen(session, "before_commit", _send_pending)
        event.listen(session, "after_soft_rollback", _forget_pending)
    session.info.setdefault(_PENDING, []).append(Change(return_id, kind, station))


def _send_pending(session: Session) -> None:
    changes = session.info.pop(_PENDING, None)
    if not changes:
        return
    for text_ in pending_payloads(changes):
        session.execute(text(f"SELECT pg_notify({CHANNEL_SQL}, :payload)"), {"payload": text_})


def _forget_pending(session: Session, previous_transaction: Any) -> None:
    if previous_transaction.nested:
        # Only a savepoint rolled back (e.g. a proposal that could not be made after a
        # grade): the changes before it still commit and must still be heard. A change made
        # inside the savepoint is announced for nothing at worst: one needless refresh.
        return
    session.info.pop(_PENDING, None)


# --- Listening ---------------------------------------------------------------------------


class _PgSource:
    """A LISTEN connection of its own (autocommit, outside the pool)."""

    def __init__(self, backend: Backend) -> None:
        raw = backend.engine.raw_connection()
        conn = raw.driver_connection
        raw.detach()  # ours for as long as we listen; never handed to a use case
        self._raw = raw
        conn.rollback()
        conn.autocommit = True
        self._conn = conn
        self.channel = conn.execute(f"SELECT {CHANNEL_SQL}").fetchone()[0]
        quoted = '"' + self.channel.replace('"', '""') + '"'
        conn.execute(f"LISTEN {quoted}")
        self._quiet = 0.0

    def wait(self, seconds: float, stop: threading.Event) -> list[Change]:
        del stop  # notifies() returns after ``seconds`` at the latest
        found = []
        for note in self._conn.notifies(timeout=seconds, stop_after=1000):
            if note.channel == self.channel and (change := parse(note.payload)) is not None:
                found.append(change)
        self._quiet = 0.0 if found else self._quiet + seconds
        if self._quiet >= PING_SECONDS:
            self._quiet = 0.0
            with waits.watched(self._conn, PING_LIMIT_SECONDS):
                self._conn.execute("SELECT 1")  # a dead or stalled connection raises here
        return found

    def close(self) -> None:
        try:
            self._raw.close()
        except Exception:  # noqa: BLE001 - closing a dead connection may fail; nothing to do
            log.debug("closing the listening connection failed", exc_info=True)


class _SqliteSource:
    """A connection of its own that notices other connections' commits."""

    def __init__(self, backend: Backend) -> None:
        raw = backend.engine.raw_connection()
        self._conn = raw.driver_connection
        raw.detach()
        self._raw = raw
        self._version = self._data_version()
        self._last_id = self._conn.execute(
            f"SELECT coalesce(max(id), 0) FROM {AuditEntry.__tablename__}"
        ).fetchone()[0]

    def _data_version(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def wait(self, seconds: float, stop: threading.Event) -> list[Change]:
        if stop.wait(seconds):
            return []
        version = self._data_version()
        if version == self._version:
            return []
        self._version = version
        rows = self._conn.execute(
            f"SELECT id, return_id, action, entity, station FROM {AuditEntry.__tablename__} "
            "WHERE id > ? ORDER BY id LIMIT ?",
            (self._last_id, MAX_PER_TRANSACTION * 20 + 1),
        ).fetchall()
        if not rows:
            return []
        self._last_id = rows[-1][0]
        if len(rows) > MAX_PER_TRANSACTION * 20:
            self._last_id = self._conn.execute(
                f"SELECT coalesce(max(id), 0) FROM {AuditEntry.__tablename__}"
            ).fetchone()[0]
            return [Change(None, MANY, None)]
        return [
            Change(return_id, action, station)
            for _id, return_id, action, entity, station in rows
            if announces(entity, return_id)
        ]

    def close(self) -> None:
        try:
            self._raw.close()
        except Exception:  # noqa: BLE001
            log.debug("closing the polling connection failed", exc_info=True)


class ChangeListener:
    """Hears other stations' changes on a thread of its own.

    ``on_changes(list[Change])`` is called on the listener's thread, with the changes that
    arrived within one wait (a burst comes as one batch); changes made at ``own_station``
    are left out (the station has shown them already). ``on_status(bool)`` says when the
    listening connection is lost (False) and back (True).
    """

    def __init__(
        self,
        backend: Backend,
        on_changes: Callable[[list[Change]], None],
        *,
        own_station: str | None = None,
        on_status: Callable[[bool], None] | None = None,
        wait_seconds: float = 0.3,
        poll_seconds: float = 0.5,
        retry_seconds: float = 0.5,
    ) -> None:
        self._backend = backend
        self._on_changes = on_changes
        self._on_status = on_status or (lambda up: None)
        self.own_station = own_station
        sqlite = backend.engine.dialect.name == "sqlite"
        self._source_type = _SqliteSource if sqlite else _PgSource
        self._wait = poll_seconds if sqlite else wait_seconds
        self._retry = retry_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()  # set while a connection listens (for tests)

    def start(self) -> None:
        """Start listening (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="live-changes", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        """Stop listening and close the connection (waits up to ``timeout`` seconds)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        delay, lost = self._retry, False
        while not self._stop.is_set():
            source = None
            try:
                source = self._source_type(self._backend)
                self.listening.set()
                if lost:
                    lost = False
                    self._on_status(True)
                    self._deliver([Change(None, RESYNC, None)])
                delay = self._retry
                while not self._stop.is_set():
                    found = source.wait(self._wait, self._stop)
                    if found:
                        self._deliver(found)
            except Exception:  # noqa: BLE001 - any failure means: connect again
                log.info("live changes: connection lost; connecting again", exc_info=True)
                self.listening.clear()
                if not lost:
                    lost = True
                    self._on_status(False)
            finally:
                if source is not None:
                    source.close()
            if self._stop.wait(delay):
                break
            delay = min(delay * 2, 5.0)
        self.listening.clear()

    def _deliver(self, changes: list[Change]) -> None:
        mine = self.own_station
        theirs = [c for c in changes if c.station is None or c.station != mine]
        if theirs:
            try:
                self._on_changes(theirs)
            except Exception:  # noqa: BLE001 - a receiver's bug must not stop listening
                log.exception("live changes: the receiver failed")
