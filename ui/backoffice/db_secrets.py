"""Where a shared database's password is kept: never in the station's settings.

Two places, both outside the settings file:

- :class:`PassFile`: PostgreSQL's own password file (``~/.pgpass``, or ``%APPDATA%\\postgresql
  \\pgpass.conf`` on Windows, or ``$PGPASSFILE``), readable by its owner only (0600). The
  driver reads it itself, so the URL kept in the settings needs no password at all.
- :class:`KeyringStore`: the system keyring (Secret Service, macOS Keychain, Windows
  Credential Locker) through the optional ``keyring`` package; the password is added to the
  URL in memory when the database is opened (:func:`connection_url`).

File work here is plain I/O: call it from ``runner.run_io``, never on the GUI thread.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from returns_app.services.backoffice_db import postgres_url, sqlite_url

KEYRING_SERVICE = "ReturnsDesk database"


@dataclass(frozen=True)
class Server:
    """A PostgreSQL database as the settings describe it."""

    host: str
    port: int
    database: str
    user: str

    @property
    def account(self) -> str:
        """The name the keyring keeps the password under."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


class PasswordStore(Protocol):
    """Keeps the password of a :class:`Server`."""

    def store(self, server: Server, password: str) -> None:
        """Keep ``password`` for ``server`` (replacing an older one)."""

    def lookup(self, server: Server) -> str | None:
        """The password kept for ``server``, if any."""


def default_passfile() -> Path:
    """Where libpq looks for the password file: ``$PGPASSFILE`` or the platform default."""
    env = os.environ.get("PGPASSFILE")
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _split(line: str) -> list[str]:
    fields, current, escaped = [], [], False
    for ch in line:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    fields.append("".join(current))
    return fields


class PassFile:
    """PostgreSQL's password file: one ``host:port:database:user:password`` line per server."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_passfile()

    def _key(self, server: Server) -> list[str]:
        return [server.host, str(server.port), server.database, server.user]

    def lookup(self, server: Server) -> str | None:
        """The password of the first line that names ``server`` exactly."""
        if not self.path.exists():
            return None
        for line in self.path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                fields = _split(line)
                if len(fields) == 5 and fields[:4] == self._key(server):
                    return fields[4]
        return None

    def store(self, server: Server, password: str) -> None:
        """Write the line for ``server`` (other lines stay as they were); the file is
        replaced atomically and is readable by its owner only."""
        entry = ":".join(_escape(f) for f in [*self._key(server), password])
        lines = self.path.read_text(encoding="utf-8").splitlines() if self.path.exists() else []
        kept = [
            line
            for line in lines
            if not (
                line.strip()
                and not line.lstrip().startswith("#")
                and _split(line)[:4] == self._key(server)
            )
        ]
        kept.append(entry)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".pgpass-")
        try:
            os.chmod(tmp, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write("\n".join(kept) + "\n")
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        os.chmod(self.path, 0o600)


class KeyringStore:
    """The system keyring, through the optional ``keyring`` package."""

    def __init__(self, module=None) -> None:
        self._module = module

    def _keyring(self):
        if self._module is None:
            import keyring  # optional dependency: see available()

            self._module = keyring
        return self._module

    @classmethod
    def available(cls) -> bool:
        """Whether a usable keyring is installed (not keyring's "fail" backend)."""
        try:
            import keyring
        except ImportError:
            return False
        try:
            return keyring.get_keyring().priority > 0
        except Exception:  # noqa: BLE001 - a broken keyring is simply not available
            return False

    def store(self, server: Server, password: str) -> None:
        """Keep ``password`` in the keyring."""
        self._keyring().set_password(KEYRING_SERVICE, server.account, password)

    def lookup(self, server: Server) -> str | None:
        """The password in the keyring, if any."""
        return self._keyring().get_password(KEYRING_SERVICE, server.account)


def password_store(kind: str, passfile: str = "") -> PasswordStore:
    """The store named by the setting ``database/password_store``."""
    if kind == "keyring":
        return KeyringStore()
    return PassFile(Path(passfile) if passfile else None)


def server_url(server: Server, store_kind: str, passfile: str = "", password: str = "") -> str:
    """The URL to connect with. With the passfile, the URL names the file (the driver reads the
    password there); a password given here goes into the URL in memory only."""
    named_file = passfile if store_kind == "passfile" and passfile else None
    return postgres_url(
        server.host,
        server.port,
        server.database,
        server.user,
        password=password or None,
        passfile=named_file,
    )


def connection_url(settings) -> str:
    """The URL of this station's database, from its settings (the composition root uses it
    at start): a shared database kept in the keyring gets its password added in memory."""
    if settings.get("database/kind") != "shared":
        return sqlite_url(settings.get("database/sqlite_path")) or settings.get("database/url")
    server = Server(
        settings.get("database/pg_host"),
        settings.get("database/pg_port"),
        settings.get("database/pg_database"),
        settings.get("database/pg_user"),
    )
    kind, passfile = settings.get("database/password_store"), settings.get("database/pg_passfile")
    password = ""
    if kind == "keyring" and KeyringStore.available():
        password = KeyringStore().lookup(server) or ""
    return server_url(server, kind, passfile, password)
