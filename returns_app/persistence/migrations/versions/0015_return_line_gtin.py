"""a return line keeps its product's GTIN, so a scanned EAN finds every open return holding it

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 22:30:00

A clerk who scans a product's EAN with no return open is looking for the return the item came
back in. The GTIN lives on the order line, and a product of a big shop sits on tens of
thousands of order lines: reaching the returns from there reads them all, so the find had to
look among the newest 1,000 open returns only and missed an older parcel that arrives late.
``return_lines.gtin`` is the order line's GTIN as sold, written when the return is registered
(an order line's GTIN is what was sold: it never changes under a return), and the index
``(gtin, return_id)`` holds a product's return lines newest last, so the find walks it
backwards and stops at the first open returns: a few index steps whatever the history.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("return_lines", sa.Column("gtin", sa.String(14), nullable=True))
    op.execute(
        "UPDATE return_lines SET gtin = ("
        "SELECT order_lines.gtin FROM order_lines WHERE order_lines.id = return_lines.order_line_id)"
    )
    op.create_index("ix_return_lines_gtin", "return_lines", ["gtin", "return_id"])


def downgrade() -> None:
    op.drop_index("ix_return_lines_gtin", table_name="return_lines")
    # Plain DROP COLUMN (SQLite 3.35+), as 0011: a batch rebuild would copy every line.
    op.drop_column("return_lines", "gtin")
