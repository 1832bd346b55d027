"""payouts: refunds paid out through Paytrail and by bank transfer

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 18:00:00

- orders.payment_transaction_id: the payment service's transaction id (Paytrail), which a
  refund through the service names.
- transfer_files: SEPA credit transfer files (pain.001.001.03), each with its payments.
- payouts: the money of an issued refund leaving, written before it is sent; at most one
  payout per refund that may move money (partial unique index).

Plain ``op.add_column`` and ``op.create_table`` (no batch rebuild of a table with triggers).
"""

import sqlalchemy as sa
from alembic import op

import returns_app.persistence.types

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_LIVE = "state IN ('sending', 'ok', 'pending', 'in_doubt', 'paid')"
_MONEY = sa.Numeric(12, 2)


def _when() -> sa.types.TypeEngine:
    return returns_app.persistence.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.add_column("orders", sa.Column("payment_transaction_id", sa.String(100), nullable=True))
    op.create_table(
        "transfer_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(35), nullable=False),
        sa.Column("execution_date", sa.Date(), nullable=False),
        sa.Column("payments", sa.Integer(), nullable=False),
        sa.Column("total", _MONEY, nullable=False),
        sa.Column("created_at", _when(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("uploaded_at", _when(), nullable=True),
        sa.Column("uploaded_by", sa.Integer(), nullable=True),
        sa.CheckConstraint("payments > 0", name=op.f("ck_transfer_files_payments_positive")),
        sa.CheckConstraint("total > 0", name=op.f("ck_transfer_files_total_positive")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_transfer_files_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["users.id"], name=op.f("fk_transfer_files_uploaded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_files")),
        sa.UniqueConstraint("message_id", name=op.f("uq_transfer_files_message_id")),
    )
    op.create_table(
        "payouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("refund_id", sa.Integer(), nullable=False),
        sa.Column("return_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("amount", _MONEY, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("stamp", sa.String(64), nullable=False),
        sa.Column("transaction_id", sa.String(100), nullable=True),
        sa.Column("email", sa.String(200), nullable=True),
        sa.Column("iban", sa.String(34), nullable=True),
        sa.Column("account_holder", sa.String(140), nullable=True),
        sa.Column("provider_refund_id", sa.String(100), nullable=True),
        sa.Column("provider_status", sa.String(40), nullable=True),
        sa.Column("provider_message", sa.Text(), nullable=False),
        sa.Column("provider_name", sa.String(40), nullable=True),
        sa.Column("transfer_file_id", sa.Integer(), nullable=True),
        sa.Column("decision", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("station", sa.String(80), nullable=False),
        sa.Column("created_at", _when(), nullable=False),
        sa.Column("sent_at", _when(), nullable=True),
        sa.Column("updated_at", _when(), nullable=False),
        sa.CheckConstraint(
            "method IN ('paytrail', 'email_refund', 'transfer')",
            name=op.f("ck_payouts_method_known"),
        ),
        sa.CheckConstraint(
            "state IN ('sending', 'ok', 'pending', 'failed', 'in_doubt', 'paid')",
            name=op.f("ck_payouts_state_known"),
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_payouts_amount_positive")),
        sa.CheckConstraint(
            "method <> 'transfer' OR (iban IS NOT NULL AND account_holder IS NOT NULL)",
            name=op.f("ck_payouts_transfer_has_account"),
        ),
        sa.ForeignKeyConstraint(["refund_id"], ["refunds.id"], name=op.f("fk_payouts_refund_id_refunds")),
        sa.ForeignKeyConstraint(["return_id"], ["returns.id"], name=op.f("fk_payouts_return_id_returns")),
        sa.ForeignKeyConstraint(
            ["transfer_file_id"],
            ["transfer_files.id"],
            name=op.f("fk_payouts_transfer_file_id_transfer_files"),
        ),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_payouts_created_by_users")),
        sa.ForeignKeyConstraint(["updated_by"], ["users.id"], name=op.f("fk_payouts_updated_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payouts")),
        sa.UniqueConstraint("stamp", name=op.f("uq_payouts_stamp")),
    )
    op.create_index(
        "uq_payouts_live_per_refund",
        "payouts",
        ["refund_id"],
        unique=True,
        sqlite_where=sa.text(_LIVE),
        postgresql_where=sa.text(_LIVE),
    )
    op.create_index("ix_payouts_refund_id", "payouts", ["refund_id"])
    op.create_index("ix_payouts_state", "payouts", ["state"])
    op.create_index("ix_payouts_return_id", "payouts", ["return_id"])
    op.create_index("ix_payouts_transfer_file_id", "payouts", ["transfer_file_id"])


def downgrade() -> None:
    op.drop_table("payouts")
    op.drop_table("transfer_files")
    op.drop_column("orders", "payment_transaction_id")
