"""indexes every look-up and report needs

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 17:20:00

- returns (return_tracking_number) WHERE it IS NOT NULL: almost every return has no tracking
  number, so once planner statistics exist the full index of 0001 looks useless to SQLite's
  planner (one "value", NULL, covers nearly every row) and a tracking scan reads the whole
  table. The partial index holds only the returns that have one; ``col = ?`` implies
  ``col IS NOT NULL`` on both databases, so the find's plain equality uses it.
- customers (lower(email)): the find by e-mail compares ``lower(email)``, so an address
  stored in another case is found too, from this expression index.
- returns (notice_date): every report filters on the notice date.

Plain ``op.create_index`` (no batch rebuild): on SQLite a rebuild of a table would drop its
triggers, and an index needs none.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_HAS_TRACKING = "return_tracking_number IS NOT NULL"


def upgrade() -> None:
    op.create_index(
        "ix_returns_tracking_number_present",
        "returns",
        ["return_tracking_number"],
        sqlite_where=sa.text(_HAS_TRACKING),
        postgresql_where=sa.text(_HAS_TRACKING),
    )
    op.create_index("ix_customers_email_lower", "customers", [sa.text("lower(email)")])
    op.create_index("ix_returns_notice_date", "returns", ["notice_date"])


def downgrade() -> None:
    op.drop_index("ix_returns_notice_date", table_name="returns")
    op.drop_index("ix_customers_email_lower", table_name="customers")
    op.drop_index("ix_returns_tracking_number_present", table_name="returns")
