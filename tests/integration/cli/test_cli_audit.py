"""``returns-app db verify`` and ``db grant-app-role``: what an administrator runs and reads."""

from __future__ import annotations

import io
import sqlite3

import psycopg
import pytest
from sqlalchemy.engine import make_url

from returns_app.cli import main
from returns_app.persistence import migrate


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sqlite_with_log(capsys, tmp_path, monkeypatch) -> str:
    """A SQLite file whose log holds two entries: an admin added, then a user added."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    run(
        capsys,
        "--database",
        url,
        "user",
        "add",
        "boss",
        "--role",
        "admin",
        stdin="boss-password\n",
        monkeypatch=monkeypatch,
    )
    run(
        capsys,
        "--database",
        url,
        "user",
        "add",
        "kim",
        "--role",
        "clerk",
        "--as",
        "boss",
        stdin="kim-password\nboss-password\n",
        monkeypatch=monkeypatch,
    )
    return url


def _entries(url: str) -> int:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_verify_of_an_intact_log_says_so_and_exits_0(capsys, sqlite_with_log):
    n = _entries(sqlite_with_log)
    assert n >= 3  # boss added, boss signed in, kim added
    code, out, err = run(capsys, "--database", sqlite_with_log, "db", "verify")
    assert code == 0, err
    assert out.splitlines()[0] == f"Entries: {n}, chain intact."
    anchor = out.split("--expect ", 1)[1].split("'", 1)[0]
    assert anchor.startswith(f"{n}:")
    code, out, _ = run(capsys, "--database", sqlite_with_log, "db", "verify", "--expect", anchor)
    assert code == 0


def test_verify_names_the_first_rewritten_entry_and_exits_1(capsys, sqlite_with_log):
    with sqlite3.connect(sqlite_with_log.removeprefix("sqlite:///")) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET username = 'someone' WHERE id = 2")
    code, out, _ = run(capsys, "--database", sqlite_with_log, "db", "verify")
    assert code == 1
    assert "Audit entry 2 (" in out and "has been changed" in out
    assert "guard audit_log_no_update is missing" in out
    code, out, _ = run(capsys, "--lang", "fi", "--database", sqlite_with_log, "db", "verify")
    assert code == 1
    assert "Lokimerkintä 2 (" in out and "has been changed" not in out


def test_verify_with_a_hash_that_does_not_match_exits_1(capsys, sqlite_with_log):
    code, out, _ = run(
        capsys, "--database", sqlite_with_log, "db", "verify", "--expect", "1:" + "ab" * 32
    )
    assert code == 1 and "Audit entry 1 no longer has the hash" in out


def test_verify_refuses_a_malformed_expect(capsys, sqlite_with_log):
    with pytest.raises(SystemExit) as exited:
        main(["--database", sqlite_with_log, "db", "verify", "--expect", "12:abc"])
    assert exited.value.code == 2 and "ID:HASH" in capsys.readouterr().err


def test_grant_app_role_on_sqlite_says_roles_are_for_postgresql(capsys, sqlite_with_log):
    code, _, err = run(capsys, "--database", sqlite_with_log, "db", "grant-app-role", "desk")
    assert code == 2 and "PostgreSQL only" in err


@pytest.mark.postgres
def test_grant_app_role_makes_a_login_role_the_stations_can_use_and_verify_accepts(
    capsys, monkeypatch, pg_url, make_role, as_role
):
    role = make_role(grant=False, sql="SELECT 1")  # only the name, dropped afterwards
    code, out, err = run(
        capsys,
        "--database",
        pg_url,
        "db",
        "grant-app-role",
        role,
        "--login",
        stdin="station-secret\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0, err
    assert f"Created role {role}" in out and "only SELECT and INSERT" in out
    station = as_role(pg_url, role)
    code, out, err = run(
        capsys,
        "--database",
        station,
        "user",
        "add",
        "boss",
        "--role",
        "admin",
        stdin="boss-password\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0, err
    code, out, err = run(capsys, "--database", station, "db", "verify")
    assert code == 0, out + err
    assert out.startswith("Entries: 1.") and f"roles: {role}." in out
    with psycopg.connect(
        host="127.0.0.1", user="postgres", dbname=make_url(pg_url).database
    ) as conn:
        stored = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (role,)
        ).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and "station-secret" not in stored
    code, out, _ = run(capsys, "--database", pg_url, "db", "grant-app-role", role)
    assert code == 0 and f"Role {role} exists" in out


@pytest.mark.postgres
def test_db_upgrade_as_the_stations_role_asks_for_the_owners_url(
    capsys, monkeypatch, pg_url, app_role, as_role
):
    head = migrate.head_revision()
    monkeypatch.setattr(migrate, "head_revision", lambda: "0099_next")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {head, "0099_next"})
    code, _, err = run(capsys, "--database", as_role(pg_url, app_role), "db", "upgrade")
    assert code == 2
    assert "with the database owner's URL" in err and "Traceback" not in err
