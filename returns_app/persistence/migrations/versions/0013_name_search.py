"""trigram indexes for finding customers by part of a name or an e-mail

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 21:10:00

A find by a last name or part of an e-mail (``%virtanen%``) cannot use a B-tree index: it read
every customer (190-460 ms at a million orders). A trigram index finds the customers whose
name or e-mail contains a text of three or more characters:

- SQLite: ``customers_fts``, an FTS5 table with the ``trigram`` tokenizer (SQLite 3.34 or
  newer), case-insensitive, over ``customers.name`` and ``customers.email`` (external content:
  the texts are not stored twice). Triggers keep it in step with ``customers`` for every
  insert, update and delete, so customers an import or the demo writes in bulk are in it too.
  A later migration that rebuilds ``customers`` (Alembic's batch mode) drops these triggers
  and must create them again (:func:`create_sqlite_triggers`).
- PostgreSQL: GIN indexes with ``gin_trgm_ops`` (the ``pg_trgm`` extension) on ``name`` and
  ``email``; ``ILIKE '%text%'`` uses them. The extension is made in ``public`` (an extension
  belongs to the whole database: made in a schema of its own it would go when that schema is
  dropped, with every other schema's trigram indexes); the operator class is named with its
  schema so the index resolves whatever the connection's ``search_path``. If the extension
  cannot be made (no right to), the indexes are left out and searches stay correct, only slow.
"""

import logging
import sqlite3

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

SQLITE_TRIGGERS = (
    """CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
        INSERT INTO customers_fts (rowid, name, email) VALUES (new.id, new.name, new.email);
    END""",
    """CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
        INSERT INTO customers_fts (customers_fts, rowid, name, email)
        VALUES ('delete', old.id, old.name, old.email);
    END""",
    """CREATE TRIGGER customers_fts_update AFTER UPDATE OF id, name, email ON customers BEGIN
        INSERT INTO customers_fts (customers_fts, rowid, name, email)
        VALUES ('delete', old.id, old.name, old.email);
        INSERT INTO customers_fts (rowid, name, email) VALUES (new.id, new.name, new.email);
    END""",
)
_PG_INDEXES = (("ix_customers_name_trgm", "name"), ("ix_customers_email_trgm", "email"))


def create_sqlite_triggers() -> None:
    """The triggers that keep ``customers_fts`` in step with ``customers``."""
    for sql in SQLITE_TRIGGERS:
        op.execute(sql)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        if sqlite3.sqlite_version_info < (3, 34, 0):
            raise RuntimeError(
                f"SQLite {sqlite3.sqlite_version} has no trigram tokenizer: 3.34 or newer needed"
            )
        op.execute(
            "CREATE VIRTUAL TABLE customers_fts USING fts5(name, email, content='customers', "
            "content_rowid='id', tokenize='trigram case_sensitive 0')"
        )
        op.execute("INSERT INTO customers_fts (customers_fts) VALUES ('rebuild')")
        create_sqlite_triggers()
        return
    schema = _pg_trgm_schema(bind)
    if schema is None:
        return
    for name, column in _PG_INDEXES:
        op.execute(f'CREATE INDEX {name} ON customers USING gin ({column} "{schema}".gin_trgm_ops)')


def _pg_trgm_schema(bind) -> str | None:
    """The schema of the ``pg_trgm`` extension, made in ``public`` (or the current schema
    when there is no ``public``) if the database has none; None if it cannot be made."""

    def installed() -> str | None:
        return bind.exec_driver_sql(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
            "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
        ).scalar()

    schema = installed()
    if schema is not None:
        return schema
    target = bind.exec_driver_sql(
        "SELECT coalesce((SELECT nspname FROM pg_namespace WHERE nspname = 'public'), "
        "current_schema())"
    ).scalar()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql(f'CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA "{target}"')
    except Exception:  # noqa: BLE001 - the searches work without the index, only slower
        log.warning("pg_trgm could not be made: name searches will not use an index", exc_info=True)
        return None
    return installed()


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS customers_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS customers_fts")
        return
    # The extension stays: other schemas of the database may use it.
    for name, _column in _PG_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
