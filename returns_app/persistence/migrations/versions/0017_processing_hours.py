"""throughput reads a summary of the audit log per clock hour, user, station and return

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 03:30:00

The throughput report read every processing entry of its period from the audit log: 760,000
a year at a million orders, 1.0-1.4 s. ``processing_hours`` (see
:mod:`returns_app.persistence.processing_hours`) holds one row per clock hour, user, station
and return with that hour's counts, kept by a trigger on the log; it is backfilled here.
"""

import sqlalchemy as sa
from alembic import op

from returns_app.persistence import processing_hours
from returns_app.persistence.types import UTCDateTime

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "processing_hours",
        sa.Column("hour", UTCDateTime(), nullable=False),
        sa.Column("username", sa.String(80), nullable=False),
        sa.Column("station", sa.String(80), nullable=False),
        sa.Column("return_id", sa.Integer, nullable=False),
        sa.Column("parcels", sa.Integer, nullable=False),
        sa.Column("units_inspected", sa.Integer, nullable=False),
        sa.Column("refunds", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint(
            "hour", "username", "station", "return_id", name=op.f("pk_processing_hours")
        ),
        sqlite_with_rowid=False,
    )
    processing_hours.hold_the_log(op.get_bind())
    processing_hours.fill(op.get_bind())
    processing_hours.create_triggers(op.get_bind())


def downgrade() -> None:
    for statement in processing_hours.DROP[op.get_bind().dialect.name]:
        op.execute(statement)
    op.drop_table("processing_hours")
