"""a supervisor's written override of an art. 16 exception on one inspected unit; a late
return accepted in writing

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 10:30:00

An unsealed hygiene item (or another "once unsealed" exception) is not refunded. A supervisor
may accept such a unit anyway, with a written reason: the inspection then records the reason
and who decided, and the refund counts the unit again.

Goods that arrive after their due day (or a late notice) are flagged on the return until a
supervisor accepts them in writing: the acceptance and its signer are kept on the return.
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inspections") as batch_op:
        batch_op.add_column(sa.Column("exception_override", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "exception_override_by",
                sa.Integer(),
                sa.ForeignKey("users.id", name="fk_inspections_exception_override_by_users"),
                nullable=True,
            )
        )


    with op.batch_alter_table("returns") as batch_op:
        batch_op.add_column(sa.Column("late_accepted", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "late_accepted_by",
                sa.Integer(),
                sa.ForeignKey("users.id", name="fk_returns_late_accepted_by_users"),
                nullable=True,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("returns") as batch_op:
        batch_op.drop_constraint("fk_returns_late_accepted_by_users", type_="foreignkey")
        batch_op.drop_column("late_accepted_by")
        batch_op.drop_column("late_accepted")
    with op.batch_alter_table("inspections") as batch_op:
        batch_op.drop_constraint("fk_inspections_exception_override_by_users", type_="foreignkey")
        batch_op.drop_column("exception_override_by")
        batch_op.drop_column("exception_override")
