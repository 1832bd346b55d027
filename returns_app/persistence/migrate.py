"""Schema versions: upgrade, downgrade, and the checks made when the app starts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.database import DatabaseError, check_connection, is_sqlite

_HERE = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE))
    return cfg


def head_revision() -> str:
    """Return the newest schema revision this app knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Return every revision this app knows."""
    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """Return the database's schema revision (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class SchemaStatus:
    """Where a database stands against this app: empty, behind, current or ahead."""

    state: str
    current: str | None
    head: str


def schema_status(engine: Engine) -> SchemaStatus:
    """Compare the database's revision with the app's."""
    check_connection(engine)
    current, head = current_revision(engine), head_revision()
    if current is None:
        has_tables = bool(set(inspect(engine).get_table_names()) - {"alembic_version"})
        state = "foreign" if has_tables else "empty"
    elif current == head:
        state = "current"
    elif current in known_revisions():
        state = "behind"
    else:
        state = "ahead"
    return SchemaStatus(state, current, head)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database up to ``revision`` in one transaction."""
    _run(engine, lambda cfg: command.upgrade(cfg, revision))


def downgrade(engine: Engine, revision: str) -> None:
    """Migrate the database down to ``revision`` in one transaction."""
    _run(engine, lambda cfg: command.downgrade(cfg, revision))


def _run(engine: Engine, migrate) -> None:
    """Run Alembic on one connection in one transaction.

    On SQLite, rebuilding a table (Alembic's batch mode) drops the old one, which SQLite
    refuses while other tables point at it; so foreign keys are off during the migration and
    ``PRAGMA foreign_key_check`` afterwards stands in for them. The PRAGMA only works outside
    a transaction, so it goes to the driver's connection before SQLAlchemy begins one.
    """
    cfg = _config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw = conn.connection.driver_connection if sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                migrate(cfg)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"foreign keys broken by the migration: {broken[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Copy a SQLite database consistently (SQLite's online backup) to ``target``."""
    import sqlite3

    source = engine.url.database
    assert source, "in-memory databases have nothing to back up"
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def prepare_for_app(engine: Engine) -> SchemaStatus:
    """Make the database ready for the desktop app, or say why it cannot be used.

    A local SQLite file is upgraded automatically, after a backup copy beside it. A shared
    (PostgreSQL) database that is behind asks for ``returns-app db upgrade``; one that is
    ahead of this app is refused, never touched.
    """
    status = schema_status(engine)
    if status.state == "current":
        return status
    if status.state == "ahead":
        raise DatabaseError(
            Message(
                "database",
                QT_TRANSLATE_NOOP(
                    "database",
                    "The database has schema version {current}, newer than this app knows "
                    "({head}). Install the newer Returns Desk that upgraded it.",
                ),
                {"current": status.current, "head": status.head},
            )
        )
    if status.state == "foreign":
        raise DatabaseError(
            Message(
                "database",
                QT_TRANSLATE_NOOP(
                    "database",
                    "The database has tables but no Returns Desk schema version. "
                    "Choose an empty database or a Returns Desk one.",
                ),
            )
        )
    if is_sqlite(engine):
        if status.state == "behind":
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            db = Path(engine.url.database or "")
            backup_sqlite(engine, db.with_name(f"{db.name}.before-{stamp}.bak"))
        upgrade(engine)
        return schema_status(engine)
    if status.state == "empty":
        upgrade(engine)
        return schema_status(engine)
    raise DatabaseError(
        Message(
            "database",
            QT_TRANSLATE_NOOP(
                "database",
                "The shared database has schema version {current}; this app needs {head}. "
                "Ask an administrator to run 'returns-app db upgrade'.",
            ),
            {"current": status.current, "head": status.head},
        )
    )
