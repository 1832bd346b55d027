"""Files the app writes for people and other systems: whole or not at all.

A bank transfer file, an export or a PDF is written next to its final name first and then
put in its place in one step (``os.replace``). Whoever looks at the folder (the clerk, the
bank's upload page, a script picking files up) sees the old file or the whole new one, never
a half-written one, also when the station dies while writing it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError


class FileNotWritten(ReturnsError, OSError):
    """A file could not be written (a folder that is gone or read-only, a full disk); the
    message names the file the person chose, not the part file, and says what to do."""


def write_atomically(path: str | os.PathLike[str], data: bytes, *, parents: bool = False) -> Path:
    """Write ``data`` to ``path`` whole (see the module's docstring); the path written. With
    ``parents`` its missing folders are made first."""
    target = Path(path)
    try:
        if parents:
            target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise _not_written(target, exc) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _not_written(target, exc) from exc
        raise
    return target


def _not_written(target: Path, exc: OSError) -> FileNotWritten:
    return FileNotWritten(
        Message(
            "files",
            QT_TRANSLATE_NOOP(
                "files",
                "Could not write {path} ({reason}). Nothing was written there: choose another "
                "folder, or free some space, and save again.",
            ),
            {"path": str(target), "reason": exc.strerror or type(exc).__name__},
        )
    )


def _read_umask() -> int:
    """The process's umask (mkstemp makes files only their owner may read; a saved file gets
    the permissions an ordinary one would). Read once, at import: setting it to read it is
    not safe while other threads create files."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()
