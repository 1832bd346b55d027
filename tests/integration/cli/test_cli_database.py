"""The support commands: db upgrade/info/backup, demo and user add, and their clean failures."""

from __future__ import annotations

import io
import shutil
import sqlite3
import subprocess
from urllib.parse import unquote

import pytest

from returns_app.cli import main
from returns_app.persistence import migrate


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    return request.getfixturevalue("pg_schema_url")


def test_db_upgrade_then_info_shows_the_version_and_counts_without_password(capsys, empty_db):
    head = migrate.head_revision()
    code, out, _ = run(capsys, "--database", empty_db, "db", "upgrade")
    assert code == 0 and f"Upgraded the schema from empty to {head}" in out
    code, out, _ = run(capsys, "--database", empty_db, "db", "upgrade")
    assert code == 0 and "up to date" in out
    code, out, _ = run(capsys, "--database", empty_db, "db", "info")
    assert code == 0
    assert f"Schema:   {head} (this app: {head}, current)" in out
    assert "orders:" in out and "***" not in out


def test_demo_fills_the_database_with_orders_returns_and_users(capsys, empty_db):
    code, out, _ = run(capsys, "--database", empty_db, "demo", "--orders", "120", "--seed", "7")
    assert code == 0, out
    assert "120 orders" in out and "Demo users admin, supervisor, clerk" in out
    code, out, _ = run(capsys, "--database", empty_db, "db", "info")
    counts = dict(line.split(":") for line in out.splitlines()[2:])
    assert int(counts["orders"]) == 120
    assert int(counts["users"]) == 3
    assert int(counts["returns"]) >= 1
    # the demo shop has example identifiers, so its credit notes print whole
    from returns_app.persistence.database import make_engine
    from returns_app.persistence.uow import UnitOfWork
    from returns_app.services.shop_settings import load_settings

    engine = make_engine(empty_db)
    shop = load_settings(UnitOfWork(engine, readonly=True))
    engine.dispose()
    assert (shop.business_id, shop.vat_number) == ("1234567-1", "FI12345671")


def test_demo_refuses_more_than_a_million_orders(capsys, tmp_path):
    with pytest.raises(SystemExit) as exited:
        main(["--database", f"sqlite:///{tmp_path / 'x.sqlite3'}", "demo", "--orders", "1000001"])
    assert exited.value.code == 2
    assert "1,000,000" in capsys.readouterr().err


def test_db_backup_copies_a_sqlite_database_and_refuses_to_overwrite(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    run(capsys, "--database", url, "demo", "--orders", "30", "--returns", "0")
    target = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--database", url, "db", "backup", str(target))
    assert code == 0
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 30
    code, _, err = run(capsys, "--database", url, "db", "backup", str(target))
    assert code == 2 and "exists already" in err


@pytest.mark.postgres
def test_db_backup_of_postgresql_writes_a_dump(capsys, pg_url, tmp_path):
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    target = tmp_path / "dump.pgc"
    # the test URL has two options (synchronous_commit and the schema), as a shop's may
    assert "synchronous_commit" in pg_url
    code, out, err = run(capsys, "--database", pg_url, "db", "backup", str(target))
    assert code == 0, err
    assert target.read_bytes().startswith(b"PGDMP")
    listing = subprocess.run(
        [shutil.which("pg_restore") or "pg_restore", "--list", str(target)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    schema = unquote(pg_url).rsplit("search_path=", 1)[1]
    assert f"TABLE {schema} audit_log" in listing  # that schema's tables, and no other's
    tables = [line.split() for line in listing.splitlines() if not line.startswith(";")]
    # "TABLE <schema> <name>" and "TABLE DATA <schema> <name>"
    assert {t[5] if t[4] == "DATA" else t[4] for t in tables if t[3] == "TABLE"} == {schema}


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("not a url", "is not a database URL"),
        ("mysql://root@127.0.0.1/x", "is not supported"),
        ("postgresql+psycopg://postgres@127.0.0.1:1/nothing", "Cannot reach the database"),
    ],
)
def test_a_bad_database_gives_one_clear_line_and_exit_2(capsys, url, words):
    code, out, err = run(capsys, "--database", url, "db", "info")
    assert code == 2
    assert words in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_user_add_needs_an_admin_once_users_exist(capsys, monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'u.sqlite3'}"
    code, out, _ = run(
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
    assert code == 0 and "Added user boss (admin)" in out
    code, _, err = run(
        capsys,
        "--database",
        url,
        "user",
        "add",
        "kim",
        "--role",
        "clerk",
        stdin="kim-password\n",
        monkeypatch=monkeypatch,
    )
    assert code == 2 and "--as ADMIN" in err
    code, _, err = run(
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
        stdin="kim-password\nwrong-password\n",
        monkeypatch=monkeypatch,
    )
    assert code == 2 and "Wrong user name or password" in err
    code, out, _ = run(
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
    assert code == 0 and "Added user kim (clerk)" in out


def test_user_add_refuses_a_short_password(capsys, monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'u.sqlite3'}"
    code, _, err = run(
        capsys,
        "--database",
        url,
        "user",
        "add",
        "boss",
        "--role",
        "admin",
        stdin="short\n",
        monkeypatch=monkeypatch,
    )
    assert code == 2 and "at least 8 characters" in err


def test_every_subcommand_has_help(capsys):
    for argv in (["db", "--help"], ["demo", "--help"], ["user", "add", "--help"]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 0
        assert "usage:" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("url", "wanted"),
    [
        (  # two options, and a password that must not be on pg_dump's command line
            "postgresql+psycopg://shop:s3cret@db.example:5433/returns"
            "?options=-csynchronous_commit%3Doff%20-csearch_path%3Dshop",
            {
                "host": "db.example",
                "port": "5433",
                "dbname": "returns",
                "user": "shop",
                "options": "-csynchronous_commit=off -csearch_path=shop",
            },
        ),
        (  # the server's socket folder
            "postgresql+psycopg://shop@/returns?host=/run/postgresql",
            {"host": "/run/postgresql", "dbname": "returns", "user": "shop"},
        ),
        (  # two servers, and options given twice
            "postgresql+psycopg://shop@/returns?host=a:5432&host=b:5433"
            "&options=-ca%3D1&options=-cb%3D2&sslmode=require",
            {
                "host": "a,b",
                "port": "5432,5433",
                "dbname": "returns",
                "user": "shop",
                "options": "-ca=1 -cb=2",
                "sslmode": "require",
            },
        ),
    ],
)
def test_pg_dump_is_given_the_server_as_the_app_connects_to_it(url, wanted):
    from psycopg.conninfo import conninfo_to_dict
    from sqlalchemy import create_engine

    from returns_app.cli.cmd_db import _conninfo

    conninfo, password = _conninfo(create_engine(url))
    assert conninfo_to_dict(conninfo) == wanted
    assert password == ("s3cret" if "s3cret" in url else None)
    assert "s3cret" not in conninfo


def test_a_url_giving_a_setting_twice_is_refused_in_words():
    from sqlalchemy import create_engine

    from returns_app.cli.cmd_db import _conninfo
    from returns_app.i18n import ReturnsError

    with pytest.raises(ReturnsError, match="sslmode more than once"):
        _conninfo(create_engine("postgresql+psycopg://u@h/db?sslmode=require&sslmode=disable"))
