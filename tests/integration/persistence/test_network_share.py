"""A SQLite file on a network share is refused with the reason, pointing to PostgreSQL."""

from __future__ import annotations

import sys

import pytest

from returns_app.persistence import shared_file
from returns_app.persistence.database import DatabaseError, make_engine
from returns_app.persistence.shared_file import DRIVE_REMOTE, network_share

MOUNTS = r"""sysfs /sys sysfs rw,nosuid 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
//files.example/returns /mnt/returns cifs rw,vers=3.0 0 0
nas:/export/desk /home/desk/Shared\040Files nfs4 rw,relatime 0 0
tmpfs /mnt/returns/cache tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/returns/returns.sqlite3", "cifs"),
        ("/mnt/returns/new/folder/returns.sqlite3", "cifs"),  # not made yet: its parent counts
        ("/home/desk/Shared Files/returns.sqlite3", "nfs4"),  # \040 in the table is a space
        ("/home/desk/returns.sqlite3", None),
        ("/mnt/returnsX/returns.sqlite3", None),  # a prefix of the name is not the mount
        ("/mnt/returns/cache/returns.sqlite3", None),  # a local mount inside the share
    ],
)
def test_linux_tells_a_share_by_the_mount_holding_the_file(path, kind):
    assert network_share(path, platform="linux", mounts=MOUNTS) == kind


@pytest.mark.parametrize(
    ("path", "drive", "kind"),
    [
        (r"\\server\share\returns.sqlite3", 3, "UNC"),
        ("//server/share/returns.sqlite3", 3, "UNC"),
        (r"Z:\Returns\returns.sqlite3", DRIVE_REMOTE, "network drive"),
        (r"C:\Users\desk\returns.sqlite3", 3, None),  # DRIVE_FIXED
    ],
)
def test_windows_tells_unc_paths_and_mapped_network_drives(path, drive, kind):
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return drive

    assert network_share(path, platform="win32", drive_type=drive_type) == kind
    assert asked in ([], [path[:2] + "\\"])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads a Linux mounts table")
def test_opening_a_database_on_a_share_is_refused_with_the_reason(tmp_path, monkeypatch):
    table = tmp_path / "mounts"
    share = tmp_path / "share"
    share.mkdir()
    table.write_text(f"/dev/sda2 / ext4 rw 0 0\nnas:/desk {share} nfs rw 0 0\n")
    monkeypatch.setattr(shared_file, "MOUNTS", str(table))
    with pytest.raises(DatabaseError) as caught:
        make_engine(f"sqlite:///{share / 'returns.sqlite3'}")
    text = caught.value.message.render()
    assert "network share (nfs)" in text and "PostgreSQL" in text
    assert not (share / "returns.sqlite3").exists()
    engine = make_engine(f"sqlite:///{tmp_path / 'local.sqlite3'}")  # a local disk is fine
    engine.dispose()
