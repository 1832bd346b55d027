"""One station instance per database and station name, with real processes: a second start
brings the first one's window forward and exits; a start after the first one died works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from returns_app.services.runtime import database_identity
from ui.single_instance import instance_name

pytestmark = pytest.mark.slow  # starts the real app four times

START = "import sys; from ui.app import main; sys.exit(main())"


def _env(tmp_path: Path, station: str) -> dict[str, str]:
    env = dict(os.environ)
    home = tmp_path / "home"
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "RETURNS_LOG_DIR": str(tmp_path / f"logs-{station}"),
    }
    return env


def _log(tmp_path: Path, station: str) -> str:
    path = tmp_path / f"logs-{station}" / "returns-desk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.fixture
def database(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    subprocess.run(
        [sys.executable, "-c", START, "--database", url, "demo", "--orders", "3"],
        env=_env(tmp_path, "setup"),
        check=True,
        capture_output=True,
        timeout=120,
    )
    return url


def test_a_second_start_brings_the_first_forward_and_exits(qtbot, tmp_path, database):
    env = _env(tmp_path, "DESK-1")
    first = subprocess.Popen(
        [sys.executable, "-c", START, "--database", database],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        qtbot.waitUntil(lambda: "start: Returns Desk" in _log(tmp_path, "DESK-1"), timeout=30_000)
        second = subprocess.run(
            [sys.executable, "-c", START, "--database", database, "--lang", "en"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0
        assert "already runs for this database and station" in second.stderr
        qtbot.waitUntil(lambda: "brought forward: " in _log(tmp_path, "DESK-1"), timeout=30_000)
        assert first.poll() is None  # the first one keeps working
        assert _log(tmp_path, "DESK-1").count("start: Returns Desk") == 1
    finally:
        first.kill()
        first.wait(30)
    # The first one died without unlocking: the next start is not turned away.
    third = subprocess.run(
        [sys.executable, "-c", START, "--database", database],
        env=env
        | {
            "RETURNS_BENCH_READY": "1",
            "RETURNS_BENCH_USER": "clerk",
            "RETURNS_BENCH_PASSWORD": "demo-password",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert third.returncode == 0, third.stderr
    assert "RETURNS_BENCH_READY" in third.stdout


def test_another_station_name_or_database_is_another_instance(tmp_path):
    one = database_identity(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    same = database_identity(f"sqlite:///{tmp_path / 'x' / '..' / 'a.sqlite3'}")
    other = database_identity(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    assert instance_name(one, "DESK-1") == instance_name(same, "DESK-1")
    assert instance_name(one, "DESK-1") != instance_name(one, "DESK-2")
    assert instance_name(one, "DESK-1") != instance_name(other, "DESK-1")
    shared = "postgresql+psycopg://station:secret@db.example/returns"
    assert "secret" not in database_identity(shared)
