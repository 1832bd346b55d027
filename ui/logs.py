"""The station's log: a rotating file in the user's log folder, crashes of the interpreter
beside it, and the crash report a person can copy or save.

:func:`start_logging` is called once by :mod:`ui.app`; the log file is
``<user log dir>/returns-desk.log`` (platformdirs: ``~/.local/state/ReturnsDesk/log`` on Linux,
``%LOCALAPPDATA%\\ReturnsDesk\\ReturnsDesk\\Logs`` on Windows), rotated at 1 MB with five old
files kept. ``faulthandler`` writes a hard crash (a segfault in Qt, a deadlock dump) to
``faults.log`` in the same folder, where the Python logging cannot reach. ``RETURNS_LOG_DIR``
moves both (tests, a shared support folder).

Nothing written here or put in a crash report carries a password: :func:`mask_secrets`
hides the password of a database URL and any ``password=…``-like value, both in every log
record and in the report.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import os
import re
import sys
import traceback
from collections import deque
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_NAME = "returns-desk.log"
FAULTS_NAME = "faults.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
REPORT_LOG_LINES = 200
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_state: dict[str, object] = {}

_URL_PASSWORD = re.compile(r"(?P<head>\b[a-zA-Z][\w+.-]*://[^:/@\s]*:)(?P<secret>[^@\s]+)(?=@)")
_KEY_VALUE = re.compile(
    r"(?P<head>(?i:\b(?:[\w-]*password|passwd|pwd|secret|token|api[_-]?key)\b)"
    r"\s*(?:[=:]|\"\s*:)\s*[\"']?)(?P<secret>[^\s\"'&;,]+)"
)
MASK = "***"


def mask_secrets(text: str) -> str:
    """``text`` with the password of any URL and any ``password=…``-like value hidden."""
    text = _URL_PASSWORD.sub(lambda m: m.group("head") + MASK, text)
    return _KEY_VALUE.sub(lambda m: m.group("head") + MASK, text)


class _MaskingFormatter(logging.Formatter):
    """Formats a record (traceback included) and then hides the secrets in it."""

    def format(self, record: logging.LogRecord) -> str:  # noqa: A003 - logging's name
        return mask_secrets(super().format(record))


def log_dir() -> Path:
    """The folder of this user's log files (made on first use)."""
    override = os.environ.get("RETURNS_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_path

    return user_log_path("ReturnsDesk", "ReturnsDesk")  # the names the database's folder has


def current_log_file() -> Path | None:
    """The file this process logs to (None before :func:`start_logging`)."""
    path = _state.get("file")
    return path if isinstance(path, Path) else None


def start_logging(directory: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Log to a rotating file in ``directory`` (the user's log folder by default) and to
    stderr (warnings only), and let ``faulthandler`` write hard crashes beside it.

    Called again (a test, a second window) it replaces its own handlers, never doubles them.
    Returns the log file.
    """
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    stop_logging()
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(_MaskingFormatter(FORMAT))
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(_MaskingFormatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.addHandler(console)
    root.setLevel(level)
    faults = open(folder / FAULTS_NAME, "a", encoding="utf-8")  # noqa: SIM115 - open for life
    was_enabled = faulthandler.is_enabled()  # e.g. by pytest, on stderr
    faulthandler.enable(faults)
    _state.update(file=path, handlers=(handler, console), faults=faults, was=was_enabled)
    return path


def stop_logging() -> None:
    """Remove the handlers :func:`start_logging` added and close the fault file."""
    root = logging.getLogger()
    for handler in _state.pop("handlers", ()):  # type: ignore[union-attr]
        root.removeHandler(handler)
        handler.close()
    faults = _state.pop("faults", None)
    if faults is not None:
        faulthandler.disable()
        faults.close()  # type: ignore[attr-defined]
        if _state.pop("was", False) and sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__)  # as it was before
    _state.pop("file", None)


def log_start(*, version: str, station: str, database_kind: str, url: str, user: str) -> None:
    """The first line a support person looks for: who started which version where."""
    logging.getLogger("returns_desk").info(
        "start: Returns Desk %s, station %s, database %s (%s), user %s",
        version,
        station,
        database_kind,
        url,
        user,
    )


def last_log_lines(count: int = REPORT_LOG_LINES) -> list[str]:
    """The last ``count`` lines of the current log file (none before logging started)."""
    path = current_log_file()
    if path is None or not path.exists():
        return []
    for handler in _state.get("handlers", ()):  # type: ignore[union-attr]
        handler.flush()
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\n") for line in deque(f, maxlen=count)]


def crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    version: str,
    platform: str,
    station: str = "",
    now: dt.datetime | None = None,
) -> str:
    """A report to send to support: traceback, version, platform and the last log lines,
    with every password hidden."""
    moment = (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = [
        "Returns Desk crash report",
        f"Version: {version}",
        f"Platform: {platform}",
        f"Station: {station or '-'}",
        f"Time: {moment}",
        f"Log file: {current_log_file() or '-'}",
        "",
        "Traceback:",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
        "",
        "Last log lines:",
        *last_log_lines(),
    ]
    return mask_secrets("\n".join(lines)) + "\n"
