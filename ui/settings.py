"""This station's settings: every one declared once, with its type and default, over QSettings.

Shop-wide settings (shop details, policies) live in the database; these are the ones that
belong to one workstation: its name, its language, its database, its printers and scanner.
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings


def _computer_name() -> str:
    """This computer's name as a station name (``DESK-1`` if it has none)."""
    name = re.sub(r"[^A-Za-z0-9-]", "", socket.gethostname().split(".")[0]).upper()[:20]
    return name or "DESK-1"


@dataclass(frozen=True)
class Option:
    """A declared setting."""

    key: str
    type: type
    default: Any


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        # Each computer is its own station by default (two stations of one name would not
        # see each other's changes live, and the log could not tell them apart).
        Option("station/name", str, _computer_name()),
        Option("ui/language", str, "fi"),
        Option("ui/font_scale", float, 1.0),
        Option("sound/enabled", bool, True),
        Option("sound/volume", int, 70),
        Option("database/url", str, ""),
        Option("database/pg_host", str, "127.0.0.1"),
        Option("database/pg_port", int, 5432),
        Option("database/pg_database", str, "returns"),
        Option("database/pg_user", str, "returns"),
        # Back office: which database this station uses and where its password is kept
        # (never in these settings: "passfile" = PostgreSQL's own ~/.pgpass, or "keyring").
        Option("database/kind", str, "local"),
        Option("database/sqlite_path", str, ""),
        Option("database/password_store", str, "passfile"),
        Option("database/pg_passfile", str, ""),
        Option("scanner/burst_interval_ms", int, 35),
        Option("scanner/min_length", int, 4),
        Option("scanner/terminator_tab", bool, True),
        Option("scanner/gs_substitute", str, ""),
        Option("printers/label", str, ""),
        Option("printers/tag", str, ""),
        Option("printers/a4", str, ""),
        Option("printers/label_size", str, "100x150"),
        Option("printers/tag_size", str, "57x32"),
        Option("printers/slip_format", str, "a4"),
        Option("session/last_user", str, ""),
    )
}


class Settings:
    """Typed access to the declared settings; unknown keys are a programming error."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings("ReturnsDesk", "ReturnsDesk")

    @classmethod
    def at(cls, path: str) -> Settings:
        """Settings kept in an INI file at ``path`` (tests, portable installs)."""
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def get(self, key: str) -> Any:
        """Return the value of ``key`` with its declared type."""
        option = OPTIONS[key]
        value = self._q.value(key, option.default)
        if option.type is bool:
            return value in (True, "true", "1", 1)
        try:
            return option.type(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` for ``key``."""
        option = OPTIONS[key]
        self._q.setValue(key, option.type(value))
        self._q.sync()
