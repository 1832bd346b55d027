"""customer e-mails: the transactional outbox and the administrators' templates

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 18:10:00

- outbox: one row per e-mail to a customer, written in the same transaction as the change it
  reports (a message exists if and only if the change committed). ``message_id`` is made when
  the row is written, so every attempt sends the same Message-ID. ``state`` moves
  queued -> sending -> sent (or back to queued with ``next_attempt_at`` after a failure,
  failed after the last try, in_doubt when a crash left it ``sending``, cancelled).
- mail_templates: an administrator's subject and body per kind and language; the shipped
  wording (resources/mail) applies when there is none.
"""
import sqlalchemy as sa
from alembic import op

import returns_app.persistence.types

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_KINDS = (
    "'return_registered', 'parcel_arrived', 'refund_issued', 'return_rejected', "
    "'defect_registered', 'defect_arrived', 'test'"
)
_STATES = "'queued', 'sending', 'sent', 'in_doubt', 'failed', 'cancelled'"


def _time(name: str, nullable: bool) -> sa.Column:
    return sa.Column(
        name, returns_app.persistence.types.UTCDateTime(timezone=True), nullable=nullable
    )


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("return_id", sa.Integer(), nullable=True),
        sa.Column("refund_id", sa.Integer(), nullable=True),
        sa.Column("to_address", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("attachment", sa.String(length=30), nullable=True),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _time("next_attempt_at", False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("claimed_by", sa.String(length=120), nullable=True),
        _time("claimed_at", True),
        _time("sent_at", True),
        _time("created_at", False),
        sa.CheckConstraint(f"kind IN ({_KINDS})", name=op.f("ck_outbox_kind_known")),
        sa.CheckConstraint(f"state IN ({_STATES})", name=op.f("ck_outbox_state_known")),
        sa.ForeignKeyConstraint(
            ["return_id"], ["returns.id"], name=op.f("fk_outbox_return_id_returns")
        ),
        sa.ForeignKeyConstraint(
            ["refund_id"], ["refunds.id"], name=op.f("fk_outbox_refund_id_refunds")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outbox_message_id")),
    )
    op.create_index(op.f("ix_outbox_return_id"), "outbox", ["return_id"])
    op.create_index("ix_outbox_state_next_attempt_at", "outbox", ["state", "next_attempt_at"])
    op.create_table(
        "mail_templates",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        _time("updated_at", False),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["users.id"], name=op.f("fk_mail_templates_updated_by_users")
        ),
        sa.PrimaryKeyConstraint("kind", "language", name=op.f("pk_mail_templates")),
    )


def downgrade() -> None:
    op.drop_table("mail_templates")
    op.drop_index("ix_outbox_state_next_attempt_at", table_name="outbox")
    op.drop_index(op.f("ix_outbox_return_id"), table_name="outbox")
    op.drop_table("outbox")
