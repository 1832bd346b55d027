"""an audit log nobody can rewrite: hash chain and insert-in-order trigger on SQLite, no TRUNCATE on PostgreSQL

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 09:00:00

The append-only triggers of 0001 stop UPDATE and DELETE, but not everything that rewrites:

- SQLite: ``INSERT OR REPLACE`` / ``REPLACE`` delete the old row without firing delete
  triggers (unless the connection turned ``recursive_triggers`` on, which an attacker's does
  not). A ``BEFORE INSERT`` trigger now refuses any insert that is not the next entry: its id
  must be the highest plus one and its ``prev_hash`` the last entry's ``entry_hash``. Each
  entry carries ``entry_hash`` = SHA-256 over its fields and ``prev_hash``
  (``returns_app.persistence.audit_chain``), so a rewrite made around the triggers (someone
  with the file dropping them) is found by ``returns-app db verify``. The entries already in
  the log are chained here in id order, with the no-update trigger dropped for that moment.
  No other table can reach the log through REPLACE: nothing refers to ``audit_log`` and its
  one foreign key (``user_id``) has no ON DELETE/UPDATE action.
- PostgreSQL: a statement trigger refuses ``TRUNCATE`` (which fires no row triggers). The
  real protection there is the stations' role (``returns-app db grant-app-role``), which
  has only SELECT and INSERT on the log; the columns exist so the model is the same, and stay
  empty (see ``audit_chain`` for why there is no chain on PostgreSQL).

Plain ``ADD COLUMN`` / ``DROP COLUMN`` (SQLite 3.35+) on ``audit_log``: a batch rebuild would
drop its triggers.
"""
import sqlalchemy as sa
from alembic import op

from returns_app.persistence.audit_chain import GENESIS, entry_hash
from returns_app.persistence.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_SQLITE_NO_UPDATE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
_SQLITE_IN_ORDER = f"""
CREATE TRIGGER audit_log_append_in_order BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log)
  OR NEW.prev_hash IS NOT COALESCE(
       (SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1), '{GENESIS}')
  OR NEW.entry_hash IS NULL OR length(NEW.entry_hash) <> 64
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: an entry must follow the last one');
END
"""
_BATCH = 2000


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("prev_hash", sa.String(64), nullable=True))
    op.add_column("audit_log", sa.Column("entry_hash", sa.String(64), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
        )
        return
    op.execute("DROP TRIGGER audit_log_no_update")
    _chain_existing_entries()
    op.execute(_SQLITE_NO_UPDATE)
    op.execute(_SQLITE_IN_ORDER)


def _chain_existing_entries() -> None:
    """Hash every entry in id order, a batch at a time (the log may hold millions)."""
    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer),
        sa.column("at", UTCDateTime()),
        sa.column("user_id", sa.Integer),
        sa.column("username", sa.String),
        sa.column("station", sa.String),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.Integer),
        sa.column("return_id", sa.Integer),
        sa.column("details", sa.JSON),
        sa.column("prev_hash", sa.String),
        sa.column("entry_hash", sa.String),
    )
    fields = [c for c in log.c if c.name not in ("prev_hash", "entry_hash")]
    update = (
        sa.update(log)
        .where(log.c.id == sa.bindparam("b_id"))
        .values(prev_hash=sa.bindparam("b_prev"), entry_hash=sa.bindparam("b_hash"))
    )
    bind = op.get_bind()
    prev, last_id = GENESIS, 0
    while True:
        rows = bind.execute(
            sa.select(*fields).where(log.c.id > last_id).order_by(log.c.id).limit(_BATCH)
        ).mappings().all()
        if not rows:
            return
        params = []
        for row in rows:
            digest = entry_hash(row, prev)
            params.append({"b_id": row["id"], "b_prev": prev, "b_hash": digest})
            prev = digest
        bind.execute(update, params)
        last_id = rows[-1]["id"]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_in_order")
    op.drop_column("audit_log", "entry_hash")
    op.drop_column("audit_log", "prev_hash")
