"""Schema versions: upgrade, downgrade, and the checks made when the app starts.

Alembic (and Mako, which it loads) costs 0.15-0.2 s to import and to read the migration
scripts; a station starting on a current database needs neither. So the head revision is
the constant :data:`HEAD_REVISION` (a test holds it to Alembic's real head), the database's
revision is read with a plain SELECT, and Alembic is imported only to migrate or to tell
"behind" from "ahead".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import ProgrammingError

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence import pg_roles, statistics
from returns_app.persistence.database import DatabaseError, check_connection, is_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

_HERE = Path(__file__).resolve().parent / "migrations"
_INSUFFICIENT_PRIVILEGE = "42501"

# The newest migration's revision id. A new migration changes it too; the test
# ``test_head_revision_constant_is_alembics_head`` fails until it does.
HEAD_REVISION = "0018"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE))
    return cfg


def head_revision() -> str:
    """Return the newest schema revision this app knows (without loading Alembic)."""
    return HEAD_REVISION


def alembic_head_revision() -> str:
    """Return the newest revision of the migration scripts, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Return every revision this app knows."""
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """Return the database's schema revision (None for an empty database).

    A plain SELECT of ``alembic_version`` (what Alembic itself reads), looked for in the
    URL's schema first, so that no Alembic is loaded to start the app.
    """
    with engine.connect() as conn:
        try:
            if not inspect(conn).has_table("alembic_version"):
                return None
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) != _INSUFFICIENT_PRIVILEGE:
                raise
            raise DatabaseError(
                Message(
                    "database",
                    QT_TRANSLATE_NOOP(
                        "database",
                        "Database user {user} may not read Returns Desk's tables. Ask an "
                        "administrator to run 'returns-app db grant-app-role {user}' as the "
                        "database owner.",
                    ),
                    {"user": engine.url.username or "?"},
                )
            ) from exc
    if len(rows) > 1:
        raise DatabaseError(
            Message(
                "database",
                QT_TRANSLATE_NOOP(
                    "database",
                    "The database has more than one schema version ({versions}). Ask an "
                    "administrator to check its table alembic_version.",
                ),
                {"versions": ", ".join(sorted(rows))},
            )
        )
    return rows[0] if rows else None


@dataclass(frozen=True)
class SchemaStatus:
    """Where a database stands against this app: empty, behind, current or ahead."""

    state: str
    current: str | None
    head: str


def schema_status(engine: Engine) -> SchemaStatus:
    """Compare the database's revision with the app's."""
    check_connection(engine)
    if not is_sqlite(engine):
        _check_schema_usable(engine)
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


def _check_schema_usable(engine: Engine) -> None:
    """A PostgreSQL user without USAGE on the URL's schema sees an empty database: say so."""
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT current_schema()").scalar() is not None:
            return
    raise DatabaseError(
        Message(
            "database",
            QT_TRANSLATE_NOOP(
                "database",
                "The schema in the database URL does not exist or database user {user} may "
                "not use it. Check the URL's search_path, or ask an administrator to run "
                "'returns-app db grant-app-role {user}' as the database owner.",
            ),
            {"user": engine.url.username or "?"},
        )
    )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database up to ``revision`` in one transaction.

    On PostgreSQL the same transaction then grants the stations' roles (those that may insert
    into the audit log) their rights again, so tables a migration added are theirs to use too.
    """
    from alembic import command

    _run(engine, lambda cfg: command.upgrade(cfg, revision), regrant=True)
    statistics.refresh_statistics(engine)  # new indexes start with statistics; never fails


def downgrade(engine: Engine, revision: str) -> None:
    """Migrate the database down to ``revision`` in one transaction."""
    from alembic import command

    _run(engine, lambda cfg: command.downgrade(cfg, revision))


def _run(engine: Engine, migrate, *, regrant: bool = False) -> None:
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
                if regrant and not sqlite:
                    pg_roles.regrant_app_roles(conn)
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
    (PostgreSQL) database that is behind asks for ``returns-app db upgrade`` run by the owner
    (the stations' role may not change the schema; a current one is only read); one that is
    ahead of this app is refused, never touched. An empty shared database is migrated only if
    the user connected may create tables.
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
        if not may_change_schema(engine):
            raise DatabaseError(
                Message(
                    "database",
                    QT_TRANSLATE_NOOP(
                        "database",
                        "The shared database is empty and this station's database user may "
                        "not create tables. Ask an administrator to run 'returns-app db "
                        "upgrade' as the database owner.",
                    ),
                )
            )
        upgrade(engine)
        return schema_status(engine)
    raise DatabaseError(
        Message(
            "database",
            QT_TRANSLATE_NOOP(
                "database",
                "The shared database has schema version {current}; this app needs {head}. "
                "Ask an administrator to run 'returns-app db upgrade' as the database owner.",
            ),
            {"current": status.current, "head": status.head},
        )
    )


def may_change_schema(engine: Engine) -> bool:
    """Whether the connected PostgreSQL user may create tables in the URL's schema.

    The stations' role (``returns-app db grant-app-role``) may not: it never runs migrations.
    """
    with engine.connect() as conn:
        return bool(
            conn.exec_driver_sql(
                "SELECT current_schema() IS NOT NULL"
                " AND has_schema_privilege(current_schema(), 'CREATE')"
            ).scalar()
        )
