"""``returns-app db upgrade|info|backup|verify|grant-app-role``: the schema, the database file,
the audit log's integrity and the stations' PostgreSQL role."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import func, select

from returns_app.cli.common import open_engine, read_secret, uow_for
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.persistence import migrate, pg_roles
from returns_app.persistence.database import check_connection, is_sqlite, safe_url
from returns_app.persistence.models import Base
from returns_app.services.audit_verify import Anchor, verify_audit_log

COUNTED = ("orders", "order_lines", "customers", "products", "returns", "refunds", "users")


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add ``db`` and its subcommands."""
    db = sub.add_parser("db", help="database schema, information and backups")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", help="migrate the database to this app's schema version")
    up.set_defaults(func=run_upgrade)
    info = dbsub.add_parser("info", help="URL (no password), schema version and row counts")
    info.set_defaults(func=run_info)
    backup = dbsub.add_parser("backup", help="copy the database to FILE")
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.set_defaults(func=run_backup)
    verify = dbsub.add_parser(
        "verify",
        help="check the audit log: its hash chain (SQLite), its triggers and (PostgreSQL) that "
        "the stations' role cannot change it; exit status 1 if it is not whole",
    )
    verify.add_argument(
        "--app-role",
        action="append",
        default=[],
        metavar="ROLE",
        help="PostgreSQL: the stations' role to check (default: every role that may write "
        "the log, and the user connected unless it owns the tables)",
    )
    verify.add_argument(
        "--expect",
        type=_anchor,
        metavar="ID:HASH",
        help="SQLite: an entry's id and hash printed by an earlier verify, to prove the log "
        "up to it is unchanged",
    )
    verify.set_defaults(func=run_verify)
    grant = dbsub.add_parser(
        "grant-app-role",
        help="PostgreSQL, run as the owner: create ROLE if missing and give it what the "
        "stations need (only SELECT and INSERT on the audit log, no DDL)",
    )
    grant.add_argument("role", metavar="ROLE")
    grant.add_argument(
        "--login",
        action="store_true",
        help="the role may log in; asks for its password (or reads a line from standard "
        "input; empty for none, e.g. certificate or peer authentication). Without it the "
        "role is NOLOGIN: GRANT it to the stations' login users",
    )
    grant.set_defaults(func=run_grant_app_role)


def _anchor(value: str) -> Anchor:
    entry_id, _, digest = value.partition(":")
    if (
        not entry_id.isdigit()
        or len(digest) != 64
        or not all(c in "0123456789abcdefABCDEF" for c in digest)
    ):
        raise argparse.ArgumentTypeError("give ID:HASH, e.g. 312:<64 hex digits>")
    return Anchor(int(entry_id), digest.lower())


def run_upgrade(args: argparse.Namespace) -> int:
    """Migrate to head; refuses a database newer than the app."""
    engine = open_engine(args, migrate=False, long=True)
    status = migrate.schema_status(engine)
    if status.state == "ahead":
        migrate.prepare_for_app(engine)  # raises the clear "newer than this app" error
    if status.state == "current":
        print(f"Schema is up to date ({status.head}).")
        return 0
    if not is_sqlite(engine) and not migrate.may_change_schema(engine):
        raise ReturnsError(
            Message(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The schema is {current} and this app needs {head}, but this database "
                    "user may not change the schema (it is the stations' role). Run "
                    "'returns-app db upgrade' with the database owner's URL.",
                ),
                {"current": status.current or "-", "head": status.head},
            )
        )
    if is_sqlite(engine) and status.state == "behind":
        db = Path(engine.url.database or "")
        migrate.backup_sqlite(engine, db.with_name(db.name + f".before-{status.head}.bak"))
    migrate.upgrade(engine)
    print(f"Upgraded the schema from {status.current or 'empty'} to {status.head}.")
    return 0


