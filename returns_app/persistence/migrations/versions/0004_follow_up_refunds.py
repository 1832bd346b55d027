"""follow-up refunds (several per return, one open at a time); goods held for the customer

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 08:00:00

A parcel may bring part of a return; the refund then covers what has arrived and a later
arrival brings a follow-up refund. So a return may have several issued refunds, but still at
most one open one (proposed or approved), and a money state ``part_refunded`` says that money
has been paid back and more is owed or expected. On SQLite the CHECK constraint can only change
by rebuilding the table (Alembic's batch mode; ``migrate.upgrade`` turns foreign keys off
around it and checks them afterwards).

Goods that are not refunded (an art. 16 exception) are not restocked: a disposition ``hold``
puts them in a location of their own, HOLD ("Held for the customer", not for sale), until
they are sent back to the customer.
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_OLD_STATES = "'none', 'proposed', 'approved', 'refunded', 'not_refundable'"
_NEW_STATES = "'none', 'proposed', 'approved', 'refunded', 'part_refunded', 'not_refundable'"
_OPEN = "status IN ('proposed', 'approved')"
_NOT_CANCELLED = "status <> 'cancelled'"


_OLD_DISPOSITIONS = "'restock', 'b_stock', 'quarantine', 'scrap', 'supplier'"
_NEW_DISPOSITIONS = "'restock', 'b_stock', 'quarantine', 'scrap', 'supplier', 'hold'"


def _allowed(table: str, column: str, values: str) -> None:
    """Replace the ``<column>_known`` check of ``table`` (a table rebuild on SQLite)."""
    with op.batch_alter_table(table, recreate="auto") as batch_op:
        batch_op.drop_constraint(op.f(f"ck_{table}_{column}_known"), type_="check")
        batch_op.create_check_constraint(f"{column}_known", f"{column} IN ({values})")


def upgrade() -> None:
    _allowed("returns", "money_state", _NEW_STATES)
    _allowed("inspections", "disposition", _NEW_DISPOSITIONS)
    op.execute(
        "INSERT INTO locations (code, name, kind, active) "
        "SELECT 'HOLD', 'Held for the customer', 'quarantine', true "
        "WHERE NOT EXISTS (SELECT 1 FROM locations WHERE code = 'HOLD')"
    )
    with op.batch_alter_table("refunds") as batch_op:
        batch_op.drop_index("uq_refunds_active_per_return")
        batch_op.create_index(
            "uq_refunds_open_per_return",
            ["return_id"],
            unique=True,
            sqlite_where=sa.text(_OPEN),
            postgresql_where=sa.text(_OPEN),
        )
        batch_op.create_index("ix_refunds_return_id", ["return_id"])


def downgrade() -> None:
    several = op.get_bind().execute(
        sa.text(
            "SELECT count(*) FROM (SELECT return_id FROM refunds WHERE status <> 'cancelled' "
            "GROUP BY return_id HAVING count(*) > 1) AS r"
        )
    ).scalar()
    if several:
        raise RuntimeError(
            f"Cannot go back before follow-up refunds: {several} return(s) have more than one "
            "refund, which the older schema cannot hold."
        )
    op.execute("UPDATE returns SET money_state = 'refunded' WHERE money_state = 'part_refunded'")
    _allowed("returns", "money_state", _OLD_STATES)
    op.execute("UPDATE inspections SET disposition = 'quarantine' WHERE disposition = 'hold'")
    op.execute(
        "DELETE FROM locations WHERE code = 'HOLD' AND NOT EXISTS "
        "(SELECT 1 FROM stock_movements m WHERE m.location_id = locations.id) AND NOT EXISTS "
        "(SELECT 1 FROM inspections i WHERE i.location_id = locations.id) AND NOT EXISTS "
        "(SELECT 1 FROM stock_levels l WHERE l.location_id = locations.id)"
    )
    _allowed("inspections", "disposition", _OLD_DISPOSITIONS)
    with op.batch_alter_table("refunds") as batch_op:
        batch_op.drop_index("ix_refunds_return_id")
        batch_op.drop_index("uq_refunds_open_per_return")
        batch_op.create_index(
            "uq_refunds_active_per_return",
            ["return_id"],
            unique=True,
            sqlite_where=sa.text(_NOT_CANCELLED),
            postgresql_where=sa.text(_NOT_CANCELLED),
        )
