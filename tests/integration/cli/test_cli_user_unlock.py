"""``returns-app user unlock NAME --as ADMIN``: a locked user signs in again once an admin says so."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest

from returns_app.cli import main
from returns_app.domain.signin import LOCK_AFTER
from returns_app.services import users
from returns_app.services.errors import PermissionDenied

T0 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def unlock(capsys, monkeypatch, url: str, *argv: str, stdin: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--database", url, "user", "unlock", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_admin_unlocks_a_locked_user_from_the_command_line(
    capsys, monkeypatch, db_url, backend, actors
):
    for i in range(LOCK_AFTER):
        with pytest.raises(PermissionDenied):
            users.authenticate(backend.uow(), "clerk1", "guess", now=T0 + timedelta(minutes=i))
    assert users.find_user(backend.uow(), "clerk1").locked

    code, _, err = unlock(
        capsys, monkeypatch, db_url, "clerk1", "--as", "admin1", stdin="wrong-password\n"
    )
    assert code == 2 and "Wrong user name or password" in err
    code, _, err = unlock(
        capsys, monkeypatch, db_url, "clerk1", "--as", "supervisor1", stdin="secret-password\n"
    )
    assert code == 2 and "may not manage users" in err
    code, _, err = unlock(
        capsys, monkeypatch, db_url, "nobody", "--as", "admin1", stdin="secret-password\n"
    )
    assert code == 2 and "No user is called 'nobody'" in err
    assert users.find_user(backend.uow(), "clerk1").locked

    code, out, _ = unlock(
        capsys, monkeypatch, db_url, "CLERK1", "--as", "admin1", stdin="secret-password\n"
    )
    assert code == 0 and "Unlocked user clerk1" in out
    actor = users.authenticate(backend.uow(), "clerk1", "secret-password", now=T0)
    assert actor.username == "clerk1"


def test_unlock_needs_the_admin_named(capsys, monkeypatch, sqlite_url):
    code, _, err = unlock(capsys, monkeypatch, sqlite_url, "clerk1", stdin="")
    assert code == 2 and "--as ADMIN" in err
    with pytest.raises(SystemExit) as exited:
        main(["user", "unlock", "--help"])
    assert exited.value.code == 0 and "usage:" in capsys.readouterr().out
