"""failed sign-ins counted per user; a user locked after too many is unlocked by an admin

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 15:30:00

Each wrong password adds one to ``users.failed_signins`` and stamps ``last_failed_at`` (the
station must then wait longer before the next try); a right one sets the count back to 0.
After too many wrong passwords in a row ``locked_at`` is set and the user cannot sign in until
an administrator unlocks them. Plain ``ADD COLUMN`` (no table rebuild) on both databases.
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "users",
        sa.Column("failed_signins", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column("users", sa.Column("last_failed_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("users", sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("locked_at")
        batch_op.drop_column("last_failed_at")
        batch_op.drop_column("failed_signins")
