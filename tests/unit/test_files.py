"""Files for people and other systems are written whole or not at all."""

from __future__ import annotations

import os
import stat

import pytest

from returns_app import files


def test_a_file_is_written_whole_with_the_permissions_of_an_ordinary_file(tmp_path):
    target = tmp_path / "transfer.xml"
    assert files.write_atomically(str(target), b"<Document/>") == target
    assert target.read_bytes() == b"<Document/>"
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["transfer.xml"]  # no part left behind


def test_a_write_that_fails_leaves_the_old_file_as_it_was_and_no_part(tmp_path, monkeypatch):
    target = tmp_path / "transfer.xml"
    target.write_bytes(b"old, whole")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full_disk)
    with pytest.raises(files.FileNotWritten) as caught:
        files.write_atomically(target, b"new, but never finished")
    assert target.read_bytes() == b"old, whole"
    assert [p.name for p in tmp_path.iterdir()] == ["transfer.xml"]
    text = caught.value.message.render("en")
    assert text.startswith(f"Could not write {target} (No space left on device).")
    assert "free some space" in text and ".part" not in text
    assert "Tiedostoa" in caught.value.message.render("fi")
    assert isinstance(caught.value, OSError)  # what callers caught before still catches it


def test_a_folder_that_is_not_there_is_told_by_the_name_chosen(tmp_path):
    (tmp_path / "exports").write_text("a file, not a folder")
    chosen = tmp_path / "exports" / "refunds.csv"
    with pytest.raises(files.FileNotWritten) as caught:
        files.write_atomically(chosen, b"a;b\n")
    assert caught.value.message.render("en").startswith(f"Could not write {chosen} (")
    assert "choose another folder" in caught.value.message.render("en")


def test_a_reader_never_sees_a_half_written_file(tmp_path, monkeypatch):
    """The name appears only once the whole file is there (a clerk's file manager, the
    bank's upload page and a test waiting for the file all look at the name)."""
    target = tmp_path / "transfer.xml"
    seen = []
    real_fsync = os.fsync

    def look_then_sync(fd):
        seen.append(target.exists())  # written, not yet in place
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", look_then_sync)
    files.write_atomically(target, b"x" * 100_000)
    assert seen == [False]
    assert target.stat().st_size == 100_000
