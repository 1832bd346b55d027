"""indexes that let every report read only its period, from the index alone

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 21:20:00

Issue 17: at a million orders and ~150,000 returns the reports took 1-7 s. Each report now
starts from its period (the returns noticed in it, the inspections or audit entries made in
it) and reaches the rest by key; these indexes hold every column such a period scan reads,
so the database answers from the index without visiting the (wide) table rows:

- returns (notice_date, kind, goods_state, station): volume, reasons and rates filter on the
  notice day, the kind, rejected goods and the registering station.
- return_lines (return_id, qty_announced, reason_code, order_line_id): the lines of those
  returns, their units and reasons, and the key to their order line.
- refunds (status, issued_at, return_id): the refunds issued in the period (the status
  index alone read every issued refund whatever the period), and the returns already paid.
- inspections (created_at): the value report counts units on their inspection day; there
  was no index at all (every run read every inspection).
- audit_log (at, action, return_id, username, station): throughput counts processing
  entries of its period per user or station.
- audit_log (station): the stations the report filters offer, read one distinct value at a
  time instead of scanning the whole log.

Measured in bench/bench_reports.py (see bench/README.md). Plain ``op.create_index`` (no batch
rebuild): on SQLite a rebuild of ``audit_log`` would drop its triggers.
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_returns_notice_report", "returns", ["notice_date", "kind", "goods_state", "station"]),
    (
        "ix_return_lines_return_report",
        "return_lines",
        ["return_id", "qty_announced", "reason_code", "order_line_id"],
    ),
    ("ix_refunds_status_issued_at", "refunds", ["status", "issued_at", "return_id"]),
    ("ix_inspections_created_at", "inspections", ["created_at"]),
    ("ix_audit_log_at_report", "audit_log", ["at", "action", "return_id", "username", "station"]),
    ("ix_audit_log_station", "audit_log", ["station"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
