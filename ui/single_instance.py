"""One station instance per database and station name.

A second start on the same database with the same station name would be a second desk
fighting over the scanner. :class:`SingleInstance` takes a :class:`QLockFile` named after the
database and the station; the first start holds it and listens on a :class:`QLocalServer`
of the same name. A later start finds the lock taken, tells the first one to come forward
and exits. A lock left by a process that died is taken over (QLockFile checks whether its
owner still runs), and nothing here depends on POSIX: on Windows the server is a named pipe.

Signals:
    activation_requested(): another start asked this instance to come forward.
"""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

MESSAGE = b"activate\n"
WAIT_MS = 2000


def instance_name(database: str, station: str) -> str:
    """The lock's and the server's name for ``database`` and ``station`` (no password, no
    path characters: a hash)."""
    digest = hashlib.sha256(f"{database}\n{station}".encode()).hexdigest()[:20]
    return f"returns-desk-{digest}"


class SingleInstance(QObject):
    """The first start of a database + station holds the lock and listens; see the module.

    Signals:
        activation_requested(): another start asked to bring this instance forward.
    """

    activation_requested = Signal()

    def __init__(self, name: str, directory: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self._lock = QLockFile(f"{directory or QDir.tempPath()}/{name}.lock")
        self._lock.setStaleLockTime(0)  # only a dead owner makes it stale, never its age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Become the instance (True), or ask the running one to come forward (False)."""
        if self._lock.tryLock(100):
            QLocalServer.removeServer(self.name)  # a socket a crashed first start left
            server = QLocalServer(self)
            server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            if not server.listen(self.name):
                log.warning(
                    "single instance: cannot listen on %s: %s", self.name, server.errorString()
                )
            server.newConnection.connect(self._on_server_new_connection)
            self._server = server
            return True
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(WAIT_MS):
            socket.write(MESSAGE)
            socket.waitForBytesWritten(WAIT_MS)
            socket.disconnectFromServer()
        else:
            log.warning("single instance: %s is locked but does not answer", self.name)
        return False

    def release(self) -> None:
        """Stop listening and unlock (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).strip() == MESSAGE.strip():
            log.info("another start asked this station to come forward")
            self.activation_requested.emit()


def bring_forward(window: QWidget | None) -> None:
    """Show ``window`` (or the dialog in front of everything, e.g. the sign-in) on top."""
    target = QApplication.activeModalWidget() or window
    if target is None:
        return
    log.info("brought forward: %s", target.windowTitle())
    if target.isMinimized():
        target.showNormal()
    target.show()
    target.raise_()
    target.activateWindow()
