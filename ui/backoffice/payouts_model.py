"""The payouts table: issued refunds whose money has not gone yet, in doubt first, each with
its state in words and colour and what Paytrail (or the bank) said."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from returns_app.domain.payouts import METHOD_NAMES, STAGE_NAMES
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services.payouts.views import PayoutQueueRow
from ui.backoffice.common import RowsModel, moment, money
from ui.style import Tone
from ui.translator import render

STAGE_TONES = {
    "mismatch": Tone.BAD,
    "in_doubt": Tone.BAD,
    "failed": Tone.BAD,
    "paying": Tone.INFO,
    "approved": Tone.WARN,
    "paid": Tone.GOOD,
}
STAGE_ORDER = {"mismatch": -1, "in_doubt": 0, "failed": 1, "paying": 2, "approved": 3, "paid": 4}


def stage_text(stage: str) -> str:
    """A money stage in words (proposed … paid, in doubt, failed)."""
    return QCoreApplication.translate("payouts", STAGE_NAMES.get(stage, stage))


def method_text(method: str) -> str:
    """A payout method in words."""
    return QCoreApplication.translate("payouts", METHOD_NAMES.get(method, method))


class PayoutQueueModel(RowsModel[PayoutQueueRow]):
    """Refunds issued and not paid: the payout's state, way and what was said."""

    CONTEXT = "PayoutQueueModel"
    COL_STAGE, COL_CODE, COL_CUSTOMER, COL_NOTE, COL_TOTAL, COL_METHOD, COL_WHEN, COL_SAID = range(
        8
    )
    HEADERS = (
        QT_TRANSLATE_NOOP("PayoutQueueModel", "Money"),
        QT_TRANSLATE_NOOP("PayoutQueueModel", "Return"),
        QT_TRANSLATE_NOOP("PayoutQueueModel", "Customer"),
        QT_TRANSLATE_NOOP("PayoutQueueModel", "Credit note"),
        QT_TRANSLATE_NOOP("PayoutQueueModel", "Amount"),
        QT_TRANSLATE_NOOP("PayoutQueueModel", "Paid as"),
        QT_TRANSLATE_NOOP("PayoutQueueModel", "Since"),
        QT_TRANSLATE_NOOP("PayoutQueueModel", "What happened"),
    )
    NUMERIC = (4,)

    def sort_value(self, row: PayoutQueueRow, column: int) -> Any:
        p = row.payout
        return (
            STAGE_ORDER.get(row.stage, 9),
            row.return_code,
            row.customer_name,
            row.credit_note_number or "",
            row.total,
            p.method if p else "",
            (p.updated_at if p else row.issued_at) or datetime.min,
            self.said(row),
        )[column]

    def said(self, row: PayoutQueueRow) -> str:
        """What happened, in words: the advice, and the provider's own words."""
        p = row.payout
        if p is None:
            return self.tr("Issued; not paid out yet.")
        parts = [render(p.advice)] if p.advice is not None else []
        if p.said is not None and p.provider_message != p.provider_status:
            parts.append(self.tr("Said: {words}").format(words=render(p.said)))
        if p.decision:
            parts.append(self.tr("Decided: {words}").format(words=p.decision))
        return "\n".join(parts)

    def display(self, row: PayoutQueueRow, column: int) -> str:
        p = row.payout
        if column == self.COL_STAGE:
            return stage_text(row.stage)
        if column == self.COL_TOTAL:
            return money(row.total, row.currency)
        if column == self.COL_METHOD:
            return method_text(p.method) if p else ""
        if column == self.COL_WHEN:
            return moment(p.updated_at if p else row.issued_at)
        return str(self.sort_value(row, column))

    def tone(self, row: PayoutQueueRow, column: int) -> Tone | None:
        if column in (self.COL_STAGE, self.COL_CODE):
            return STAGE_TONES.get(row.stage)
        return None

    def tooltip(self, row: PayoutQueueRow, column: int) -> str | None:
        p = row.payout
        if p is None or column != self.COL_SAID:
            return None
        facts = [
            self.tr("Refund stamp {stamp}").format(stamp=p.stamp),
            self.tr("Started by {who} at {station}, {when}").format(
                who=p.created_by or "—", station=p.station or "—", when=moment(p.created_at)
            ),
        ]
        if p.transaction_id:
            facts.append(self.tr("Payment {id}").format(id=p.transaction_id))
        if p.provider_refund_id:
            facts.append(self.tr("Paytrail's refund {id}").format(id=p.provider_refund_id))
        if p.iban:
            facts.append(f"{p.account_holder} · {p.iban}")
        return "\n".join(facts)