def run_info(args: argparse.Namespace) -> int:
    """Print the URL, the schema version and row counts."""
    engine = open_engine(args, migrate=False)
    status = migrate.schema_status(engine)
    print(f"Database: {safe_url(engine.url)}")
    print(f"Schema:   {status.current or '(empty)'} (this app: {status.head}, {status.state})")
    if status.current:
        tables = Base.metadata.tables
        with engine.connect() as conn:
            for name in COUNTED:
                count = conn.scalar(select(func.count()).select_from(tables[name]))
                print(f"{name + ':':<13}{count:>10}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    """Copy the database consistently: SQLite's backup API, or pg_dump for PostgreSQL."""
    engine = open_engine(args, migrate=False)
    check_connection(engine)
    target: Path = args.file
    if target.exists():
        raise ReturnsError(
            Message(
                "cli",
                QT_TRANSLATE_NOOP("cli", "{file} exists already; choose another file name."),
                {"file": str(target)},
            )
        )
    if is_sqlite(engine):
        migrate.backup_sqlite(engine, target)
    else:
        pg_dump = shutil.which("pg_dump")
        if pg_dump is None:
            raise ReturnsError(
                Message(
                    "cli",
                    QT_TRANSLATE_NOOP(
                        "cli", "pg_dump is not installed; install the PostgreSQL client tools."
                    ),
                )
            )
        options = engine.url.query.get("options", "")
        options = " ".join(options) if isinstance(options, tuple) else options
        schema = options.split("search_path=", 1)[1].split()[0] if "search_path=" in options else ""
        # A database whose URL names a schema keeps its tables there: dump only that one.
        only = [f"--schema={schema.split(',')[0]}"] if schema else []
        conninfo, password = _conninfo(engine)
        done = subprocess.run(
            [pg_dump, "--format=custom", f"--file={target}", f"--dbname={conninfo}", *only],
            capture_output=True,
            text=True,
            check=False,
            env=dict(os.environ, PGPASSWORD=password) if password else None,
        )
        if done.returncode != 0:
            raise ReturnsError(
                Message(
                    "cli",
                    QT_TRANSLATE_NOOP("cli", "pg_dump failed: {error}"),
                    {"error": done.stderr.strip().splitlines()[-1] if done.stderr else "?"},
                )
            )
    print(f"Backed up {safe_url(engine.url)} to {target} ({target.stat().st_size} bytes).")
    return 0


def _conninfo(engine) -> tuple[str, str | None]:
    """The engine's server as libpq's ``key=value`` string for ``pg_dump``, and its password
    (for pg_dump's environment: a command line is visible to others on the machine).

    Read from what the engine itself connects with, so a socket folder, several hosts and
    any libpq parameter in the URL's query are given as they are. A URL would not do: libpq
    reads a ``+`` in it as a plus, and SQLAlchemy writes the space between two options so.
    """
    from psycopg.conninfo import make_conninfo

    _, params = engine.dialect.create_connect_args(engine.url)
    params = {k: v for k, v in params.items() if k != "context" and v is not None}
    password = params.pop("password", None)
    if isinstance(params.get("options"), tuple | list):  # options=-ca=1&options=-cb=2
        params["options"] = " ".join(params["options"])
    twice = sorted(k for k, v in params.items() if isinstance(v, tuple | list))
    if twice:
        raise ReturnsError(
            Message(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli", "The database URL gives {names} more than once; give each once."
                ),
                {"names": ", ".join(twice)},
            )
        )
    return make_conninfo(**{k: str(v) for k, v in params.items()}), password


def run_verify(args: argparse.Namespace) -> int:
    """Print what the check found; 0 when the log is whole, 1 when not."""
    lang = args.lang or "en"
    engine = open_engine(args, migrate=False)
    status = migrate.schema_status(engine)
    if status.state in ("ahead", "foreign"):
        migrate.prepare_for_app(engine)  # raises the clear error, changes nothing
    if status.state != "current":
        raise ReturnsError(
            Message(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The database's schema version is {current}; this app needs {head}. Run "
                    "'returns-app db upgrade' as the database owner, then verify again.",
                ),
                {"current": status.current or "-", "head": status.head},
            )
        )
    check = verify_audit_log(
        uow_for(engine, readonly=True), app_roles=args.app_role, expect=args.expect
    )
    for fact in check.facts:
        print(fact.render(lang))
    for problem in check.problems:
        print(problem.render(lang))
    return 0 if check.ok else 1


def run_grant_app_role(args: argparse.Namespace) -> int:
    """Create or repair the stations' role; run with the owner's URL."""
    lang = args.lang or "en"
    engine = open_engine(args, migrate=False)
    check_connection(engine)
    password = read_secret(f"Password for {args.role} (empty: none): ") if args.login else None
    done = pg_roles.grant_app_role(engine, args.role, login=args.login, password=password)
    made = (
        QT_TRANSLATE_NOOP("cli", "Created role {role}")
        if done.created
        else QT_TRANSLATE_NOOP("cli", "Role {role} exists")
    )
    print(Message("cli", made, {"role": done.role}).render(lang))
    print(
        Message(
            "cli",
            QT_TRANSLATE_NOOP(
                "cli",
                "{role} may use {tables} tables in schema {schema}; on audit_log only SELECT "
                "and INSERT. It owns nothing and may not change the schema.",
            ),
            {"role": done.role, "tables": done.tables, "schema": done.schema},
        ).render(lang)
    )
    if done.public_create_revoked:
        print(
            Message(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Everyone (PUBLIC) could create tables in schema {schema}; that right is "
                    "now taken away.",
                ),
                {"schema": done.schema},
            ).render(lang)
        )
    return 0
