"""orders refunded in the shop before they reach the desk; delivery days marked as estimated

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 18:10:00

``orders.refunded_in_shop`` is what the web shop already paid back (Shopify's ``Refunded
Amount``) and ``orders.shop_payment_status`` the shop's word for it (``refunded``,
``partially_refunded``); every refund limit counts the first. ``shipments.delivery_estimated``
marks a delivery day estimated from the shipping day and the method's transit days rather
than read from a delivery event, so the screens that decide with it say so and a clerk can
correct it. Plain ``ADD COLUMN`` with server defaults on both databases.
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "orders",
        sa.Column(
            "refunded_in_shop", sa.Numeric(12, 2), nullable=False, server_default="0.00"
        ),
    )
    op.add_column(
        "orders",
        sa.Column("shop_payment_status", sa.String(20), nullable=False, server_default=""),
    )
    op.add_column(
        "shipments",
        sa.Column(
            "delivery_estimated", sa.Boolean(), nullable=False, server_default=sa.false()
        ),
    )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild would reflect the expression index
    # of 0008 and copy every order.
    op.drop_column("shipments", "delivery_estimated")
    op.drop_column("orders", "shop_payment_status")
    op.drop_column("orders", "refunded_in_shop")
