"""The refund queue's table: refunds waiting, their legal deadline marked in words and colour."""

from __future__ import annotations

from datetime import date
from typing import Any

from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services.backoffice import RefundQueueRow
from ui.backoffice.common import (
    KINDS,
    URGENCY,
    URGENCY_TONES,
    RowsModel,
    day,
    moment,
    money,
    name_of,
)
from ui.style import Tone


class RefundQueueModel(RowsModel[RefundQueueRow]):
    """The refunds waiting, with their deadline marked."""

    CONTEXT = "RefundQueueModel"
    COL_DUE, COL_CODE, COL_CUSTOMER, COL_KIND, COL_STATUS, COL_TOTAL, COL_GOODS, COL_CREATED = (
        range(8)
    )
    HEADERS = (
        QT_TRANSLATE_NOOP("RefundQueueModel", "Refund due"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Return"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Customer"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Kind"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Status"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Amount"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Goods"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Proposed"),
    )
    NUMERIC = (5,)

    def sort_value(self, row: RefundQueueRow, column: int) -> Any:
        return (
            row.refund_due or date.max,
            row.return_code,
            row.customer_name,
            row.kind,
            row.status,
            row.total,
            row.issuable,
            row.created_at,
        )[column]

    def display(self, row: RefundQueueRow, column: int) -> str:
        if column == self.COL_DUE:
            text = day(row.refund_due) or "—"
            return f"{text} ({name_of(URGENCY, row.urgency)})" if row.urgency else text
        if column == self.COL_KIND:
            return name_of(KINDS, row.kind)
        if column == self.COL_STATUS:
            if row.status == "proposed" and row.needs_supervisor:
                return self.tr("Needs a supervisor's approval")
            if row.status == "approved":
                return self.tr("Approved, ready to issue")
            return self.tr("Ready to issue")
        if column == self.COL_TOTAL:
            return money(row.total)
        if column == self.COL_GOODS:
            return self.tr("back or sent") if row.issuable else self.tr("held: not back yet")
        if column == self.COL_CREATED:
            return moment(row.created_at)
        return str(self.sort_value(row, column))

    def tone(self, row: RefundQueueRow, column: int) -> Tone | None:
        if column in (self.COL_DUE, self.COL_CODE) and row.urgency:
            return URGENCY_TONES[row.urgency]
        if column == self.COL_GOODS and not row.issuable:
            return Tone.NEUTRAL
        return None

    def tooltip(self, row: RefundQueueRow, column: int) -> str | None:
        if column == self.COL_GOODS and not row.issuable:
            return self.tr(
                "The refund may be held until the goods are back or the customer shows proof "
                "of sending them (art. 13(3))."
            )
        return None


def may_issue(actor: Actor, row: RefundQueueRow) -> bool:
    """Whether ``actor`` may issue ``row`` now (the service checks again)."""
    if not row.issuable or not actor.may("issue_refund"):
        return False
    return not (row.status == "proposed" and row.needs_supervisor) or actor.may("approve_refund")
