"""``returns-app db upgrade|info|backup``: the schema and the database file."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import func, select

from returns_app.cli.common import open_engine
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.persistence import migrate
from returns_app.persistence.database import check_connection, is_sqlite, safe_url
from returns_app.persistence.models import Base

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


def run_upgrade(args: argparse.Namespace) -> int:
    """Migrate to head; refuses a database newer than the app."""
    engine = open_engine(args, migrate=False)
    status = migrate.schema_status(engine)
    if status.state == "ahead":
        migrate.prepare_for_app(engine)  # raises the clear "newer than this app" error
    if status.state == "current":
        print(f"Schema is up to date ({status.head}).")
        return 0
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
        url = engine.url.set(drivername="postgresql")
        options = str(url.query.get("options", ""))
        schema = options.split("search_path=", 1)[1].split()[0] if "search_path=" in options else ""
        # A database whose URL names a schema keeps its tables there: dump only that one.
        only = [f"--schema={schema.split(',')[0]}"] if schema else []
        dsn = url.render_as_string(hide_password=False)
        done = subprocess.run(
            [pg_dump, "--format=custom", f"--file={target}", f"--dbname={dsn}", *only],
            capture_output=True,
            text=True,
            check=False,
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
