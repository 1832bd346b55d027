"""delivery days a clerk corrected are marked; shipping days kept as delivery days are estimates

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 19:20:00

``shipments.delivery_corrected`` marks a delivery day a clerk set from the customer's proof: a
re-import never deletes such a shipment nor replaces its day.

Before 0011 an import stored Shopify's ``Fulfilled at`` (the day the parcel *left*) as the
delivery day, not marked as estimated, so such a day passed as a known delivery and a
re-import kept it. A day that is the Helsinki day of the shipment's ``shipped_at`` is that
shipping day: it is marked as estimated here (the next import estimates it again from the
method's transit days, and screens say it is estimated), unless a clerk corrected the order's
delivery day (an audited ``delivery_corrected``), whose shipments are marked as corrected.
"""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

HELSINKI = ZoneInfo("Europe/Helsinki")


def _aware(value) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _day(value):
    return value if not isinstance(value, str) else datetime.fromisoformat(value).date()


def upgrade() -> None:
    op.add_column(
        "shipments",
        sa.Column("delivery_corrected", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "UPDATE shipments SET delivery_corrected = :yes WHERE order_id IN "
            "(SELECT entity_id FROM audit_log WHERE action = 'delivery_corrected' "
            "AND entity = 'order')"
        ),
        {"yes": True},
    )
    rows = bind.execute(
        sa.text(
            "SELECT id, shipped_at, delivered_on FROM shipments WHERE shipped_at IS NOT NULL "
            "AND delivered_on IS NOT NULL AND delivery_estimated = :no "
            "AND delivery_corrected = :no"
        ),
        {"no": False},
    ).all()
    shipping_days = [
        {"id": id_, "yes": True}
        for id_, shipped, delivered in rows
        if _aware(shipped).astimezone(HELSINKI).date() == _day(delivered)
    ]
    if shipping_days:
        bind.execute(
            sa.text("UPDATE shipments SET delivery_estimated = :yes WHERE id = :id"),
            shipping_days,
        )


def downgrade() -> None:
    op.drop_column("shipments", "delivery_corrected")
