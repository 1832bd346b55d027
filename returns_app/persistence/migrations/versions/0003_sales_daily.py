"""units sold per day and product

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 14:00:00

The reports' return rate divides returned units by units sold in a period; summing two million
order lines for that took over a second at a million orders. ``sales_daily`` keeps the sum per
Helsinki day and product, maintained whenever orders are saved or imported, and is filled here
from the orders already in the database.
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The Helsinki day of a UTC timestamp (SQLite has no time zone database: the EU summer-time
# rule Finland follows, as in returns_app/services/reports/sql.py).
_SQLITE_DAY = (
    "date(o.ordered_at, CASE WHEN o.ordered_at >= datetime(strftime('%Y-03-25', o.ordered_at), "
    "'weekday 0', '+1 hour') AND o.ordered_at < datetime(strftime('%Y-10-25', o.ordered_at), "
    "'weekday 0', '+1 hour') THEN '+3 hours' ELSE '+2 hours' END)"
)
_PG_DAY = "CAST(timezone('Europe/Helsinki', o.ordered_at) AS DATE)"


def upgrade() -> None:
    op.create_table(
        "sales_daily",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_sales_daily_product_id_products")
        ),
        sa.PrimaryKeyConstraint("day", "product_id", name=op.f("pk_sales_daily")),
    )
    day = _PG_DAY if op.get_bind().dialect.name == "postgresql" else _SQLITE_DAY
    op.execute(
        "INSERT INTO sales_daily (day, product_id, units) "
        f"SELECT {day}, l.product_id, SUM(l.quantity) FROM order_lines l "
        "JOIN orders o ON o.id = l.order_id WHERE l.product_id IS NOT NULL "
        f"GROUP BY {day}, l.product_id"
    )


def downgrade() -> None:
    op.drop_table("sales_daily")
