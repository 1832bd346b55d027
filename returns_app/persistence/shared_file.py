"""Is a SQLite file on a network share? SQLite's locks and its write-ahead log are unsafe there.

WAL keeps its index in shared memory that only processes on one computer can share, and
SMB/NFS locking is too weak for SQLite's rollback journal as well: two stations writing one
file on a share can corrupt it. So a database file on a share is refused, with the reason, and
PostgreSQL is named as the way for several stations.

How a share is told, without POSIX-only assumptions:

- Linux: the file system type of the longest mount point holding the file's folder, from
  ``/proc/mounts`` (``nfs``, ``cifs``, ``smb3``, ``sshfs``, ...);
- Windows: a UNC path (``\\\\server\\share\\...``) or a drive letter the system reports as a
  network drive (``GetDriveTypeW`` = ``DRIVE_REMOTE``);
- elsewhere (macOS): nothing is known, so nothing is refused.
"""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import Callable
from pathlib import Path

MOUNTS = "/proc/mounts"
NETWORK_FS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p",
        "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs",
        "ceph", "fuse.ceph", "lustre", "gpfs", "fuse.rclone", "fuse.s3fs",
    }
)  # fmt: skip
DRIVE_REMOTE = 4  # GetDriveTypeW: "the drive is a remote (network) drive"


def _unescape(field: str) -> str:
    r"""/proc/mounts writes a space as \040, a tab as \011, a backslash as \134."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def filesystem_of(folder: str, mounts: str) -> str | None:
    """The type of the file system holding ``folder`` (absolute), from a mounts table."""
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape(fields[1]), fields[2]
        inside = point == "/" or folder == point or folder.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fstype  # a later mount on the same point hides earlier
    return best_type


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def network_share(
    path: str | os.PathLike[str],
    *,
    platform: str | None = None,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """What kind of network share holds the file at ``path`` (e.g. ``"nfs4"``), or None.

    ``mounts`` (Linux) and ``drive_type`` (Windows) replace the system's answers in tests.
    """
    text = os.fspath(path)
    platform = platform or sys.platform
    if platform == "win32":
        if text.startswith(("\\\\", "//")):
            return "UNC"
        drive = ntpath.splitdrive(text)[0]
        if len(drive) == 2 and drive[1] == ":":
            kind = (drive_type or _windows_drive_type)(drive + "\\")
            return "network drive" if kind == DRIVE_REMOTE else None
        return None
    if platform.startswith("linux"):
        if mounts is None:
            try:
                mounts = Path(MOUNTS).read_text(encoding="utf-8", errors="replace")
            except OSError:
                return None
        folder = os.path.realpath(Path(text).expanduser().absolute().parent)
        fstype = filesystem_of(folder, mounts)
        return fstype if fstype in NETWORK_FS else None
    return None
