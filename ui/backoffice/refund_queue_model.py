"""The refund queue's table: refunds waiting, their legal deadline marked in words and colour,
and on each row in words why it cannot be issued now (or that it can)."""

from __future__ import annotations

from datetime import date
from typing import Any

from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services import backoffice as bo
from returns_app.services.backoffice import RefundQueueRow
from ui.backoffice.common import (
    KINDS,
    REFUND_STATUSES,
    URGENCY,
    URGENCY_TONES,
    RowsModel,
    day,
    moment,
    money,
    name_of,
)
from ui.style import Tone

# How the "Can it be issued?" column sorts: ready first, then what a supervisor can clear
# here, then what waits for something else.
READY, NEEDS_APPROVAL, HELD = range(3)


class RefundQueueModel(RowsModel[RefundQueueRow]):
    """The refunds waiting, with their deadline marked and what keeps each one waiting."""

    CONTEXT = "RefundQueueModel"
    COL_DUE, COL_CODE, COL_CUSTOMER, COL_KIND, COL_STATUS, COL_TOTAL, COL_CREATED, COL_ISSUE = (
        range(8)
    )
    HEADERS = (
        QT_TRANSLATE_NOOP("RefundQueueModel", "Refund due"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Return"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Customer"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Kind"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Status"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Amount"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Proposed"),
        QT_TRANSLATE_NOOP("RefundQueueModel", "Can it be issued?"),
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
            row.created_at,
            readiness(row),
        )[column]

    def reasons_in_words(self, row: RefundQueueRow) -> list[str]:
        """Why ``row`` cannot be issued now, one text per reason (empty: it can)."""
        texts = {
            bo.NEEDS_APPROVAL: self.tr("Needs a supervisor's approval"),
            bo.DEDUCTION_PENDING: self.tr("Deduction pending a supervisor's decision"),
            bo.GOODS_NOT_BACK: self.tr("No goods back yet and no proof of dispatch"),
        }
        return [texts[code] for code in row.reasons if code in texts]

    def issue_text(self, row: RefundQueueRow) -> str:
        """The "Can it be issued?" cell: the reasons, one a line, or that it is ready."""
        parts = self.reasons_in_words(row) or [self.tr("Ready to issue")]
        if bo.UNITS_EXPECTED in row.reasons:
            parts.append(self.tr("Units still expected: {n}").format(n=row.units_expected))
        return "\n".join(parts)

    def display(self, row: RefundQueueRow, column: int) -> str:
        if column == self.COL_DUE:
            text = day(row.refund_due) or "—"
            return f"{text} ({name_of(URGENCY, row.urgency)})" if row.urgency else text
        if column == self.COL_KIND:
            return name_of(KINDS, row.kind)
        if column == self.COL_STATUS:
            return name_of(REFUND_STATUSES, row.status)
        if column == self.COL_TOTAL:
            return money(row.total, row.currency)
        if column == self.COL_CREATED:
            return moment(row.created_at)
        if column == self.COL_ISSUE:
            return self.issue_text(row)
        return str(self.sort_value(row, column))

    def tone(self, row: RefundQueueRow, column: int) -> Tone | None:
        if column in (self.COL_DUE, self.COL_CODE) and row.urgency:
            return URGENCY_TONES[row.urgency]
        if column == self.COL_ISSUE:
            return (Tone.GOOD, Tone.INFO, Tone.WARN)[readiness(row)]
        return None

    def tooltip(self, row: RefundQueueRow, column: int) -> str | None:
        if column != self.COL_ISSUE:
            return None
        texts = {
            bo.NEEDS_APPROVAL: self.tr(
                "Over the approval limit, with a deduction or with an override: a supervisor "
                "approves it (a supervisor who issues it approves it at the same time)."
            ),
            bo.DEDUCTION_PENDING: self.tr(
                "A deduction waits for a supervisor's decision. Approve it or drop it where "
                "the refund is computed; then the refund is computed again."
            ),
            bo.GOODS_NOT_BACK: self.tr(
                "The refund may be held until the goods are back or the customer shows proof "
                "of sending them (art. 13(3))."
            ),
            bo.UNITS_EXPECTED: self.tr(
                "This refund covers the units that are back; the units still expected ({n}) "
                "are refunded when they arrive (a follow-up refund)."
            ).format(n=row.units_expected),
        }
        lines = [texts[code] for code in row.reasons if code in texts]
        return "\n".join(lines) or self.tr("Nothing holds this refund: it can be issued now.")


def readiness(row: RefundQueueRow) -> int:
    """:data:`READY`, :data:`NEEDS_APPROVAL` (only a supervisor's approval missing) or
    :data:`HELD` (something else must happen first)."""
    if not row.issuable:
        return HELD
    return NEEDS_APPROVAL if bo.NEEDS_APPROVAL in row.reasons else READY
