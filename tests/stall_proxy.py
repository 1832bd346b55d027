"""A tiny TCP proxy in front of PostgreSQL that stops forwarding on command (a stalled network).

While stalled it neither reads nor sends on the connections it carries and accepts new ones
without connecting them anywhere: the client's socket stays open and acknowledged by the
kernel, so neither the server's timeouts nor TCP keepalives can notice. Only the station's own
watch can.
"""

from __future__ import annotations

import select
import socket
import threading


class StallProxy:
    """Forwards 127.0.0.1:<port> to ``upstream`` until :meth:`stall` is called."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.stalled = threading.Event()
        self._closing = threading.Event()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.1)
        self.port = self._server.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def stall(self) -> None:
        """Stop forwarding (on open connections and new ones)."""
        self.stalled.set()

    def resume(self) -> None:
        """Forward again (connections accepted meanwhile stay unanswered, as in life)."""
        self.stalled.clear()

    def close(self) -> None:
        """Stop the proxy and close every socket it holds."""
        self._closing.set()
        self._thread.join(2)
        for sock in [self._server, *self._sockets]:
            try:
                sock.close()
            except OSError:
                pass

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._sockets.append(client)
            if self.stalled.is_set():
                continue  # accepted, never connected: the client waits for an answer
            server = socket.create_connection(self.upstream)
            self._sockets.append(server)
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        peers = {a: b, b: a}
        while not self._closing.is_set():
            if self.stalled.is_set():
                self._closing.wait(0.05)
                continue
            try:
                ready, _, _ = select.select(list(peers), [], [], 0.05)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
            except OSError:
                return
